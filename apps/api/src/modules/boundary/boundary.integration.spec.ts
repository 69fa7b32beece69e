import { feature } from 'topojson-client';
import { gzipSync } from 'node:zlib';
import { BOUNDARY_DIR } from '../../../test/geo-data';
import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { BoundaryService } from './boundary.service';
import { at } from '@jangkau/shared-domain';

/** A drill-down step may download at most this much (gzip); the views aim far lower. */
const STEP_BUDGET_BYTES = 500 * 1024;

interface View {
  status: number;
  etag: string | null;
  cacheControl: string | null;
  encoding: string | null;
  raw: string;
  body: any;
}

function insideRing([x, y]: [number, number], ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = at(ring, i);
    const [xj, yj] = at(ring, j);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The demo boundaries (imported on start from the repository's data/boundaries, as `npm start` does) served per view. */
describe('boundaries served per view (demo data, real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let demoImportMs: number;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);

  async function get(path: string, headers: Record<string, string> = {}): Promise<View> {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: { 'accept-encoding': 'gzip', ...headers } });
    const raw = await res.text();
    return {
      status: res.status,
      etag: res.headers.get('etag'),
      cacheControl: res.headers.get('cache-control'),
      encoding: res.headers.get('content-encoding'),
      raw,
      body: raw && res.headers.get('content-type')?.includes('json') ? JSON.parse(raw) : null,
    };
  }

  beforeAll(async () => {
    const started = performance.now();
    t = await startTestApp({ GEO_DATA_DIR: BOUNDARY_DIR });
    // The demo import runs in the background after start; views wait for it, so this is only for the timing.
    await t.app.get(BoundaryService).settled();
    demoImportMs = Math.round(performance.now() - started);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('demo mode imported the four demo levels, with source and licence', async () => {
    process.stdout.write(`\n[boundaries] app start + demo import of 4 files: ${demoImportMs} ms\n`);
    const res = await t.gql('{ boundarySets { level regionCount missingCount source licence fileName } }');
    expect(res.data!.boundarySets.map((s: any) => [s.level, s.fileName, s.regionCount, s.missingCount])).toEqual([
      [1, 'indonesia-provinsi.topojson.gz', 38, 0],
      [2, 'indonesia-kabupaten.topojson.gz', 514, 0],
      [3, 'jambi-kecamatan.topojson.gz', 144, 0],
      [4, 'jambi-desa.topojson.gz', 1568, 17],
    ]);
    expect(res.data!.boundarySets[0].source).toContain('Cahya DSN');
    expect(res.data!.boundarySets[0].licence).toContain('MIT License');
    expect(res.data!.boundarySets[0].licence).toContain('ODbL');
    const audit = await sql(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'BoundarySet' AND operation = 'demoBoundaries'`);
    expect(audit[0].n).toBe(4);
    // The shipped files need no repair: nothing unmatched, invalid or repaired, read from gzip-compressed TopoJSON.
    const reports = await sql<{ report: any }>(`SELECT report FROM boundary_sets WHERE status = 'ACTIVE' ORDER BY level`);
    for (const { report } of reports) {
      expect(report).toMatchObject({ committed: true, file: { format: 'topojson', gzip: true }, counts: { unmatched: 0, wrongLevel: 0, invalid: 0, repaired: 0 } });
    }
    process.stdout.write(`[boundaries] demo import per file: ${reports.map(({ report: r }) => `${r.file.name} ${r.timings.totalMs} ms (${r.counts.warnings} warnings)`).join(', ')}\n`);
  });

  it('each drill-down step stays well under 500 KB gzipped', async () => {
    const steps: [string, string, number][] = [
      ['Indonesia → 38 provinces', 'ID', 38],
      ['Papua → its kabupaten/kota', '91', 9],
      ['Jambi → 11 kabupaten/kota', '15', 11],
      ['Merangin → 24 kecamatan', '15.02', 24],
      ['Bangko Barat → 6 desa', '15.02.10', 6],
      ['Rimbo Bujang → 8 of 16 desa/kel.', '15.09.04', 8],
    ];
    const lines: string[] = [];
    for (const [label, code, expected] of steps) {
      const view = await get(`/api/boundaries/${code}/children`);
      expect(view.status).toBe(200);
      expect(view.encoding).toBe('gzip');
      const geometries = view.body.objects.regions.geometries.length;
      if (expected >= 0) expect(geometries).toBe(expected);
      const gzip = gzipSync(view.raw).length;
      lines.push(
        `${label.padEnd(32)} ${String(geometries).padStart(3)} regions, detail ${view.body.detail}: ${(view.raw.length / 1024).toFixed(0).padStart(5)} KB raw, ${(gzip / 1024).toFixed(0).padStart(4)} KB gzip`,
      );
      expect(gzip).toBeLessThan(STEP_BUDGET_BYTES);
    }
    process.stdout.write(`\n[boundaries] payload per drill-down step:\n  ${lines.join('\n  ')}\n`);
  });

  it("serves all of a province's villages in one answer, under the same budget, and refuses a village or Indonesia", async () => {
    const view = await get('/api/boundaries/15/villages');
    expect(view.status).toBe(200);
    const drawn = view.body.objects.regions.geometries.length;
    // Jambi's 1,585 official villages: 1,568 have a polygon, the 17 others are listed as missing.
    expect(drawn).toBe(1568);
    expect(view.body.missing).toHaveLength(17);
    const gzip = gzipSync(view.raw).length;
    process.stdout.write(
      `\n[boundaries] Jambi, all villages: ${drawn} regions, detail ${view.body.detail}: ${(view.raw.length / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip\n`,
    );
    expect(gzip).toBeLessThan(STEP_BUDGET_BYTES);
    expect((await get('/api/boundaries/15.02.10/villages')).body.objects.regions.geometries).toHaveLength(6);
    const village = await get('/api/boundaries/15.02.10.2001/villages');
    expect(village.status).toBe(400);
    expect((await get('/api/boundaries/ID/villages')).status).toBe(400);
  });

  it('serves the documented format: quantized TopoJSON with code, name, level and a label inside each region', async () => {
    const view = await get('/api/boundaries/15.02.10/children');
    const { body } = view;
    expect(Object.keys(body).sort()).toEqual(['arcs', 'bbox', 'detail', 'missing', 'objects', 'source', 'transform', 'type']);
    expect(body.type).toBe('Topology');
    expect(body.transform).toEqual({ scale: [expect.any(Number), expect.any(Number)], translate: [expect.any(Number), expect.any(Number)] });
    expect(body.bbox).toHaveLength(4);
    expect([0, 1, 2]).toContain(body.detail);
    expect(body.source).toEqual({ level: 4, source: expect.stringContaining('Cahya DSN'), licence: expect.stringContaining('MIT'), importedAt: expect.any(String) });
    expect(body.missing).toEqual([]);
    const pulauRengas = body.objects.regions.geometries.find((g: any) => g.id === '15.02.10.2001');
    expect(pulauRengas).toMatchObject({
      type: expect.stringMatching(/^(Polygon|MultiPolygon)$/),
      id: '15.02.10.2001',
      properties: { code: '15.02.10.2001', name: 'Pulau Rengas', level: 'DESA' },
    });
    const decoded = feature(body, body.objects.regions) as any;
    for (const f of decoded.features) {
      const polygons: [number, number][][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(polygons.some((p) => insideRing(f.properties.label, at(p, 0, 'outer ring')))).toBe(true);
    }
  });

  it('lists the regions without geometry as missing', async () => {
    const view = await get('/api/boundaries/15.09.04/children');
    expect(view.body.missing.map((m: any) => m.code)).toEqual([
      '15.09.04.1009',
      '15.09.04.1010',
      '15.09.04.2011',
      '15.09.04.2012',
      '15.09.04.2013',
      '15.09.04.2014',
      '15.09.04.2015',
      '15.09.04.2016',
    ]);
    expect(view.body.missing[0]).toEqual({ code: '15.09.04.1009', name: expect.any(String), level: 'KELURAHAN' });
    // Kecamatan boundaries are loaded for Jambi only: Kabupaten Jayapura's kecamatan are all missing, and its own
    // outline's box still frames the view.
    const jayapura = await get('/api/boundaries/91.03/children');
    expect(jayapura.body.objects.regions.geometries).toEqual([]);
    expect(jayapura.body.missing.length).toBeGreaterThan(0);
    expect(jayapura.body.missing.every((m: any) => m.code.startsWith('91.03.') && m.level === 'KECAMATAN')).toBe(true);
    expect(jayapura.body.source.level).toBe(3);
    const [minLon, minLat, maxLon, maxLat] = jayapura.body.bbox;
    expect([minLon > 139, maxLon < 141, minLat > -4, maxLat < -1]).toEqual([true, true, true, true]);
  });

  it('answers the children of a village (none) and 404 for a code that does not exist', async () => {
    const village = await get('/api/boundaries/15.02.10.2001/children');
    expect(village.status).toBe(200);
    expect(village.body.objects.regions.geometries).toEqual([]);
    expect(village.body.missing).toEqual([]);
    expect(village.body.source).toBeNull();
    for (const code of ['15.99', '15.02.10.9999', 'not-a-code']) {
      const res = await get(`/api/boundaries/${code}/children`, { 'accept-language': 'en' });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: 'BOUNDARY_REGION_NOT_FOUND', message: expect.stringContaining(`There is no region "${code}"`) });
      expect((await get(`/api/boundaries/${code}`)).status).toBe(404);
    }
    expect((await get('/api/boundaries/15.02/children?detail=7')).status).toBe(400);
  });

  it('serves a region’s own outline, and Indonesia’s', async () => {
    const merangin = await get('/api/boundaries/15.02');
    expect(merangin.status).toBe(200);
    expect(merangin.body.objects.regions.geometries.map((g: any) => [g.id, g.properties.name, g.properties.level])).toEqual([['15.02', 'Kabupaten Merangin', 'KABUPATEN']]);
    expect(merangin.body.source.level).toBe(2);
    const indonesia = await get('/api/boundaries/ID');
    expect(indonesia.body.objects.regions.geometries.map((g: any) => g.id)).toEqual(['ID']);
    expect(gzipSync(indonesia.raw).length).toBeLessThan(STEP_BUDGET_BYTES);
    const tebo = await get('/api/boundaries/15.09.04.1009');
    expect(tebo.body.objects.regions.geometries).toEqual([]);
    expect(tebo.body.missing).toEqual([{ code: '15.09.04.1009', name: expect.any(String), level: 'KELURAHAN' }]);
  });

  it('revalidates with a strong ETag: no-cache, 304 on If-None-Match, another tag per detail', async () => {
    const first = await get('/api/boundaries/15.02/children');
    expect(first.etag).toMatch(/^"b-[0-9a-f]{32}"$/);
    expect(first.cacheControl).toBe('no-cache');
    const again = await get('/api/boundaries/15.02/children', { 'if-none-match': first.etag! });
    expect(again.status).toBe(304);
    expect(again.raw).toBe('');
    expect(again.etag).toBe(first.etag);
    const otherDetail = await get(`/api/boundaries/15.02/children?detail=${first.body.detail === 0 ? 1 : 0}`, { 'if-none-match': first.etag! });
    expect(otherDetail.status).toBe(200);
    expect(otherDetail.etag).not.toBe(first.etag);
    expect(otherDetail.raw.length).not.toBe(first.raw.length);
    // The same view again comes from memory and is byte for byte the same.
    expect((await get('/api/boundaries/15.02/children')).raw).toBe(first.raw);
  });
});
