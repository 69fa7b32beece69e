import { fetchBoundaryJson } from '@jangkau/web-data-access';
import { boundaryFeatures, type BoundarySet, type BoundaryTopology, type MapRegionFeature, type MissingRegion } from '@jangkau/web-maps';

/**
 * Boundaries change only when an administrator imports new ones: each answer is kept for the visit (the browser
 * revalidates its ETag on the next visit). A failed request is forgotten so a retry asks again.
 */
const cache = new Map<string, Promise<BoundarySet>>();

async function load(path: string, code: string): Promise<BoundarySet> {
  return boundaryFeatures((await fetchBoundaryJson(path, code)) as BoundaryTopology);
}

function cached(path: string, code: string): Promise<BoundarySet> {
  let promise = cache.get(path);
  if (!promise) {
    promise = load(path, code);
    cache.set(path, promise);
    promise.catch(() => cache.delete(path));
  }
  return promise;
}

/** The children of a region (`ID`: Indonesia's provinces). */
export const childBoundaries = (code: string) => cached(`${encodeURIComponent(code)}/children`, code);
/** Every desa/kelurahan below a province, kabupaten/kota or kecamatan, in one answer. */
export const villageBoundaries = (code: string) => cached(`${encodeURIComponent(code)}/villages`, code);
/** A region's own outline. */
export const ownBoundary = (code: string) => cached(encodeURIComponent(code), code);

/** Start loading a region's children (hovering it, before a click drills in). Errors wait for the real request. */
export function prefetchChildren(code: string): void {
  childBoundaries(code).catch(() => undefined);
}

/** The parent whose children a region is: `15.02` → `15`, `15` → `ID`. */
export function parentCode(code: string): string {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? 'ID' : code.slice(0, cut);
}

/**
 * Some regions of possibly different parents (an agency's working area): each parent's children are asked once and
 * only the regions named are kept. Regions with no geometry are reported missing, named as the caller knows them.
 */
export async function regionBoundaries(regions: { code: string; name: string; level: string }[]): Promise<BoundarySet> {
  const wanted = new Set(regions.map((r) => r.code));
  const parents = [...new Set(regions.map((r) => parentCode(r.code)))];
  const sets = await Promise.all(parents.map((p) => childBoundaries(p)));
  const features: MapRegionFeature[] = sets.flatMap((s) => s.features.filter((f) => wanted.has(f.properties.code)));
  const drawn = new Set(features.map((f) => f.properties.code));
  const missing: MissingRegion[] = regions.filter((r) => !drawn.has(r.code));
  return { features, missing, source: sets[0]?.source ?? null };
}

/** Outlines of the given regions (the working area), drawn over the map; regions without a boundary are skipped. */
export async function outlineBoundaries(codes: string[]): Promise<MapRegionFeature[]> {
  const sets = await Promise.all(codes.map((code) => ownBoundary(code).catch(() => null)));
  return sets.flatMap((s) => s?.features ?? []);
}

/** For tests: forget what was loaded. */
export function clearBoundaryCache(): void {
  cache.clear();
}
