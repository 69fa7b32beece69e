import { Link } from 'react-router';
import { formatDateTimeWib, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState } from '@jangkau/web-ui';
import type { OutboxItem } from './offlineDb';
import type { SendResult } from './outbox';
import { useOffline } from './OfflineProvider';
import { at } from '@jangkau/shared-domain';

/** The header's word on the queue: how many wait, or how many need the person. Nothing when the queue is empty. */
export function OutboxIndicator() {
  const { t } = useTranslation();
  const { items } = useOffline();
  if (items.length === 0) return null;
  const held = items.filter((i) => i.state !== 'waiting').length;
  return (
    <Link to="/kegiatan/antrean" className={`outbox-indicator${held ? ' outbox-indicator--held' : ''}`}>
      <span aria-hidden="true">⇡</span> {held ? t('activity.outbox.indicatorHeld', { count: held }) : t('activity.outbox.indicator', { count: items.length })}
    </Link>
  );
}

/** /kegiatan/antrean — what waits on this device, why, and what the person can do about it. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { items, sending, lastRun, online, sendNow, discard } = useOffline();
  const byActivity = new Map<string, OutboxItem[]>();
  for (const item of items) byActivity.set(item.activityId, [...(byActivity.get(item.activityId) ?? []), item]);

  return (
    <section className="outbox">
      <h1>{t('activity.outbox.title')}</h1>
      <p className="muted">{t('activity.outbox.intro')}</p>
      <div className="outbox__actions">
        <button type="button" className="button" disabled={sending || items.length === 0 || !online} onClick={() => void sendNow()}>
          {sending ? t('activity.outbox.sending') : t('activity.outbox.sendNow')}
        </button>
        {!online && <p className="notice">{t('activity.outbox.offlineHint')}</p>}
      </div>
      {lastRun && (
        <p className="muted" role="status">
          {t('activity.outbox.lastRun', { at: formatDateTimeWib(lastRun.at), what: describeRun(lastRun.result, t) })}
        </p>
      )}
      {items.length === 0 ? (
        <EmptyState title={t('activity.outbox.empty')} />
      ) : (
        <ol className="outbox__list">
          {[...byActivity.entries()].map(([activityId, list]) => {
            const created = list.some((i) => i.kind === 'create');
            const blocked = list.findIndex((i) => i.state !== 'waiting');
            return (
              <li key={activityId} className="outbox__activity">
                <h2>{at(list, 0, 'outbox item').title}</h2>
                <ul>
                  {list.map((item, index) => (
                    <li key={item.id} className={`outbox__item outbox__item--${item.state}`}>
                      <span>{t(`activity.outbox.kind.${item.kind}`, { name: item.fileName ?? '' })}</span> <strong>{t(`activity.outbox.state.${item.state}`)}</strong>
                      {blocked >= 0 && index > blocked && <span className="muted"> · {t('activity.outbox.blockedBehind')}</span>}
                      {item.state !== 'waiting' && (
                        <div className="outbox__problem" role="alert">
                          <p>{item.reason === 'OUTBOX_FILE_GONE' ? t('activity.outbox.fileGone') : item.message}</p>
                          {item.state === 'conflict' && <p className="muted">{t('activity.outbox.conflictHelp')}</p>}
                          <div className="outbox__problem-actions">
                            {!created && (
                              <Link className="button button--secondary" to={`/kegiatan/${activityId}`}>
                                {t('activity.outbox.open')}
                              </Link>
                            )}
                            <button
                              type="button"
                              className="button button--secondary"
                              onClick={() => {
                                if (window.confirm(t('activity.outbox.discardConfirm', { title: item.title }))) void discard(item);
                              }}
                            >
                              {t('activity.outbox.discard')}
                            </button>
                          </div>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function describeRun(result: SendResult, t: (key: string, options?: Record<string, unknown>) => string): string {
  const parts: string[] = [];
  if (result.sent) parts.push(t('activity.outbox.runSent', { count: result.sent, formatted: formatNumber(result.sent) }));
  if (result.stopped === 'offline') parts.push(t('activity.outbox.runOffline'));
  if (result.stopped === 'server') parts.push(t('activity.outbox.runServer'));
  if (result.held) parts.push(t('activity.outbox.runHeld', { count: result.held }));
  return parts.length ? parts.join(', ') : t('activity.outbox.runNothing');
}

/** On the activity list: what this device still holds, so a record made offline is seen at once, not lost from view. */
export function PendingOnDevice() {
  const { t } = useTranslation();
  const { items } = useOffline();
  const activities = new Map<string, { title: string; held: boolean }>();
  for (const item of items) {
    const seen = activities.get(item.activityId);
    activities.set(item.activityId, { title: seen?.title ?? item.title, held: (seen?.held ?? false) || item.state !== 'waiting' });
  }
  if (activities.size === 0) return null;
  return (
    <aside className="outbox-pending" aria-labelledby="outbox-pending-title">
      <strong id="outbox-pending-title">{t('activity.outbox.notSentYet')}</strong>
      <ul>
        {[...activities.entries()].map(([id, a]) => (
          <li key={id}>
            <Link to="/kegiatan/antrean">{a.title}</Link> · {a.held ? t('activity.outbox.state.conflict') : t('activity.outbox.state.waiting')}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** On an activity's page: changes to it from this device that have not reached the server yet. */
export function OutboxOnActivity({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const { items } = useOffline();
  const mine = items.filter((i) => i.activityId === activityId);
  if (mine.length === 0) return null;
  return (
    <p className="notice" role="status">
      {t('activity.outbox.onActivity', { count: mine.length })} <Link to="/kegiatan/antrean">{t('activity.outbox.title')}</Link>
    </p>
  );
}
