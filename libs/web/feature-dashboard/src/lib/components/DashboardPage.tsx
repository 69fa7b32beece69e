import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { errorMessage, filterSources, useSession } from '@jangkau/web-data-access';
import { CoverageFilters, periodLabel, useCoverageFilters, yearOf } from '@jangkau/web-filters';
import { formatTimeWib, useTranslation } from '@jangkau/web-i18n';
import { Breadcrumbs, EmptyState, LoadingState, QueryState, type BreadcrumbItem } from '@jangkau/web-ui';
import { DashboardQuery } from '../graphql/dashboard.query';
import { useLiveCoverage } from '../hooks/useLiveCoverage';
import { KpiCards } from './KpiCards';
import { NotReachedList } from './NotReachedList';
import { ConfirmationShareLine } from './ConfirmationShareLine';
import { ConfirmationWaiting } from './ConfirmationWaiting';

// The charts bring recharts (~400 kB): loaded beside the figures, not before them, for phones on weak networks.
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

/**
 * /dasbor — coverage of an area for a period: the reader's own working area unless the URL names a region
 * (?wilayah=) or an agency (?instansi=). Headline figures against the agency's targets, the charts, the villages
 * not reached yet; kept current by the coverageChanged subscription.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { state: session } = useSession();
  const ownAgency = session.status === 'signedIn' ? session.user.agency : null;
  const filters = useCoverageFilters(ownAgency?.id ?? null);
  const { state, period, area } = filters;
  const { data, previousData, loading, error, refetch } = useQuery(DashboardQuery, { variables: { filter: filters.filter } });
  const updatedAt = useLiveCoverage(area);
  // While another period or filter loads, the previous figures stay (dimmed) rather than flashing to skeletons.
  const current = data ?? (loading ? previousData : undefined);
  const dashboard = current?.dashboard;
  const stale = loading && !data && !!previousData;

  const coverage = dashboard?.coverage;
  const areaName = coverage?.region?.name ?? coverage?.agency?.name ?? ownAgency?.name ?? '';
  const rootLabel = state.agency ? (coverage?.agency?.shortName ?? t('dashboard.myArea')) : t('dashboard.myArea');
  const trail: BreadcrumbItem[] = [
    { label: rootLabel, to: filters.hrefWith({ region: '' }) },
    ...(coverage?.region?.ancestors ?? []).map((a) => ({ label: a.name, to: filters.hrefWith({ region: a.code }) })),
    ...(coverage?.region ? [{ label: coverage.region.name }] : []),
  ];

  return (
    <section className="dashboard">
      <header className="dashboard__head">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="dashboard__area">
            {areaName && <strong>{coverage?.region || !coverage?.agency ? areaName : t('dashboard.areaOfAgency', { name: areaName })}</strong>}
            {areaName && ' · '}
            {t('dashboard.periodOf', { period: periodLabel(period, t) })}
          </p>
        </div>
        <p className="dashboard__updated small muted" aria-live="polite">
          {updatedAt ? t('dashboard.updated', { time: formatTimeWib(updatedAt) }) : ''}
        </p>
      </header>
      <ConfirmationWaiting />
      {state.region && coverage && <Breadcrumbs items={trail} label={t('dashboard.breadcrumb')} />}

      <CoverageFilters
        filters={filters}
        sources={filterSources}
        regionName={coverage?.region?.name ?? null}
        agencyName={coverage?.agency?.name ?? null}
        ownAgencyName={ownAgency?.shortName ?? null}
      />

      <QueryState
        loading={loading}
        error={error}
        data={current}
        describeError={(e) => errorMessage(e, t)}
        onRetry={() => void refetch()}
        loadingFallback={<DashboardSkeleton />}
        isEmpty={(c) => !c.dashboard}
        empty={
          <EmptyState title={t('dashboard.notFoundTitle')}>
            <p>{t('dashboard.notFoundBody')}</p>
            <Link to="/dasbor">{t('dashboard.backToMine')}</Link>
          </EmptyState>
        }
      >
        {({ dashboard }) =>
          dashboard && (
            <div className={stale ? 'dashboard__body is-stale' : 'dashboard__body'} aria-busy={stale}>
              {dashboard.coverage.restricted && (
                <p className="notice notice--warning" role="note">
                  {t('dashboard.restricted')}
                </p>
              )}
              <KpiCards dashboard={dashboard} targetsShown={!state.region} selection={{ periodKey: period.key, year: yearOf(period), programmeItemId: state.programme || null }} />
              <ConfirmationShareLine filter={filters.filter} />
              {dashboard.activities === 0 ? (
                <EmptyState title={t('dashboard.empty')}>
                  <p>{t('dashboard.emptyHint')}</p>
                  <Link to="/kegiatan">{t('dashboard.emptyLink')}</Link>
                </EmptyState>
              ) : (
                <Suspense fallback={<LoadingState label={t('dashboard.chart.loading')} rows={4} />}>
                  <DashboardCharts
                    dashboard={dashboard}
                    drillHref={(code) => ({ search: filters.hrefWith({ region: code }) })}
                    onDrill={(code) => filters.update({ region: code }, { step: true })}
                  />
                </Suspense>
              )}
              <NotReachedList key={`${area.regionCode ?? ''}|${area.agencyId ?? ''}`} area={area} />
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

function DashboardSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="dashboard__skeleton">
      <div className="kpi-grid" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="kpi kpi--skeleton">
            <div className="skeleton-row" />
            <div className="skeleton-row skeleton-row--big" />
          </div>
        ))}
      </div>
      <LoadingState label={t('state.loading')} rows={4} />
    </div>
  );
}
