import { MAX_PERIOD_DAYS, parsePeriodText, periodChoiceOf, periodOfKey, sameRangeLastYear, sameTimeLastYear, type PeriodTextResult } from './period-text';

/** The key a text reads as, or its error in capitals. */
const read = (text: string, today?: string): string => {
  const result: PeriodTextResult = parsePeriodText(text, { today });
  return result.ok ? result.period.key : result.error;
};

describe('parsePeriodText: the forms people type', () => {
  it('reads December 2026 in every way it is written', () => {
    for (const text of [
      'Des 2026',
      'Desember 2026',
      'desember 2026',
      'DES 2026',
      'Des. 2026',
      'Dec 2026',
      'December 2026',
      'bulan Desember 2026',
      '12/2026',
      '12-2026',
      '2026-12',
      '2026/12',
      ' 2026-12 ',
    ]) {
      expect([text, read(text)]).toEqual([text, '2026-12']);
    }
    const december = parsePeriodText('Des 2026');
    expect(december).toEqual({ ok: true, period: { kind: 'MONTH', key: '2026-12', from: '2026-12-01', to: '2026-12-31' } });
  });

  it('reads every month by its Indonesian and English names and abbreviations', () => {
    const names = [
      ['Januari', 'Jan', 'January'],
      ['Februari', 'Feb', 'February'],
      ['Maret', 'Mar', 'March'],
      ['April', 'Apr', 'April'],
      ['Mei', 'Mei', 'May'],
      ['Juni', 'Jun', 'June'],
      ['Juli', 'Jul', 'July'],
      ['Agustus', 'Agu', 'August'],
      ['September', 'Sep', 'Sept'],
      ['Oktober', 'Okt', 'Oct'],
      ['November', 'Nov', 'Nop'],
      ['Desember', 'Des', 'Dec'],
    ];
    names.forEach((forms, i) => {
      for (const name of forms) expect([name, read(`${name} 2025`)]).toEqual([name, `2025-${String(i + 1).padStart(2, '0')}`]);
    });
  });

  it('gives February its 29th day in a leap year only', () => {
    expect(parsePeriodText('Februari 2024')).toMatchObject({ period: { to: '2024-02-29' } });
    expect(parsePeriodText('Feb 2025')).toMatchObject({ period: { to: '2025-02-28' } });
  });

  it('reads the fourth quarter of 2026 in every way it is written', () => {
    for (const text of [
      '2026-Q4',
      '2026-q4',
      '2026 Q4',
      'Q4 2026',
      'q4-2026',
      'Triwulan IV 2026',
      'triwulan 4 2026',
      'Triwulan ke-4 2026',
      'TW 4 2026',
      'TW IV 2026',
      'TW4 2026',
      'Quarter 4 2026',
      'Kuartal IV 2026',
    ]) {
      expect([text, read(text)]).toEqual([text, '2026-Q4']);
    }
    expect(parsePeriodText('Triwulan IV 2026')).toEqual({ ok: true, period: { kind: 'QUARTER', key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' } });
    expect(['Triwulan I 2025', 'Triwulan II 2025', 'Triwulan III 2025'].map((t) => read(t))).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
  });

  it('reads semesters', () => {
    for (const text of ['Semester 1 2026', 'Semester I 2026', 'semester i 2026', 'S1 2026', '2026-S1', 'H1 2026', 'Smt 1 2026']) expect([text, read(text)]).toEqual([text, '2026-S1']);
    for (const text of ['S2 2026', 'Semester II 2026', '2026-S2', '2026 H2']) expect([text, read(text)]).toEqual([text, '2026-S2']);
    expect(parsePeriodText('Semester II 2026')).toEqual({ ok: true, period: { kind: 'SEMESTER', key: '2026-S2', from: '2026-07-01', to: '2026-12-31' } });
  });

  it('reads years', () => {
    for (const text of ['2026', 'Tahun 2026', 'tahun 2026', 'TA 2026', 'Year 2026']) expect([text, read(text)]).toEqual([text, '2026']);
    expect(parsePeriodText('2026')).toEqual({ ok: true, period: { kind: 'YEAR', key: '2026', from: '2026-01-01', to: '2026-12-31' } });
  });

  it('reads ranges with dashes, "s.d.", "sampai" or "to", borrowing the year (and month) the first side leaves out', () => {
    const range = (text: string) => {
      const result = parsePeriodText(text);
      return result.ok ? [result.period.kind, result.period.from, result.period.to] : result.error;
    };
    expect(range('1 Jan – 15 Mar 2026')).toEqual(['RANGE', '2026-01-01', '2026-03-15']);
    expect(range('1 Jan 2026 - 15 Mar 2026')).toEqual(['RANGE', '2026-01-01', '2026-03-15']);
    expect(range('1 Januari s.d. 15 Maret 2026')).toEqual(['RANGE', '2026-01-01', '2026-03-15']);
    expect(range('1 Januari sampai dengan 15 Maret 2026')).toEqual(['RANGE', '2026-01-01', '2026-03-15']);
    expect(range('2026-01-01..2026-03-15')).toEqual(['RANGE', '2026-01-01', '2026-03-15']);
    expect(range('2026-01-01 to 2026-03-15')).toEqual(['RANGE', '2026-01-01', '2026-03-15']);
    expect(range('1/1/2026 s/d 15/3/2026')).toEqual(['RANGE', '2026-01-01', '2026-03-15']);
    expect(range('1–15 Mar 2026')).toEqual(['RANGE', '2026-03-01', '2026-03-15']);
    expect(range('Jan–Feb 2026')).toEqual(['RANGE', '2026-01-01', '2026-02-28']);
    expect(range('Nov 2025 – Feb 2026')).toEqual(['RANGE', '2025-11-01', '2026-02-28']);
    expect(range('Nov – Feb 2026')).toEqual(['RANGE', '2025-11-01', '2026-02-28']);
    expect(range('Q1 – Q3 2026')).toEqual(['RANGE', '2026-01-01', '2026-09-30']);
    expect(range('2024 – 2025')).toEqual(['RANGE', '2024-01-01', '2025-12-31']);
    expect(range('15 Mar 2026')).toEqual(['RANGE', '2026-03-15', '2026-03-15']);
  });

  it('names a range that is exactly a month, quarter, semester or year by that period', () => {
    expect(read('1 Des – 31 Des 2026')).toBe('2026-12');
    expect(read('Jan – Mar 2026')).toBe('2026-Q1');
    expect(read('Jan – Jun 2026')).toBe('2026-S1');
    expect(read('2026-01-01..2026-12-31')).toBe('2026');
    expect(read('1 Jan – 15 Mar 2026')).toBe('2026-01-01..2026-03-15');
  });

  it('reads "this month", "last year" and the URL words only when it knows today', () => {
    const today = '2026-12-05';
    expect(read('bulan ini', today)).toBe('2026-12');
    expect(parsePeriodText('bulan ini', { today })).toMatchObject({ preset: 'bulan-ini' });
    expect(parsePeriodText('tahun-ini', { today })).toMatchObject({ ok: true, preset: 'tahun-ini', period: { key: '2026' } });
    expect(read('triwulan ini', today)).toBe('2026-Q4');
    expect(read('This quarter', today)).toBe('2026-Q4');
    expect(read('semester ini', today)).toBe('2026-S2');
    expect(read('tahun lalu', today)).toBe('2025');
    expect(read('last month', '2026-01-10')).toBe('2025-12');
    expect(read('triwulan lalu', '2026-02-10')).toBe('2025-Q4');
    expect(parsePeriodText('tahun lalu', { today })).not.toHaveProperty('preset');
    expect(read('bulan ini')).toBe('UNKNOWN');
  });
});

describe('parsePeriodText: what it refuses, and why', () => {
  it('refuses garbage as not understood: never the whole year', () => {
    for (const text of [
      '',
      '   ',
      'kemarin',
      'abc 2026',
      'Des',
      'Desember',
      'Q5 2026',
      'Triwulan V 2026',
      'Semester 3 2026',
      'S3 2026',
      '2026-Q0',
      '2026-13',
      '13/2026',
      '26',
      'Des 26',
      '20266',
      '2026 2027',
      'Jan – ',
      '– Mar 2026',
      '1 Jan – 2 Feb – 3 Mar 2026',
      '1 Jan – 15 Mar',
      'Q4',
      '2026-Q4x',
      'Des 2026 lalu',
    ]) {
      expect([text, read(text)]).toEqual([text, 'UNKNOWN']);
    }
  });

  it('refuses dates that do not exist, years outside 2000–2099, reversed and overlong ranges, each with its reason', () => {
    expect(read('31 Feb 2026')).toBe('NO_SUCH_DATE');
    expect(read('29 Feb 2025 – 1 Mar 2025')).toBe('NO_SUCH_DATE');
    expect(read('2026-02-30..2026-03-01')).toBe('NO_SUCH_DATE');
    expect(read('1/13/2026 – 1/1/2027')).toBe('NO_SUCH_DATE');
    expect(read('1999')).toBe('YEAR_OUT_OF_RANGE');
    expect(read('Desember 2100')).toBe('YEAR_OUT_OF_RANGE');
    expect(read('15 Mar 2026 – 1 Jan 2026')).toBe('REVERSED');
    expect(read('2027 – 2026')).toBe('REVERSED');
    expect(read('2020 – 2026')).toBe('TOO_LONG');
    expect(read('2021 – 2025')).toBe('2021-01-01..2025-12-31');
  });
});

describe('periodOfKey, periodChoiceOf and sameRangeLastYear', () => {
  it('reads every canonical key back, and nothing else', () => {
    for (const key of ['2026', '2026-Q4', '2026-12', '2026-S1', '2026-01-01..2026-03-15']) expect(periodOfKey(key)?.key).toBe(key);
    for (const bad of ['Des 2026', '2026-S3', '2026-03-15..2026-01-01', '2026-02-30..2026-03-01', `2020-01-01..2026-01-01`]) expect(periodOfKey(bad)).toBeNull();
  });

  it('names ranges', () => {
    expect(periodChoiceOf('2026-07-01', '2026-12-31')).toEqual({ kind: 'SEMESTER', key: '2026-S2', from: '2026-07-01', to: '2026-12-31' });
    expect(periodChoiceOf('2026-07-01', '2026-12-30').kind).toBe('RANGE');
    expect(MAX_PERIOD_DAYS).toBe(1831);
  });

  it('shifts a range one year back, 29 February to 28 February', () => {
    expect(sameRangeLastYear('2026-10-01', '2026-12-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(sameRangeLastYear('2024-02-01', '2024-02-29')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });

  it('compares a running range up to the same day a year earlier, a finished one whole, one not begun not at all', () => {
    expect(sameTimeLastYear('2026-01-01', '2026-12-31', '2026-12-05')).toEqual({ from: '2025-01-01', to: '2025-12-05' });
    expect(sameTimeLastYear('2026-10-01', '2026-12-31', '2026-12-05')).toEqual({ from: '2025-10-01', to: '2025-12-05' });
    expect(sameTimeLastYear('2026-06-01', '2026-06-30', '2026-12-05')).toEqual({ from: '2025-06-01', to: '2025-06-30' });
    expect(sameTimeLastYear('2024-01-01', '2024-12-31', '2024-02-29')).toEqual({ from: '2023-01-01', to: '2023-02-28' });
    expect(sameTimeLastYear('2027-01-01', '2027-12-31', '2026-12-05')).toBeNull();
  });
});
