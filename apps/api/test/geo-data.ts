import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** The boundary files that ship with the repository (data/boundaries, see its README.md): what the demo imports. */
export const BOUNDARY_DIR = resolve(__dirname, '../../../data/boundaries');

export interface GeoFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: any };
}

const cache = new Map<string, GeoFeature[]>();

/**
 * One level of the shipped boundaries (e.g. `jambi-kecamatan`), decoded from its TopoJSON into the GeoJSON
 * FeatureCollection a test sends or checks: properties `{ code, name }`, features in code order. A new copy each
 * time, so a test may bend its features.
 */
export function readGeoFile(name: string): { type: 'FeatureCollection'; features: GeoFeature[] } {
  const file = name.replace(/(\.topojson\.gz)?$/, '.topojson.gz');
  if (!cache.has(file)) {
    const path = join(BOUNDARY_DIR, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: the boundary files ship with the repository in data/boundaries.`);
    const topology = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as Topology;
    const regions = topology.objects['regions'];
    if (!regions) throw new Error(`${path} has no "regions" object`);
    const decoded = feature(topology, regions) as unknown as { features: GeoFeature[] };
    cache.set(file, decoded.features);
  }
  return { type: 'FeatureCollection', features: structuredClone(cache.get(file)!) };
}
