import type { ActivityDetailFragment } from '@jangkau/web-data-access';
import { currentLanguage, useTranslation } from '@jangkau/web-i18n';

type Entry = ActivityDetailFragment['history'][number];

/** A verification by the head who created or submitted the activity (the audit entry's selfVerified: true). */
export const isSelfVerification = (entry: Entry) => entry.operation === 'verifyActivity' && entry.changes.some((c) => c.field === 'selfVerified' && c.to === 'true');

/**
 * The activity's history, oldest first: when, who and what ("memverifikasi"; "memverifikasi (diverifikasi oleh
 * pembuatnya)" when the head verified their own work), and how many fields an update changed.
 */
export function ActivityHistory({ history }: { history: readonly Entry[] }) {
  const { t } = useTranslation();
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'id-ID';
  const stamp = (at: string) => new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('activity.page.historyTitle')}</h2>
      <ol className="history">
        {history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.at}>{stamp(h.at)}</time> · <strong>{h.actorUsername ?? t('activity.history.system')}</strong>{' '}
            {t(`activity.history.${h.operation}`, { defaultValue: h.operation })}
            {isSelfVerification(h) && ` (${t('activity.history.selfVerified')})`}
            {h.operation.startsWith('update') && h.changes.length > 0 && <span className="muted"> ({t('activity.history.fields', { count: h.changes.length })})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
