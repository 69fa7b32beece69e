import type { MapClassKey } from '@jangkau/web-maps';

/** What the map knows of one region of the view. */
export interface RegionFigures {
  villagesTotal: number;
  villagesReached: number;
  ratio: number;
  lastReachedOn: string | null;
}

/** The coverage classes in legend order, then the two grey states. */
export const COVERAGE_CLASS_ORDER: MapClassKey[] = ['c0', 'c1', 'c25', 'c50', 'c75', 'c100', 'noData', 'outOfScope'];

/**
 * A region's class. Out of scope: the reader may not see it (its figures never reach the page). No data: it has no
 * villages to reach (an empty region in the official list). Otherwise by share reached, with 0 % and 100 % as
 * classes of their own: "none yet" and "all" are what a head of office looks for, not a band around them.
 */
export function coverageClass(figures: RegionFigures | null | undefined): MapClassKey {
  if (!figures) return 'outOfScope';
  if (figures.villagesTotal <= 0) return 'noData';
  if (figures.villagesReached <= 0) return 'c0';
  if (figures.villagesReached >= figures.villagesTotal) return 'c100';
  const percent = (figures.villagesReached / figures.villagesTotal) * 100;
  if (percent < 25) return 'c1';
  if (percent < 50) return 'c25';
  if (percent < 75) return 'c50';
  return 'c75';
}
