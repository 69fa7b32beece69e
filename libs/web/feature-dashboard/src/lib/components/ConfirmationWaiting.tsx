import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useSession } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { DashboardConfirmationWaitingQuery } from '../graphql/confirmationWaiting.query';

/**
 * On landing, what waits at /konfirmasi: a village government's villages to confirm, a lead agency's disputes to
 * answer. Nothing when nothing waits (the header's link says the same in a word).
 */
export function ConfirmationWaiting() {
  const { t } = useTranslation();
  const { state } = useSession();
  const role = state.status === 'signedIn' ? state.user.role : null;
  const shown = role === 'HEAD' || role === 'OFFICER' || role === 'LOCAL';
  const { data } = useQuery(DashboardConfirmationWaitingQuery, { skip: !shown, fetchPolicy: 'cache-and-network' });
  const queue = data?.confirmationQueue;
  if (!shown || !queue || queue.toConfirmCount + queue.disputeCount === 0) return null;
  return (
    <p className="notice confirmation-waiting" role="note">
      <strong>{t('confirmation.section.title')}:</strong>{' '}
      {queue.toConfirmCount > 0 && <Link to="/konfirmasi">{t('confirmation.page.toConfirm', { count: formatNumber(queue.toConfirmCount) })}</Link>}
      {queue.toConfirmCount > 0 && queue.disputeCount > 0 && ' · '}
      {queue.disputeCount > 0 && <Link to="/konfirmasi">{t('confirmation.page.disputes', { count: formatNumber(queue.disputeCount) })}</Link>}
    </p>
  );
}
