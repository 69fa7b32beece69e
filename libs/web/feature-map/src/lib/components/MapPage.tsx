import { useApolloClient, useQuery } from '@apollo/client/react';
import { hasPermission, Permission, type Role } from '@jangkau/shared-domain';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { BoundaryNotFoundError, errorMessage, filterSources, restErrorMessage, useSession } from '@jangkau/web-data-access';
import { CoverageFilters, periodLabel, useCoverageFilters } from '@jangkau/web-filters';
import { formatNumber, formatPercent, formatTimeWib, useTranslation } from '@jangkau/web-i18n';
import { ChoroplethMap, MapLegend, type ChoroplethMapHandle, type MapMarker, type MapRegionFeature } from '@jangkau/web-maps';
import { Breadcrumbs, EmptyState, ErrorState, LoadingState, saveBlob, type BreadcrumbItem } from '@jangkau/web-ui';
import { MapActivitiesQuery } from '../graphql/mapActivities.query';
import { MapCoverageQuery } from '../graphql/mapCoverage.query';
import { MapDesaBinaanQuery } from '../graphql/mapDesaBinaan.query';
import { MapSettingsQuery } from '../graphql/mapSettings.query';
import { MapWorkingAreaQuery } from '../graphql/mapWorkingArea.query';
import { useAsync } from '../hooks/useAsync';
import { useLiveMap } from '../hooks/useLiveMap';
import { useVillageLayer } from '../hooks/useVillageLayer';
import { activityRange } from '../utils/activityRange';
import { childBoundaries, outlineBoundaries, parentCode, prefetchChildren, regionBoundaries } from '../utils/boundaries';
import { COVERAGE_CLASS_ORDER, type RegionFigures } from '../utils/coverageClass';
import { countByChild, labelPoint } from '../utils/geometry';
import { isVillageCode, mapRows, type MapRow } from '../utils/mapRows';
import { STALE_CHOICES, staleWindow, type StaleChoice } from '../utils/staleWindow';
import { MapTable } from './MapTable';
import { RegionPanel } from './RegionPanel';

/** How many verified activities the venue layer counts (the API's page limit). */
export const VENUE_LIMIT = 100;
/** Hovering a region this long starts loading what a click on it would show. */
const PREFETCH_DWELL_MS = 120;

type Layer = 'coverage' | 'stale';

/**
 * /peta — the coverage map: the children of the area in view coloured by the share of villages reached, with the
 * dashboard's filters in the URL (?wilayah=, ?instansi=, ?periode=, ?program=). Clicking a region drills in (a
 * village is selected instead); breadcrumbs go back up; the side panel shows the selected region (or the one in
 * view). Boundaries come from the REST boundary API, figures from GraphQL; the two are drawn together.
 */
export function MapPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { state: session } = useSession();
  const ownAgency = session.status === 'signedIn' ? session.user.agency : null;
  // Who may import boundaries (administrators) is told where; everyone else, who can do it for them.
  const canImportBoundaries = session.status === 'signedIn' && hasPermission(session.user.role as Role, Permission.REFERENCE_MANAGE);
  const filters = useCoverageFilters(ownAgency?.id ?? null);
  const { state, period } = filters;

  // A village in the URL is shown among its kecamatan's villages, selected.
  const askedVillage = isVillageCode(state.region) ? state.region : null;
  const viewRegion = askedVillage ? parentCode(askedVillage) : state.region;
  const viewKey = `${viewRegion || 'root'}|${state.agency}`;

  const [layer, setLayer] = useState<Layer>('coverage');
  const [staleChoice, setStaleChoice] = useState<StaleChoice>(6);
  const [overlays, setOverlays] = useState({ binaan: false, venues: false, outline: true });
  const [tableView, setTableView] = useState(false);
  // "Show villages" belongs to the view it was asked in: drilling elsewhere turns it off.
  const [villagesFor, setVillagesFor] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ view: string; code: string } | null>(null);
  const selected = selection?.view === viewKey ? selection.code : askedVillage;

  const area = { regionCode: viewRegion || null, agencyId: state.agency || null, programmeItemId: state.programme || null };
  const main = useQuery(MapCoverageQuery, { variables: { ...area, from: period.from, to: period.to } });
  const staleRange = useMemo(() => staleWindow(staleChoice), [staleChoice]);
  const stale = useQuery(MapCoverageQuery, { variables: { ...area, ...staleRange }, skip: layer !== 'stale' });
  const shown = layer === 'stale' ? stale : main;
  const updatedAt = useLiveMap({ regionCode: area.regionCode, agencyId: area.agencyId });

  const settings = useQuery(MapSettingsQuery);
  const coverage = main.data?.coverage;

  // Which boundaries the view needs. A region: its children (asked at once, beside the figures). The start view:
  // the regions the figures come in (provinces for national readers, else the working-area regions).
  const rootChildren = !viewRegion && coverage ? coverage.children.map((c) => c.region) : null;
  const boundaryKey = viewRegion ? `children:${viewRegion}` : rootChildren ? `regions:${rootChildren.map((r) => r.code).join(',')}` : null;
  const boundaries = useAsync(boundaryKey, () => {
    if (viewRegion) return childBoundaries(viewRegion);
    const regions = rootChildren ?? [];
    return regions.length && regions.every((r) => r.level === 'PROVINSI') ? childBoundaries('ID') : regionBoundaries(regions);
  });

  // The working area, outlined: the reader's own agency, or the agency the URL names.
  const outlineAgency = state.agency || ownAgency?.id || null;
  const workingArea = useQuery(MapWorkingAreaQuery, { variables: { id: outlineAgency ?? '' }, skip: !outlineAgency || !overlays.outline });
  const outlineCodes = workingArea.data?.agency?.workingArea.map((r) => r.code) ?? [];
  const outline = useAsync(overlays.outline && outlineCodes.length ? `outline:${outlineCodes.join(',')}` : null, () => outlineBoundaries(outlineCodes));

  const binaan = useQuery(MapDesaBinaanQuery, { variables: { regionCode: viewRegion || null }, skip: !overlays.binaan });
  const venues = useQuery(MapActivitiesQuery, {
    variables: { filter: { ...(viewRegion ? { regionCode: viewRegion } : {}), statuses: ['VERIFIED'], ...activityRange(period) }, first: VENUE_LIMIT },
    skip: !overlays.venues,
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

  // What is drawn: boundaries and figures of the same view, together. While the next view loads, the last one
  // stays (dimmed) rather than flashing empty.
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
  const redrawing = !current && !!last;

  const features = view?.set.features;
  const childCodes = useMemo(() => (features ?? []).map((f) => f.properties.code), [features]);
  const binaanCounts = useMemo(() => countByChild((binaan.data?.desaBinaan ?? []).map((d) => d.village.code), childCodes), [binaan.data, childCodes]);
  const venueCounts = useMemo(() => countByChild((venues.data?.activities.nodes ?? []).map((a) => a.venueRegion.code), childCodes), [venues.data, childCodes]);
  const rows = useMemo(
    () => (view ? mapRows({ features: view.set.features, children: view.coverage.children, binaan: binaanCounts, venues: venueCounts }) : []),
    [view, binaanCounts, venueCounts],
  );
  const rowByCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const classOf = useCallback((code: string) => rowByCode.get(code)?.class ?? 'outOfScope', [rowByCode]);
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

  const legendTitle =
    layer === 'coverage' ? t('map.legend.coverage') : staleChoice === 'never' ? t('map.legend.never') : t('map.legend.stale', { count: staleChoice });
  const legendItems = COVERAGE_CLASS_ORDER.map((key) => ({ key, label: t(`map.legend.classes.${key}`), count: rows.filter((r) => r.class === key).length }));

  // Hovering a region it can drill into starts loading its children and figures, so the click finds them ready.
  const dwell = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onHover = useCallback(
    (code: string | null) => {
      clearTimeout(dwell.current);
      if (!code || !rowByCode.get(code)?.drillable) return;
      dwell.current = setTimeout(() => {
        prefetchChildren(code);
        void client.query({ query: MapCoverageQuery, variables: { ...area, regionCode: code, from: period.from, to: period.to } }).catch(() => undefined);
      }, PREFETCH_DWELL_MS);
    },
    // area is rebuilt each render; its parts are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rowByCode, client, area.agencyId, area.programmeItemId, period.from, period.to],
  );
  const canDrill = useCallback((code: string) => !!rowByCode.get(code)?.drillable, [rowByCode]);
  const drill = useCallback((code: string) => filters.update({ region: code }, { step: true }), [filters]);
  const select = useCallback((code: string) => setSelection({ view: viewKey, code }), [viewKey]);

  const mapRef = useRef<ChoroplethMapHandle>(null);
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');

  const region = view?.coverage.region ?? null;
  const areaName = region?.name ?? (view?.coverage.agency ? view.coverage.agency.shortName : t('map.indonesia'));
  const rootLabel = state.agency ? (coverage?.agency?.shortName ?? t('map.myArea')) : ownAgency ? t('map.myArea') : t('map.indonesia');
  const trail: BreadcrumbItem[] = [
    { label: rootLabel, to: filters.hrefWith({ region: '' }) },
    ...(region?.ancestors ?? []).map((a) => ({ label: a.name, to: filters.hrefWith({ region: a.code }) })),
    ...(region ? [{ label: region.name }] : []),
  ];

  const exportPng = async () => {
    if (!mapRef.current) return;
    setExporting('busy');
    try {
      const blob = await mapRef.current.exportPng({
        title: `${t('map.title')}: ${areaName}`,
        subtitle: `${legendTitle} · ${t('map.periodOf', { period: periodLabel(period, t) })}`,
        legend: legendItems.map(({ key, label, count }) => ({ key, label: `${label} (${count})` })),
      });
      saveBlob(blob, `peta-cakupan-${(viewRegion || 'wilayah-kerja').replace(/\./g, '-')}-${period.param}.png`);
      setExporting('idle');
    } catch {
      setExporting('failed');
    }
  };

  // The panel: the selected region, else the region in view.
  const selectedRow = selected ? rowByCode.get(selected) : undefined;
  const panel: { code: string; name: string; figures: RegionFigures | null; row?: MapRow } | null = selectedRow
    ? { code: selectedRow.code, name: selectedRow.name, figures: selectedRow.figures, row: selectedRow }
    : region && view
      ? {
          code: region.code,
          name: region.name,
          figures: {
            villagesTotal: view.coverage.villagesTotal,
            villagesReached: view.coverage.villagesReached,
            ratio: view.coverage.ratio,
            lastReachedOn: view.coverage.children.reduce<string | null>((max, c) => (c.lastReachedOn && (!max || c.lastReachedOn > max) ? c.lastReachedOn : max), null),
          },
        }
      : null;

  const boundaryError = boundaries.error;
  const noBoundaries = (boundaryError instanceof BoundaryNotFoundError && !viewRegion) || (!!view && view.set.features.length === 0);
  const notFound = main.data && main.data.coverage === null;

  return (
    <section className="map-page">
      <header className="dashboard__head">
        <div>
          <h1>{t('map.title')}</h1>
          <p className="dashboard__area">
            {view && <strong>{areaName}</strong>}
            {view && ' · '}
            {t('map.periodOf', { period: periodLabel(period, t) })}
          </p>
        </div>
        <p className="dashboard__updated small muted" aria-live="polite">
          {updatedAt ? t('map.updated', { time: formatTimeWib(updatedAt) }) : ''}
        </p>
      </header>
      {(state.region || region) && <Breadcrumbs items={trail} label={t('map.breadcrumb')} />}
      <CoverageFilters
        filters={filters}
        sources={filterSources}
        regionName={region?.name ?? null}
        agencyName={coverage?.agency?.name ?? null}
        ownAgencyName={ownAgency?.shortName ?? null}
        label={t('map.filterLabel')}
        showType={false}
      />

      {notFound ? (
        <EmptyState title={t('map.notFound.title')}>
          <p>{t('map.notFound.body')}</p>
          <Link to="/peta">{t('map.notFound.back')}</Link>
        </EmptyState>
      ) : main.error && !view ? (
        <ErrorState title={t('state.errorTitle')} message={errorMessage(main.error, t)} retryLabel={t('state.retry')} onRetry={() => void main.refetch()} />
      ) : boundaryError && !noBoundaries && !view ? (
        <ErrorState
          title={t('state.errorTitle')}
          message={boundaryError instanceof BoundaryNotFoundError ? t('map.notFound.body') : restErrorMessage(boundaryError, t)}
          retryLabel={t('state.retry')}
          onRetry={boundaries.retry}
        />
      ) : noBoundaries && coverage ? (
        <>
          <EmptyState title={t('map.noBoundaries.title')}>
            <p>{t('map.noBoundaries.body')}</p>
            {canImportBoundaries ? (
              <p>
                {t('map.noBoundaries.admin')} <Link to="/admin/batas-wilayah">{t('map.noBoundaries.adminLink')}</Link>
              </p>
            ) : (
              <p>{t('map.noBoundaries.others')}</p>
            )}
            <p>{t('map.noBoundaries.table')}</p>
          </EmptyState>
          <MapTable
            rows={mapRows({ features: [], children: coverage.children })}
            area={areaName}
            showBinaan={false}
            showVenues={false}
            selected={selected}
            onSelect={select}
            drillHref={(code) => filters.hrefWith({ region: code })}
          />
        </>
      ) : !view ? (
        <LoadingState label={t('map.loading')} rows={6} />
      ) : (
        <>
          {view.coverage.restricted && (
            <p className="notice notice--warning" role="note">
              {t('map.restricted')}
            </p>
          )}
          <div className="map-layout">
            <div className="map-main">
              <fieldset className="map-controls">
                <legend>{t('map.layers.title')}</legend>
                <label className="field--inline">
                  <input type="radio" name="map-layer" checked={layer === 'coverage'} onChange={() => setLayer('coverage')} />
                  <span>{t('map.layers.coverage')}</span>
                </label>
                <label className="field--inline">
                  <input type="radio" name="map-layer" checked={layer === 'stale'} onChange={() => setLayer('stale')} />
                  <span>{t('map.layers.stale')}</span>
                </label>
                {layer === 'stale' && (
                  <label className="field field--compact">
                    <span className="visually-hidden">{t('map.layers.staleChoice')}</span>
                    <select value={String(staleChoice)} onChange={(e) => setStaleChoice(e.target.value === 'never' ? 'never' : (Number(e.target.value) as StaleChoice))}>
                      {STALE_CHOICES.map((c) => (
                        <option key={c} value={String(c)}>
                          {c === 'never' ? t('map.layers.never') : t('map.layers.staleMonths', { count: c })}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
                {(['binaan', 'venues', 'outline'] as const).map((key) => (
                  <label key={key} className="field--inline">
                    <input type="checkbox" checked={overlays[key]} onChange={(e) => setOverlays((o) => ({ ...o, [key]: e.target.checked }))} />
                    <span>{t(`map.layers.${key}`)}</span>
                  </label>
                ))}
                {villageLevel && (
                  <label className="field--inline">
                    <input type="checkbox" checked={villagesOn} onChange={(e) => setVillagesFor(e.target.checked ? viewKey : null)} />
                    <span>{t('map.showVillages')}</span>
                  </label>
                )}
                <label className="field--inline">
                  <input type="checkbox" checked={tableView} onChange={(e) => setTableView(e.target.checked)} />
                  <span>{t('map.layers.table')}</span>
                </label>
                <button type="button" className="button button--secondary" onClick={() => void exportPng()} disabled={tableView || exporting === 'busy'}>
                  {exporting === 'busy' ? t('map.export.busy') : t('map.export.button')}
                </button>
              </fieldset>
              {exporting === 'failed' && (
                <p className="form__error small" role="alert">
                  {t('map.export.failed')}
                </p>
              )}
              {overlays.venues && venues.data?.activities.pageInfo.hasNextPage && <p className="small muted">{t('map.layers.venuesTruncated', { count: VENUE_LIMIT })}</p>}
              <div className={redrawing ? 'map-frame is-stale' : 'map-frame'} hidden={tableView} aria-busy={redrawing}>
                <ChoroplethMap
                  ref={mapRef}
                  features={view.set.features}
                  viewKey={view.viewKey}
                  classOf={classOf}
                  tooltipOf={tooltipOf}
                  outline={overlays.outline ? outline.data ?? outline.previous : undefined}
                  markers={markers}
                  selected={selected}
                  canDrill={canDrill}
                  onDrill={drill}
                  onSelect={select}
                  onHover={onHover}
                  tileUrl={settings.data?.appInfo.mapTileUrl}
                  tileAttribution={settings.data?.appInfo.mapTileAttribution}
                  label={`${t('map.label')}: ${areaName}`}
                />
                {redrawing && <p className="map-frame__status small">{t('map.redrawing')}</p>}
              </div>
              {tableView && (
                <MapTable
                  rows={rows}
                  area={areaName}
                  showBinaan={overlays.binaan}
                  showVenues={overlays.venues}
                  selected={selected}
                  onSelect={select}
                  drillHref={(code) => filters.hrefWith({ region: code })}
                />
              )}
              <MapLegend title={legendTitle} items={legendItems} countLabel={(count) => t('map.legend.count', { count })} />
              {view.set.missing.length > 0 && (
                <details className="map-missing">
                  <summary>
                    {t('map.missing.title')} ({view.set.missing.length})
                  </summary>
                  <p className="small">{t('map.missing.body', { count: view.set.missing.length })}</p>
                  <ul className="small">
                    {view.set.missing.map((m) => (
                      <li key={m.code}>
                        {m.name} <span className="muted">{m.code}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
            <aside className="map-side">
              {panel && (
                <RegionPanel
                  key={panel.code}
                  code={panel.code}
                  name={panel.name}
                  figures={panel.figures}
                  period={period}
                  onClose={selectedRow ? () => setSelection(null) : undefined}
                  drillHref={panel.row?.drillable ? filters.hrefWith({ region: panel.code }) : null}
                />
              )}
            </aside>
          </div>
        </>
      )}
    </section>
  );
}
