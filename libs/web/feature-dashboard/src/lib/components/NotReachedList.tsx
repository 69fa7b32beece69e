import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, type VillageSort } from '@jangkau/web-data-access';
import { formatDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { DataTable, EmptyState, QueryState, type DataTableSort } from '@jangkau/web-ui';
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
  const sortable = [
    { sort: 'NAME', column: t('dashboard.notReached.name') },
    { sort: 'CODE', column: t('dashboard.notReached.code') },
    { sort: 'LAST_REACHED', column: t('dashboard.notReached.lastReached') },
  ] as const satisfies readonly { sort: VillageSort; column: string }[];
  const sortOf = (key: VillageSort, label: string): DataTableSort => ({
    direction: sort === key ? (descending ? 'descending' : 'ascending') : null,
    label: t('dashboard.notReached.sortBy', { column: label }),
    onSort: () => {
      // The same column again turns the order around.
      setDescending(sort === key ? !descending : false);
      setSort(key);
      setOffset(0);
    },
  });

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

      <QueryState loading={loading} error={error} data={page} describeError={(e) => errorMessage(e, t)} onRetry={() => void refetch()} loadingRows={5}>
        {(page) =>
          page.total === 0 ? (
            <EmptyState title={stale ? t('dashboard.notReached.emptyStale', { count: stale }) : t('dashboard.notReached.emptyNever')} />
          ) : (
            <>
              <DataTable
                className="not-reached__table"
                aria-busy={loading}
                caption={t('dashboard.notReached.caption')}
                captionHidden
                rows={page.rows}
                rowKey={(row) => row.region.code}
                columns={[
                  {
                    key: 'name',
                    header: sortable[0].column,
                    sort: sortOf('NAME', sortable[0].column),
                    rowHeader: true,
                    cell: (row) => <Link to={`/wilayah/${row.region.code}`}>{row.region.name}</Link>,
                  },
                  { key: 'code', header: sortable[1].column, sort: sortOf('CODE', sortable[1].column), className: 'code', cell: (row) => row.region.code },
                  { key: 'kecamatan', header: t('dashboard.notReached.kecamatan'), cell: (row) => row.region.ancestors.find((a) => a.level === 'KECAMATAN')?.name ?? '–' },
                  {
                    key: 'kabupaten',
                    header: t('dashboard.notReached.kabupaten'),
                    cell: (row) => row.region.ancestors.find((a) => a.level === 'KABUPATEN' || a.level === 'KOTA')?.name ?? '–',
                  },
                  {
                    key: 'lastReached',
                    header: sortable[2].column,
                    sort: sortOf('LAST_REACHED', sortable[2].column),
                    cell: (row) => (row.lastReachedOn ? formatDate(row.lastReachedOn) : t('dashboard.notReached.neverReached')),
                  },
                  { key: 'activities', header: t('dashboard.notReached.activities'), align: 'end', cell: (row) => formatNumber(row.activities) },
                ]}
              />
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
                <button type="button" className="button button--secondary" disabled={offset + PAGE_SIZE >= page.total || loading} onClick={() => setOffset(offset + PAGE_SIZE)}>
                  {t('dashboard.notReached.next')}
                </button>
              </nav>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
