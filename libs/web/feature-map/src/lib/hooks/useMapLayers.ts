import { useCallback, useMemo } from 'react';
import { formatNumber, formatPercent, useTranslation } from '@jangkau/web-i18n';
import type { MapMarker, MapRegionFeature } from '@jangkau/web-maps';
import { COVERAGE_CLASS_ORDER } from '../utils/coverageClass';
import { countByChild, labelPoint } from '../utils/geometry';
import { mapRows } from '../utils/mapRows';
import type { StaleChoice } from '../utils/staleWindow';
import type { MapOverlays } from './useMapOverlays';
import type { MapLayer, MapView } from './useMapView';

export interface MapLayersOptions {
  view: MapView | null;
  layer: MapLayer;
  staleChoice: StaleChoice;
  overlays: MapOverlays;
  /** The Desa Binaan of the area (while that overlay is on). */
  desaBinaan: { village: { code: string } }[] | undefined;
  /** The verified activities of the period (while the venue overlay is on). */
  venues: { nodes: { venueRegion: { code: string } }[] } | undefined;
}

/**
 * What the map and the table show of the view: a row per region (its figures, class, counts of Desa Binaan and
 * venues), each region's colour class and tooltip, the count markers of the overlays, and the legend.
 */
export function useMapLayers({ view, layer, staleChoice, overlays, desaBinaan, venues }: MapLayersOptions) {
  const { t } = useTranslation();
  const features = view?.set.features;
  const childCodes = useMemo(() => (features ?? []).map((f) => f.properties.code), [features]);
  const binaanCounts = useMemo(
    () =>
      countByChild(
        (desaBinaan ?? []).map((d) => d.village.code),
        childCodes,
      ),
    [desaBinaan, childCodes],
  );
  const venueCounts = useMemo(
    () =>
      countByChild(
        (venues?.nodes ?? []).map((a) => a.venueRegion.code),
        childCodes,
      ),
    [venues, childCodes],
  );
  const rows = useMemo(
    () => (view ? mapRows({ features: view.set.features, children: view.coverage.children, binaan: binaanCounts, venues: venueCounts }) : []),
    [view, binaanCounts, venueCounts],
  );
  const rowByCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const classOf = useCallback((code: string) => rowByCode.get(code)?.class ?? 'outOfScope', [rowByCode]);
  const canDrill = useCallback((code: string) => !!rowByCode.get(code)?.drillable, [rowByCode]);
  const tooltipOf = useCallback(
    (code: string) => {
      const row = rowByCode.get(code);
      if (!row) return [code];
      if (!row.figures) return [row.name, t('map.tooltip.outOfScope')];
      if (row.class === 'noData') return [row.name, t('map.tooltip.noData')];
      return [
        row.name,
        t('map.tooltip.reached', { reached: formatNumber(row.figures.villagesReached), total: formatNumber(row.figures.villagesTotal) }),
        t('map.tooltip.ratio', { ratio: formatPercent(row.figures.ratio) }),
      ];
    },
    [rowByCode, t],
  );
  const markers = useMemo(() => {
    if (!features) return [];
    const byCode = new Map(features.map((f) => [f.properties.code, f] as [string, MapRegionFeature]));
    const out: MapMarker[] = [];
    const add = (counts: Map<string, number>, kind: MapMarker['kind'], title: string) => {
      for (const [code, count] of counts) {
        const feature = byCode.get(code);
        const at = feature && labelPoint(feature);
        if (at) out.push({ id: `${kind}:${code}`, at, count, kind, title: `${feature.properties.name}: ${count} ${title}` });
      }
    };
    if (overlays.binaan) add(binaanCounts, 'binaan', t('map.layers.binaan'));
    if (overlays.venues) add(venueCounts, 'venue', t('map.layers.venues'));
    return out;
  }, [features, overlays.binaan, overlays.venues, binaanCounts, venueCounts, t]);

  const legendTitle = layer === 'coverage' ? t('map.legend.coverage') : staleChoice === 'never' ? t('map.legend.never') : t('map.legend.stale', { count: staleChoice });
  const legendItems = COVERAGE_CLASS_ORDER.map((key) => ({ key, label: t(`map.legend.classes.${key}`), count: rows.filter((r) => r.class === key).length }));

  return { rows, rowByCode, classOf, canDrill, tooltipOf, markers, legendTitle, legendItems };
}
