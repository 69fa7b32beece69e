import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, NavLink } from 'react-router';
import { errorMessage, useSession, type ConfirmationQueueQuery as QueueData, type Role } from '@jangkau/web-data-access';
import { formatDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { useQueryState } from '@jangkau/web-ui';
import { ConfirmationQueueCountQuery, ConfirmationQueueQuery } from '../graphql/confirmations';
import { ConfirmationItem } from './ConfirmationSection';

type Entry = QueueData['confirmationQueue']['toConfirm'][number];

const PAGE_SIZE = 50;

/** Who has a confirmation queue: village governments' people (confirm) and the lead agencies' (disputes). */
export const CONFIRMATION_ROLES: Role[] = ['HEAD', 'OFFICER', 'LOCAL'];

/**
 * /konfirmasi — for a village government, the villages of verified activities waiting for its answer; for a lead
 * agency, the villages that dispute its activities. Each is answered here, or on the activity's page.
 */
export function ConfirmationPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ConfirmationQueueQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  const state = useQueryState({ loading, error, data, describeError: (e) => errorMessage(e, t), onRetry: () => void refetch(), loadingRows: 4 });
  if (state) return state;
  const queue = data!.confirmationQueue;
  return (
    <section className="confirmation-page">
      <h1>{t('confirmation.page.title')}</h1>
      <p className="muted">{t('confirmation.page.intro')}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <QueueList
        id="to-confirm"
        title={t('confirmation.page.toConfirm', { count: queue.toConfirmCount })}
        empty={t('confirmation.page.toConfirmEmpty')}
        entries={queue.toConfirm}
        total={queue.toConfirmCount}
        onDone={setNotice}
      />
      <QueueList
        id="disputes"
        title={t('confirmation.page.disputes', { count: queue.disputeCount })}
        empty={t('confirmation.page.disputesEmpty')}
        entries={queue.disputes}
        total={queue.disputeCount}
        onDone={setNotice}
      />
    </section>
  );
}

function QueueList({ id, title, empty, entries, total, onDone }: { id: string; title: string; empty: string; entries: Entry[]; total: number; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="confirmation-list">
          {entries.map(({ activity, confirmation }) => (
            <li key={`${activity.id} ${confirmation.villageCode}`} className="confirmation-entry">
              <p>
                <Link to={`/kegiatan/${activity.id}`}>{activity.title}</Link>
                <span className="muted small">
                  {' '}
                  · {formatDate(activity.startsAt.slice(0, 10))} · {activity.venueName} · {activity.leadAgency.shortName}
                </span>
              </p>
              <ul className="plain-list">
                <ConfirmationItem confirmation={confirmation} onDone={onDone} />
              </ul>
            </li>
          ))}
        </ul>
      )}
      {total > entries.length && <p className="small muted">{t('confirmation.page.more', { shown: formatNumber(entries.length), count: formatNumber(total) })}</p>}
    </section>
  );
}

/** The header's link to /konfirmasi, with what waits there. */
export function ConfirmationNavLink({ onClick }: { onClick?: () => void }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const role = state.status === 'signedIn' ? state.user.role : null;
  const shown = role !== null && CONFIRMATION_ROLES.includes(role);
  const { data } = useQuery(ConfirmationQueueCountQuery, { skip: !shown, fetchPolicy: 'cache-and-network' });
  if (!shown) return null;
  const waiting = (data?.confirmationQueue.toConfirmCount ?? 0) + (data?.confirmationQueue.disputeCount ?? 0);
  return (
    <NavLink to="/konfirmasi" onClick={onClick}>
      {t('confirmation.nav')}
      {waiting > 0 && (
        <>
          {' '}
          <span className="nav-count" aria-hidden="true">
            {formatNumber(waiting)}
          </span>
          <span className="visually-hidden">{t('confirmation.navCount', { count: formatNumber(waiting) })}</span>
        </>
      )}
    </NavLink>
  );
}
