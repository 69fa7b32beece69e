import { coverageColour, sortLowestFirst } from './CoverageByRegionChart';

const row = (label: string, reached: number, total: number) => ({ key: label, label, reached, total, ratio: total ? reached / total : 0 });

describe('sortLowestFirst', () => {
  it('puts the least-reached region first: the gaps lead', () => {
    const sorted = sortLowestFirst([row('Kerinci', 40, 287), row('Sungai Penuh', 60, 69), row('Merangin', 14, 215)]);
    expect(sorted.map((r) => r.label)).toEqual(['Merangin', 'Kerinci', 'Sungai Penuh']);
  });

  it('at equal coverage, the region with more villages still to reach comes first, then by name', () => {
    const sorted = sortLowestFirst([row('Bangko', 0, 8), row('Tabir', 0, 20), row('Ali', 0, 8), row('Pamenang', 1, 10)]);
    expect(sorted.map((r) => r.label)).toEqual(['Tabir', 'Ali', 'Bangko', 'Pamenang']);
  });

  it('does not reorder the array it was given', () => {
    const input = [row('B', 2, 2), row('A', 0, 2)];
    sortLowestFirst(input);
    expect(input.map((r) => r.label)).toEqual(['B', 'A']);
  });
});

describe('coverageColour', () => {
  it('is red below a quarter, amber below three quarters, teal from there', () => {
    expect([0, 0.24, 0.25, 0.74, 0.75, 1].map(coverageColour)).toEqual(['#b91c1c', '#b91c1c', '#d97706', '#d97706', '#0f766e', '#0f766e']);
  });
});
