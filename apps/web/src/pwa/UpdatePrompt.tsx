import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from '@jangkau/web-i18n';
import { updateStore } from './update-store';

/**
 * "Versi baru tersedia — Muat ulang" when a newer version of the app waits. Nothing reloads until the person chooses
 * to (a half-typed form is never swept away); "Nanti" hides the prompt until the next version or the next visit,
 * which opens the new version anyway.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { waiting } = useSyncExternalStore(updateStore.subscribe, updateStore.getState, updateStore.getState);
  const [dismissed, setDismissed] = useState(false);
  if (!waiting || dismissed) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('pwa.update.available')}</span>
      <button type="button" className="button" onClick={() => updateStore.apply()}>
        {t('pwa.update.reload')}
      </button>
      <button type="button" className="link-button" onClick={() => setDismissed(true)}>
        {t('pwa.update.later')}
      </button>
    </div>
  );
}
