import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';

const REPORT = `query ($input: ReportInput!) {
  report(input: $input) {
    title from to previousFrom previousTo columns restricted totalNote
    rows { key label restricted region { code } agency { id } values { indicator value previous change direction target achieved status } }
    total { values { indicator value previous change direction } }
    participantsByCategory { category male female }
  } }`;

const value = (row: { values: { indicator: string; value: number }[] }, indicator: string) => row.values.find((v) => v.indicator === indicator)!.value;

describe('reports (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const report = async (as: string, input: Record<string, unknown>) => {
    const res = await t.gql(REPORT, { input }, await t.as(as));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.report;
  };
  const mutate = async (as: string, query: string, vars: Record<string, unknown>) => {
    const res = await t.gql(query, vars, await t.as(as));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data!)[0] as any;
  };
  const version = async (id: string) => (await sql(`SELECT version FROM activities WHERE id = $1`, [id]))[0].version as number;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('shows the founding story in Rekap Sosialisasi for Kabupaten Merangin: 14 villages, 16 officials', async () => {
    for (const period of [{ period: '2025-06' }, { from: '2025-01-01', to: '2025-12-31' }]) {
      const r = await report('ditjen', { rows: 'KABUPATEN_KOTA', ...period, hideEmptyRows: false, indicators: ['ACTIVITIES', 'VILLAGES_REACHED', 'OFFICIALS_REACHED', 'PARTICIPANTS'] });
      const merangin = r.rows.find((row: any) => row.key === '15.02');
      expect(merangin.label).toMatch(/Merangin/);
      expect(value(merangin, 'VILLAGES_REACHED')).toBe(14);
      expect(value(merangin, 'OFFICIALS_REACHED')).toBe(16);
      expect(value(merangin, 'ACTIVITIES')).toBeGreaterThanOrEqual(1);
      expect(r.rows).toHaveLength(514);
      // The same through a programme item filter (the founding story is item 8).
      const [{ id: item8 }] = await sql(`SELECT programme_item_id AS id FROM activity_programme_items WHERE activity_id = '6a1f0c2e-1b7d-4c55-9a51-000000000001' LIMIT 1`);
      const filtered = await report('ditjen', { rows: 'KABUPATEN_KOTA', ...period, programmeItemId: item8, indicators: ['VILLAGES_REACHED', 'DESA_BINAAN_FORMED'] });
      expect(
        value(
          filtered.rows.find((row: any) => row.key === '15.02'),
          'VILLAGES_REACHED',
        ),
      ).toBe(14);
      expect(r.participantsByCategory.length).toBeGreaterThan(0);
    }
  });

  it("gives a Kerinci head rows of the working area only, and a village head their village's part", async () => {
    const kab = await report('kepala.kerinci', { rows: 'KABUPATEN_KOTA', period: '2025', indicators: ['VILLAGES_REACHED', 'COVERAGE_RATIO'] });
    expect(kab.rows.map((r: any) => r.key)).toEqual(['15.01', '15.02', '15.72']);
    expect(value(kab.total, 'VILLAGES_REACHED')).toBe(14);
    const kec = await report('kepala.kerinci', { rows: 'KECAMATAN', period: '2025', indicators: ['VILLAGES_REACHED'] });
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM regions WHERE depth = 3 AND (code LIKE '15.01.%' OR code LIKE '15.02.%' OR code LIKE '15.72.%')`);
    expect(kec.rows).toHaveLength(n);
    expect(kec.rows.every((r: any) => /^15\.(01|02|72)\./.test(r.key))).toBe(true);
    // Asking for all of Jambi does not widen it.
    const jambi = await report('kepala.kerinci', { rows: 'KABUPATEN_KOTA', withinRegion: '15', period: '2025', indicators: ['VILLAGES_REACHED'] });
    expect(jambi.rows.map((r: any) => r.key)).toEqual(['15.01', '15.02', '15.72']);
    expect(jambi.restricted).toBe(true);
    // Outside the scope: nothing.
    expect((await t.gql(REPORT, { input: { rows: 'KECAMATAN', withinRegion: '91.71', period: '2025', indicators: ['ACTIVITIES'] } }, await t.as('kepala.kerinci'))).data!.report).toBeNull();

    const village = await report('desa.pulaurengas', { rows: 'KABUPATEN_KOTA', period: '2025', indicators: ['VILLAGES_REACHED', 'COVERAGE_RATIO'] });
    expect(village.rows).toHaveLength(1);
    expect(village.rows[0]).toMatchObject({ key: '15.02', restricted: true });
    expect(value(village.rows[0], 'VILLAGES_REACHED')).toBe(1);
    expect(value(village.rows[0], 'COVERAGE_RATIO')).toBe(1);
  });

  it("matches direct SQL over the raw tables for a ministry viewer's national report", async () => {
    const r = await report('ditjen', { rows: 'KABUPATEN_KOTA', period: '2025', indicators: ['ACTIVITIES', 'VILLAGES_REACHED'] });
    const day = `(a.starts_at AT TIME ZONE CASE a.time_zone WHEN 'WITA' THEN 'Asia/Makassar' WHEN 'WIT' THEN 'Asia/Jayapura' ELSE 'Asia/Jakarta' END)::date`;
    const villages = await sql<{ kab: string; n: number }>(
      `SELECT left(v.village_code, 5) AS kab, count(DISTINCT v.village_code)::int AS n FROM activities a JOIN activity_villages v ON v.activity_id = a.id
       WHERE a.status = 'VERIFIED' AND ${day} BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1`,
    );
    const activities = await sql<{ kab: string; n: number }>(
      `SELECT left(x.code, 5) AS kab, count(DISTINCT a.id)::int AS n FROM activities a
       CROSS JOIN LATERAL (SELECT a.venue_region_code AS code UNION SELECT v.village_code FROM activity_villages v WHERE v.activity_id = a.id) x
       WHERE a.status = 'VERIFIED' AND ${day} BETWEEN '2025-01-01' AND '2025-12-31' AND length(x.code) >= 5 GROUP BY 1`,
    );
    const [{ villagesTotal, activitiesTotal }] = await sql(
      `SELECT (SELECT count(DISTINCT v.village_code) FROM activities a JOIN activity_villages v ON v.activity_id = a.id
               WHERE a.status = 'VERIFIED' AND ${day} BETWEEN '2025-01-01' AND '2025-12-31')::int AS "villagesTotal",
              (SELECT count(*) FROM activities a WHERE a.status = 'VERIFIED' AND ${day} BETWEEN '2025-01-01' AND '2025-12-31')::int AS "activitiesTotal"`,
    );
    const nonZero = (indicator: string) => Object.fromEntries(r.rows.filter((row: any) => value(row, indicator) > 0).map((row: any) => [row.key, value(row, indicator)]));
    expect(nonZero('VILLAGES_REACHED')).toEqual(Object.fromEntries(villages.map((x) => [x.kab, x.n])));
    expect(nonZero('ACTIVITIES')).toEqual(Object.fromEntries(activities.map((x) => [x.kab, x.n])));
    expect(value(r.total, 'VILLAGES_REACHED')).toBe(villagesTotal);
    expect(value(r.total, 'ACTIVITIES')).toBe(activitiesTotal);
    expect(villagesTotal).toBeGreaterThan(0);
  });

  it('compares with the previous period and the same period last year', async () => {
    const july = await report('kepala.kerinci', { rows: 'KABUPATEN_KOTA', period: '2025-07', compare: 'PREVIOUS_PERIOD', indicators: ['VILLAGES_REACHED', 'OFFICIALS_REACHED'] });
    expect(july).toMatchObject({ previousFrom: '2025-06-01', previousTo: '2025-06-30' });
    const merangin = july.rows.find((r: any) => r.key === '15.02');
    expect(merangin.values[0]).toMatchObject({ indicator: 'VILLAGES_REACHED', value: 0, previous: 14, change: -14, direction: 'DOWN' });
    expect(merangin.values[1]).toMatchObject({ value: 0, previous: 16, change: -16, direction: 'DOWN' });
    const kerinci = july.rows.find((r: any) => r.key === '15.01');
    expect(kerinci.values[0]).toMatchObject({ value: 0, previous: 0, change: 0, direction: 'SAME' });

    const june2026 = await report('kepala.kerinci', { rows: 'KABUPATEN_KOTA', period: '2026-06', compare: 'SAME_PERIOD_LAST_YEAR', indicators: ['VILLAGES_REACHED'] });
    expect(june2026).toMatchObject({ previousFrom: '2025-06-01', previousTo: '2025-06-30' });
    expect(june2026.total.values[0]).toMatchObject({ previous: 14 });
    const plain = await report('kepala.kerinci', { rows: 'KABUPATEN_KOTA', period: '2025-06', indicators: ['VILLAGES_REACHED'] });
    expect(plain.total.values[0]).toMatchObject({ value: 14, previous: null, direction: null });
  });

  it('de-duplicates totals across two offices and says so', async () => {
    // A second immigration office working in Merangin, with an officer and a head (the demo password).
    const [{ id: office }] = await sql(
      `INSERT INTO agencies (name, short_name, type, home_region_code) VALUES ('Kantor Imigrasi Uji Merangin', 'Kanim Uji', 'KANTOR_IMIGRASI', '15.02') RETURNING id`,
    );
    await sql(`INSERT INTO agency_working_areas (agency_id, region_code) VALUES ($1, '15.02')`, [office]);
    for (const [username, role] of [
      ['petugas.uji', 'OFFICER'],
      ['kepala.uji', 'HEAD'],
    ]) {
      await sql(`INSERT INTO users (username, full_name, agency_id, role, password_hash) SELECT $1, $1, $2, $3, password_hash FROM users WHERE username = 'petugas.kerinci'`, [
        username,
        office,
        role,
      ]);
    }
    const [{ village }] = await sql(`SELECT v.village_code AS village FROM activity_villages v WHERE v.activity_id = '6a1f0c2e-1b7d-4c55-9a51-000000000001' ORDER BY 1 LIMIT 1`);
    const id = randomUUID();
    await mutate('petugas.uji', `mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { id } }`, {
      id,
      input: {
        type: 'SOSIALISASI',
        title: 'Sosialisasi keimigrasian',
        startsAt: '2025-06-20T02:00:00Z',
        endsAt: '2025-06-20T04:00:00Z',
        venueName: 'Balai Desa',
        venueRegionCode: village,
        villages: [{ code: village, reach: 'HELD_IN_VILLAGE' }],
        participants: [
          { category: 'KEPALA_DESA', male: 1, female: 0 },
          { category: 'MASYARAKAT_UMUM', male: 10, female: 12 },
        ],
      },
    });
    await mutate('petugas.uji', `mutation ($id: ID!, $v: Int!) { submitActivity(id: $id, version: $v) { status } }`, { id, v: await version(id) });
    await mutate('kepala.uji', `mutation ($id: ID!, $v: Int!) { verifyActivity(id: $id, version: $v) { status } }`, { id, v: await version(id) });

    const r = await report('kanwil.jambi', { rows: 'KANTOR_IMIGRASI', period: '2025-06', indicators: ['VILLAGES_REACHED', 'ACTIVITIES'] });
    const kerinci = r.rows.find((row: any) => row.label.includes('Kerinci'));
    const uji = r.rows.find((row: any) => row.key === office);
    expect(value(kerinci, 'VILLAGES_REACHED')).toBe(14);
    expect(value(uji, 'VILLAGES_REACHED')).toBe(1);
    expect(value(uji, 'ACTIVITIES')).toBe(1);
    const sum = r.rows.reduce((s: number, row: any) => s + value(row, 'VILLAGES_REACHED'), 0);
    expect(sum).toBe(15);
    expect(value(r.total, 'VILLAGES_REACHED')).toBe(14);
    expect(r.totalNote).toBe('Jumlah baris (15) lebih besar dari total (14) karena desa yang sama dijangkau lebih dari satu baris; total menghitung setiap desa sekali.');
    const english = await t.gql(
      `query ($input: ReportInput!) { report(input: $input) { totalNote } }`,
      { input: { rows: 'KANTOR_IMIGRASI', period: '2025-06', indicators: ['VILLAGES_REACHED', 'ACTIVITIES'] } },
      { ...(await t.as('kanwil.jambi')), 'accept-language': 'en' },
    );
    expect(english.data!.report.totalNote).toBe(
      'The rows add up to 15, more than the total (14), because the same village was reached in more than one row; the total counts each village once.',
    );
    // Region rows partition villages: no note.
    const byKab = await report('kanwil.jambi', { rows: 'KABUPATEN_KOTA', period: '2025-06', indicators: ['VILLAGES_REACHED'] });
    expect(byKab.totalNote).toBeNull();
    expect(value(byKab.total, 'VILLAGES_REACHED')).toBe(14);
  });

  describe('rows with no activity', () => {
    const SHAPE = `query ($input: ReportInput!) {
      report(input: $input) {
        hideEmptyRows emptyRowsHidden totalNote
        rows { key label values { indicator value previous } participantsByCategory { category male female } }
        total { values { indicator value previous } participantsByCategory { category male female } }
        participantsByCategory { category male female }
      } }`;
    const shape = async (as: string, input: Record<string, unknown>) => {
      const res = await t.gql(SHAPE, { input }, await t.as(as));
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.report;
    };
    const REKAP = { rows: 'KABUPATEN_KOTA', period: '2025', type: 'SOSIALISASI', indicators: ['ACTIVITIES', 'PARTICIPANTS', 'OFFICIALS_REACHED', 'VILLAGES_REACHED'] };
    const active = (row: any) => row.values.some((v: any) => v.value !== 0 || (v.previous ?? 0) !== 0);

    it('hides them in a national recap by default, says how many, and keeps the total whole', async () => {
      const hidden = await shape('ditjen', REKAP);
      const all = await shape('ditjen', { ...REKAP, hideEmptyRows: false });
      expect(all.rows).toHaveLength(514);
      expect(all).toMatchObject({ hideEmptyRows: false, emptyRowsHidden: 0 });
      expect(hidden.hideEmptyRows).toBe(true);
      // Exactly the rows with a figure are left, in the same order, and the count of the others is given.
      const withActivity = all.rows.filter(active);
      expect(withActivity.length).toBeGreaterThan(0);
      expect(withActivity.length).toBeLessThan(514);
      expect(hidden.rows.map((r: any) => r.key)).toEqual(withActivity.map((r: any) => r.key));
      expect(hidden.emptyRowsHidden).toBe(514 - withActivity.length);
      expect(hidden.rows.map((r: any) => r.key)).toContain('15.02');
      expect(hidden.total).toEqual(all.total);
      expect(hidden.totalNote).toEqual(all.totalNote);
      // Asked for explicitly: the same.
      expect((await shape('ditjen', { ...REKAP, hideEmptyRows: true })).rows).toEqual(hidden.rows);
    });

    it('shows every row of a regional report by default, and hides them there only when asked', async () => {
      const jambi = await shape('ditjen', { ...REKAP, withinRegion: '15' });
      expect(jambi).toMatchObject({ hideEmptyRows: false, emptyRowsHidden: 0 });
      const [{ n }] = await sql(`SELECT count(*)::int AS n FROM regions WHERE depth = 2 AND code LIKE '15.%'`);
      expect(jambi.rows).toHaveLength(n);
      expect(jambi.rows.some((r: any) => !active(r))).toBe(true);
      const asked = await shape('ditjen', { ...REKAP, withinRegion: '15', hideEmptyRows: true });
      expect(asked.hideEmptyRows).toBe(true);
      expect(asked.rows.map((r: any) => r.key)).toEqual(jambi.rows.filter(active).map((r: any) => r.key));
      expect(asked.emptyRowsHidden).toBe(n - asked.rows.length);
    });

    it('keeps a row with activity in the comparison period only', async () => {
      const input = { rows: 'KABUPATEN_KOTA', period: '2025-07', indicators: ['VILLAGES_REACHED'] };
      const july = await shape('ditjen', input);
      expect(july.rows.map((r: any) => r.key)).not.toContain('15.02');
      const compared = await shape('ditjen', { ...input, compare: 'PREVIOUS_PERIOD' });
      const merangin = compared.rows.find((r: any) => r.key === '15.02');
      expect(merangin.values[0]).toMatchObject({ value: 0, previous: 14 });
      expect(compared.emptyRowsHidden).toBeLessThan(july.emptyRowsHidden);
    });

    it('gives each row its participants by category and sex, adding up to the total’s', async () => {
      const r = await shape('ditjen', { ...REKAP, hideEmptyRows: false });
      const sums = new Map<string, { male: number; female: number }>();
      for (const row of r.rows) {
        const participants = row.values.find((v: any) => v.indicator === 'PARTICIPANTS').value;
        expect(row.participantsByCategory.reduce((s: number, p: any) => s + p.male + p.female, 0)).toBe(participants);
        for (const p of row.participantsByCategory) {
          const sum = sums.get(p.category) ?? { male: 0, female: 0 };
          sums.set(p.category, { male: sum.male + p.male, female: sum.female + p.female });
        }
      }
      expect(r.participantsByCategory.length).toBeGreaterThan(0);
      expect(Object.fromEntries(sums)).toEqual(Object.fromEntries(r.participantsByCategory.map((p: any) => [p.category, { male: p.male, female: p.female }])));
      expect(r.total.participantsByCategory).toEqual(r.participantsByCategory);
      // Merangin's founding story: 10 village heads, all men, among its participants.
      const merangin = r.rows.find((row: any) => row.key === '15.02');
      expect(merangin.participantsByCategory.find((p: any) => p.category === 'KEPALA_DESA').male).toBeGreaterThanOrEqual(10);
      // Without the PARTICIPANTS indicator the rows carry none.
      const villages = await shape('ditjen', { ...REKAP, indicators: ['VILLAGES_REACHED'] });
      expect(villages.rows.every((row: any) => row.participantsByCategory.length === 0)).toBe(true);
    });

    it('keeps the choice in a saved report, and the standard Rekap Sosialisasi hides them nationally', async () => {
      const saved = await mutate('ditjen', `mutation ($input: ReportInput!) { saveReport(name: "Semua kabupaten", input: $input) { id input { hideEmptyRows } } }`, {
        input: { ...REKAP, hideEmptyRows: false },
      });
      expect(saved.input.hideEmptyRows).toBe(false);
      const opened = (await t.gql(`query ($id: ID!) { reportFromSaved(id: $id) { hideEmptyRows emptyRowsHidden rows { key } } }`, { id: saved.id }, await t.as('ditjen'))).data!
        .reportFromSaved;
      expect(opened).toMatchObject({ hideEmptyRows: false, emptyRowsHidden: 0 });
      expect(opened.rows).toHaveLength(514);

      const list = (await t.gql(`{ standardReports { key input { rows period type indicators standard hideEmptyRows } } }`, {}, await t.as('ditjen'))).data!.standardReports;
      const rekap = list.find((r: any) => r.key === 'REKAP_SOSIALISASI').input;
      // Its input leaves the choice to the default: hidden for the whole country, shown within a region.
      expect(rekap.hideEmptyRows).toBeNull();
      const national = await shape('ditjen', { ...rekap, period: '2025' });
      expect(national.hideEmptyRows).toBe(true);
      expect(national.rows.length + national.emptyRowsHidden).toBe(514);
      expect(national.rows.length).toBeLessThan(514);
    });
  });

  it('shows targets with achievement for agency rows', async () => {
    const [{ id: kerinci }] = await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`);
    await sql(`INSERT INTO targets (agency_id, period, indicator, value) VALUES ($1, '2025-Q2', 'VILLAGES_REACHED', 28)`, [kerinci]);
    const r = await report('kepala.kerinci', { rows: 'KANTOR_IMIGRASI', period: '2025-Q2', indicators: ['VILLAGES_REACHED', 'ACTIVITIES'] });
    const row = r.rows.find((x: any) => x.key === kerinci);
    expect(row.values[0]).toMatchObject({ value: 14, target: 28, achieved: 14, status: 'BEHIND' });
    expect(row.values[1]).toMatchObject({ target: null, status: null });
  });
});

describe('saved reports (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const gql = async (as: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, await t.as(as));
  const input = { rows: 'KABUPATEN_KOTA', withinRegion: '15', period: '2025-06', indicators: ['VILLAGES_REACHED', 'OFFICIALS_REACHED'] };
  const FROM_SAVED = `query ($id: ID!) { reportFromSaved(id: $id) { restricted rows { key restricted values { indicator value } } total { values { value } } } }`;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it("is shared by link and evaluated with the opener's rights, never the owner's", async () => {
    const saved = (
      await gql('ditjen', `mutation ($input: ReportInput!) { saveReport(name: "Jambi Juni 2025", input: $input) { id version mine input { rows period indicators } } }`, { input })
    ).data!.saveReport;
    expect(saved).toMatchObject({ version: 1, mine: true, input: { rows: 'KABUPATEN_KOTA', period: '2025-06', indicators: ['VILLAGES_REACHED', 'OFFICIALS_REACHED'] } });

    const owner = (await gql('ditjen', FROM_SAVED, { id: saved.id })).data!.reportFromSaved;
    expect(owner.rows).toHaveLength(11);
    expect(owner.total.values[0].value).toBe(14);

    // The village head has the link: one row (their village's part of Merangin), one village.
    const link = (await gql('desa.pulaurengas', `query ($id: ID!) { savedReport(id: $id) { name mine ownerName } }`, { id: saved.id })).data!.savedReport;
    expect(link).toMatchObject({ name: 'Jambi Juni 2025', mine: false });
    const village = (await gql('desa.pulaurengas', FROM_SAVED, { id: saved.id })).data!.reportFromSaved;
    expect(village.restricted).toBe(true);
    expect(village.rows.map((r: any) => r.key)).toEqual(['15.02']);
    expect(village.rows[0].values[0].value).toBe(1);
    expect(village.total.values[0].value).toBe(1);

    // The Kerinci head: the working area's kabupaten/kota only.
    const head = (await gql('kepala.kerinci', FROM_SAVED, { id: saved.id })).data!.reportFromSaved;
    expect(head.rows.map((r: any) => r.key)).toEqual(['15.01', '15.02', '15.72']);

    // Only the owner's list holds it; only the owner changes it, with the version read.
    expect((await gql('desa.pulaurengas', `{ savedReports { id } }`)).data!.savedReports).toEqual([]);
    expect((await gql('ditjen', `{ savedReports { id } }`)).data!.savedReports).toEqual([{ id: saved.id }]);
    const UPDATE = `mutation ($id: ID!, $v: Int!, $input: ReportInput!) { updateSavedReport(id: $id, version: $v, name: "Jambi 2025", input: $input) { name version } }`;
    const foreign = await gql('desa.pulaurengas', UPDATE, { id: saved.id, v: 1, input });
    expect(firstError(foreign).extensions!.reason).toBe('REPORT_NOT_FOUND');
    expect((await gql('ditjen', UPDATE, { id: saved.id, v: 1, input: { ...input, period: '2025' } })).data!.updateSavedReport).toMatchObject({ name: 'Jambi 2025', version: 2 });
    const stale = await gql('ditjen', UPDATE, { id: saved.id, v: 1, input });
    expect(firstError(stale).extensions!.reason).toBe('REPORT_VERSION_CONFLICT');
    const DELETE = `mutation ($id: ID!, $v: Int!) { deleteSavedReport(id: $id, version: $v) }`;
    expect(firstError(await gql('desa.pulaurengas', DELETE, { id: saved.id, v: 2 })).extensions!.reason).toBe('REPORT_NOT_FOUND');
    expect((await gql('ditjen', DELETE, { id: saved.id, v: 2 })).data!.deleteSavedReport).toBe(true);
    expect((await gql('desa.pulaurengas', FROM_SAVED, { id: saved.id })).data!.reportFromSaved).toBeNull();
  });
});

describe('standard reports (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const run = async (as: string, input: Record<string, unknown>) => {
    const res = await t.gql(
      `query ($input: ReportInput!) { report(input: $input) { title standard
         rows { key label villagesNeverReached villagesNotRecentlyReached desaBinaan desaBinaanActivities values { indicator value } }
         total { villagesNeverReached villagesNotRecentlyReached desaBinaan desaBinaanActivities values { indicator value } }
         participantsByCategory { category male female } } }`,
      { input },
      await t.as(as),
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.report;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the four standard reports with their Indonesian titles and the inputs that run them now', async () => {
    const res = await t.gql(`{ standardReports { key title description unavailable input { rows period programmeItemId type indicators standard } } }`, {}, await t.as('kanwil.jambi'));
    const list = res.data!.standardReports;
    expect(list.map((r: any) => r.title)).toEqual([
      'Capaian Program Akselerasi per Kantor Imigrasi',
      'Rekap Sosialisasi per Kabupaten/Kota',
      'Desa/Kelurahan Belum Terjangkau',
      'Desa Binaan Imigrasi',
    ]);
    const capaian = list[0];
    // Item 8 of the framework in force this quarter: the seeded one covers 2024–2025 only, and no other framework
    // is entered, so after 2025 there is none, and the card says so instead of falling back to the old framework.
    const wib = new Date(Date.now() + 7 * 3_600_000).toISOString();
    const quarter = `${wib.slice(0, 4)}-Q${Math.ceil(Number(wib.slice(5, 7)) / 3)}`;
    const [{ id: item8 }] = await sql(`SELECT i.id FROM programme_items i JOIN programme_frameworks f ON f.id = i.framework_id WHERE i.number = 8 AND f.valid_from = '2024-01-01'`);
    const inForce = wib.slice(0, 10) <= '2025-12-31';
    expect(capaian.input).toMatchObject({ rows: 'KANTOR_IMIGRASI', programmeItemId: inForce ? item8 : null, period: quarter, standard: 'CAPAIAN_AKSELERASI' });
    expect(capaian.unavailable).toEqual(inForce ? null : expect.stringMatching(/^Tidak ada kerangka program yang berlaku pada \d{1,2} \w+ \d{4} s\.d\. \d{1,2} \w+ \d{4}/));
    expect(list.slice(1).map((r: any) => r.unavailable)).toEqual([null, null, null]);
    expect(list[1].input).toMatchObject({ rows: 'KABUPATEN_KOTA', type: 'SOSIALISASI' });
  });

  it('answers in English for an English reader: standard report titles and descriptions, and report titles', async () => {
    const en = { ...(await t.as('kanwil.jambi')), 'accept-language': 'en' };
    const list = (await t.gql(`{ standardReports { key title description unavailable } }`, {}, en)).data!.standardReports;
    expect(list.map((r: any) => r.title)).toEqual([
      'Acceleration Programme Achievement per Immigration Office',
      'Awareness Sessions per Regency/City',
      'Villages Not Yet Reached',
      'Immigration Desa Binaan',
    ]);
    expect(list[1].description).toMatch(/^This year's awareness sessions/);
    // No Indonesian left in what the cards say (region words used in English too aside).
    for (const r of list) expect(`${r.title} ${r.description} ${r.unavailable ?? ''}`).not.toMatch(/\b(per Kantor|tahun ini|dengan|yang|Tidak ada|laporan)\b/);
    const capaian = list[0];
    if (capaian.unavailable) expect(capaian.unavailable).toMatch(/^No programme framework is in force .* the report "Acceleration Programme Achievement per Immigration Office"/);

    const built = (await t.gql(`query ($input: ReportInput!) { report(input: $input) { title } }`, { input: { rows: 'KABUPATEN_KOTA', period: '2025', indicators: ['ACTIVITIES'] } }, en))
      .data!.report;
    expect(built.title).toBe('Report per Regency/City');
    const indonesian = await t.gql(
      `query ($input: ReportInput!) { report(input: $input) { title } }`,
      { input: { rows: 'KABUPATEN_KOTA', period: '2025', indicators: ['ACTIVITIES'] } },
      await t.as('kanwil.jambi'),
    );
    expect(indonesian.data!.report.title).toBe('Laporan per Kabupaten/Kota');
  });

  it('Rekap Sosialisasi 2025: the founding story for Merangin, participants by category and sex', async () => {
    const list = (await t.gql(`{ standardReports { key input { rows type indicators standard } } }`, {}, await t.as('kanwil.jambi'))).data!.standardReports;
    const rekap = list.find((r: any) => r.key === 'REKAP_SOSIALISASI').input;
    const r = await run('kanwil.jambi', { ...rekap, period: '2025' });
    expect(r.title).toBe('Rekap Sosialisasi per Kabupaten/Kota');
    const merangin = r.rows.find((row: any) => row.key === '15.02');
    expect(value(merangin, 'OFFICIALS_REACHED')).toBe(16);
    expect(value(merangin, 'VILLAGES_REACHED')).toBe(14);
    const [{ male, female }] = await sql(`SELECT sum(male)::int AS male, sum(female)::int AS female FROM activity_participants WHERE activity_id = '6a1f0c2e-1b7d-4c55-9a51-000000000001'`);
    const sum = (key: 'male' | 'female') => r.participantsByCategory.reduce((s: number, c: any) => s + c[key], 0);
    expect(sum('male')).toBeGreaterThanOrEqual(male);
    expect(sum('female')).toBeGreaterThanOrEqual(female);
    expect(sum('male') + sum('female')).toBe(value(r.total, 'PARTICIPANTS'));
  });

  it('Belum Terjangkau and Desa Binaan per office working area, matching the raw tables', async () => {
    const [{ id: kerinci }] = await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`);
    const belum = await run('kepala.kerinci', { rows: 'KANTOR_IMIGRASI', period: '2025', indicators: ['VILLAGES_REACHED'], standard: 'BELUM_TERJANGKAU' });
    expect(belum.title).toBe('Desa/Kelurahan Belum Terjangkau');
    const row = belum.rows.find((x: any) => x.key === kerinci);
    const [{ never, stale }] = await sql(
      `SELECT count(*) FILTER (WHERE last IS NULL)::int AS never, count(*) FILTER (WHERE last IS NULL OR last < '2025-06-30')::int AS stale FROM (
         SELECT r.code, (SELECT max(${"(a.starts_at AT TIME ZONE 'Asia/Jakarta')::date"}) FROM activity_villages v JOIN activities a ON a.id = v.activity_id
                         WHERE v.village_code = r.code AND a.status = 'VERIFIED' AND a.starts_at < '2026-01-01') AS last
         FROM regions r JOIN agency_working_areas w ON w.agency_id = $1 AND (r.code LIKE w.region_code || '.%') WHERE r.depth = 4) x`,
      [kerinci],
    );
    expect(row).toMatchObject({ villagesNeverReached: never, villagesNotRecentlyReached: stale });
    expect(never).toBeGreaterThan(0);
    expect(never).toBeLessThan(571);

    const binaan = await run('kepala.kerinci', { rows: 'KANTOR_IMIGRASI', period: '2025', indicators: ['DESA_BINAAN_FORMED', 'ACTIVITIES'], standard: 'DESA_BINAAN' });
    expect(binaan.title).toBe('Desa Binaan Imigrasi');
    const own = binaan.rows.find((x: any) => x.key === kerinci);
    const [{ designated, activities }] = await sql(
      `SELECT count(DISTINCT d.id)::int AS designated, count(DISTINCT c.activity_id)::int AS activities FROM desa_binaan d
       LEFT JOIN coverage_reach c ON c.village_code = d.village_code AND c.day BETWEEN '2025-01-01' AND '2025-12-31'
       WHERE d.agency_id = $1 AND d.sk_date <= '2025-12-31'`,
      [kerinci],
    );
    expect(own).toMatchObject({ desaBinaan: designated, desaBinaanActivities: activities });
    expect(designated).toBe(2);
    expect(binaan.total.desaBinaan).toBe(2);
  });

  it("splits each row's villages reached into confirmed / disputed / unanswered by their own government, as the raw tables say", async () => {
    const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
    const BANGKO_VILLAGE = '15.02.02.2004'; // a desa of Kecamatan Bangko, answered by the kecamatan
    const ANSWER = `mutation ($a: ID!, $v: ID!, $c: Boolean!, $n: String, $ver: Int!) { answerVillageReach(activityId: $a, villageCode: $v, confirmed: $c, note: $n, version: $ver) { status } }`;
    const CONFIRMATION = `query ($input: ReportInput!) { report(input: $input) { withConfirmation
      rows { key values { indicator value } villagesConfirmed villagesDisputed villagesUnanswered }
      total { values { indicator value } villagesConfirmed villagesDisputed villagesUnanswered } } }`;
    const confirmationReport = async (as: string, input: Record<string, unknown>) => {
      const res = await t.gql(CONFIRMATION, { input }, await t.as(as));
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.report;
    };
    const split = (row: any) => [row.villagesConfirmed, row.villagesDisputed, row.villagesUnanswered];
    const input = { rows: 'KABUPATEN_KOTA', withinRegion: '15', period: '2025', indicators: ['VILLAGES_REACHED'], withConfirmation: true, hideEmptyRows: false };
    // Before any answer: every village reached is unanswered; without asking, no such figures.
    const before = await confirmationReport('kanwil.jambi', input);
    const meranginBefore = before.rows.find((r: any) => r.key === '15.02');
    expect(split(meranginBefore)).toEqual([0, 0, value(meranginBefore, 'VILLAGES_REACHED')]);
    const plain = await confirmationReport('kanwil.jambi', { ...input, withConfirmation: undefined });
    expect(plain.withConfirmation).toBe(false);
    expect(split(plain.rows.find((r: any) => r.key === '15.02'))).toEqual([null, null, null]);

    // Kepala desa Pulau Rengas confirms its village; a Kecamatan Bangko account disputes one of its villages.
    expect((await t.gql(ANSWER, { a: FOUNDING_STORY, v: '15.02.10.2001', c: true, ver: 0 }, await t.as('kades.pulaurengas'))).errors).toBeUndefined();
    const [{ id: bangko }] = await sql(`SELECT id FROM agencies WHERE short_name = 'Kec. Bangko'`);
    const created = await t.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'camat.bangko.report', fullName: 'Staf Kecamatan Bangko', agencyId: bangko, role: 'LOCAL', temporaryPassword: 'Temporary-pass-1' } },
      await t.as('admin'),
    );
    expect(created.errors).toBeUndefined();
    const login = await t.gql('mutation { login(username: "camat.bangko.report", password: "Temporary-pass-1") { accessToken } }');
    const changed = await t.gql('mutation { changePassword(currentPassword: "Temporary-pass-1", newPassword: "Bangko-camat-9") { accessToken } }', undefined, {
      authorization: `Bearer ${login.data!.login.accessToken}`,
    });
    const camat = { authorization: `Bearer ${changed.data!.changePassword.accessToken}` };
    expect((await t.gql(ANSWER, { a: FOUNDING_STORY, v: BANGKO_VILLAGE, c: false, n: 'Kepala desa kami tidak hadir.', ver: 0 }, camat)).errors).toBeUndefined();

    const after = await confirmationReport('kanwil.jambi', input);
    const merangin = after.rows.find((r: any) => r.key === '15.02');
    const reached = value(merangin, 'VILLAGES_REACHED');
    expect(split(merangin)).toEqual([1, 1, reached - 2]);
    // Rows add up to the total as villages reached do (region rows are disjoint), and every row to its villages reached.
    for (const row of [...after.rows, after.total]) expect(row.villagesConfirmed + row.villagesDisputed + row.villagesUnanswered).toBe(value(row, 'VILLAGES_REACHED'));
    const sum = (i: number) => after.rows.reduce((n: number, row: any) => n + split(row)[i], 0);
    expect(split(after.total)).toEqual([sum(0), sum(1), sum(2)]);

    // Direct SQL over the raw tables: verified activities of 2025 in Merangin, each village's answers on them.
    const day = `(a.starts_at AT TIME ZONE CASE a.time_zone WHEN 'WITA' THEN 'Asia/Makassar' WHEN 'WIT' THEN 'Asia/Jayapura' ELSE 'Asia/Jakarta' END)::date`;
    const [direct] = await sql(
      `SELECT count(*)::int AS reached, count(*) FILTER (WHERE confirmed)::int AS confirmed, count(*) FILTER (WHERE disputed AND NOT confirmed)::int AS disputed FROM (
         SELECT v.village_code, bool_or(c.answer = 'CONFIRMED') IS TRUE AS confirmed, bool_or(c.answer = 'DISPUTED' AND c.answered_at >= a.verified_at) IS TRUE AS disputed
         FROM activities a JOIN activity_villages v ON v.activity_id = a.id
         LEFT JOIN activity_village_confirmations c ON c.activity_id = a.id AND c.village_code = v.village_code
         WHERE a.status = 'VERIFIED' AND ${day} BETWEEN '2025-01-01' AND '2025-12-31' AND v.village_code LIKE '15.02.%' GROUP BY v.village_code) x`,
    );
    expect(split(merangin)).toEqual([direct.confirmed, direct.disputed, direct.reached - direct.confirmed - direct.disputed]);
    expect(direct.reached).toBe(reached);
    // The dashboard's share counts the same way.
    const share = await t.gql(
      `query ($f: CoverageFilter!) { confirmationShare(filter: $f) { confirmed disputed unanswered } }`,
      {
        f: { from: '2025-01-01', to: '2025-12-31', regionCode: '15.02' },
      },
      await t.as('kanwil.jambi'),
    );
    expect(share.data!.confirmationShare).toEqual({ confirmed: 1, disputed: 1, unanswered: reached - 2 });

    // Agency rows count the agency's own activities: the founding story is Kanim Kerinci's, and the Dinas's too.
    const [{ id: kerinci }] = await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`);
    const offices = await confirmationReport('kepala.kerinci', { rows: 'KANTOR_IMIGRASI', period: '2025', indicators: ['VILLAGES_REACHED'], withConfirmation: true });
    const office = offices.rows.find((r: any) => r.key === kerinci);
    expect(split(office)).toEqual([1, 1, value(office, 'VILLAGES_REACHED') - 2]);
    // Row visibility: the village government's report covers its own village only.
    const village = await confirmationReport('desa.pulaurengas', { rows: 'KABUPATEN_KOTA', period: '2025', indicators: ['VILLAGES_REACHED'], withConfirmation: true });
    expect(village.rows.map((r: any) => [r.key, ...split(r)])).toEqual([['15.02', 1, 0, 0]]);
    expect(split(village.total)).toEqual([1, 0, 0]);
  });
});
