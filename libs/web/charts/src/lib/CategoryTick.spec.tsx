import { fireEvent, render } from '@testing-library/react';
import { CategoryTick, linesNeeded, wrapLabel } from './CategoryTick';

const ITEM_8 = '8. Pencegahan tindak pidana perdagangan orang dan penyelundupan manusia melalui sosialisasi di desa';

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Sosialisasi', 20, 3)).toEqual({ lines: ['Sosialisasi'], truncated: false });
  });

  it('wraps at spaces, no line longer than the room, and cuts what does not fit with "…"', () => {
    const { lines, truncated } = wrapLabel(ITEM_8, 20, 3);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(lines[0]).toBe('8. Pencegahan tindak');
    expect(lines[2]?.endsWith('…')).toBe(true);
    // Every word shown is the name's own, in order.
    expect(ITEM_8.startsWith(lines.join(' ').replace(/…$/, ''))).toBe(true);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapLabel('Penyelundupanmanusiabesar', 10, 3).lines).toEqual(['Penyelundu', 'panmanusia', 'besar']);
  });
});

describe('linesNeeded', () => {
  it('is the most lines any name takes, up to the limit', () => {
    expect(linesNeeded(['Kerinci', 'Merangin'], 140, 3)).toBe(1);
    expect(linesNeeded(['Kerinci', ITEM_8], 150, 3)).toBe(3);
  });
});

describe('CategoryTick', () => {
  const tick = (props: Partial<Parameters<typeof CategoryTick>[0]> = {}) =>
    render(
      <svg>
        <CategoryTick x={150} y={40} payload={{ value: ITEM_8, index: 0 }} axisWidth={150} {...props} />
      </svg>,
    );

  it('draws the name in lines within the axis, the whole name as its title (hover, screen readers)', () => {
    const { container } = tick();
    expect(container.querySelector('title')!.textContent).toBe(ITEM_8);
    const lines = [...container.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
    expect(lines.length).toBe(3);
    // 140 px of room at 6,8 px a character: no line runs past the axis into the bars or the next row.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(140 / 6.8));
    expect(container.querySelector('a')).toBeNull();
  });

  it('as a link: named, a target of 24 px at least, opened in place by a click, left to the browser on a modified click', () => {
    const onOpen = jest.fn();
    const { container } = tick({ payload: { value: 'Kabupaten Merangin', index: 0 }, link: { href: '?wilayah=15.02', label: 'Lihat rincian Kabupaten Merangin', onOpen } });
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('?wilayah=15.02');
    expect(link.getAttribute('aria-label')).toBe('Lihat rincian Kabupaten Merangin');
    // The touch target is at least 24 px tall.
    expect(Number(link.querySelector('rect')!.getAttribute('height'))).toBeGreaterThanOrEqual(24);
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledTimes(1);
    fireEvent.click(link, { ctrlKey: true });
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});
