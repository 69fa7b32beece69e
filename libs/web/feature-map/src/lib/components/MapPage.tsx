import { useQuery } from '@apollo/client/react';
import { hasPermission, Permission, type Role } from '@jangkau/shared-domain';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { BoundaryNotFoundError, errorMessage, filterSources, restErrorMessage, useSession } from '@jangkau/web-data-access';
import { CoverageFilters, periodLabel, useCoverageFilters } from '@jangkau/web-filters';
import { useTranslation } from '@jangkau/web-i18n';
import { ChoroplethMap, MapLegend } from '@jangkau/web-maps';
import { Breadcrumbs, EmptyState, ErrorState, LoadingState, type BreadcrumbItem } from '@jangkau/web-ui';
import { MapSettingsQuery } from '../graphql/mapSettings.query';
import { useHoverPrefetch } from '../hooks/useHoverPrefetch';
import { useLiveMap } from '../hooks/useLiveMap';
import { useMapExport } from '../hooks/useMapExport';
import { useMapLayers } from '../hooks/useMapLayers';
import { useMapOverlays, VENUE_LIMIT, type MapOverlays } from '../hooks/useMapOverlays';
import { useMapView, type MapLayer } from '../hooks/useMapView';
import { parentCode } from '../utils/boundaries';
import { isVillageCode } from '../utils/mapRows';
import { panelRegion } from '../utils/regionPanel';
import type { StaleChoice } from '../utils/staleWindow';
import { MapControls } from './MapControls';
import { MapHeader } from './MapHeader';
import { MapMissing } from './MapMissing';
import { MapNoBoundaries } from './MapNoBoundaries';
import { MapTable } from './MapTable';
import { RegionPanel } from './RegionPanel';

export { VENUE_LIMIT };

/**
 * /peta — the coverage map: the children of the area in view coloured by the share of villages reached, with the
 * dashboard's filters in the URL (?wilayah=, ?instansi=, ?periode=, ?program=). Clicking a region drills in (a
 * village is selected instead); breadcrumbs go back up; the side panel shows the selected region (or the one in
 * view). Boundaries come from the REST boundary API, figures from GraphQL; the two are drawn together.
 */
export function MapPage() {
  const { t } = useTranslation();
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

  const [layer, setLayer] = useState<MapLayer>('coverage');
  const [staleChoice, setStaleChoice] = useState<StaleChoice>(6);
  const [overlays, setOverlays] = useState<MapOverlays>({ binaan: false, venues: false, outline: true });
  const [tableView, setTableView] = useState(false);
  // "Show villages" belongs to the view it was asked in: drilling elsewhere turns it off.
  const [villagesFor, setVillagesFor] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ view: string; code: string } | null>(null);
  const selected = selection?.view === viewKey ? selection.code : askedVillage;

  const area = { regionCode: viewRegion || null, agencyId: state.agency || null, programmeItemId: state.programme || null };
  const { main, coverage, boundaries, view, redrawing, villageLevel, villagesOn } = useMapView({ viewRegion, viewKey, area, period, layer, staleChoice, villagesFor });
  const updatedAt = useLiveMap({ regionCode: area.regionCode, agencyId: area.agencyId });
  const settings = useQuery(MapSettingsQuery);
  // The working area is outlined: the reader's own agency, or the agency the URL names.
  const extra = useMapOverlays({ overlays, outlineAgency: state.agency || ownAgency?.id || null, viewRegion, period });
  const { rows, rowByCode, classOf, canDrill, tooltipOf, markers, legendTitle, legendItems } = useMapLayers({
    view,
    layer,
    staleChoice,
    overlays,
    desaBinaan: extra.desaBinaan,
    venues: extra.venues,
  });

  const onHover = useHoverPrefetch(canDrill, area, period);
  const drill = useCallback((code: string) => filters.update({ region: code }, { step: true }), [filters]);
  const select = useCallback((code: string) => setSelection({ view: viewKey, code }), [viewKey]);
  const drillHref = (code: string) => filters.hrefWith({ region: code });
  const { mapRef, exporting, exportPng } = useMapExport();

  const region = view?.coverage.region ?? null;
  const areaName = region?.name ?? (view?.coverage.agency ? view.coverage.agency.shortName : t('map.indonesia'));
  const rootLabel = state.agency ? (coverage?.agency?.shortName ?? t('map.myArea')) : ownAgency ? t('map.myArea') : t('map.indonesia');
  const trail: BreadcrumbItem[] = [
    { label: rootLabel, to: filters.hrefWith({ region: '' }) },
    ...(region?.ancestors ?? []).map((a) => ({ label: a.name, to: filters.hrefWith({ region: a.code }) })),
    ...(region ? [{ label: region.name }] : []),
  ];

  const onExport = () =>
    void exportPng(
      {
        title: `${t('map.title')}: ${areaName}`,
        subtitle: `${legendTitle} · ${t('map.periodOf', { period: periodLabel(period, t) })}`,
        legend: legendItems.map(({ key, label, count }) => ({ key, label: `${label} (${count})` })),
      },
      `peta-cakupan-${(viewRegion || 'wilayah-kerja').replace(/\./g, '-')}-${period.param}.png`,
    );

  // The panel: the selected region, else the region in view.
  const selectedRow = selected ? rowByCode.get(selected) : undefined;
  const panel = panelRegion(selectedRow, region, view?.coverage);

  const boundaryError = boundaries.error;
  const noBoundaries = (boundaryError instanceof BoundaryNotFoundError && !viewRegion) || (!!view && view.set.features.length === 0);
  const notFound = main.data && main.data.coverage === null;

  return (
    <section className="map-page">
      <MapHeader areaName={view ? areaName : null} periodText={periodLabel(period, t)} updatedAt={updatedAt} />
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
        <MapNoBoundaries canImportBoundaries={canImportBoundaries} coverageChildren={coverage.children} area={areaName} selected={selected} onSelect={select} drillHref={drillHref} />
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
              <MapControls
                layer={layer}
                onLayer={setLayer}
                staleChoice={staleChoice}
                onStaleChoice={setStaleChoice}
                overlays={overlays}
                onOverlay={(key, on) => setOverlays((o) => ({ ...o, [key]: on }))}
                villagesOffered={!!villageLevel}
                villagesOn={villagesOn}
                onVillages={(on) => setVillagesFor(on ? viewKey : null)}
                tableView={tableView}
                onTableView={setTableView}
                exporting={exporting}
                onExport={onExport}
              />
              {exporting === 'failed' && (
                <p className="form__error small" role="alert">
                  {t('map.export.failed')}
                </p>
              )}
              {overlays.venues && extra.venues?.pageInfo.hasNextPage && <p className="small muted">{t('map.layers.venuesTruncated', { count: VENUE_LIMIT })}</p>}
              <div className={redrawing ? 'map-frame is-stale' : 'map-frame'} hidden={tableView} aria-busy={redrawing}>
                <ChoroplethMap
                  ref={mapRef}
                  features={view.set.features}
                  viewKey={view.viewKey}
                  classOf={classOf}
                  tooltipOf={tooltipOf}
                  outline={extra.outline}
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
              {tableView && <MapTable rows={rows} area={areaName} showBinaan={overlays.binaan} showVenues={overlays.venues} selected={selected} onSelect={select} drillHref={drillHref} />}
              <MapLegend title={legendTitle} items={legendItems} countLabel={(count) => t('map.legend.count', { count })} />
              <MapMissing missing={view.set.missing} />
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
                  drillHref={panel.row?.drillable ? drillHref(panel.code) : null}
                />
              )}
            </aside>
          </div>
        </>
      )}
    </section>
  );
}
