import { PATH_METADATA } from '@nestjs/common/constants';
import { startTestApp, TestApp } from '../../../../test/test-app';
import { withAdmin } from '../../../../test/test-database';
import { ACCESS_METADATA } from '../../../common/access/access.decorators';
import { loadExcel } from '../../../common/excel';
import { ActivityExportController } from './export.controller';
import { EXPORT_HEADERS, XLSX_HEADER_ROW } from './export.writers';
import { at } from '@jangkau/shared-domain';

/** The founding story (seed/demo-activities.ts): 16 June 2025 09:00 WIB, 14 villages of Merangin, 16 officials. */
const FOUNDING = '6a1f0c2e-1b7d-4c55-9a51-000000000001';

/** RFC 4180 back into rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe('activity export (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);

  async function download(format: 'csv' | 'xlsx', query = '', as: string | null = 'kepala.kerinci', language?: string) {
    const res = await fetch(`${t.baseUrl}/api/activities/export.${format}${query ? `?${query}` : ''}`, {
      headers: { ...(as ? await t.as(as) : {}), ...(language ? { 'accept-language': language } : {}) },
    });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  }

  const csvIds = (body: Buffer) =>
    parseCsv(body.toString('utf8').replace(/^\uFEFF/, ''))
      .slice(1)
      .map((r) => at(r, 0, 'id cell'));
  const listIds = async (as: string, filter = '{}') => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await t.gql(
        `query ($after: String) { activities(filter: ${filter}, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
        await t.as(as),
      );
      ids.push(...page.data.activities.nodes.map((n: { id: string }) => n.id));
      after = page.data.activities.pageInfo.hasNextPage ? page.data.activities.pageInfo.endCursor : null;
    } while (after);
    return ids;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('declares access on every route', () => {
    const routes = Object.getOwnPropertyNames(ActivityExportController.prototype).filter(
      (n) => n !== 'constructor' && Reflect.getMetadata(PATH_METADATA, (ActivityExportController.prototype as any)[n]),
    );
    expect(routes.sort()).toEqual(['csv', 'xlsx']);
    for (const name of routes) expect(Reflect.getMetadata(ACCESS_METADATA, (ActivityExportController.prototype as any)[name])).toEqual({ kind: 'permission', permission: 'ACTIVITY_READ' });
  });

  it('writes the XLSX with a title block, a frozen header row, the founding story and a totals row', async () => {
    const { res, body } = await download('xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="daftar-kegiatan-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const total = Number(res.headers.get('x-total-count'));
    expect(total).toBeGreaterThan(0);
    const workbook = new (loadExcel().Workbook)();
    await workbook.xlsx.load(body as any);
    const sheet = at(workbook.worksheets, 0, 'worksheet');
    expect(sheet.getCell('A1').value).toBe('Daftar Kegiatan');
    expect(String(sheet.getCell('A2').value)).toMatch(/^Filter: semua kegiatan/);
    expect(String(sheet.getCell('A3').value)).toMatch(/^Dibuat oleh Kepala Kantor Imigrasi Kerinci \(kepala\.kerinci\), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} WIB$/);
    expect(String(sheet.getCell('A4').value)).toMatch(/^Sumber data: .*DATA DEMO — bukan data resmi/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: XLSX_HEADER_ROW });
    expect((sheet.getRow(XLSX_HEADER_ROW).values as unknown[]).slice(1)).toEqual(EXPORT_HEADERS);

    const rows = [];
    for (let r = XLSX_HEADER_ROW + 1; r <= sheet.rowCount; r++) rows.push(sheet.getRow(r));
    expect(rows).toHaveLength(total + 1);
    const founding = rows.find((r) => r.getCell(1).value === FOUNDING)!;
    const cell = (header: string) => founding.getCell(EXPORT_HEADERS.indexOf(header) + 1).value;
    expect(cell('Jenis')).toBe('Sosialisasi');
    expect(cell('Status')).toBe('Terverifikasi');
    expect(cell('Mulai')).toBe('16/06/2025 09:00 WIB');
    expect(cell('Tempat')).toBe('Hotel Royal Bangko');
    expect(cell('Kode wilayah tempat')).toBe('15.02.02');
    expect(cell('Instansi penyelenggara')).toMatch(/Kerinci/);
    expect(cell('Penyelenggara bersama')).toMatch(/Merangin/);
    expect(cell('Desa/kelurahan dijangkau')).toBe(14);
    expect(cell('Aparat (camat, lurah, kepala desa)')).toBe(16);
    expect(cell('Peserta')).toBe(16);
    expect(cell('Butir program')).toBe('8');
    expect(founding.getCell(EXPORT_HEADERS.indexOf('Peserta') + 1).numFmt).toBe('#,##0');

    const totals = rows.at(-1)!;
    expect(totals.getCell(2).value).toBe(`Jumlah (${total} kegiatan)`);
    const officials = EXPORT_HEADERS.indexOf('Aparat (camat, lurah, kepala desa)') + 1;
    const summed = rows.slice(0, -1).reduce((s, r) => s + Number(r.getCell(officials).value), 0);
    expect(totals.getCell(officials).value).toBe(summed);
  });

  it('writes the CSV with a BOM, one header row and the same rows as the list shows a Kerinci head', async () => {
    const { res, body } = await download('csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString('utf8').slice(1));
    expect(rows[0]).toEqual(EXPORT_HEADERS);
    expect(rows.every((r) => r.length === EXPORT_HEADERS.length)).toBe(true);
    const founding = rows.find((r) => r[0] === FOUNDING)!;
    expect(founding[EXPORT_HEADERS.indexOf('Mulai')]).toBe('16/06/2025 09:00 WIB');
    expect(founding[EXPORT_HEADERS.indexOf('Aparat (camat, lurah, kepala desa)')]).toBe('16');
    expect(founding[EXPORT_HEADERS.indexOf('Desa/kelurahan dijangkau')]).toBe('14');
    // The same ids, in the same order, as the `activities` list gives the same reader.
    expect(csvIds(body)).toEqual(await listIds('kepala.kerinci'));
    expect(Number(res.headers.get('x-total-count'))).toBe(rows.length - 1);
  });

  it('exports with the filter of the list, and nothing outside what the list shows the reader', async () => {
    const query = 'statuses=VERIFIED,SUBMITTED&types=SOSIALISASI&regionCode=15.02';
    const filter = '{ statuses: [VERIFIED, SUBMITTED], types: [SOSIALISASI], regionCode: "15.02" }';
    const { body } = await download('csv', query);
    const expected = await listIds('kepala.kerinci', filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(csvIds(body)).toEqual(expected);

    // Activities of other offices, outside Kerinci's working area, exist, and none is in Kerinci's file.
    await sql(
      `INSERT INTO activities (id, type, status, title, starts_at, ends_at, venue_name, venue_region_code, time_zone, lead_agency_id, reach_codes, created_by)
       SELECT gen_random_uuid(), 'SOSIALISASI', 'VERIFIED', 'Sosialisasi TPPO di Aceh Selatan', '2025-07-01T02:00Z', '2025-07-01T04:00Z', 'Aula Tapaktuan',
              '11.01', 'WIB', u.agency_id, ARRAY['11', '11.01']::varchar[], u.id
       FROM users u WHERE u.username = 'ditjen'`,
    );
    const all = csvIds((await download('csv')).body);
    const listed = await listIds('kepala.kerinci');
    const hidden = (await sql<{ id: string }>(`SELECT id FROM activities`)).map((r) => r.id).filter((id) => !listed.includes(id));
    expect(hidden.length).toBeGreaterThan(0);
    expect(all.filter((id) => hidden.includes(id))).toEqual([]);
    expect(all).toEqual(listed);

    // A village head sees only the activities that touch their village, and their file says the same.
    const village = csvIds((await download('csv', '', 'desa.pulaurengas')).body);
    expect(village).toEqual(await listIds('desa.pulaurengas'));
    expect(village.length).toBeLessThan(all.length);
    const xlsx = (await download('xlsx', '', 'desa.pulaurengas')).body;
    const workbook = new (loadExcel().Workbook)();
    await workbook.xlsx.load(xlsx as any);
    const ids = [];
    const sheet = at(workbook.worksheets, 0, 'worksheet');
    for (let r = XLSX_HEADER_ROW + 1; r < sheet.rowCount; r++) ids.push(sheet.getRow(r).getCell(1).value);
    expect(ids).toEqual(village);
  });

  it('refuses a bad filter with a 400 in the caller’s language, and an anonymous caller with a 401', async () => {
    const badStatus = await download('csv', 'statuses=DONE');
    expect(badStatus.res.status).toBe(400);
    expect(JSON.parse(badStatus.body.toString())).toEqual({ error: 'ACTIVITY_FILTER_INVALID', message: 'Filter tidak sah: statuses.', field: 'statuses' });
    const reversed = await download('xlsx', 'from=2025-06-01&to=2025-01-01', 'kepala.kerinci', 'en');
    expect(reversed.res.status).toBe(400);
    expect(JSON.parse(reversed.body.toString()).message).toBe('Invalid filter: to ≤ from.');
    expect((await download('csv', 'sortBy=x')).res.status).toBe(400);
    expect((await download('csv', 'from=yesterday')).res.status).toBe(400);
    expect((await download('csv', '', null)).res.status).toBe(401);
    expect((await download('xlsx', '', null)).res.status).toBe(401);
  });

  it('streams 20,000 rows in both formats with bounded heap growth', async () => {
    const N = 20_000;
    await sql(`CREATE TABLE bench_copies AS SELECT gen_random_uuid() AS id, g FROM generate_series(1, ${N}) g`);
    await sql(
      `INSERT INTO activities (id, type, status, title, description, starts_at, ends_at, venue_name, venue_region_code, time_zone, lead_agency_id,
                               reach_codes, search_text, created_by, submitted_by, submitted_at, verified_by, verified_at)
       SELECT c.id, a.type, a.status, a.title || ' #' || c.g, a.description, a.starts_at - c.g * interval '1 hour', a.ends_at - c.g * interval '1 hour',
              a.venue_name, a.venue_region_code, a.time_zone, a.lead_agency_id, a.reach_codes, a.search_text, a.created_by, a.submitted_by,
              a.submitted_at, a.verified_by, a.verified_at
       FROM activities a, bench_copies c WHERE a.id = $1`,
      [FOUNDING],
    );
    await sql(`INSERT INTO activity_villages SELECT c.id, v.village_code, v.reach FROM activity_villages v, bench_copies c WHERE v.activity_id = $1`, [FOUNDING]);
    await sql(`INSERT INTO activity_participants SELECT c.id, p.agency_id, p.category, p.male, p.female FROM activity_participants p, bench_copies c WHERE p.activity_id = $1`, [FOUNDING]);
    await sql(`INSERT INTO activity_topics SELECT c.id, x.topic_id FROM activity_topics x, bench_copies c WHERE x.activity_id = $1`, [FOUNDING]);
    await sql(`ANALYZE`);

    for (const format of ['csv', 'xlsx'] as const) {
      global.gc?.();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
      const started = performance.now();
      const res = await fetch(`${t.baseUrl}/api/activities/export.${format}`, { headers: await t.as('admin') });
      expect(res.status).toBe(200);
      const total = Number(res.headers.get('x-total-count'));
      // Read and drop the chunks: the test must not be the one holding the file.
      let bytes = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const growth = (peak - before) / 2 ** 20;
      console.log(`export ${format}: ${total} rows, ${(bytes / 2 ** 20).toFixed(1)} MB in ${seconds.toFixed(2)} s, heap growth ${growth.toFixed(0)} MB`);
      expect(total).toBeGreaterThan(N);
      expect(growth).toBeLessThan(150);
    }
  }, 120_000);
});
