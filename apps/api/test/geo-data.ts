import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The boundary files of ../shared/data/geo (never copied into the repository): GEO_DATA_DIR, else the shared
 * folder beside the repository root.
 */
export const GEO_DATA_DIR = process.env.GEO_DATA_DIR || resolve(join(__dirname, '../../..'), '../shared/data/geo');

export interface GeoFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: any };
}

export function readGeoFile(name: string): { type: 'FeatureCollection'; features: GeoFeature[] } {
  const path = join(GEO_DATA_DIR, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: the boundary tests read ../shared/data/geo (or GEO_DATA_DIR).`);
  return JSON.parse(readFileSync(path, 'utf8'));
}
