import { startTestApp, TestApp, firstError } from '../../../test/test-app';

const REPORT = `query ($input: ReportInput!) { report(input: $input) { from to rows { key values { indicator value } } } }`;

/** A report's period as people write it: read by the same parser as the web's period box, or refused in words. */
describe('report periods (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const run = async (period: string, language = 'id') =>
    t.gql(REPORT, { input: { rows: 'KABUPATEN_KOTA', period, indicators: ['VILLAGES_REACHED'] } }, { ...(await t.as('ditjen')), 'accept-language': language });

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('reads "Juni 2025", "Jun 2025" and "06/2025" as June 2025: the founding story, 14 villages of Merangin', async () => {
    for (const period of ['2025-06', 'Juni 2025', 'Jun 2025', '06/2025']) {
      const res = await run(period);
      expect(res.errors).toBeUndefined();
      expect(res.data!.report).toMatchObject({ from: '2025-06-01', to: '2025-06-30' });
      const merangin = res.data!.report.rows.find((row: any) => row.key === '15.02');
      expect([period, merangin.values[0].value]).toEqual([period, 14]);
    }
    expect((await run('Triwulan II 2025')).data!.report).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
    expect((await run('Semester I 2025')).data!.report).toMatchObject({ from: '2025-01-01', to: '2025-06-30' });
    expect((await run('1 Jun – 15 Jun 2025')).data!.report).toMatchObject({ from: '2025-06-01', to: '2025-06-15' });
  });

  it('keeps a saved report’s period as its key, and refuses to save one it cannot read', async () => {
    const SAVE = `mutation ($input: ReportInput!) { saveReport(name: "Juni", input: $input) { input { period } } }`;
    const headers = await t.as('ditjen');
    const saved = await t.gql(SAVE, { input: { rows: 'KABUPATEN_KOTA', period: 'Juni 2025', indicators: ['VILLAGES_REACHED'] } }, headers);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveReport.input.period).toBe('2025-06');
    const refused = await t.gql(SAVE, { input: { rows: 'KABUPATEN_KOTA', period: 'kapan-kapan', indicators: ['VILLAGES_REACHED'] } }, headers);
    expect(firstError(refused).extensions!.reason).toBe('COVERAGE_PERIOD_INVALID');
  });

  it('refuses what it cannot read, in the caller’s language, instead of reporting some default period', async () => {
    const unknown = await run('Triwulan V 2025');
    expect(unknown.data?.report ?? null).toBeNull();
    expect(firstError(unknown).extensions).toMatchObject({ reason: 'COVERAGE_PERIOD_INVALID', field: 'period' });
    expect(firstError(unknown).message).toMatch(/^Periode "Triwulan V 2025" tidak dikenali\. Contoh yang dikenali: 2026, 2026-Q4, Triwulan IV 2026/);
    const english = await run('someday', 'en');
    expect(firstError(english).message).toMatch(/^The period "someday" is not recognised\. Examples we read:/);
    expect(firstError(await run('2025-13')).extensions!.reason).toBe('COVERAGE_PERIOD_INVALID');
    expect(firstError(await run('15 Mar 2025 – 1 Jan 2025')).extensions!.reason).toBe('COVERAGE_RANGE_REVERSED');
    expect(firstError(await run('2015 – 2025')).extensions!.reason).toBe('COVERAGE_RANGE_TOO_LONG');
  });
});
