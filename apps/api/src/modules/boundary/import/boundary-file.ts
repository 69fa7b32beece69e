import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { BoundaryError, BoundaryErrorCode } from '../boundary.errors';

export type BoundaryFileFormat = 'geojson' | 'topojson';

/** One feature of the file, before any check: its code and name as written, its geometry as found. */
export interface FileFeature {
  /** 1-based position in the file (for TopoJSON: over all its objects, in order). */
  index: number;
  code: string | null;
  name: string | null;
  geometry: unknown;
}

export interface BoundaryFile {
  format: BoundaryFileFormat;
  features: FileFeature[];
}

/** Properties tried for a name, for the report's name check. */
const NAME_PROPERTIES = ['name', 'nama', 'NAME', 'NAMA'];

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature) or a TopoJSON Topology (every object's geometries,
 * decoded with topojson-client) into features with their code taken from `codeProperty` (or, when a feature
 * has no such property, its `id`).
 */
export function parseBoundaryFile(data: Buffer, codeProperty: string): BoundaryFile {
  let json: unknown;
  try {
    // A UTF-8 BOM is allowed (some GIS tools write one).
    json = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BoundaryError(BoundaryErrorCode.FILE_UNREADABLE, { detail: error instanceof Error ? error.message.slice(0, 120) : 'JSON' });
  }
  const root = json as { type?: unknown };
  if (root?.type === 'Topology') return { format: 'topojson', features: fromTopology(json as Topology, codeProperty) };
  if (root?.type === 'FeatureCollection' || root?.type === 'Feature') return { format: 'geojson', features: fromGeoJson(json, codeProperty) };
  throw new BoundaryError(BoundaryErrorCode.FILE_NOT_FEATURES, { type: typeof root?.type === 'string' ? root.type : typeof json });
}

function fromGeoJson(json: unknown, codeProperty: string): FileFeature[] {
  const root = json as { type: string; features?: unknown };
  const list = root.type === 'Feature' ? [json] : root.features;
  if (!Array.isArray(list)) throw new BoundaryError(BoundaryErrorCode.FILE_NOT_FEATURES, { type: 'FeatureCollection without features' });
  return list.map((f, i) => toFeature(f, i + 1, codeProperty));
}

function fromTopology(topology: Topology, codeProperty: string): FileFeature[] {
  if (!topology.objects || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs)) {
    throw new BoundaryError(BoundaryErrorCode.FILE_NOT_FEATURES, { type: 'Topology without objects or arcs' });
  }
  const features: FileFeature[] = [];
  for (const object of Object.values(topology.objects)) {
    let decoded: unknown;
    try {
      decoded = feature(topology, object);
    } catch (error) {
      throw new BoundaryError(BoundaryErrorCode.FILE_UNREADABLE, { detail: `TopoJSON: ${error instanceof Error ? error.message.slice(0, 100) : 'decode failed'}` });
    }
    const list = (decoded as { type: string; features?: unknown[] }).type === 'FeatureCollection' ? (decoded as { features: unknown[] }).features : [decoded];
    for (const f of list) features.push(toFeature(f, features.length + 1, codeProperty));
  }
  return features;
}

function toFeature(raw: unknown, index: number, codeProperty: string): FileFeature {
  const f = (raw ?? {}) as { id?: unknown; properties?: Record<string, unknown> | null; geometry?: unknown };
  const properties = f.properties && typeof f.properties === 'object' ? f.properties : {};
  const code = text(properties[codeProperty]) ?? text(f.id);
  const name = NAME_PROPERTIES.map((p) => text(properties[p])).find((v) => v !== null) ?? null;
  return { index, code, name, geometry: f.geometry ?? null };
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
