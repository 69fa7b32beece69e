import { NavLink } from 'react-router';
import { isNetworkFailure, useOfflineAnswers, useSession } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { useUnreadNotifications } from '../hooks/useUnreadNotifications';

/**
 * The header's bell: a link to /pemberitahuan named with the unread count ("Pemberitahuan, 3 belum dibaca"), the
 * count as a badge. It sits outside the collapsible menu so a phone shows it beside the menu button. Every
 * signed-in role has notifications. Offline the count cannot be asked: the badge says "luring" rather than a count
 * that may be stale, or none (which would read as "nothing new").
 */
export function NotificationBell({ onClick }: { onClick?: () => void }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const signedIn = state.status === 'signedIn';
  const { unread, latest, error } = useUnreadNotifications(signedIn);
  const offline = useOfflineAnswers().isOffline() || (error !== undefined && isNetworkFailure(error));
  if (!signedIn) return null;
  const label = offline ? t('notification.bell.labelOffline') : unread > 0 ? t('notification.bell.labelUnread', { count: formatNumber(unread) }) : t('notification.bell.label');
  return (
    <>
      <NavLink to="/pemberitahuan" className="bell" aria-label={label} title={label} onClick={onClick}>
        <svg className="bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {offline ? (
          <span className="bell__count bell__count--offline" aria-hidden="true" data-testid="bell-count">
            {t('notification.bell.offline')}
          </span>
        ) : (
          unread > 0 && (
            <span className="bell__count" aria-hidden="true" data-testid="bell-count">
              {unread > 99 ? '99+' : formatNumber(unread)}
            </span>
          )
        )}
      </NavLink>
      <span className="visually-hidden" role="status" aria-live="polite">
        {latest ? t('notification.bell.arrived', { title: latest }) : ''}
      </span>
    </>
  );
}
