import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { errorMessage, type ReportInput } from '@jangkau/web-data-access';
import { formatDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { DataTable, ErrorState, LoadingState } from '@jangkau/web-ui';
import { ReportUnreachedVillagesQuery } from '../graphql/reportUnreachedVillages.query';

const PAGE = 50;

/**
 * Belum Terjangkau's villages, one page of 50 at a time (a Kerinci working area has ~550, the country tens of
 * thousands): kecamatan, kabupaten/kota, last reached, the nearest Desa Binaan and the offices responsible.
 */
export function UnreachedVillages({ input }: { input: ReportInput }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(ReportUnreachedVillagesQuery, { variables: { input, first: PAGE, offset } });
  const page = (data ?? previousData)?.reportUnreachedVillages;
  // While the next page loads the last one stays, numbered as it was.
  const shownOffset = useRef(offset);
  if (data) shownOffset.current = offset;
  const first = shownOffset.current;

  if (error) return <ErrorState title={t('report.error')} message={errorMessage(error, t)} retryLabel={t('state.retry')} onRetry={() => void refetch()} />;
  if (!page) return loading ? <LoadingState label={t('report.unreached.loading')} rows={3} /> : null;
  const last = Math.min(first + page.rows.length, page.total);
  return (
    <section className="report-unreached" aria-labelledby="report-unreached-title" aria-busy={loading}>
      <h3 id="report-unreached-title">{t('report.unreached.title')}</h3>
      <p className="muted">{t('report.unreached.intro', { total: formatNumber(page.total), asOf: formatDate(page.asOf, 'long') })}</p>
      {page.total === 0 ? (
        <p>{t('report.unreached.none')}</p>
      ) : (
        <>
          <DataTable
            label={t('report.unreached.title')}
            caption={t('report.unreached.page', { from: formatNumber(first + 1), to: formatNumber(last), total: formatNumber(page.total) })}
            captionHidden
            rows={page.rows}
            rowKey={(v) => v.code}
            columns={[
              {
                key: 'village',
                header: t('report.unreached.village'),
                rowHeader: true,
                cell: (v) => (
                  <>
                    {v.name} <span className="muted small">{v.code}</span>
                  </>
                ),
              },
              { key: 'kecamatan', header: t('report.unreached.kecamatan'), cell: (v) => v.kecamatan },
              { key: 'kabupaten', header: t('report.unreached.kabupaten'), cell: (v) => v.kabupaten },
              { key: 'lastReached', header: t('report.unreached.lastReached'), cell: (v) => (v.lastReachedOn ? formatDate(v.lastReachedOn) : t('report.unreached.never')) },
              {
                key: 'nearest',
                header: t('report.unreached.nearest'),
                cell: (v) =>
                  v.nearestDesaBinaan ? (
                    <>
                      {v.nearestDesaBinaan.name} ({v.nearestDesaBinaan.agency}){' '}
                      <span className="muted small">
                        {t(`report.unreached.basis.${v.nearestDesaBinaan.basis}`, { km: formatNumber(v.nearestDesaBinaan.distanceKm ?? 0, { maximumFractionDigits: 1 }) })}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('report.unreached.noneNearby')}</span>
                  ),
              },
              { key: 'offices', header: t('report.unreached.offices'), cell: (v) => (v.offices.length ? v.offices.join(', ') : '—') },
            ]}
          />
          <nav className="pager" aria-label={t('report.unreached.pages')}>
            <button type="button" className="button button--secondary" disabled={first === 0 || loading} onClick={() => setOffset(Math.max(0, first - PAGE))}>
              {t('report.unreached.previous')}
            </button>
            <span role="status">{t('report.unreached.page', { from: formatNumber(first + 1), to: formatNumber(last), total: formatNumber(page.total) })}</span>
            <button type="button" className="button button--secondary" disabled={last >= page.total || loading} onClick={() => setOffset(first + PAGE)}>
              {t('report.unreached.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
