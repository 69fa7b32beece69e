import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Detail } from './details';
import type { AreaGeometry } from './geometry';

/** What a view shows for one region. */
export interface RegionShape {
  code: string;
  name: string;
  level: string | null;
  label: [number, number] | null;
  geometry: AreaGeometry;
}

export type RegionsTopology = Topology<{ regions: GeometryCollection<{ code: string; name: string; level: string | null; label: [number, number] | null }> }>;

/**
 * Quantization (positions per axis over the view's box): 1e4 is finer than the coarse detail's simplification
 * (≈ 500 m across all of Indonesia, ≈ 20 m across a kabupaten); the finer details get 1e5.
 */
export function quantizationFor(detail: Detail): number {
  return detail === 0 ? 1e4 : 1e5;
}

/**
 * The regions as one quantized, delta-encoded TopoJSON topology (topojson-server): a border shared by two
 * regions is sent once. Geometries keep the regions' order; each carries `id` = code and its properties.
 * An empty list gives an empty topology (no arcs, identity transform, `bbox` as given).
 */
export function encodeRegions(regions: RegionShape[], detail: Detail, emptyBbox: [number, number, number, number] | null = null): RegionsTopology {
  if (!regions.length) {
    return {
      type: 'Topology',
      bbox: emptyBbox ?? undefined,
      transform: { scale: [1, 1], translate: [0, 0] },
      objects: { regions: { type: 'GeometryCollection', geometries: [] } },
      arcs: [],
    } as RegionsTopology;
  }
  const collection: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: regions.map((r): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      id: r.code,
      properties: { code: r.code, name: r.name, level: r.level, label: r.label },
      geometry: r.geometry as Polygon | MultiPolygon,
    })),
  };
  return topology({ regions: collection }, quantizationFor(detail)) as unknown as RegionsTopology;
}

/** The outline of several regions together (their shared borders dissolved), e.g. Indonesia from its provinces. */
export function mergeOutline(geometries: AreaGeometry[]): AreaGeometry | null {
  if (!geometries.length) return null;
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry: geometry as Polygon | MultiPolygon })),
  };
  const topo = topology({ parts: collection }) as unknown as Topology<{ parts: GeometryCollection }>;
  const merged = merge(topo, topo.objects.parts.geometries as never);
  return merged.coordinates.length === 1 ? { type: 'Polygon', coordinates: merged.coordinates[0] as never } : (merged as unknown as AreaGeometry);
}
