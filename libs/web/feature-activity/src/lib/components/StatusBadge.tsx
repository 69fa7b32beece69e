import type { ActivityStatus } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';

/** The workflow state as a coloured badge (colour is never the only signal: the word is always there). */
export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status.toLowerCase()}`}>{t(`activity.status.${status}`)}</span>;
}
