import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from '@jangkau/shared-domain';
import { errorMessage } from '@jangkau/web-data-access';
import { currentLanguage, formatAgo, formatDateTimeWib, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, QueryState } from '@jangkau/web-ui';
import { NotificationCountQuery, NotificationsQuery } from '../graphql/notifications';
import { useMarkRead } from '../hooks/useMarkRead';
import { useNow } from '../hooks/useNow';
import { useSearchParam } from '../hooks/useSearchParam';

const PAGE = 50;
/** The API hands out at most 100 at once. */
const MOST = 100;

const isKind = (value: string | null): value is NotificationKind => value !== null && (NOTIFICATION_KINDS as readonly string[]).includes(value);

/**
 * /pemberitahuan — everything the person was told, unread first and newest first. The kind and "only unread" live
 * in the URL (?jenis=…&belum-dibaca=1) so a view can be linked and reloaded. Opening an entry marks it read.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [kindParam, setKind] = useSearchParam('jenis');
  const [unreadParam, setUnread] = useSearchParam('belum-dibaca');
  const kind = isKind(kindParam) ? kindParam : null;
  const unreadOnly = unreadParam === '1';
  const [first, setFirst] = useState(PAGE);
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, {
    variables: { unreadOnly, first, kinds: kind ? [kind] : null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Across every kind: what "mark all" would touch (the page's own count follows its filter).
  const { data: allUnread } = useQuery(NotificationCountQuery);
  const [markRead, marking] = useMarkRead();
  const [notice, setNotice] = useState<string | null>(null);
  const [markError, setMarkError] = useState<string | null>(null);
  const now = useNow();
  const language = currentLanguage();

  const markAll = async () => {
    setNotice(null);
    setMarkError(null);
    try {
      const result = await markRead(null);
      setNotice(t('notification.page.markedAll', { count: formatNumber(result.data?.markNotificationsRead ?? 0) }));
    } catch (e) {
      setMarkError(errorMessage(e, t));
    }
  };

  const page = data?.notifications;
  const unreadEverywhere = allUnread?.notifications.unreadCount ?? page?.unreadCount ?? 0;
  const listed = page ? (unreadOnly ? page.unreadCount : page.totalCount) : 0;
  const filtered = kind !== null || unreadOnly;

  return (
    <section className="notifications-page">
      <div className="admin__head">
        <h1>{t('notification.page.title')}</h1>
        <Link to="/pemberitahuan/pengaturan">{t('notification.page.settingsLink')}</Link>
      </div>
      <p className="muted">{t('notification.page.intro')}</p>
      <div className="filters">
        <label className="field">
          <span>{t('notification.page.kind')}</span>
          <select
            value={kind ?? ''}
            onChange={(e) => {
              setKind(e.target.value || null);
              setNotice(null);
            }}
          >
            <option value="">{t('notification.page.allKinds')}</option>
            {NOTIFICATION_KINDS.map((value) => (
              <option key={value} value={value}>
                {NOTIFICATION_KIND_LABELS[value][language]}
              </option>
            ))}
          </select>
        </label>
        <label className="field--inline notifications-page__toggle">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => {
              setUnread(e.target.checked ? '1' : null);
              setNotice(null);
            }}
          />
          <span>{t('notification.page.unreadOnly')}</span>
        </label>
        <button type="button" className="button button--secondary notifications-page__mark-all" disabled={marking.loading || unreadEverywhere === 0} onClick={() => void markAll()}>
          {t('notification.page.markAll')}
        </button>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {markError && (
        <p className="form__error" role="alert">
          {markError}
        </p>
      )}
      <QueryState
        loading={loading}
        error={error}
        data={page}
        describeError={(e) => errorMessage(e, t)}
        onRetry={() => void refetch()}
        isEmpty={(p) => p.nodes.length === 0}
        empty={<EmptyState title={filtered ? t('notification.page.emptyFiltered') : t('notification.page.empty')}>{!filtered && <p>{t('notification.page.emptyBody')}</p>}</EmptyState>}
      >
        {(page) => (
          <>
            <p className="small muted" data-testid="notifications-summary">
              {t('notification.page.summary', { unread: formatNumber(page.unreadCount), total: formatNumber(page.totalCount) })}
            </p>
            <ul className="notification-list">
              {page.nodes.map((entry) => (
                <li key={entry.id} className={`notification${entry.readAt ? '' : ' is-unread'}`}>
                  <Link
                    to={entry.link}
                    className="notification__link"
                    onClick={() => {
                      if (!entry.readAt) void markRead([entry.id]).catch(() => undefined);
                    }}
                  >
                    {!entry.readAt && (
                      <span className="notification__unread">
                        <span className="notification__dot" aria-hidden="true" />
                        <span className="visually-hidden">{t('notification.page.unread')}: </span>
                      </span>
                    )}
                    <span className="notification__title">{entry.title}</span>
                    <span className="notification__meta">
                      {NOTIFICATION_KIND_LABELS[entry.kind][language]} ·{' '}
                      <time dateTime={entry.createdAt} title={formatDateTimeWib(entry.createdAt)}>
                        {formatAgo(entry.createdAt, now, t('notification.when.justNow'))}
                      </time>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            {listed > page.nodes.length && (
              <p className="small muted">
                {t('notification.page.more', { shown: formatNumber(page.nodes.length), count: formatNumber(listed) })}{' '}
                {first < MOST && (
                  <button type="button" className="link-button" onClick={() => setFirst(MOST)}>
                    {t('notification.page.showMore')}
                  </button>
                )}
              </p>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
