import { monthsBefore, staleWindow } from './staleWindow';

describe('staleWindow', () => {
  it('asks from N months ago to today in WIB, both inclusive', () => {
    // 20:00Z on 30 Nov is already 1 Dec in Jakarta.
    const now = new Date('2026-11-30T20:00:00Z');
    expect(staleWindow(3, now)).toEqual({ from: '2026-09-01', to: '2026-12-01' });
    expect(staleWindow(6, now)).toEqual({ from: '2026-06-01', to: '2026-12-01' });
    expect(staleWindow(12, now)).toEqual({ from: '2025-12-01', to: '2026-12-01' });
  });

  it('"never" is five years back: the longest range the API answers (5 × 366 + 1 days)', () => {
    const { from, to } = staleWindow('never', new Date('2026-03-01T05:00:00Z'));
    expect({ from, to }).toEqual({ from: '2021-03-01', to: '2026-03-01' });
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    expect(days).toBeLessThanOrEqual(366 * 5 + 1);
  });

  it('clamps the day to the shorter month and crosses years', () => {
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2028-05-31', 3)).toBe('2028-02-29');
    expect(monthsBefore('2026-01-15', 12)).toBe('2025-01-15');
    expect(monthsBefore('2026-02-10', 6)).toBe('2025-08-10');
  });
});
