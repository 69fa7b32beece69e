import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { group } from '@jangkau/shared-domain';

/**
 * Test fixtures from the boundary files that ship with the repository (data/boundaries, what the demo imports),
 * answered the way the boundary API answers: TopoJSON with one object, `regions`.
 */
export const GEO_DIR = join(__dirname, '../../../../../../data/boundaries');

type GeoFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;
const files = new Map<string, GeoFeature[]>();
function read(name: string): GeoFeature[] {
  if (!files.has(name)) {
    const topology = JSON.parse(gunzipSync(readFileSync(join(GEO_DIR, `${name}.topojson.gz`))).toString('utf8')) as Topology;
    const regions = topology.objects['regions'];
    if (!regions) throw new Error(`${name}.topojson.gz has no "regions" object`);
    files.set(name, (feature(topology, regions) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>).features);
  }
  return files.get(name)!;
}

const LEVELS = ['PROVINSI', 'KABUPATEN', 'KECAMATAN', 'DESA'];

/** The features below a region as the demo files hold them: provinces of ID, every kabupaten, Jambi's kecamatan and desa. */
export function childFeatures(code: string): GeoFeature[] {
  if (code === 'ID') return read('indonesia-provinsi');
  const depth = code.split('.').length;
  const file = depth === 1 || !code.startsWith('15.') ? 'indonesia-kabupaten' : depth === 2 ? 'jambi-kecamatan' : 'jambi-desa';
  return read(file).filter((f) => f.properties.code.startsWith(`${code}.`) && f.properties.code.split('.').length === depth + 1);
}

/**
 * GeoJSON features as a TopoJSON topology: one arc per ring, coordinates as they are (a valid topology without
 * shared arcs or quantisation; topojson-client decodes it like the API's).
 */
export function toTopology(features: GeoFeature[], missing: { code: string; name: string; level: string }[] = []) {
  const arcs: Position[][] = [];
  const ring = (r: Position[]) => {
    arcs.push(r);
    return arcs.length - 1;
  };
  const geometries = features.map((f) => {
    const depth = f.properties.code.split('.').length;
    const properties = { code: f.properties.code, name: f.properties.name, level: LEVELS[depth - 1] };
    return f.geometry.type === 'Polygon'
      ? { type: 'Polygon', id: f.properties.code, properties, arcs: f.geometry.coordinates.map((r) => [ring(r)]) }
      : { type: 'MultiPolygon', id: f.properties.code, properties, arcs: f.geometry.coordinates.map((p) => p.map((r) => [ring(r)])) };
  });
  return {
    type: 'Topology',
    objects: { regions: { type: 'GeometryCollection', geometries } },
    arcs,
    missing,
    detail: 'full',
    source: { level: 'test', source: 'data/boundaries', licence: 'MIT', importedAt: '2026-01-01T00:00:00Z' },
  };
}

/** A fetch that answers /api/boundaries/:code/children and /api/boundaries/:code from the demo files. */
export function boundaryFetch(options: { empty?: boolean } = {}) {
  return jest.fn(async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const match = /\/api\/boundaries\/([^/]+)(\/children)?$/.exec(url);
    const json = (status: number, body: unknown) => ({ ok: status < 400, status, json: async () => body }) as Response;
    if (!match) return json(404, { message: 'not found' });
    const code = decodeURIComponent(group(match, 1));
    if (match[2]) {
      const children = childFeatures(code);
      if (options.empty)
        return json(
          200,
          toTopology(
            [],
            children.map((f) => ({ code: f.properties.code, name: f.properties.name, level: 'DESA' })),
          ),
        );
      return children.length ? json(200, toTopology(children)) : json(404, { message: 'unknown' });
    }
    const depth = code.split('.').length;
    const own = childFeatures(depth === 1 ? 'ID' : code.slice(0, code.lastIndexOf('.'))).filter((f) => f.properties.code === code);
    return own.length ? json(200, toTopology(own)) : json(404, { message: 'unknown' });
  });
}
