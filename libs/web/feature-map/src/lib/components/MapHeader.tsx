import { formatTimeWib, useTranslation } from '@jangkau/web-i18n';

/** The map's title, the area drawn (once a view is) and the period, and when live updates last recoloured it. */
export function MapHeader({ areaName, periodText, updatedAt }: { areaName: string | null; periodText: string; updatedAt: Date | null }) {
  const { t } = useTranslation();
  return (
    <header className="dashboard__head">
      <div>
        <h1>{t('map.title')}</h1>
        <p className="dashboard__area">
          {areaName !== null && <strong>{areaName}</strong>}
          {areaName !== null && ' · '}
          {t('map.periodOf', { period: periodText })}
        </p>
      </div>
      <p className="dashboard__updated small muted" aria-live="polite">
        {updatedAt ? t('map.updated', { time: formatTimeWib(updatedAt) }) : ''}
      </p>
    </header>
  );
}
