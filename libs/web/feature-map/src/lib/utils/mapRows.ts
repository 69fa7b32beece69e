import type { MapClassKey, MapRegionFeature } from '@jangkau/web-maps';
import { coverageClass, type RegionFigures } from './coverageClass';

/** One region of the view, exactly as the map draws it and the table lists it. */
export interface MapRow {
  code: string;
  name: string;
  class: MapClassKey;
  /** null: outside the reader's working area (no figures reach the page). */
  figures: RegionFigures | null;
  /** It has regions below it that the reader may see. */
  drillable: boolean;
  binaan: number;
  venues: number;
}

export const isVillageCode = (code: string) => code.split('.').length === 4;

/**
 * The rows of a view: each drawn region with its figures and class, in the order the API lists regions (by code).
 * With nothing drawn (no boundaries loaded), the coverage children themselves, so the figures are still there.
 */
export function mapRows({
  features,
  children,
  binaan = new Map(),
  venues = new Map(),
}: {
  features: MapRegionFeature[];
  children: { region: { code: string; name: string }; villagesTotal: number; villagesReached: number; ratio: number; lastReachedOn?: string | null }[];
  binaan?: Map<string, number>;
  venues?: Map<string, number>;
}): MapRow[] {
  const figures = new Map(
    children.map((c) => [c.region.code, { villagesTotal: c.villagesTotal, villagesReached: c.villagesReached, ratio: c.ratio, lastReachedOn: c.lastReachedOn ?? null }]),
  );
  const regions = features.length ? features.map((f) => ({ code: f.properties.code, name: f.properties.name })) : children.map((c) => c.region);
  return regions
    .map(({ code, name }) => {
      const own = figures.get(code) ?? null;
      return { code, name, class: coverageClass(own), figures: own, drillable: !!own && !isVillageCode(code), binaan: binaan.get(code) ?? 0, venues: venues.get(code) ?? 0 };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
