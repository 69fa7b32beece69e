import type { Geometry, Position } from 'geojson';
import type { MapRegionFeature } from '@jangkau/web-maps';

/** The middle of a geometry's bounding box: where a marker goes when the API gave no label point. */
export function bboxCenter(geometry: Geometry): [number, number] | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = ([x, y]: Position) => {
    if (x === undefined || y === undefined) return;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  const walk = (g: Geometry) => {
    if (g.type === 'Point') visit(g.coordinates);
    else if (g.type === 'MultiPoint' || g.type === 'LineString') g.coordinates.forEach(visit);
    else if (g.type === 'MultiLineString' || g.type === 'Polygon') g.coordinates.forEach((ring) => ring.forEach(visit));
    else if (g.type === 'MultiPolygon') g.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
    else if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
  };
  walk(geometry);
  return Number.isFinite(minX) ? [(minX + maxX) / 2, (minY + maxY) / 2] : null;
}

/** A region's marker point: the API's label point (inside the polygon), else the middle of its box. */
export function labelPoint(feature: MapRegionFeature): [number, number] | null {
  return feature.properties.label ?? bboxCenter(feature.geometry);
}

/** The child of the view a region lies in (itself, or the child whose code it extends), if any. */
export function childContaining(code: string, childCodes: string[]): string | null {
  return childCodes.find((c) => code === c || code.startsWith(`${c}.`)) ?? null;
}

/** How many of the given region codes lie in each child of the view. */
export function countByChild(codes: string[], childCodes: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const code of codes) {
    const child = childContaining(code, childCodes);
    if (child) counts.set(child, (counts.get(child) ?? 0) + 1);
  }
  return counts;
}
