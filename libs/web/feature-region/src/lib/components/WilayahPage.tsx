import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { isValidRegionCode } from '@jangkau/shared-domain';
import { errorMessage, restErrorMessage } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { Breadcrumbs, EmptyState, ErrorBoundary, ErrorState, LevelBadge, LoadingState, useQueryState } from '@jangkau/web-ui';
import { IndonesiaPageQuery } from '../graphql/indonesiaPage.query';
import { RegionPageQuery } from '../graphql/regionPage.query';
import { DesaBinaanSection } from './DesaBinaanSection';
import { RegionChildren } from './RegionChildren';
import { RegionSearch } from './RegionSearch';
import { countsLine, isVillage, regionPath } from '../utils/regionText';

// recharts is most of the bundle: phones on weak networks get the list first and the chart when it arrives.
const VillagesChart = lazy(() => import('./VillagesChart').then((m) => ({ default: m.VillagesChart })));

/** /wilayah and /wilayah/:code — browse Indonesia down to a single village; the URL is the place. */
export function WilayahPage() {
  const { code } = useParams<{ code?: string }>();
  return (
    <div className="wilayah">
      <RegionSearch />
      {code ? <RegionView code={code} /> : <IndonesiaView />}
    </div>
  );
}

function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · Jangkau`;
  }, [title]);
}

function IndonesiaView() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IndonesiaPageQuery);
  useDocumentTitle(t('region.title'));
  const state = useQueryState({ loading, error, data, describeError: (e) => errorMessage(e, t), onRetry: () => void refetch(), loadingRows: 8, errorHidesData: true, missingIsError: true });
  if (state || !data) return state;
  const counts = data.nationalRegionCounts;
  return (
    <>
      <Breadcrumbs label={t('region.breadcrumb')} items={[{ label: t('region.indonesia') }]} />
      <header className="region-header">
        <h1>{t('region.indonesia')}</h1>
        <p className="region-header__counts">{countsLine(counts, 'INDONESIA', t)}</p>
      </header>
      <div className="region-body">
        <RegionChildren heading={t('region.childrenHeading.PROVINSI')} items={data.provinces} />
        <LazyChart items={data.provinces} />
      </div>
    </>
  );
}

function RegionView({ code }: { code: string }) {
  const { t } = useTranslation();
  const valid = isValidRegionCode(code);
  const { data, loading, error, refetch } = useQuery(RegionPageQuery, { variables: { code }, skip: !valid });
  const region = data?.region;
  useDocumentTitle(region?.name ?? (valid ? undefined : t('region.notFoundTitle')));
  const state = useQueryState({ loading, error, data, describeError: (e) => errorMessage(e, t), onRetry: () => void refetch(), loadingRows: 8, errorHidesData: true });

  if (!valid) {
    return (
      <EmptyState title={t('region.notFoundTitle')}>
        <p>{t('region.invalidCode', { code })}</p>
        <Link to="/wilayah">{t('region.backToIndonesia')}</Link>
      </EmptyState>
    );
  }
  if (state) return state;
  if (!region) {
    return (
      <EmptyState title={t('region.notFoundTitle')}>
        <p>{t('region.notFoundBody', { code })}</p>
        <Link to="/wilayah">{t('region.backToIndonesia')}</Link>
      </EmptyState>
    );
  }

  const crumbs = [{ label: t('region.indonesia'), to: '/wilayah' }, ...region.ancestors.map((a) => ({ label: a.name, to: regionPath(a.code) })), { label: region.name }];
  const childLevel = region.level === 'PROVINSI' ? 'KABUPATEN' : region.level === 'KECAMATAN' ? 'VILLAGE' : 'KECAMATAN';
  return (
    <>
      <Breadcrumbs label={t('region.breadcrumb')} items={crumbs} />
      <header className="region-header">
        <p className="region-header__level">
          <LevelBadge level={region.level} />{' '}
          <span className="region-list__code">
            {t('region.code')} {region.code}
          </span>
        </p>
        <h1>{region.name}</h1>
        {!isVillage(region.level) && <p className="region-header__counts">{countsLine(region.counts, region.level, t)}</p>}
      </header>
      {isVillage(region.level) ? (
        <>
          <DesaBinaanSection code={region.code} />
          <p className="muted">{t('region.villageNote')}</p>
        </>
      ) : (
        <div className="region-body">
          <RegionChildren key={region.code} heading={t(`region.childrenHeading.${childLevel}`)} items={region.children} />
          {childLevel !== 'VILLAGE' && <LazyChart items={region.children} />}
        </div>
      )}
    </>
  );
}

function LazyChart(props: { items: Parameters<typeof VillagesChart>[0]['items'] }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary fallback={(error) => <ErrorState title={t('chart.errorTitle')} message={restErrorMessage(error, t)} />}>
      <Suspense fallback={<LoadingState label={t('state.loading')} rows={3} />}>
        <VillagesChart {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
