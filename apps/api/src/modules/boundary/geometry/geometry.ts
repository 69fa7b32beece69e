import polylabel from 'polylabel';
import { at } from '@jangkau/shared-domain';

/**
 * Plain polygon geometry in WGS84 lon/lat, as RFC 7946 wants it: the checks and repairs of an import, and the
 * small measurements (area, bbox, label point) a map needs. No geometry engine (no PostGIS here): rings are
 * treated as planar in degrees, which is close enough at Indonesia's latitudes for what these are used for
 * (orientation, degenerate rings, choosing a detail), never for areas reported to users.
 */
export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];
/** Every geometry is handled as a list of polygons (a MultiPolygon's coordinates) and written back as the smallest type. */
export type Polygons = Polygon[];

export interface AreaGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Polygon | Polygons;
}

/** Indonesia's rough extent (Sabang to Merauke, Miangas to Rote) with a margin: anything outside is a mistake. */
export const INDONESIA_BBOX = { minLon: 94, minLat: -12, maxLon: 142, maxLat: 7 } as const;

export type GeometryRepair = 'RING_CLOSED' | 'DUPLICATE_POINTS_REMOVED' | 'WINDING_FIXED';
export type GeometryProblem =
  'GEOMETRY_MISSING' | 'GEOMETRY_TYPE' | 'COORDINATES_MALFORMED' | 'COORDINATE_NOT_FINITE' | 'COORDINATES_SWAPPED' | 'OUTSIDE_INDONESIA' | 'RING_TOO_SHORT' | 'RING_ZERO_AREA';

export interface RepairResult {
  /** Null when the geometry has a problem that blocks the import. */
  polygons: Polygons | null;
  /** What was repaired, with how many rings each time. */
  repairs: Partial<Record<GeometryRepair, number>>;
  /** What could not be repaired (blocks the import). */
  problems: GeometryProblem[];
}

/**
 * Checks one feature's geometry and repairs what can be repaired without guessing: unclosed rings are closed,
 * consecutive duplicate positions dropped, and rings turned to RFC 7946 winding (outer rings counter-clockwise,
 * holes clockwise). What cannot be repaired is reported: no or another kind of geometry, malformed or
 * non-finite coordinates, positions outside Indonesia (or [lat, lon] swapped), rings with fewer than 4
 * positions or without area. Self-intersections are looked for separately (findSelfIntersections).
 */
export function repairGeometry(geometry: unknown): RepairResult {
  const repairs: RepairResult['repairs'] = {};
  const fail = (problem: GeometryProblem): RepairResult => ({ polygons: null, repairs, problems: [problem] });
  if (geometry === null || geometry === undefined) return fail('GEOMETRY_MISSING');
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') return fail('GEOMETRY_TYPE');
  const raw = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(raw) || raw.length === 0) return fail('COORDINATES_MALFORMED');

  const polygons: Polygons = [];
  const problems = new Set<GeometryProblem>();
  const count = (repair: GeometryRepair) => (repairs[repair] = (repairs[repair] ?? 0) + 1);
  for (const rawPolygon of raw) {
    if (!Array.isArray(rawPolygon) || rawPolygon.length === 0) return fail('COORDINATES_MALFORMED');
    const polygon: Polygon = [];
    for (const [ringIndex, rawRing] of rawPolygon.entries()) {
      if (!Array.isArray(rawRing)) return fail('COORDINATES_MALFORMED');
      const ring: Ring = [];
      for (const position of rawRing) {
        if (!Array.isArray(position) || position.length < 2 || typeof position[0] !== 'number' || typeof position[1] !== 'number') {
          return fail('COORDINATES_MALFORMED');
        }
        if (!Number.isFinite(position[0]) || !Number.isFinite(position[1])) return fail('COORDINATE_NOT_FINITE');
        // A third value (elevation) is dropped: a map of regions has no use for it.
        ring.push([position[0], position[1]]);
      }
      const deduplicated = dropConsecutiveDuplicates(ring);
      // The closing position repeats the first by definition; only other repeats count as a repair.
      const closedBefore = ring.length > 1 && samePosition(at(ring, 0), at(ring, -1));
      if (deduplicated.length < ring.length - (closedBefore ? 1 : 0)) count('DUPLICATE_POINTS_REMOVED');
      if (!closedBefore && ring.length > 0) count('RING_CLOSED');
      const closed = close(deduplicated);
      if (closed.length < 4) {
        problems.add('RING_TOO_SHORT');
        continue;
      }
      const area = signedArea(closed);
      if (area === 0) {
        problems.add('RING_ZERO_AREA');
        continue;
      }
      // RFC 7946 §3.1.6: exterior rings counter-clockwise (positive area in lon/lat), holes clockwise.
      const wantPositive = ringIndex === 0;
      if (area > 0 !== wantPositive) {
        closed.reverse();
        count('WINDING_FIXED');
      }
      polygon.push(closed);
    }
    polygons.push(polygon);
  }
  const outside = problemOutside(polygons);
  if (outside) problems.add(outside);
  if (problems.size) return { polygons: null, repairs, problems: [...problems] };
  return { polygons, repairs, problems: [] };
}

function problemOutside(polygons: Polygons): GeometryProblem | null {
  const inside = ([lon, lat]: Position) => lon >= INDONESIA_BBOX.minLon && lon <= INDONESIA_BBOX.maxLon && lat >= INDONESIA_BBOX.minLat && lat <= INDONESIA_BBOX.maxLat;
  let out = false;
  let swappedInside = true;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const p of ring) {
        if (inside(p)) continue;
        out = true;
        if (!inside([p[1], p[0]])) swappedInside = false;
      }
    }
  }
  if (!out) return null;
  return swappedInside ? 'COORDINATES_SWAPPED' : 'OUTSIDE_INDONESIA';
}

export function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Removes positions equal to the one before (including a repeated closing position, restored by close). */
export function dropConsecutiveDuplicates(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const last = out.at(-1);
    if (!last || !samePosition(last, p)) out.push(p);
  }
  // The closing position is dropped too; close() puts it back once.
  while (out.length > 1 && samePosition(at(out, 0), at(out, -1))) out.pop();
  return out;
}

/** The ring with its first position repeated at the end (a new array). */
export function close(ring: Ring): Ring {
  const [first] = ring;
  if (!first) return [];
  return [...ring, [first[0], first[1]]];
}

/** Shoelace area of a closed ring in square degrees: positive when counter-clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [[x0, y0], [x1, y1]] = [at(ring, i), at(ring, i + 1)];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Outer ring minus holes, in square degrees. */
export function polygonArea(polygon: Polygon): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(signedArea(ring)), 0);
}

export function countPositions(polygons: Polygons): number {
  let n = 0;
  for (const polygon of polygons) for (const ring of polygon) n += ring.length;
  return n;
}

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export function bboxOf(polygons: Polygons): BBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const polygon of polygons) {
    // Holes lie inside their outer ring: the outer rings decide the box.
    for (const [lon, lat] of at(polygon, 0, 'outer ring')) {
      if (lon < box.minLon) box.minLon = lon;
      if (lon > box.maxLon) box.maxLon = lon;
      if (lat < box.minLat) box.minLat = lat;
      if (lat > box.maxLat) box.maxLat = lat;
    }
  }
  return box;
}

/** Polygon or MultiPolygon, whichever is smaller. */
export function toGeometry(polygons: Polygons): AreaGeometry {
  const [only] = polygons;
  return polygons.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polygons };
}

/** The polygons of a Polygon or MultiPolygon. */
export function polygonsOf(geometry: AreaGeometry): Polygons {
  return geometry.type === 'Polygon' ? [geometry.coordinates as Polygon] : (geometry.coordinates as Polygons);
}

/**
 * A point inside the region for a marker or label: the pole of inaccessibility (polylabel) of its largest part,
 * which, unlike a centroid, lies inside a crescent or a region with a bay. Precision: 1/200 of the part's size.
 */
export function labelPoint(polygons: Polygons): Position {
  let largest = at(polygons, 0, 'polygon');
  let largestArea = -Infinity;
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area > largestArea) [largest, largestArea] = [polygon, area];
  }
  const box = bboxOf([largest]);
  const precision = Math.max(box.maxLon - box.minLon, box.maxLat - box.minLat) / 200 || 1e-6;
  const [lon, lat] = polylabel(largest, precision);
  return [round(lon, 6), round(lat, 6)];
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The polygons with coordinates rounded to `decimals`, consecutive duplicates that rounding made removed, and
 * rings without area after that dropped. Rings smaller than `minRingArea` (square degrees; small islands and
 * holes at a coarse detail) are dropped too, but the largest part always stays. Null when nothing with area is
 * left (the caller then keeps a finer detail). Deterministic, so a border shared by two regions is rounded alike
 * on both sides.
 */
export function compact(polygons: Polygons, decimals: number, minRingArea = 0): Polygons | null {
  const rounded: { polygon: Polygon; area: number }[] = [];
  for (const polygon of polygons) {
    const rings: Ring[] = [];
    for (const [i, ring] of polygon.entries()) {
      const r = close(dropConsecutiveDuplicates(ring.map(([lon, lat]) => [round(lon, decimals), round(lat, decimals)] as Position)));
      const area = r.length >= 4 ? Math.abs(signedArea(r)) : 0;
      if (i === 0 && area === 0) break;
      if (area > 0) rings.push(r);
    }
    const [outer] = rings;
    if (outer) rounded.push({ polygon: rings, area: Math.abs(signedArea(outer)) });
  }
  if (!rounded.length) return null;
  const largest = rounded.reduce((a, b) => (b.area > a.area ? b : a));
  const kept = rounded
    .filter((p) => p === largest || p.area >= minRingArea)
    .map(({ polygon }) => [at(polygon, 0, 'outer ring'), ...polygon.slice(1).filter((hole) => Math.abs(signedArea(hole)) >= minRingArea)]);
  return kept;
}

/**
 * Rings that cross themselves (two non-adjacent edges properly crossing; touching at a vertex does not count).
 * Segments are bucketed in a grid over the ring's box, so a 50,000-position coastline costs milliseconds.
 * Returns one crossing point per offending ring (enough to find it in a GIS), at most `limit` of them.
 */
export function findSelfIntersections(polygons: Polygons, limit = 10): Position[] {
  const found: Position[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const crossing = ringSelfIntersection(ring);
      if (crossing) found.push(crossing);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

function ringSelfIntersection(ring: Ring): Position | null {
  const n = ring.length - 1; // edges
  if (n < 4) return null;
  const box = bboxOf([[ring]]);
  const cells = Math.max(1, Math.ceil(Math.sqrt(n)));
  const width = (box.maxLon - box.minLon) / cells || 1;
  const height = (box.maxLat - box.minLat) / cells || 1;
  const cellOf = (v: number, min: number, size: number) => Math.min(cells - 1, Math.floor((v - min) / size));
  const grid = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const [a, b] = [at(ring, i), at(ring, i + 1)];
    const x0 = cellOf(Math.min(a[0], b[0]), box.minLon, width);
    const x1 = cellOf(Math.max(a[0], b[0]), box.minLon, width);
    const y0 = cellOf(Math.min(a[1], b[1]), box.minLat, height);
    const y1 = cellOf(Math.max(a[1], b[1]), box.minLat, height);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = x * cells + y;
        const bucket = grid.get(key);
        if (bucket) {
          for (const j of bucket) {
            // Adjacent edges share a vertex (the first and the last edge too).
            if (j === i - 1 || (i === n - 1 && j === 0)) continue;
            const crossing = properCrossing(at(ring, j), at(ring, j + 1), a, b);
            if (crossing) return crossing;
          }
          bucket.push(i);
        } else {
          grid.set(key, [i]);
        }
      }
    }
  }
  return null;
}

function orientation(a: Position, b: Position, c: Position): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Where segments ab and cd cross in their interiors (not at an end point, not collinear), else null. */
function properCrossing(a: Position, b: Position, c: Position, d: Position): Position | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 === 0 || o2 === 0 || o3 === 0 || o4 === 0 || o1 === o2 || o3 === o4) return null;
  const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / ((b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]));
  return [round(a[0] + t * (b[0] - a[0]), 6), round(a[1] + t * (b[1] - a[1]), 6)];
}
