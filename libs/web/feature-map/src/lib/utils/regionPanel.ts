import type { RegionFigures } from './coverageClass';
import type { MapRow } from './mapRows';

/** What the side panel shows: a region, its figures, and its row on the map when it is one of the regions drawn. */
export interface PanelRegion {
  code: string;
  name: string;
  figures: RegionFigures | null;
  row?: MapRow;
}

interface ViewCoverage {
  villagesTotal: number;
  villagesReached: number;
  ratio: number;
  children: { lastReachedOn?: string | null }[];
}

/**
 * The panel's region: the selected one, else the region in view (its figures the view's totals, last reached the
 * latest of its children's). None for the start view with nothing selected.
 */
export function panelRegion(selectedRow: MapRow | undefined, region: { code: string; name: string } | null, coverage: ViewCoverage | undefined): PanelRegion | null {
  if (selectedRow) return { code: selectedRow.code, name: selectedRow.name, figures: selectedRow.figures, row: selectedRow };
  if (!region || !coverage) return null;
  return {
    code: region.code,
    name: region.name,
    figures: {
      villagesTotal: coverage.villagesTotal,
      villagesReached: coverage.villagesReached,
      ratio: coverage.ratio,
      lastReachedOn: coverage.children.reduce<string | null>((max, c) => (c.lastReachedOn && (!max || c.lastReachedOn > max) ? c.lastReachedOn : max), null),
    },
  };
}
