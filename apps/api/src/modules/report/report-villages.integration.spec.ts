import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { loadExcel } from '../../common/excel';
import { REPORT_XLSX_HEADER_ROW } from './export/report-export.writers';
import { onlyRow } from '../../database/kysely';
import { at } from '@jangkau/shared-domain';

// pdf-parse's index.js reads a sample file when required without a parent module: take the library itself.
const pdfParse: (data: Buffer) => Promise<{ numpages: number; text: string }> = require('pdf-parse/lib/pdf-parse.js');

const REPORT = `query ($input: ReportInput!) {
  report(input: $input) { title withTargets programmeItemId type columns
    rows { key label villagesNeverReached villagesNotRecentlyReached values { indicator value target achieved progress status } }
    total { villagesNotRecentlyReached } } }`;
const PAGE = `query ($input: ReportInput!, $first: Int!, $offset: Int!) {
  reportUnreachedVillages(input: $input, first: $first, offset: $offset) {
    total asOf rows { code name kecamatan kabupaten lastReachedOn offices nearestDesaBinaan { code name agency distanceKm basis } } } }`;
const NOT_REACHED = `query ($f: VillagesNotReachedFilter) { villagesNotReached(filter: $f, first: 5) { total } }`;
const HEADERS = [
  'Kode desa/kelurahan',
  'Desa/kelurahan',
  'Kecamatan',
  'Kabupaten/kota',
  'Terakhir dijangkau',
  'Desa Binaan terdekat',
  'Dasar Desa Binaan terdekat',
  'Kantor penanggung jawab',
];
const KERINCI_AREA = /^15\.(01|02|72)\./;

/** The reporting year now, in WIB (the standard reports' own). */
const thisYear = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);

describe('Belum Terjangkau lists its villages; Capaian shows targets; a row opens its activities (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let kerinci: string;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const gql = async (as: string, query: string, variables: Record<string, unknown>) => {
    const res = await t.gql(query, variables, await t.as(as));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as any;
  };
  const post = async (format: 'xlsx' | 'csv' | 'pdf', input: unknown, as: string) => {
    const res = await fetch(`${t.baseUrl}/api/reports/export.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await t.as(as)) },
      body: JSON.stringify({ input }),
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const sheet = async (body: Buffer, name: string) => {
    const wb = new (loadExcel().Workbook)();
    await wb.xlsx.load(body as any);
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((s) => s.name).join(', ')}`);
    const rows: unknown[][] = [];
    for (let r = REPORT_XLSX_HEADER_ROW + 1; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
    return { headers: (ws.getRow(REPORT_XLSX_HEADER_ROW).values as unknown[]).slice(1), rows };
  };
  const belum = (extra: Record<string, unknown> = {}) => ({
    standard: 'BELUM_TERJANGKAU',
    rows: 'KANTOR_IMIGRASI',
    period: thisYear(),
    indicators: ['VILLAGES_REACHED', 'COVERAGE_RATIO'],
    ...extra,
  });
  /** Kerinci's unreached villages straight from the raw tables: no verified activity in the 6 months before today (WIB), or never. */
  const unreachedInKerinci = () =>
    sql<{ code: string; name: string; last: string | null }>(
      `WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date AS d)
       SELECT r.code, r.name, x.last::text AS last FROM regions r
       JOIN agency_working_areas w ON w.agency_id = $1 AND r.code LIKE w.region_code || '.%'
       CROSS JOIN LATERAL (SELECT max((a.starts_at AT TIME ZONE 'Asia/Jakarta')::date) AS last FROM activity_villages v JOIN activities a ON a.id = v.activity_id
                           WHERE v.village_code = r.code AND a.status = 'VERIFIED') x
       WHERE r.depth = 4 AND (x.last IS NULL OR x.last < ((SELECT d FROM today) - interval '6 months')::date) ORDER BY r.code`,
      [kerinci],
    );

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: kerinci } = onlyRow(await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`), 'kerinci'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it("lists every unreached village of Kerinci's working area in the XLSX sheet, as many as villagesNotReached counts", async () => {
    const expected = await unreachedInKerinci();
    expect(expected.length).toBeGreaterThan(400);

    const { headers, rows } = await sheet(await post('xlsx', belum(), 'kepala.kerinci'), 'Belum Terjangkau');
    expect(headers).toEqual(HEADERS);
    const villages = rows.slice(0, -1);
    const closing = at(rows, -1, 'closing row');
    expect(villages.map((r) => `${r[0]} ${r[1]}`)).toEqual(expected.map((v) => `${v.code} ${v.name}`));
    expect(String(closing[1])).toContain(`Jumlah: ${expected.length.toLocaleString('id-ID')} desa/kelurahan`);

    // The same count as the coverage page's list for the office, and as the report's own row.
    const { villagesNotReached } = await gql('kepala.kerinci', NOT_REACHED, { f: { agencyId: kerinci, staleMonths: 6 } });
    expect(villagesNotReached.total).toBe(villages.length);
    const { report } = await gql('kepala.kerinci', REPORT, { input: belum() });
    expect(report.rows.find((r: any) => r.key === kerinci).villagesNotRecentlyReached).toBe(villages.length);

    // Each row: kecamatan and kabupaten by name, "belum pernah" or a date, Kerinci responsible.
    const first = at(villages, 0, 'village row');
    const place = onlyRow(
      await sql(`SELECT k.name AS kec, b.name AS kab FROM regions v JOIN regions k ON k.code = v.parent_code JOIN regions b ON b.code = k.parent_code WHERE v.code = $1`, [first[0]]),
      'place of the village',
    );
    expect(first.slice(2, 4)).toEqual([place.kec, place.kab]);
    const never = expected.filter((v) => v.last === null).length;
    expect(villages.filter((r) => r[4] === 'belum pernah')).toHaveLength(never);
    expect(villages.every((r) => r[4] === 'belum pernah' || /^\d{2}\/\d{2}\/\d{4}$/.test(String(r[4])))).toBe(true);
    expect(villages.every((r) => String(r[7]).split(', ').includes('Kanim Kerinci'))).toBe(true);
  });

  it('names the nearest Desa Binaan the reader may see: in the same kecamatan first, else the same kabupaten/kota', async () => {
    const designations = await sql<{ code: string; name: string }>(
      `SELECT d.village_code AS code, r.name FROM desa_binaan d JOIN regions r ON r.code = d.village_code WHERE d.agency_id = $1 AND d.status = 'ACTIVE'`,
      [kerinci],
    );
    expect(designations.length).toBeGreaterThan(0);
    const page = (await gql('kepala.kerinci', PAGE, { input: belum({ withinRegion: at(designations, 0, 'designation').code.slice(0, 5) }), first: 200, offset: 0 })).reportUnreachedVillages;
    expect(page.rows.length).toBeGreaterThan(0);
    for (const row of page.rows) {
      const sameKecamatan = designations.filter((d) => d.code.slice(0, 8) === row.code.slice(0, 8));
      const sameKabupaten = designations.filter((d) => d.code.slice(0, 5) === row.code.slice(0, 5));
      if (sameKecamatan.length) expect(row.nearestDesaBinaan).toMatchObject({ basis: 'KECAMATAN', agency: 'Kanim Kerinci', distanceKm: null });
      else if (sameKabupaten.length) expect(row.nearestDesaBinaan).toMatchObject({ basis: 'KABUPATEN' });
      else expect(row.nearestDesaBinaan).toBeNull();
      if (row.nearestDesaBinaan) expect(designations.map((d) => d.code)).toContain(row.nearestDesaBinaan.code);
    }
    expect(page.rows.some((r: any) => r.nearestDesaBinaan?.basis === 'KECAMATAN')).toBe(true);
  });

  it('measures the nearest Desa Binaan in a straight line where village boundaries give both a point', async () => {
    const designations = await sql<{ code: string }>(`SELECT village_code AS code FROM desa_binaan WHERE agency_id = $1 AND status = 'ACTIVE' ORDER BY village_code`, [kerinci]);
    expect(designations.length).toBeGreaterThanOrEqual(2);
    const [far, near] = [at(designations, 0, 'far designation'), at(designations, 1, 'near designation')];
    // An unreached village in the far one's kecamatan: without points the kecamatan would win.
    const page = (await gql('kepala.kerinci', PAGE, { input: belum({ rows: 'KECAMATAN', withinRegion: far.code.slice(0, 8) }), first: 200, offset: 0 })).reportUnreachedVillages;
    const village = page.rows.find((r: any) => r.code !== far.code && r.code !== near.code);
    expect(village).toBeDefined();
    const [{ id: set }] = await sql(
      `INSERT INTO boundary_sets (level, status, source, licence, file_name, sha256, feature_count, region_count, missing_count, imported_by, report)
       VALUES (4, 'ACTIVE', 'test', 'test', 'test', repeat('0', 64), 3, 3, 0, 'test', '{}') RETURNING id`,
    );
    const point = (code: string, lon: number, lat: number) =>
      sql(
        `INSERT INTO boundary_regions (set_id, region_code, parent_code, geometry_0, geometry_1, geometry_2, points_0, points_1, points_2, min_lon, min_lat, max_lon, max_lat, label_lon, label_lat)
         VALUES ($1, $2::varchar, left($2::varchar, 8), '{}', '{}', '{}', 0, 0, 0, $3, $4, $3, $4, $3, $4)`,
        [set, code, lon, lat],
      );
    try {
      await point(village.code, 101.4, -2.0);
      await point(far.code, 101.4, -2.5); // ~55.6 km south
      await point(near.code, 101.41, -2.0); // ~1.1 km east
      const again = (await gql('kepala.kerinci', PAGE, { input: belum({ rows: 'KECAMATAN', withinRegion: far.code.slice(0, 8) }), first: 200, offset: 0 })).reportUnreachedVillages;
      const row = again.rows.find((r: any) => r.code === village.code);
      expect(row.nearestDesaBinaan).toMatchObject({ code: near.code, basis: 'DISTANCE', distanceKm: 1.1 });
      // A village without a point still gets one by kecamatan.
      const other = again.rows.find((r: any) => r.code !== village.code && r.code !== far.code && r.code !== near.code);
      if (other) expect(other.nearestDesaBinaan).toMatchObject({ basis: 'KECAMATAN', distanceKm: null });
    } finally {
      await sql(`DELETE FROM boundary_sets WHERE id = $1`, [set]);
    }
  });

  it('lists the whole country for a ministry reader within bounds: the XLSX holds the first 10,000, the PDF 2,000, each saying how many there are', async () => {
    const started = Date.now();
    // By province: the whole country (the offices' working areas cover only part of it in the test data).
    const national = belum({ rows: 'PROVINSI' });
    const page = (await gql('ditjen', PAGE, { input: national, first: 50, offset: 0 })).reportUnreachedVillages;
    const pageMs = Date.now() - started;
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM regions WHERE depth = 4`);
    expect(page.total).toBeGreaterThan(10_000);
    expect(page.total).toBeLessThanOrEqual(n);
    const fileStarted = Date.now();
    const { rows } = await sheet(await post('xlsx', national, 'ditjen'), 'Belum Terjangkau');
    const fileMs = Date.now() - fileStarted;
    expect(rows).toHaveLength(10_001);
    expect(String(rows[10_000]?.[1])).toContain(`Jumlah: ${page.total.toLocaleString('id-ID')} desa/kelurahan`);
    expect(String(rows[10_000]?.[1])).toContain('berkas ini memuat 10.000 yang pertama menurut kode wilayah');
    const pdfStarted = Date.now();
    const pdf = await pdfParse(await post('pdf', national, 'ditjen'));
    const pdfMs = Date.now() - pdfStarted;
    expect(pdf.text).toContain('berkas ini memuat 2.000 yang pertama menurut kode wilayah');
    // Measured, not asserted: the machine is shared.
    console.info(`national unreached list: ${page.total} villages; first page ${pageMs} ms; XLSX of 10,000 ${fileMs} ms; PDF ${pdf.numpages} pages ${pdfMs} ms`);
  });

  it('never lists a village outside the reader’s scope, in the page or the files', async () => {
    // Asking for all of Jambi gives a Kerinci head the working area only.
    const jambi = (await gql('kepala.kerinci', PAGE, { input: belum({ rows: 'KABUPATEN_KOTA', withinRegion: '15' }), first: 200, offset: 0 })).reportUnreachedVillages;
    const own = (await gql('kepala.kerinci', PAGE, { input: belum(), first: 200, offset: 0 })).reportUnreachedVillages;
    expect(jambi.total).toBe(own.total);
    expect(jambi.rows.every((r: any) => KERINCI_AREA.test(r.code))).toBe(true);
    const outside = await sql(`SELECT code, name FROM regions WHERE depth = 4 AND code LIKE '15.03.%' ORDER BY code LIMIT 1`);
    const csv = (await post('csv', belum({ rows: 'KABUPATEN_KOTA', withinRegion: '15' }), 'kepala.kerinci')).toString('utf8');
    expect(csv).toContain('Kode desa/kelurahan');
    expect(csv).not.toContain(outside[0].code);
    // Every page together is the whole list, each village once.
    const codes: string[] = [];
    for (let offset = 0; offset < own.total; offset += 200) {
      codes.push(...(await gql('kepala.kerinci', PAGE, { input: belum(), first: 200, offset })).reportUnreachedVillages.rows.map((r: any) => r.code));
    }
    expect(new Set(codes).size).toBe(own.total);
    expect(codes.every((c) => KERINCI_AREA.test(c))).toBe(true);
    // A village head: their own village at most.
    const village = (await gql('desa.pulaurengas', PAGE, { input: belum({ rows: 'KABUPATEN_KOTA' }), first: 200, offset: 0 })).reportUnreachedVillages;
    expect(village.total).toBeLessThanOrEqual(1);
    // Outside the scope altogether: nothing, as for the report.
    const res = await t.gql(PAGE, { input: belum({ rows: 'KECAMATAN', withinRegion: '91.71' }), first: 10, offset: 0 }, await t.as('kepala.kerinci'));
    expect(res.data!.reportUnreachedVillages).toBeNull();
  });

  it('puts the villages in the CSV and the PDF too', async () => {
    const expected = await unreachedInKerinci();
    const csv = (await post('csv', belum(), 'kepala.kerinci')).toString('utf8');
    for (const v of expected.slice(0, 20)) expect(csv).toContain(`${v.code},${v.name.includes(',') ? `"${v.name}"` : v.name},`);
    expect(csv.split('\r\n').filter((l) => /^15\.\d{2}\.\d{2}\.\d{4},/.test(l))).toHaveLength(expected.length);
    const pdf = await pdfParse(await post('pdf', belum(), 'kepala.kerinci'));
    expect(pdf.text).toContain('Desa/kelurahan belum terjangkau');
    expect(pdf.text).toContain(at(expected, -1, 'last village').code);
    expect(pdf.text).toContain(`Jumlah: ${expected.length.toLocaleString('id-ID')} desa/kelurahan`);
  });

  it('shows target, achieved, progress and pacing in Capaian Program Akselerasi, "—" where no target is set', async () => {
    const input = {
      standard: 'CAPAIAN_AKSELERASI',
      rows: 'KANTOR_IMIGRASI',
      period: '2025-Q2',
      indicators: ['ACTIVITIES', 'VILLAGES_REACHED', 'PARTICIPANTS'],
    };
    const before = (await gql('kepala.kerinci', REPORT, { input })).report;
    const item8 = before.programmeItemId;
    expect(item8).toBeTruthy();
    expect(before.withTargets).toBe(true);
    const row = before.rows.find((r: any) => r.key === kerinci);
    const villages = row.values.find((v: any) => v.indicator === 'VILLAGES_REACHED').value;
    const activities = row.values.find((v: any) => v.indicator === 'ACTIVITIES').value;
    expect(villages).toBe(14);
    await sql(`INSERT INTO targets (agency_id, period, indicator, programme_item_id, value) VALUES ($1, '2025-Q2', 'VILLAGES_REACHED', $2, 20), ($1, '2025-Q2', 'ACTIVITIES', $2, $3)`, [
      kerinci,
      item8,
      activities,
    ]);
    try {
      const { headers, rows } = await sheet(await post('xlsx', input, 'kepala.kerinci'), 'Laporan');
      const at = (label: string) => headers.indexOf(label);
      const own = rows.find((r) => r[1] === 'Kantor Imigrasi Kelas II Non TPI Kerinci' || r[0] === 'Kanim Kerinci')!;
      expect(own).toBeDefined();
      const cells = (name: string) => {
        const i = at(`Target ${name} (— = belum ditetapkan untuk periode ini)`);
        expect(i).toBeGreaterThan(0);
        expect(headers.slice(i + 1, i + 4)).toEqual([`Tercapai ${name}`, `Progres ${name}`, `Laju ${name}`]);
        return own.slice(i, i + 4);
      };
      // 14 of 20 villages with the quarter over: behind. Activities met exactly: achieved.
      expect(cells('desa/kelurahan dijangkau')).toEqual([20, 14, 0.7, 'Tertinggal']);
      expect(cells('kegiatan')).toEqual([activities, activities, 1, 'Tercapai']);
      expect(cells('peserta')).toEqual(['—', '—', '—', '—']);
      const after = (await gql('kepala.kerinci', REPORT, { input })).report.rows.find((r: any) => r.key === kerinci);
      expect(after.values.find((v: any) => v.indicator === 'VILLAGES_REACHED')).toMatchObject({ target: 20, achieved: 14, progress: 0.7, status: 'BEHIND' });
    } finally {
      await sql(`DELETE FROM targets WHERE agency_id = $1 AND period = '2025-Q2' AND programme_item_id = $2`, [kerinci, item8]);
    }
    // The builder's option: target columns for any office report; without it, none until a target exists.
    const built = { rows: 'KANTOR_IMIGRASI', period: '2025-Q2', indicators: ['ACTIVITIES'] };
    expect((await gql('kepala.kerinci', REPORT, { input: { ...built, withTargets: true } })).report.withTargets).toBe(true);
    expect((await sheet(await post('xlsx', { ...built, withTargets: true }, 'kepala.kerinci'), 'Laporan')).headers).toContain('Laju kegiatan');
    expect((await gql('kepala.kerinci', REPORT, { input: built })).report.withTargets).toBe(false);
    expect((await sheet(await post('xlsx', built, 'kepala.kerinci'), 'Laporan')).headers).not.toContain('Laju kegiatan');
  });

  it("opens the activities behind a row: the filtered list holds as many as the row's figure", async () => {
    const count = async (as: string, filter: Record<string, unknown>) => (await gql(as, `query ($f: ActivityFilter) { activityCount(filter: $f) }`, { f: filter })).activityCount;
    // What the report page's row link asks the list for: verified activities of the period (whole days in WIB), the row's region or office, the report's type and item.
    const window = (from: string, to: string) => ({ from: new Date(`${from}T00:00:00+07:00`).toISOString(), to: new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000).toISOString() });
    const rekap = (await gql('ditjen', REPORT, { input: { standard: 'REKAP_SOSIALISASI', rows: 'KABUPATEN_KOTA', period: '2025', type: 'SOSIALISASI', indicators: ['ACTIVITIES'] } })).report;
    expect(rekap.type).toBe('SOSIALISASI');
    const withActivities = rekap.rows.filter((r: any) => r.values[0].value > 0);
    expect(withActivities.length).toBeGreaterThan(0);
    for (const row of withActivities) {
      expect(await count('ditjen', { statuses: ['VERIFIED'], regionCode: row.key, types: ['SOSIALISASI'], ...window('2025-01-01', '2025-12-31') })).toBe(row.values[0].value);
    }
    const capaian = (await gql('kepala.kerinci', REPORT, { input: { standard: 'CAPAIAN_AKSELERASI', rows: 'KANTOR_IMIGRASI', period: '2025-Q2', indicators: ['ACTIVITIES'] } })).report;
    const own = capaian.rows.find((r: any) => r.key === kerinci);
    expect(own.values[0].value).toBeGreaterThan(0);
    expect(await count('kepala.kerinci', { statuses: ['VERIFIED'], agencyId: kerinci, programmeItemId: capaian.programmeItemId, ...window('2025-04-01', '2025-06-30') })).toBe(
      own.values[0].value,
    );
  });
});
