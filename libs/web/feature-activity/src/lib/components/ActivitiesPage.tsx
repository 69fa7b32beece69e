import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { errorMessage, useRegionSearch, useSession, type ActivitySummaryFragment } from '@jangkau/web-data-access';
import { currentLanguage, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, QueryState, RegionFilter } from '@jangkau/web-ui';
import { ActivitiesQuery, ActivityCountQuery, RegionNameQuery, ReturnedToMeCountQuery } from '../graphql/activities';
import { useActivityFilters } from '../hooks/useActivityFilters';
import { LinkedFilterChips } from './LinkedFilterChips';
import { formatShortDate } from '../utils/time';
import { ExportMenu } from './ExportMenu';
import { PendingOnDevice } from '../offline/OutboxPage';
import { StatusBadge } from './StatusBadge';

const PAGE = 20;

/** /kegiatan — the activities the reader may see, filtered through the URL, a page at a time. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const { state: session } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  const canWrite = user?.role === 'HEAD' || user?.role === 'OFFICER';
  const filters = useActivityFilters();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;
  const { data, loading, error, refetch, fetchMore } = useQuery(ActivitiesQuery, {
    variables: { filter: filters.filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const count = useQuery(ActivityCountQuery, { variables: { filter: filters.filter } });
  const returned = useQuery(ReturnedToMeCountQuery, { skip: !canWrite });
  const [loadingMore, setLoadingMore] = useState(false);
  const returnedCount = returned.data?.activityCount ?? 0;

  const loadMore = async () => {
    const after = data?.activities.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          activities: { ...fetchMoreResult.activities, nodes: [...previous.activities.nodes, ...fetchMoreResult.activities.nodes] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="activities">
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <PendingOnDevice />
      <div className="admin__head">
        <h1>{t('activity.title')}</h1>
        <div className="head-actions">
          <ExportMenu filter={filters.filter} />
          <Link to="/kegiatan/kalender">{t('activity.calendar')}</Link>
          {canWrite && <Link to="/kegiatan/impor">{t('activity.import.nav')}</Link>}
          {canWrite && (
            <Link className="button" to="/kegiatan/baru">
              {t('activity.new')}
            </Link>
          )}
        </div>
      </div>

      {returnedCount > 0 && !filters.state.returned && (
        <p className="returned-banner" role="status">
          {t('activity.returnedBanner', { count: returnedCount })}{' '}
          <button type="button" className="link-button" onClick={() => filters.update({ returned: true })}>
            {t('activity.showReturned')}
          </button>
        </p>
      )}

      <Filters filters={filters} />

      <QueryState
        loading={loading}
        error={error}
        data={data}
        describeError={(e) => errorMessage(e, t)}
        onRetry={() => void refetch()}
        loadingRows={5}
        isEmpty={(d) => d.activities.nodes.length === 0}
        empty={
          <EmptyState title={t('activity.empty')}>
            <p>{t('activity.emptyHint')}</p>
          </EmptyState>
        }
      >
        {(data) => (
          <>
            <p className="muted" aria-live="polite">
              {count.data ? t('activity.count', { formatted: formatNumber(count.data.activityCount) }) : '\u00a0'}
            </p>
            <ul className="activity-list">
              {data.activities.nodes.map((activity) => (
                <ActivityCard key={activity.id} activity={activity} mine={activity.status === 'RETURNED' && activity.submittedById === user?.id} />
              ))}
            </ul>
            {data.activities.pageInfo.hasNextPage && (
              <button type="button" className="button button--secondary load-more" disabled={loadingMore} onClick={() => void loadMore()}>
                {loadingMore ? t('state.loading') : t('activity.loadMore')}
              </button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function ActivityCard({ activity, mine }: { activity: ActivitySummaryFragment; mine: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <li className={`activity-card${mine ? ' activity-card--returned' : ''}`}>
      <Link to={`/kegiatan/${activity.id}`} className="activity-card__link">
        <span className="activity-card__top">
          <StatusBadge status={activity.status} />
          <span className="muted">{t(`activity.type.${activity.type}`)}</span>
        </span>
        <span className="activity-card__title">{activity.title}</span>
        <span className="activity-card__meta">
          {formatShortDate(activity.startsAt, activity.timeZone, language)} · {activity.venueName}, {activity.venueRegion.name}
        </span>
        <span className="activity-card__meta">
          {activity.leadAgency.shortName} · {t('activity.villagesShort', { formatted: formatNumber(activity.villageCount) })} ·{' '}
          {t('activity.participantsShort', { formatted: formatNumber(activity.participantTotals.total) })}
        </span>
        {mine && (
          <span className="activity-card__returned">
            <strong>{t('activity.returnedToYou')}:</strong> {activity.returnReason}
          </span>
        )}
      </Link>
    </li>
  );
}

function Filters({ filters }: { filters: ReturnType<typeof useActivityFilters> }) {
  const { t } = useTranslation();
  const { state, update } = filters;
  const [q, setQ] = useState(state.q);
  const [regionText, setRegionText] = useState('');
  const search = useRegionSearch(regionText);
  const regionName = useQuery(RegionNameQuery, { variables: { code: state.region }, skip: !state.region });

  return (
    <form
      className="activity-filters"
      role="search"
      aria-label={t('activity.filter.label')}
      onSubmit={(event) => {
        event.preventDefault();
        update({ q });
      }}
    >
      <div className="status-chips" role="group" aria-label={t('activity.filter.status')}>
        {filters.STATUSES.map((status) => {
          const on = state.statuses.includes(status);
          return (
            <button
              key={status}
              type="button"
              className={`status-chip status-chip--${status.toLowerCase()}`}
              aria-pressed={on}
              onClick={() => update({ statuses: on ? state.statuses.filter((s) => s !== status) : [...state.statuses, status] })}
            >
              {t(`activity.status.${status}`)}
            </button>
          );
        })}
        {state.returned && (
          <button type="button" className="status-chip" aria-pressed onClick={() => update({ returned: false })}>
            {t('activity.returnedToYou')} ×
          </button>
        )}
        {state.awaiting && (
          <button type="button" className="status-chip" aria-pressed onClick={() => update({ awaiting: false })}>
            {t('activity.work.chipAwaiting')} ×
          </button>
        )}
        {state.invitations && (
          <button type="button" className="status-chip" aria-pressed onClick={() => update({ invitations: false })}>
            {t('activity.work.chipInvitations')} ×
          </button>
        )}
        <LinkedFilterChips filters={filters} />
      </div>
      <label className="field">
        <span>{t('activity.filter.search')}</span>
        <input type="search" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} onBlur={() => q !== state.q && update({ q })} />
      </label>
      {/* On a phone the list matters more than the rarer filters: they fold away unless one is in use. */}
      <details className="activity-filters__more" open={state.type !== '' || !!state.region || !!state.from || !!state.to || undefined}>
        <summary>{t('activity.filter.more')}</summary>
        <div className="activity-filters__row">
          <label className="field">
            <span>{t('activity.filter.type')}</span>
            <select value={state.type} onChange={(e) => update({ type: e.target.value as typeof state.type })}>
              <option value="">{t('activity.filter.allTypes')}</option>
              {filters.TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`activity.type.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('activity.filter.from')}</span>
            <input type="date" value={state.from} onChange={(e) => update({ from: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('activity.filter.to')}</span>
            <input type="date" value={state.to} onChange={(e) => update({ to: e.target.value })} />
          </label>
        </div>
        <RegionFilter
          label={t('activity.filter.region')}
          chosenName={state.region ? (regionName.data?.region?.name ?? state.region) : null}
          removeLabel={t('activity.filter.removeRegion', { name: regionName.data?.region?.name ?? state.region })}
          onRemove={() => update({ region: '' })}
          text={regionText}
          onTextChange={setRegionText}
          search={search}
          onChoose={(region) => update({ region: region.code })}
        />
      </details>
      {filters.active && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setQ('');
            filters.clear();
          }}
        >
          {t('activity.filter.clear')}
        </button>
      )}
    </form>
  );
}
