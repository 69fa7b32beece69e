import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { topology } from 'topojson-server';
import { BOUNDARY_DIR, GeoFeature, readGeoFile } from '../../../../test/geo-data';
import { startTestApp, TestApp } from '../../../../test/test-app';
import { withAdmin } from '../../../../test/test-database';
import { BoundaryImportCancelled, BoundaryImportService } from './boundary-import.service';
import type { BoundaryImportReport } from './boundary-import.report';
import { onlyRow } from '../../../database/kysely';
import { at } from '@jangkau/shared-domain';

const MAX_MB = 2;
/** Kabupaten Merangin (15.02) has 24 kecamatan; the founding story's Bangko Barat is 15.02.10. */
const MERANGIN_KECAMATAN = 24;
const kecamatan = readGeoFile('jambi-kecamatan').features;
const merangin = () => kecamatan.filter((f) => String(f.properties.code).startsWith('15.02.')).map((f) => structuredClone(f));
const one = (code: string, as = code): GeoFeature => {
  const f = structuredClone(kecamatan.find((k) => k.properties.code === code));
  if (!f) throw new Error(`no ${code} in jambi-kecamatan.topojson.gz`);
  f.properties = { ...f.properties, code: as };
  return f;
};
/** The outer ring of the feature's first polygon, to break or bend. */
const outerRing = (f: GeoFeature): number[][] => (f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0]);
const collection = (features: GeoFeature[]) => ({ type: 'FeatureCollection', features });
const file = (features: GeoFeature[]) => Buffer.from(JSON.stringify(collection(features)));
const codesOf = (list: { code: string | null; problem: string }[]) => list.map((f) => [f.code, f.problem]);

/** A file with an unknown code, a code of another level and a broken ring, beside one good feature. */
function badFile(): Buffer {
  const broken = one('15.02.02');
  broken.geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [102.1, -2.1],
        [102.2, -2.1],
        [102.1, -2.1],
      ],
    ],
  };
  return file([one('15.02.10'), one('15.02.01', '15.02.99'), one('15.02.03', '15.02'), broken]);
}

describe('boundary import (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const count = async (table: string, where = 'TRUE') => onlyRow(await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`), 'count').n;
  const activeSetId = async (level: number) => (await sql<{ id: string }>(`SELECT id FROM boundary_sets WHERE level = $1 AND status = 'ACTIVE'`, [level]))[0]?.id ?? null;

  async function upload(
    body: Buffer,
    options: { as?: string | null; dryRun?: string; accept?: string; fields?: Record<string, string>; name?: string } = {},
  ): Promise<{ status: number; body: any; text: string }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)]), options.name ?? 'kecamatan.geojson');
    for (const [k, v] of Object.entries(options.fields ?? { licence: 'CC BY 4.0 (test)', source: 'test file' })) form.append(k, v);
    const res = await fetch(`${t.baseUrl}/api/boundaries/import${options.dryRun === undefined ? '' : `?dryRun=${options.dryRun}`}`, {
      method: 'POST',
      headers: { ...(options.as === null ? {} : await t.as(options.as ?? 'admin')), ...(options.accept ? { accept: options.accept } : {}) },
      body: form,
    });
    const text = await res.text();
    return { status: res.status, text, body: res.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : null };
  }

  const children = async (code: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.baseUrl}/api/boundaries/${code}/children`, { headers });
    return { status: res.status, etag: res.headers.get('etag'), body: res.status === 200 ? ((await res.json()) as any) : null };
  };

  beforeAll(async () => {
    // A cap of 2 MB (GEO_IMPORT_MAX_MB) so a gzip bomb over it stays small; every other file here is far smaller.
    // The test file servers listen on 127.0.0.1, which URL imports refuse unless allowed on purpose.
    t = await startTestApp({ GEO_IMPORT_MAX_MB: String(MAX_MB), BOUNDARY_IMPORT_ALLOW_HOSTS: '127.0.0.1' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('with no boundaries loaded, answers the children of Merangin all as missing', async () => {
    const res = await children('15.02');
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('Topology');
    expect(res.body.objects.regions).toEqual({ type: 'GeometryCollection', geometries: [] });
    expect(res.body.missing).toHaveLength(MERANGIN_KECAMATAN);
    expect(res.body.missing[0]).toEqual({ code: '15.02.01', name: expect.any(String), level: 'KECAMATAN' });
    expect(res.body.source).toBeNull();
  });

  it('reports an unknown code, a wrong-level code and an invalid ring, and changes nothing', async () => {
    const auditBefore = await count('audit_log', `entity = 'BoundarySet'`);
    const res = await upload(badFile(), { dryRun: 'false' });
    expect(res.status).toBe(422);
    const report = res.body as BoundaryImportReport;
    expect(report).toMatchObject({ dryRun: false, committed: false, level: 3, features: 4, matched: 1, regions: 1, set: null });
    expect(codesOf(report.unmatched)).toEqual([['15.02.99', 'BOUNDARY_CODE_UNKNOWN']]);
    expect(codesOf(report.wrongLevel)).toEqual([['15.02', 'BOUNDARY_WRONG_LEVEL']]);
    expect(codesOf(report.invalid)).toEqual([['15.02.02', 'BOUNDARY_RING_TOO_SHORT']]);
    expect(report.wrongLevel[0]).toMatchObject({ feature: 3, message: 'Kode 15.02 adalah kabupaten/kota, sedangkan berkas ini berisi kecamatan.' });
    // Missing: Merangin's kecamatan without a valid feature (the broken one among them).
    expect(report.counts.missing).toBe(MERANGIN_KECAMATAN - 1);
    expect(report.missing.map((m) => m.code)).toContain('15.02.02');
    expect(report.message).toMatch(/^Tidak ada yang diimpor: 3 masalah/);
    expect(await count('boundary_sets')).toBe(0);
    expect(await count('boundary_regions')).toBe(0);
    expect(await count('audit_log', `entity = 'BoundarySet'`)).toBe(auditBefore);
  });

  it('streams progress and the report as NDJSON when asked, in the caller’s language', async () => {
    const res = await fetch(`${t.baseUrl}/api/boundaries/import?dryRun=true`, {
      method: 'POST',
      headers: { ...(await t.as('admin')), accept: 'application/x-ndjson', 'accept-language': 'en' },
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(badFile())]), 'bad.geojson');
        return form;
      })(),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: 'progress', phase: 'read', done: 0, total: 1 });
    expect(lines.some((l) => l.type === 'progress' && l.phase === 'validate' && l.done === 4)).toBe(true);
    const last = lines[lines.length - 1];
    expect(last).toMatchObject({ type: 'report', status: 200, report: { dryRun: true, committed: false } });
    expect(last.report.unmatched[0].message).toBe('The code 15.02.99 is not in the official region list.');
    expect(await count('boundary_sets')).toBe(0);
  });

  it('refuses callers without REFERENCE_MANAGE, and a commit without a licence', async () => {
    expect((await upload(badFile(), { as: null })).status).toBe(401);
    expect((await upload(badFile(), { as: 'kepala.kerinci' })).status).toBe(403);
    const noLicence = await upload(file([one('15.02.10')]), { dryRun: 'false', fields: { source: 'x' } });
    expect(noLicence.status).toBe(400);
    expect(noLicence.body.error).toBe('BOUNDARY_LICENCE_REQUIRED');
    expect(await count('boundary_sets')).toBe(0);
  });

  it('reads TopoJSON, and a file from a URL', async () => {
    const topo = Buffer.from(JSON.stringify(topology({ kecamatan: collection([one('15.02.10'), one('15.02.01')]) as never }, 1e6)));
    const fromTopo = await upload(topo, { dryRun: 'true', name: 'kecamatan.topojson' });
    expect(fromTopo.status).toBe(200);
    expect(fromTopo.body).toMatchObject({ file: { format: 'topojson', codeProperty: 'code' }, matched: 2, regions: 2, counts: { unmatched: 0, invalid: 0 } });

    const server: Server = createServer((_, res) => res.end(badFile()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address() as { port: number };
      const res = await fetch(`${t.baseUrl}/api/boundaries/import?dryRun=true`, {
        method: 'POST',
        headers: { ...(await t.as('admin')), 'content-type': 'application/json' },
        body: JSON.stringify({ url: `http://127.0.0.1:${address.port}/kecamatan.geojson` }),
      });
      expect(res.status).toBe(200);
      const report = (await res.json()) as BoundaryImportReport;
      expect(report.file.name).toBe(`http://127.0.0.1:${address.port}/kecamatan.geojson`);
      expect(codesOf(report.unmatched)).toEqual([['15.02.99', 'BOUNDARY_CODE_UNKNOWN']]);
    } finally {
      server.close();
    }
  });

  it('refuses URLs to internal addresses, and redirects to them, with one message and nothing imported', async () => {
    const server: Server = createServer((_, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const answers = [];
      // 127.0.0.1 is allowed in this app (BOUNDARY_IMPORT_ALLOW_HOSTS), so its server's redirect is the refused hop.
      for (const url of [`http://[::1]:${port}/`, 'http://10.0.0.5/', 'http://169.254.169.254/latest/meta-data/', `http://127.0.0.1:${port}/redirect`]) {
        const res = await fetch(`${t.baseUrl}/api/boundaries/import?dryRun=false`, {
          method: 'POST',
          headers: { ...(await t.as('admin')), 'content-type': 'application/json', 'accept-language': 'en' },
          body: JSON.stringify({ url, licence: 'CC BY 4.0 (test)' }),
        });
        answers.push({ status: res.status, ...((await res.json()) as object) });
      }
      expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
        new Set([
          JSON.stringify({
            status: 400,
            error: 'BOUNDARY_URL_NOT_ALLOWED',
            message: 'This URL is not allowed: imports fetch only from public internet addresses (internal servers only when listed in BOUNDARY_IMPORT_ALLOW_HOSTS).',
          }),
        ]),
      );
      expect(await count('boundary_sets')).toBe(0);
    } finally {
      server.close();
    }
  });

  it('reads gzip-compressed files, known by their first bytes, from an upload and from a URL', async () => {
    // The shipped kecamatan file as it is: every one of Jambi's 144, nothing to repair.
    const shipped = await upload(readFileSync(join(BOUNDARY_DIR, 'jambi-kecamatan.topojson.gz')), { dryRun: 'true', name: 'jambi-kecamatan.topojson.gz' });
    expect(shipped.status).toBe(200);
    expect(shipped.body).toMatchObject({ file: { format: 'topojson', gzip: true }, level: 3, features: 144, matched: 144, counts: { unmatched: 0, invalid: 0, repaired: 0, missing: 0 } });

    // A gzip-compressed GeoJSON whose name does not say so: the magic bytes do.
    const packed = gzipSync(file([one('15.02.10'), one('15.02.01')]));
    const plain = await upload(packed, { dryRun: 'true', name: 'kecamatan.json' });
    expect(plain.body).toMatchObject({ file: { format: 'geojson', gzip: true, bytes: packed.length }, matched: 2, counts: { unmatched: 0, invalid: 0 } });

    const server: Server = createServer((_, res) => res.end(gzipSync(badFile())));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`${t.baseUrl}/api/boundaries/import?dryRun=true`, {
        method: 'POST',
        headers: { ...(await t.as('admin')), 'content-type': 'application/json' },
        body: JSON.stringify({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/kecamatan.geojson.gz` }),
      });
      const report = (await res.json()) as BoundaryImportReport;
      expect(report.file.gzip).toBe(true);
      expect(codesOf(report.unmatched)).toEqual([['15.02.99', 'BOUNDARY_CODE_UNKNOWN']]);
    } finally {
      server.close();
    }
  });

  it('refuses a gzip file that unpacks past GEO_IMPORT_MAX_MB, and a damaged one, with a clear message', async () => {
    // 3 KB that would unpack to 3 MB of spaces: stopped at the 2 MB cap, nothing written.
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"type":"FeatureCollection","features":['), Buffer.alloc((MAX_MB + 1) * 1024 * 1024, ' '), Buffer.from(']}')]));
    expect(bomb.length).toBeLessThan(10 * 1024);
    const tooLarge = await upload(bomb, { dryRun: 'false', name: 'bomb.geojson.gz' });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({ error: 'BOUNDARY_GZIP_TOO_LARGE', message: expect.stringContaining(`lebih dari ${MAX_MB} MB setelah dibuka`) });

    const good = gzipSync(file([one('15.02.10')]));
    const cut = await upload(good.subarray(0, good.length - 20), { dryRun: 'true', name: 'cut.geojson.gz' });
    expect(cut.status).toBe(400);
    expect(cut.body).toEqual({ error: 'BOUNDARY_GZIP_CORRUPT', message: expect.stringContaining('rusak atau terpotong') });

    const flipped = Buffer.from(good);
    flipped[flipped.length - 6] = at(flipped, -6, 'byte') ^ 0xff;
    const res = await fetch(`${t.baseUrl}/api/boundaries/import?dryRun=true`, {
      method: 'POST',
      headers: { ...(await t.as('admin')), 'accept-language': 'en' },
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(flipped)]), 'flipped.geojson.gz');
        return form;
      })(),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'BOUNDARY_GZIP_CORRUPT',
      message: expect.stringMatching(/^This gzip-compressed file is damaged or cut short and cannot be unpacked \(.+\)\. Send it again, or send it uncompressed\.$/),
    });
    expect(await count('boundary_sets')).toBe(0);
  });

  it('takes the code from another property when told', async () => {
    const renamed = [one('15.02.10')].map((f) => ({ ...f, properties: { kode: f.properties.code, nama: f.properties.name } }));
    const res = await upload(file(renamed), { dryRun: 'true', fields: { codeProperty: 'kode' } });
    expect(res.body).toMatchObject({ matched: 1, file: { codeProperty: 'kode' }, counts: { unmatched: 0, warnings: 0 } });
  });

  let firstSetId: string;
  let firstEtag: string;

  it('imports a repairable file (unclosed ring, duplicate points, wrong winding) and repairs it', async () => {
    const unclosed = one('15.02.10');
    outerRing(unclosed).pop();
    const doubled = one('15.02.02');
    const ring = outerRing(doubled);
    ring.splice(3, 0, [...at(ring, 3)], [...at(ring, 3)]);
    const turned = one('15.02.01');
    outerRing(turned).reverse();

    const res = await upload(file([unclosed, doubled, turned]), { dryRun: 'false' });
    expect(res.status).toBe(200);
    const report = res.body as BoundaryImportReport;
    expect(report).toMatchObject({ committed: true, level: 3, matched: 3, regions: 3, counts: { unmatched: 0, wrongLevel: 0, invalid: 0 } });
    expect(codesOf(report.repaired).sort()).toEqual([
      ['15.02.01', 'BOUNDARY_WINDING_FIXED'],
      ['15.02.02', 'BOUNDARY_DUPLICATE_POINTS_REMOVED'],
      ['15.02.10', 'BOUNDARY_RING_CLOSED'],
    ]);
    firstSetId = report.set!.id;
    expect(await activeSetId(3)).toBe(firstSetId);

    // Stored repaired: closed, duplicates gone, counter-clockwise outer rings.
    const rows = await sql<{ code: string; geometry: string }>(`SELECT region_code AS code, geometry_2 AS geometry FROM boundary_regions WHERE set_id = $1 ORDER BY 1`, [firstSetId]);
    for (const { geometry } of rows) {
      const g = JSON.parse(geometry);
      const outer: [number, number][] = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0];
      expect(outer[0]).toEqual(outer[outer.length - 1]);
      let area = 0;
      for (let i = 0; i < outer.length - 1; i++) {
        const [[x0, y0], [x1, y1]] = [at(outer, i), at(outer, i + 1)];
        area += x0 * y1 - x1 * y0;
      }
      expect(area).toBeGreaterThan(0);
      expect(outer.some((p, i) => i > 0 && p[0] === at(outer, i - 1)[0] && p[1] === at(outer, i - 1)[1])).toBe(false);
    }

    // One audit entry, with the file and the source.
    const [entry] = await sql(`SELECT actor_username, operation, entity_id, changes FROM audit_log WHERE entity = 'BoundarySet'`);
    expect(entry).toMatchObject({ actor_username: 'admin', operation: 'importBoundaries', entity_id: firstSetId });
    expect(entry.changes.source).toEqual({ from: null, to: 'test file' });

    const view = await children('15.02');
    expect(view.body.objects.regions.geometries.map((g: { id: string }) => g.id)).toEqual(['15.02.01', '15.02.02', '15.02.10']);
    expect(view.body.missing).toHaveLength(MERANGIN_KECAMATAN - 3);
    expect(view.body.source).toMatchObject({ level: 3, source: 'test file', licence: 'CC BY 4.0 (test)' });
    firstEtag = view.etag!;
  });

  it('re-imports a level atomically: readers see the old set until the new one is complete', async () => {
    const importer = t.app.get(BoundaryImportService);
    const seenDuringWrite: { geometries: number; etag: string | null }[] = [];
    const { status, report } = await importer.run({ caller: null, requestId: null, operation: 'test' }, file(merangin()), {
      dryRun: false,
      codeProperty: 'code',
      licence: 'CC BY 4.0 (test)',
      source: 'all of Merangin',
      fileName: 'merangin.geojson',
      importedBy: 'test',
      language: 'en',
      onProgress: async (phase) => {
        if (phase !== 'write') return;
        // The new rows are written (uncommitted); the set is IMPORTING; readers still get the old set.
        const view = await children('15.02');
        seenDuringWrite.push({ geometries: view.body.objects.regions.geometries.length, etag: view.etag });
        expect(await count('boundary_sets', `status = 'IMPORTING'`)).toBe(1);
      },
    });
    expect(status).toBe(200);
    expect(seenDuringWrite).toEqual([{ geometries: 3, etag: firstEtag }]);

    const after = await children('15.02');
    expect(after.body.objects.regions.geometries).toHaveLength(MERANGIN_KECAMATAN);
    expect(after.body.missing).toEqual([]);
    expect(after.etag).not.toBe(firstEtag);
    expect(await activeSetId(3)).toBe(report.set!.id);
    expect(report.set!.replacedSetId).toBe(firstSetId);
    expect(await sql(`SELECT status FROM boundary_sets WHERE id = $1`, [firstSetId])).toEqual([{ status: 'REPLACED' }]);
    expect(await count('boundary_regions', `set_id = '${firstSetId}'`)).toBe(0);
    const sets = await t.gql('{ boundarySets { level source regionCount missingCount } }');
    expect(sets.data!.boundarySets).toEqual([{ level: 3, source: 'all of Merangin', regionCount: MERANGIN_KECAMATAN, missingCount: 0 }]);
  });

  it('leaves the active set as it was when a re-import fails half-way or is refused', async () => {
    const active = await activeSetId(3);
    const importer = t.app.get(BoundaryImportService);
    let wrote = false;
    await expect(
      importer.run({ caller: null, requestId: null, operation: 'test' }, file(merangin().slice(0, 5)), {
        dryRun: false,
        codeProperty: 'code',
        licence: 'x',
        fileName: 'half.geojson',
        importedBy: 'test',
        language: 'en',
        onProgress: (phase) => {
          if (phase === 'write') wrote = true;
        },
        // Dies after its rows were written, before the switch.
        cancelled: () => wrote,
      }),
    ).rejects.toBeInstanceOf(BoundaryImportCancelled);
    expect(await activeSetId(3)).toBe(active);
    expect(await count('boundary_sets', `status = 'IMPORTING'`)).toBe(0);
    expect((await children('15.02')).body.objects.regions.geometries).toHaveLength(MERANGIN_KECAMATAN);

    expect((await upload(badFile(), { dryRun: 'false' })).status).toBe(422);
    expect(await activeSetId(3)).toBe(active);
    expect(await count('boundary_regions')).toBe(MERANGIN_KECAMATAN);
  });
});
