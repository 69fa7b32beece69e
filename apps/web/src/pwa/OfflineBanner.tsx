import { useLocation } from 'react-router';
import { useServedFromDeviceAt } from '@jangkau/web-data-access';
import { formatTimeInPersonZone, useTranslation } from '@jangkau/web-i18n';

/**
 * "Data per 14.05 WIB, luring": some of what the page shows came from this device because the network failed; the
 * time is when the server last gave it, in the person's zone. Gone as soon as the page's data comes from the server.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  // Re-read on every route: the banner speaks of the page on screen, not of pages seen before.
  useLocation();
  const savedAt = useServedFromDeviceAt();
  if (savedAt === null) return null;
  const { time, zone } = formatTimeInPersonZone(savedAt);
  return (
    <p className="offline-banner" role="status" title={t('pwa.offlineDataHint')}>
      <strong>{t('pwa.offlineData', { time, zone })}</strong> <span className="offline-banner__hint">{t('pwa.offlineDataHint')}</span>
    </p>
  );
}
