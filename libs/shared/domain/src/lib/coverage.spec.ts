import { IndonesianTimeZone } from './activity';
import { daysBetween, localDate, monthsBetween, pacing, parsePeriod, periodKeysOf, periodOfRange, PeriodKind, TargetStatus } from './coverage';

describe('periods', () => {
  it('reads years, quarters and months, and refuses anything else', () => {
    expect(parsePeriod('2025')).toEqual({ key: '2025', kind: PeriodKind.YEAR, from: '2025-01-01', to: '2025-12-31' });
    expect(parsePeriod('2025-q1')).toEqual({ key: '2025-Q1', kind: PeriodKind.QUARTER, from: '2025-01-01', to: '2025-03-31' });
    expect(parsePeriod('2024-Q4')!.to).toBe('2024-12-31');
    expect(parsePeriod('2024-02')!.to).toBe('2024-02-29'); // leap year
    expect(parsePeriod('2025-02')!.to).toBe('2025-02-28');
    for (const bad of ['2025-13', '2025-Q5', '25', '2025-1', '', '1999']) expect(parsePeriod(bad)).toBeNull();
  });

  it('knows which month, quarter and year a date is in, and which ranges are exactly one period', () => {
    expect(periodKeysOf('2025-03-31')).toEqual(['2025-03', '2025-Q1', '2025']);
    expect(periodKeysOf('2025-04-01')).toEqual(['2025-04', '2025-Q2', '2025']);
    expect(periodOfRange('2025-04-01', '2025-06-30')!.key).toBe('2025-Q2');
    expect(periodOfRange('2025-01-01', '2025-12-31')!.key).toBe('2025');
    expect(periodOfRange('2024-02-01', '2024-02-29')!.key).toBe('2024-02');
    expect(periodOfRange('2025-04-01', '2025-06-29')).toBeNull();
    expect(monthsBetween('2024-11-15', '2025-02-01')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
  });

  it('puts an instant on the calendar date of the zone: midnight WIB is not midnight WITA', () => {
    expect(localDate('2025-03-31T16:59:59Z', IndonesianTimeZone.WIB)).toBe('2025-03-31'); // 23:59:59 WIB
    expect(localDate('2025-03-31T17:00:00Z', IndonesianTimeZone.WIB)).toBe('2025-04-01'); // 00:00 WIB
    expect(localDate('2025-03-31T16:30:00Z', IndonesianTimeZone.WITA)).toBe('2025-04-01'); // 00:30 WITA
    expect(localDate('2025-03-31T14:59:00Z', IndonesianTimeZone.WIT)).toBe('2025-03-31'); // 23:59 WIT
  });
});

describe('pacing', () => {
  const year = parsePeriod('2025')!;
  const q1 = parsePeriod('2025-Q1')!;

  it('counts the whole of today as elapsed, from 1/365 on 1 January to all of it on 31 December', () => {
    expect(pacing(year, 365, 0, '2025-01-01')).toMatchObject({ elapsed: 1 / 365, expected: 1 });
    expect(pacing(year, 365, 365, '2025-12-31')).toMatchObject({ elapsed: 1, expected: 365, status: TargetStatus.ACHIEVED, progress: 1 });
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(366);
    expect(pacing(parsePeriod('2024')!, 366, 60, '2024-02-29').elapsed).toBe(60 / 366);
  });

  it('honours a quarter and a year for the same indicator, each over its own days', () => {
    // 31 March: the quarter is over (all expected), the year is 90/365 along.
    expect(pacing(q1, 30, 20, '2025-03-31')).toMatchObject({ elapsed: 1, expected: 30, status: TargetStatus.BEHIND });
    const yearPace = pacing(year, 100, 30, '2025-03-31');
    expect(yearPace.elapsed).toBeCloseTo(90 / 365, 10);
    expect(yearPace.status).toBe(TargetStatus.ON_TRACK);
    // Before the period starts nothing is expected; after it ends everything is.
    expect(pacing(parsePeriod('2025-Q2')!, 30, 0, '2025-03-31')).toMatchObject({ elapsed: 0, expected: 0, status: TargetStatus.ON_TRACK });
    expect(pacing(q1, 30, 29, '2026-01-10')).toMatchObject({ elapsed: 1, status: TargetStatus.BEHIND });
  });

  it('says achieved once the target is met, and has no progress ratio for a zero target', () => {
    expect(pacing(year, 10, 12, '2025-02-01')).toMatchObject({ status: TargetStatus.ACHIEVED, progress: 1.2 });
    expect(pacing(year, 0, 0, '2025-02-01')).toMatchObject({ status: TargetStatus.ACHIEVED, progress: null });
    expect(pacing(year, 0.5, 0.1, '2025-12-31')).toMatchObject({ status: TargetStatus.BEHIND, progress: 0.2 });
  });
});
