import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { MapCoverageQuery } from '../graphql/mapCoverage.query';
import { childBoundaries, regionBoundaries } from '../utils/boundaries';
import { staleWindow, type StaleChoice } from '../utils/staleWindow';
import { useAsync } from './useAsync';
import { useVillageLayer } from './useVillageLayer';

/** What the regions are coloured by: the share of villages reached in the period, or reached in the last N months. */
export type MapLayer = 'coverage' | 'stale';

/** The area the figures are asked for: a region (none: the reader's start view), an agency, a programme item. */
export interface MapArea {
  regionCode: string | null;
  agencyId: string | null;
  programmeItemId: string | null;
}

export interface MapViewOptions {
  /** The region whose children are shown ('' for the start view). */
  viewRegion: string;
  /** Names the view (region and agency): a selection, "show villages" and the drawn set belong to it. */
  viewKey: string;
  area: MapArea;
  period: { from: string; to: string };
  layer: MapLayer;
  staleChoice: StaleChoice;
  /** The view "show villages" was asked in, if any. */
  villagesFor: string | null;
}

/**
 * The figures and the boundaries of the view, drawn together. The figures come from GraphQL (for the period, or for
 * the "not reached" window when that layer is on); the boundaries from the REST boundary API: a region's children,
 * asked at once beside the figures, or for the start view the regions the figures come in (provinces for national
 * readers, else the working-area regions). "Show villages" swaps in every village of a province or kabupaten.
 * While the next view loads, the last one stays (`redrawing`) rather than flashing empty.
 */
export function useMapView({ viewRegion, viewKey, area, period, layer, staleChoice, villagesFor }: MapViewOptions) {
  const main = useQuery(MapCoverageQuery, { variables: { ...area, from: period.from, to: period.to } });
  const staleRange = useMemo(() => staleWindow(staleChoice), [staleChoice]);
  const stale = useQuery(MapCoverageQuery, { variables: { ...area, ...staleRange }, skip: layer !== 'stale' });
  const shown = layer === 'stale' ? stale : main;
  const coverage = main.data?.coverage;

  const rootChildren = !viewRegion && coverage ? coverage.children.map((c) => c.region) : null;
  const boundaryKey = viewRegion ? `children:${viewRegion}` : rootChildren ? `regions:${rootChildren.map((r) => r.code).join(',')}` : null;
  const boundaries = useAsync(boundaryKey, () => {
    if (viewRegion) return childBoundaries(viewRegion);
    const regions = rootChildren ?? [];
    return regions.length && regions.every((r) => r.level === 'PROVINSI') ? childBoundaries('ID') : regionBoundaries(regions);
  });

  const shownCoverage = shown.data?.coverage;
  const regionLevel = shownCoverage?.region?.level;
  const villageLevel = regionLevel === 'PROVINSI' ? 'PROVINSI' : regionLevel === 'KABUPATEN' || regionLevel === 'KOTA' ? 'KABUPATEN' : null;
  const villagesOn = villagesFor === viewKey && !!villageLevel;
  const shownRange = layer === 'stale' ? staleRange : { from: period.from, to: period.to };
  const villageLayer = useVillageLayer(
    villagesOn && boundaries.data && shownCoverage
      ? {
          viewRegion: viewRegion,
          viewLevel: villageLevel!,
          codes: boundaries.data.features.map((f) => f.properties.code),
          inScope: new Set(shownCoverage.children.map((c) => c.region.code)),
          variables: { agencyId: area.agencyId, programmeItemId: area.programmeItemId, ...shownRange },
        }
      : null,
  );

  const current = useMemo(() => {
    if (!boundaries.data || !shownCoverage) return null;
    if (villagesOn) {
      if (!villageLayer.data) return null;
      return { viewKey: `${viewKey}|desa`, set: villageLayer.data.set, coverage: { ...shownCoverage, children: villageLayer.data.children } };
    }
    return { viewKey, set: boundaries.data, coverage: shownCoverage };
  }, [boundaries.data, shownCoverage, viewKey, villagesOn, villageLayer.data]);
  const [last, setLast] = useState(current);
  if (current && current !== last) setLast(current);
  const view = current ?? last;

  return {
    /** The period's figures: the page's errors, "not found" and the agency's name come from these. */
    main,
    coverage,
    boundaries,
    view,
    redrawing: !current && !!last,
    /** The level "show villages" is offered at (null: not offered here). */
    villageLevel,
    villagesOn,
  };
}

/** The view drawn: its boundaries and its figures. */
export type MapView = NonNullable<ReturnType<typeof useMapView>['view']>;
