import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { rebuildAttendance } from '../activity/rollups/coverage-attendance';
import { AuditService } from '../audit/audit.service';
import { attributeFoundingStory } from '../seed/demo-activities';

/** The founding story (seed/demo-activities.ts): 2 camat, 4 lurah and 10 kepala desa, each attributed where they govern. */
const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };

const DASHBOARD = `query ($f: CoverageFilter!) { dashboard(filter: $f) {
  activities participants officialsReached participantsNotByVillage officialsNotByVillage participantsByCategory { category male female } } }`;
const REPORT = `query ($input: ReportInput!) { report(input: $input) {
  rows { key values { indicator value } } total { values { indicator value } } } }`;
const value = (row: { values: { indicator: string; value: number }[] }, indicator: string) => row.values.find((v) => v.indicator === indicator)!.value;

/** Officials per kecamatan of Merangin (report rows) and Merangin's own figure (dashboard), for 2025. */
async function meranginOfficials(t: TestApp) {
  const auth = await t.as('ditjen');
  const dash = await t.gql(DASHBOARD, { f: { regionCode: '15.02', ...YEAR_2025 } }, auth);
  expect(dash.errors).toBeUndefined();
  const report = await t.gql(REPORT, { input: { rows: 'KECAMATAN', withinRegion: '15.02', period: '2025', indicators: ['OFFICIALS_REACHED', 'PARTICIPANTS'] } }, auth);
  expect(report.errors).toBeUndefined();
  const rows = report.data!.report.rows as { key: string; values: { indicator: string; value: number }[] }[];
  return { merangin: dash.data!.dashboard, kecamatan: rows };
}

describe('attendance attributed to villages (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const dashboard = async (regionCode: string, as = 'ditjen') => {
    const res = await t.gql(DASHBOARD, { f: { regionCode, ...YEAR_2025 } }, await t.as(as));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.dashboard;
  };
  const create = async (input: Record<string, unknown>) =>
    t.gql(`mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { id attendance { regionCode regionName category male female total agency { shortName } } } }`, {
      id: randomUUID(),
      input: {
        type: 'SOSIALISASI',
        title: 'Sosialisasi TPPO bagi kepala desa',
        startsAt: '2025-08-12T02:00:00Z',
        endsAt: '2025-08-12T04:00:00Z',
        venueName: 'Kantor Camat Bangko Barat',
        venueRegionCode: '15.02.10',
        villages: [
          { code: '15.02.10.2001', reach: 'OFFICIALS_ATTENDED' },
          { code: '15.02.10.2002', reach: 'OFFICIALS_ATTENDED' },
        ],
        participants: [{ category: 'KEPALA_DESA', male: 2, female: 0 }, { category: 'CAMAT', male: 1, female: 0 }],
        ...input,
      },
    }, await t.as('petugas.kerinci'));

  /** The backfill migration's step, then a new coverage generation so no cached figure survives it. */
  const rebuild = () =>
    withAdmin(t.db.url, async (c) => {
      // A manager whose query runner is the owner's client (what db() in database/kysely.ts runs its statements on).
      const queryRunner = { isReleased: false, query: async (text: string, params?: unknown[]) => ({ records: (await c.query(text, params as unknown[])).rows }) };
      const manager = { queryRunner } as unknown as EntityManager;
      await rebuildAttendance(manager);
      await c.query(`UPDATE coverage_generation SET value = value + 1`);
    });

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts each official of the founding story where they govern: Pulau Rengas 1, Bangko Barat 7, Merangin 16', async () => {
    expect((await dashboard('15.02.10.2001')).officialsReached).toBe(1);
    const bangkoBarat = await dashboard('15.02.10');
    expect(bangkoBarat.officialsReached).toBe(7);
    // Its camat is attributed to the kecamatan: counted there, not in a village.
    expect(bangkoBarat.officialsNotByVillage).toBe(1);
    expect((await dashboard('15.02.02')).officialsReached).toBe(9);
    const merangin = await dashboard('15.02');
    expect(merangin.officialsReached).toBe(16);
    expect(merangin.officialsNotByVillage).toBe(2);
    // A Kerinci head sees the same figures as the Ditjen over its working area.
    expect((await dashboard('15.02.10.2001', 'kepala.kerinci')).officialsReached).toBe(1);
  });

  it("adds Merangin's kecamatan up to Merangin's 2025 officials, and no village shows more than its own people", async () => {
    const { merangin, kecamatan } = await meranginOfficials(t);
    expect(merangin.officialsReached).toBeGreaterThan(0);
    expect(kecamatan.reduce((s, row) => s + value(row, 'OFFICIALS_REACHED'), 0)).toBe(merangin.officialsReached);
    // Every village reached by the founding story: at most the people attributed to it (one kepala desa or lurah).
    const villages = await sql<{ village_code: string }>(`SELECT village_code FROM activity_villages WHERE activity_id = $1`, [FOUNDING_STORY]);
    expect(villages).toHaveLength(14);
    for (const { village_code } of villages) expect((await dashboard(village_code)).officialsReached).toBe(1);
  });

  it('keeps every total when existing data is backfilled: the unattributed rest counts where all the villages lie', async () => {
    const before = await dashboard('15');
    expect(before.officialsReached).toBeGreaterThanOrEqual(16);
    await sql(`DELETE FROM activity_attendance`);
    await rebuild();
    const after = await dashboard('15');
    expect(after.participants).toBe(before.participants);
    expect(after.officialsReached).toBe(before.officialsReached);
    expect(after.participantsByCategory).toEqual(before.participantsByCategory);
    // Nothing attributed: the founding story's 16 officials count at Merangin, where its villages all lie, none in a village.
    expect((await dashboard('15.02.10.2001')).officialsReached).toBe(0);
    expect((await dashboard('15.02')).officialsNotByVillage).toBe(16);
    // One kepala desa attributed again: counted in Pulau Rengas, and still once in Merangin.
    await sql(
      `INSERT INTO activity_attendance (activity_id, agency_id, region_code, category, male, female)
       SELECT $1, lead_agency_id, '15.02.10.2001', 'KEPALA_DESA', 1, 0 FROM activities WHERE id = $1`,
      [FOUNDING_STORY],
    );
    await rebuild();
    expect((await dashboard('15.02.10.2001')).officialsReached).toBe(1);
    expect((await dashboard('15.02')).officialsReached).toBe(16);

    // A demo database seeded before attribution: its founding story is attributed on the next start, once.
    await sql(`DELETE FROM activity_attendance`);
    await rebuild();
    const audit = t.app.get(AuditService);
    const dataSource = t.app.get<DataSource>(getDataSourceToken());
    expect(await attributeFoundingStory(dataSource, audit)).toBe(true);
    expect(await attributeFoundingStory(dataSource, audit)).toBe(false);
    expect((await dashboard('15.02.10.2001')).officialsReached).toBe(1);
    expect((await dashboard('15.02.10')).officialsReached).toBe(7);
    expect((await dashboard('15.02')).officialsNotByVillage).toBe(2);
  });

  it('records attendance per village on the activity and refuses more than took part or a region not listed', async () => {
    const ok = await create({
      attendance: [
        { regionCode: '15.02.10.2001', category: 'KEPALA_DESA', male: 1, female: 0 },
        { regionCode: '15.02.10.2002', category: 'KEPALA_DESA', male: 1, female: 0 },
        { regionCode: '15.02.10', category: 'CAMAT', male: 1, female: 0 },
      ],
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createActivity.attendance).toEqual([
      { regionCode: '15.02.10', regionName: 'Bangko Barat', category: 'CAMAT', male: 1, female: 0, total: 1, agency: { shortName: 'Kanim Kerinci' } },
      { regionCode: '15.02.10.2001', regionName: 'Pulau Rengas', category: 'KEPALA_DESA', male: 1, female: 0, total: 1, agency: { shortName: 'Kanim Kerinci' } },
      { regionCode: '15.02.10.2002', regionName: 'Biuku Tanjung', category: 'KEPALA_DESA', male: 1, female: 0, total: 1, agency: { shortName: 'Kanim Kerinci' } },
    ]);

    const over = await create({ attendance: [{ regionCode: '15.02.10.2001', category: 'KEPALA_DESA', male: 3, female: 0 }] });
    expect(firstError(over).extensions).toMatchObject({ reason: 'ACTIVITY_ATTENDANCE_OVER_TOTAL', field: 'attendance[0].male' });
    expect(firstError(over).message).toBe('Kehadiran Kepala desa yang dirinci per wilayah (3) melebihi jumlah pesertanya (2).');

    const women = await create({ attendance: [{ regionCode: '15.02.10.2001', category: 'KEPALA_DESA', male: 0, female: 1 }] });
    expect(firstError(women).extensions).toMatchObject({ reason: 'ACTIVITY_ATTENDANCE_OVER_TOTAL', field: 'attendance[0].female' });

    // A village of Bangko Barat the activity does not list, and a kecamatan it does not reach.
    for (const regionCode of ['15.02.10.2003', '15.02.02']) {
      const notListed = await create({ attendance: [{ regionCode, category: 'KEPALA_DESA', male: 1, female: 0 }] });
      expect(firstError(notListed).extensions).toMatchObject({ reason: 'ACTIVITY_ATTENDANCE_REGION_NOT_LISTED', field: 'attendance[0].regionCode' });
      expect(firstError(notListed).message).toContain(regionCode);
    }
  });
});

/** The living demo (18 months of Provinsi Jambi) as `npm start` makes it: its officials attributed too. */
describe('attendance on the living demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_HISTORY: 'true' });
  }, 120_000);
  afterAll(() => t?.close());

  it("adds Merangin's kecamatan up to Merangin's 2025 officials and participants", async () => {
    const { merangin, kecamatan } = await meranginOfficials(t);
    expect(merangin.officialsReached).toBeGreaterThan(16);
    expect(kecamatan.reduce((s, row) => s + value(row, 'OFFICIALS_REACHED'), 0)).toBe(merangin.officialsReached);
    // Nothing of Merangin's is counted at the kabupaten itself: every activity lies in one kecamatan, or attributes.
    expect(kecamatan.reduce((s, row) => s + value(row, 'PARTICIPANTS'), 0)).toBe(merangin.participants);
  });
});
