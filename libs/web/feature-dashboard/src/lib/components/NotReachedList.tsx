import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, type VillageSort } from '@jangkau/web-data-access';
import { formatDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, ErrorState, LoadingState } from '@jangkau/web-ui';
import { VillagesNotReachedQuery } from '../graphql/villagesNotReached.query';

export const PAGE_SIZE = 25;
/** 0: never reached; otherwise not reached in the last N months. */
const MODES = [0, 3, 6, 12] as const;

/**
 * "Belum terjangkau": the villages of the area no verified activity has ever reached (or none in the last N months),
 * sortable, a page at a time, each linking to its region page. It follows the area, not the period: "never" is
 * never. Mount it with a key per area so a new area starts on page one.
 */
export function NotReachedList({ area }: { area: { regionCode: string | null; agencyId: string | null } }) {
  const { t } = useTranslation();
  const [stale, setStale] = useState<number>(0);
  const [sort, setSort] = useState<VillageSort>('NAME');
  const [descending, setDescending] = useState(false);
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(VillagesNotReachedQuery, {
    variables: { filter: { ...area, ...(stale ? { staleMonths: stale } : {}) }, sort, descending, first: PAGE_SIZE, offset },
  });
  const page = (data ?? (loading ? previousData : undefined))?.villagesNotReached;
  const sortable: { sort: VillageSort; column: string }[] = [
    { sort: 'NAME', column: t('dashboard.notReached.name') },
    { sort: 'CODE', column: t('dashboard.notReached.code') },
    { sort: 'LAST_REACHED', column: t('dashboard.notReached.lastReached') },
  ];
  const header = (key: VillageSort, label: string) => (
    <th scope="col" aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : undefined}>
      <button
        type="button"
        className="sort-button"
        aria-label={t('dashboard.notReached.sortBy', { column: label })}
        aria-pressed={sort === key}
        onClick={() => {
          // The same column again turns the order around.
          setDescending(sort === key ? !descending : false);
          setSort(key);
          setOffset(0);
        }}
      >
        {label}
        <span aria-hidden="true">{sort === key ? (descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );

  return (
    <section className="not-reached" aria-labelledby="not-reached-heading">
      <div className="not-reached__head">
        <h2 id="not-reached-heading">
          {t('dashboard.notReached.title')}
          {page && <span className="not-reached__total muted"> · {t('dashboard.notReached.total', { formatted: formatNumber(page.total) })}</span>}
        </h2>
        <label className="field field--inline">
          <span>{t('dashboard.notReached.mode')}</span>
          <select
            value={stale}
            onChange={(e) => {
              setStale(Number(e.target.value));
              setOffset(0);
            }}
          >
            {MODES.map((months) => (
              <option key={months} value={months}>
                {months ? t('dashboard.notReached.stale', { count: months }) : t('dashboard.notReached.never')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="small muted">{t('dashboard.notReached.note')}</p>

      {!page && loading ? (
        <LoadingState label={t('state.loading')} rows={5} />
      ) : error && !page ? (
        <ErrorState title={t('state.errorTitle')} message={errorMessage(error, t)} retryLabel={t('state.retry')} onRetry={() => void refetch()} />
      ) : !page ? null : page.total === 0 ? (
        <EmptyState title={stale ? t('dashboard.notReached.emptyStale', { count: stale }) : t('dashboard.notReached.emptyNever')} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table not-reached__table" aria-busy={loading}>
              <caption className="visually-hidden">{t('dashboard.notReached.caption')}</caption>
              <thead>
                <tr>
                  {header('NAME', sortable[0].column)}
                  {header('CODE', sortable[1].column)}
                  <th scope="col">{t('dashboard.notReached.kecamatan')}</th>
                  <th scope="col">{t('dashboard.notReached.kabupaten')}</th>
                  {header('LAST_REACHED', sortable[2].column)}
                  <th scope="col" className="num">
                    {t('dashboard.notReached.activities')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => {
                  const kecamatan = row.region.ancestors.find((a) => a.level === 'KECAMATAN');
                  const kabupaten = row.region.ancestors.find((a) => a.level === 'KABUPATEN' || a.level === 'KOTA');
                  return (
                    <tr key={row.region.code}>
                      <th scope="row">
                        <Link to={`/wilayah/${row.region.code}`}>{row.region.name}</Link>
                      </th>
                      <td className="code">{row.region.code}</td>
                      <td>{kecamatan?.name ?? '–'}</td>
                      <td>{kabupaten?.name ?? '–'}</td>
                      <td>{row.lastReachedOn ? formatDate(row.lastReachedOn) : t('dashboard.notReached.neverReached')}</td>
                      <td className="num">{formatNumber(row.activities)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t('dashboard.notReached.pages')}>
            <button type="button" className="button button--secondary" disabled={offset === 0 || loading} onClick={() => setOffset(Math.max(offset - PAGE_SIZE, 0))}>
              {t('dashboard.notReached.previous')}
            </button>
            <span aria-live="polite">
              {t('dashboard.notReached.page', {
                from: formatNumber(offset + 1),
                to: formatNumber(Math.min(offset + PAGE_SIZE, page.total)),
                total: formatNumber(page.total),
              })}
            </span>
            <button
              type="button"
              className="button button--secondary"
              disabled={offset + PAGE_SIZE >= page.total || loading}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              {t('dashboard.notReached.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
