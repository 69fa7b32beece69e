import { coverageClass } from './coverageClass';

const figures = (villagesReached: number, villagesTotal: number) => ({ villagesReached, villagesTotal, ratio: villagesTotal ? villagesReached / villagesTotal : 0, lastReachedOn: null });

describe('coverageClass', () => {
  it('keeps none and all as classes of their own, and bands the rest by quarter', () => {
    expect(coverageClass(figures(0, 215))).toBe('c0');
    expect(coverageClass(figures(1, 215))).toBe('c1');
    expect(coverageClass(figures(53, 215))).toBe('c1'); // 24.65 %
    expect(coverageClass(figures(54, 215))).toBe('c25'); // 25.1 %
    expect(coverageClass(figures(1, 2))).toBe('c50');
    expect(coverageClass(figures(3, 4))).toBe('c75');
    expect(coverageClass(figures(214, 215))).toBe('c75'); // 99.5 % is not everything
    expect(coverageClass(figures(6, 6))).toBe('c100');
    expect(coverageClass(figures(1, 1))).toBe('c100');
  });

  it('tells a region with no villages (no data) from one outside the working area (no figures at all)', () => {
    expect(coverageClass(figures(0, 0))).toBe('noData');
    expect(coverageClass(null)).toBe('outOfScope');
    expect(coverageClass(undefined)).toBe('outOfScope');
  });
});
