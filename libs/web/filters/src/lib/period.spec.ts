import { paramsOf, pickerYears, resolvePeriod, yearOf } from './period';

// Instants are written in UTC; WIB is UTC+7, so 17:00Z is already midnight of the next day in Jakarta.
const at = (iso: string) => new Date(iso);

describe('resolvePeriod', () => {
  it('reads "this year", "this quarter" and "this month" from today in WIB', () => {
    const now = at('2025-06-16T03:00:00Z'); // Monday 16 June 2025, 10:00 WIB
    expect(resolvePeriod('tahun-ini', null, null, now)).toMatchObject({ from: '2025-01-01', to: '2025-12-31', key: '2025', kind: 'YEAR' });
    expect(resolvePeriod('triwulan-ini', null, null, now)).toMatchObject({ from: '2025-04-01', to: '2025-06-30', key: '2025-Q2', kind: 'QUARTER' });
    expect(resolvePeriod('bulan-ini', null, null, now)).toMatchObject({ from: '2025-06-01', to: '2025-06-30', key: '2025-06', kind: 'MONTH' });
  });

  it('defaults to this year when the URL names no period', () => {
    expect(resolvePeriod(null, null, null, at('2025-06-16T03:00:00Z'))).toMatchObject({ param: 'tahun-ini', from: '2025-01-01', to: '2025-12-31', invalid: false });
  });

  it('at 00:30 WIB on 1 January it is already the new year, though UTC still says 31 December', () => {
    const now = at('2024-12-31T17:30:00Z');
    expect(resolvePeriod('tahun-ini', null, null, now)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(resolvePeriod('triwulan-ini', null, null, now)).toMatchObject({ from: '2025-01-01', to: '2025-03-31', key: '2025-Q1' });
    expect(resolvePeriod('bulan-ini', null, null, now)).toMatchObject({ from: '2025-01-01', to: '2025-01-31' });
  });

  it('at 23:59 WIB on 31 December it is still the old year', () => {
    const now = at('2025-12-31T16:59:00Z');
    expect(resolvePeriod('tahun-ini', null, null, now)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(resolvePeriod('triwulan-ini', null, null, now)).toMatchObject({ from: '2025-10-01', to: '2025-12-31', key: '2025-Q4' });
    expect(resolvePeriod('bulan-ini', null, null, now)).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('gives February its 29th day in a leap year and not otherwise', () => {
    expect(resolvePeriod('bulan-ini', null, null, at('2024-02-10T05:00:00Z'))).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(resolvePeriod('bulan-ini', null, null, at('2025-02-10T05:00:00Z'))).toMatchObject({ from: '2025-02-01', to: '2025-02-28' });
    expect(resolvePeriod('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29', kind: 'MONTH' });
    expect(resolvePeriod('2100-02')).toMatchObject({ invalid: true }); // outside the years periods are named for
  });

  it('reads a named year, quarter or month', () => {
    expect(resolvePeriod('2024')).toMatchObject({ param: '2024', from: '2024-01-01', to: '2024-12-31', key: '2024' });
    expect(resolvePeriod('2025-Q3')).toMatchObject({ param: '2025-Q3', from: '2025-07-01', to: '2025-09-30', key: '2025-Q3' });
    expect(resolvePeriod('2025-11')).toMatchObject({ from: '2025-11-01', to: '2025-11-30', key: '2025-11' });
  });

  it('takes a custom range as given, and names it when it is exactly a period', () => {
    expect(resolvePeriod('kustom', '2025-06-01', '2025-06-16')).toMatchObject({ param: 'kustom', from: '2025-06-01', to: '2025-06-16', key: null, kind: 'CUSTOM' });
    expect(resolvePeriod('kustom', '2025-04-01', '2025-06-30')).toMatchObject({ key: '2025-Q2', kind: 'QUARTER' });
  });

  it('falls back to this year, flagged, for what is not a period', () => {
    const now = at('2025-06-16T03:00:00Z');
    for (const [periode, dari, sampai] of [
      ['2025-13', null, null],
      ['2025-Q5', null, null],
      ['kemarin', null, null],
      ['kustom', '2025-06-30', '2025-06-01'],
      ['kustom', '2025-02-30', '2025-03-01'],
      ['kustom', null, '2025-03-01'],
      ['kustom', '2015-01-01', '2025-03-01'],
    ] as const) {
      expect(resolvePeriod(periode, dari, sampai, now)).toMatchObject({ param: 'tahun-ini', from: '2025-01-01', to: '2025-12-31', invalid: true });
    }
  });
});

describe('resolvePeriod and paramsOf: what people type', () => {
  const now = at('2026-12-05T03:00:00Z');

  it('reads semesters and periods written in words (old links carried them), naming why one is refused', () => {
    expect(resolvePeriod('2026-S2', null, null, now)).toMatchObject({ param: '2026-S2', from: '2026-07-01', to: '2026-12-31', key: '2026-S2', kind: 'SEMESTER', invalid: false });
    expect(resolvePeriod('Des 2026', null, null, now)).toMatchObject({ param: '2026-12', from: '2026-12-01', to: '2026-12-31', invalid: false });
    expect(resolvePeriod('Triwulan IV 2026', null, null, now)).toMatchObject({ param: '2026-Q4', key: '2026-Q4', invalid: false });
    expect(resolvePeriod('Triwulan V 2026', null, null, now)).toMatchObject({ key: '2026', invalid: true, error: { text: 'Triwulan V 2026', reason: 'UNKNOWN' } });
    expect(resolvePeriod('kustom', '2026-03-15', '2026-01-01', now)).toMatchObject({ invalid: true, error: { reason: 'REVERSED' } });
  });

  it('turns typed text into URL words: a key, a preset, or kustom with dates', () => {
    expect(paramsOf('Des 2026', now)).toEqual({ ok: true, params: { periode: '2026-12' } });
    expect(paramsOf('bulan ini', now)).toEqual({ ok: true, params: { periode: 'bulan-ini' } });
    expect(paramsOf('tahun lalu', now)).toEqual({ ok: true, params: { periode: '2025' } });
    expect(paramsOf('1 Jan – 15 Mar 2026', now)).toEqual({ ok: true, params: { periode: 'kustom', dari: '2026-01-01', sampai: '2026-03-15' } });
    expect(paramsOf('omong kosong', now)).toEqual({ ok: false, error: 'UNKNOWN' });
  });
});

describe('pickerYears', () => {
  it('offers next year back to ten years ago, newest first, and the chosen year wherever it lies', () => {
    const now = at('2026-12-05T03:00:00Z');
    const years = pickerYears(2025, now);
    expect(years[0]).toBe(2027);
    expect(years[years.length - 1]).toBe(2016);
    expect(pickerYears(2005, now).at(-1)).toBe(2005);
    expect(pickerYears(2031, now)[0]).toBe(2031);
  });
});

describe('yearOf', () => {
  it('is the year a range sits in, or null when it spans two', () => {
    expect(yearOf({ from: '2025-04-01', to: '2025-06-30' })).toBe('2025');
    expect(yearOf({ from: '2024-12-01', to: '2025-01-31' })).toBeNull();
  });
});
