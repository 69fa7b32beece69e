import { useEffect, useRef } from 'react';
import { useSession } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { LoginForm } from './LoginForm';

/**
 * When a session ends under the user's hands, signing in again happens in a dialog over the page: the page stays
 * mounted, so a half-filled form keeps its input.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const { state } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = state.status === 'signedOut' && state.reason === 'expired';
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal?.();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    // Escape must not dismiss it: the page behind cannot work until the user signs in again.
    <dialog ref={dialog} className="dialog" aria-labelledby="session-expired-title" onCancel={(event) => event.preventDefault()}>
      {open && (
        <>
          <h2 id="session-expired-title">{t('auth.expiredTitle')}</h2>
          <p>{t('auth.expiredBody')}</p>
          <LoginForm />
        </>
      )}
    </dialog>
  );
}
