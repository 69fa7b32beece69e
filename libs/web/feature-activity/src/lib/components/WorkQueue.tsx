import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useSession } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { MyWorkQuery } from '../graphql/activities';

/**
 * Where people work: on landing, a head sees the submissions waiting for verification, an officer what came back
 * to them, every agency the invitations waiting for an answer; each a link to the list filtered to exactly those.
 */
export function WorkQueue() {
  const { t } = useTranslation();
  const { state: session } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  const records = user?.role === 'HEAD' || user?.role === 'OFFICER';
  const { data } = useQuery(MyWorkQuery, { skip: !records, fetchPolicy: 'cache-and-network' });
  if (!records || !data) return null;
  const { awaitingVerification, returned, invitations } = data.myWork;
  const items = [
    ...(user?.role === 'HEAD' ? [{ key: 'awaiting', to: '/kegiatan?menunggu=1', text: t('activity.work.awaiting', { count: awaitingVerification }), count: awaitingVerification }] : []),
    { key: 'returned', to: '/kegiatan?dikembalikan=1', text: t('activity.work.returned', { count: returned }), count: returned },
    { key: 'invitations', to: '/kegiatan?undangan=1', text: t('activity.work.invitations', { count: invitations }), count: invitations },
  ];
  // A head always sees the verification queue, even empty; the other lines only when something waits.
  const visible = items.filter((i) => i.count > 0 || i.key === 'awaiting');
  return (
    <section className="work-queue" aria-labelledby="work-queue-title">
      <h2 id="work-queue-title">{t('activity.work.title')}</h2>
      {visible.length === 0 ? (
        <p className="muted">{t('activity.work.nothing')}</p>
      ) : (
        <ul>
          {visible.map((i) => (
            <li key={i.key}>
              <Link to={i.to}>{i.text}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
