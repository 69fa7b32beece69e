import type { Feature, FeatureCollection, MultiPolygon, Polygon as GeoJsonPolygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { compact, countPositions, polygonsOf, Polygons, toGeometry } from './geometry';

/**
 * The three details every region is stored at. Simplification is Visvalingam's (triangle area, square degrees)
 * over the topology of the whole layer, so a border shared by two regions is simplified once and stays shared:
 * no gaps or overlaps between neighbours at any detail. Rings smaller than `minRingArea` (small islands) are
 * dropped at the coarse details, but a region always keeps its largest part.
 *
 *   detail 0: ~1e-5 deg² triangles (~350 m), rings under ~1.2 km² dropped: national and province views
 *   detail 1: ~1e-6 deg² (~110 m), rings under ~0.12 km² dropped: kabupaten and kecamatan views
 *   detail 2: as imported (after repair), 6 decimals (~0.1 m)
 */
export const DETAILS = [
  { weight: 1e-5, minRingArea: 1e-4, decimals: 5 },
  { weight: 1e-6, minRingArea: 1e-5, decimals: 5 },
  { weight: 0, minRingArea: 0, decimals: 6 },
] as const;

export type Detail = 0 | 1 | 2;
export const DETAIL_LEVELS: readonly Detail[] = [0, 1, 2];

export interface RegionDetails {
  /** Indexed by detail. */
  geometries: [Polygons, Polygons, Polygons];
  points: [number, number, number];
}

/**
 * Every region's geometry at the three details, in the order given. `polygons` are repaired (closed, RFC 7946
 * winding); a detail whose simplification leaves nothing with area falls back to the next finer one.
 */
export function buildDetails(regions: { code: string; polygons: Polygons }[]): RegionDetails[] {
  const collection: FeatureCollection<GeoJsonPolygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: regions.map((r) => ({ type: 'Feature', id: r.code, properties: {}, geometry: toGeometry(r.polygons) as GeoJsonPolygon | MultiPolygon })),
  };
  // No quantization: arcs are found by exact coordinate equality, as the layer's own shared vertices are equal.
  const topo = presimplify(topology({ regions: collection }) as Topology<{ regions: GeometryCollection }>);
  const full = regions.map((r) => compact(r.polygons, DETAILS[2].decimals) ?? r.polygons);
  const coarser = (d: 0 | 1) => {
    const { weight } = DETAILS[d];
    const simplified = simplify(topo, weight);
    const features = (feature(simplified, simplified.objects.regions) as FeatureCollection).features as Feature<GeoJsonPolygon | MultiPolygon>[];
    return features.map((f) => (f.geometry ? polygonsOf(f.geometry as never) : null));
  };
  const [roughs, mediums] = [coarser(0), coarser(1)];
  return full.map((fine, i) => {
    const coarseMedium = mediums[i];
    const coarseRough = roughs[i];
    const medium = (coarseMedium && compact(coarseMedium, DETAILS[1].decimals, DETAILS[1].minRingArea)) ?? fine;
    const rough = (coarseRough && compact(coarseRough, DETAILS[0].decimals, DETAILS[0].minRingArea)) ?? medium;
    return { geometries: [rough, medium, fine], points: [countPositions(rough), countPositions(medium), countPositions(fine)] };
  });
}
