import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorMessage } from '@jangkau/web-data-access';
import { currentLanguage, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, useQueryState } from '@jangkau/web-ui';
import { ActivityQuery } from '../graphql/activities';
import { byKecamatan } from '../utils/formState';
import { formatWhen } from '../utils/time';
import { AttendanceList } from './AttendanceList';
import { EvidenceSection } from './EvidenceSection';
import { OutboxOnActivity } from '../offline/OutboxPage';
import { StatusBadge } from './StatusBadge';
import { ConfirmationSection } from './ConfirmationSection';
import { ActivityHistory } from './ActivityHistory';
import { InviteAgain, Verifiers, WorkflowBar } from './ActivityWorkflowBar';
import { Invitation } from './ActivityInvitation';
import { Participants, OwnParticipants } from './ActivityParticipants';
import { FollowUps } from './ActivityFollowUps';

/** /kegiatan/:id — everything about one activity, and the workflow buttons the reader may press. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const { data, loading, error, refetch } = useQuery(ActivityQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const state = useQueryState({ loading, error, data, describeError: (e) => errorMessage(e, t), onRetry: () => void refetch(), loadingRows: 6 });
  if (state) return state;
  const activity = data?.activity;
  if (!activity) {
    return (
      <EmptyState title={t('activity.page.notFoundTitle')}>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <p>{t('activity.page.notFoundBody')}</p>
        <Link to="/kegiatan">{t('activity.page.backToList')}</Link>
      </EmptyState>
    );
  }
  const language = currentLanguage();
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const stamp = (at: string) => new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <article className="activity-page">
      <p>
        <Link to="/kegiatan">← {t('activity.page.backToList')}</Link>
      </p>
      <header className="activity-page__head">
        <p className="activity-page__kicker">
          <StatusBadge status={activity.status} /> <span className="muted">{t(`activity.type.${activity.type}`)}</span>
          {activity.selfVerified && (
            <>
              {' '}
              <span className="badge badge--self-verified" title={t('activity.partners.selfVerifiedHint')}>
                {t('activity.partners.selfVerified')}
              </span>
            </>
          )}
        </p>
        <h1>{activity.title}</h1>
      </header>
      <OutboxOnActivity activityId={activity.id} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {activity.status === 'RETURNED' && activity.returnReason && (
        <div className="returned-box" role="note">
          <strong>{t('activity.page.returned')}</strong>
          <p>{activity.returnReason}</p>
        </div>
      )}
      <WorkflowBar activity={activity} onDone={(text) => setNotice(text)} />
      <Verifiers activity={activity} />
      <Invitation
        activity={activity}
        onDone={(text, gone) => {
          setNotice(text);
          // A decline that ends access: the page reloads into "not found", the notice saying why.
          if (gone) void refetch();
        }}
      />

      <dl className="facts">
        <dt>{t('activity.when')}</dt>
        <dd>{formatWhen(activity.startsAt, activity.endsAt, activity.timeZone, language)}</dd>
        <dt>{t('activity.where')}</dt>
        <dd>
          {activity.venueName}, <Link to={`/wilayah/${activity.venueRegion.code}`}>{activity.venueRegion.name}</Link>
        </dd>
        <dt>{t('activity.lead')}</dt>
        <dd>{activity.leadAgency.shortName}</dd>
        {activity.coOrganisers.length > 0 && (
          <>
            <dt>{t('activity.page.coOrganisersTitle')}</dt>
            <dd>
              <ul className="plain-list">
                {activity.coOrganisers.map((c) => (
                  <li key={c.agency.id}>
                    {c.agency.shortName} <span className="muted">({t(`activity.coStatus.${c.status}`)})</span>
                    {c.status === 'DECLINED' && activity.allowedActions.includes('INVITE') && <InviteAgain activity={activity} agency={c.agency} onDone={(text) => setNotice(text)} />}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {activity.programmeItems.length > 0 && (
          <>
            <dt>{t('activity.field.programmeItems')}</dt>
            <dd>
              <ul className="plain-list">
                {activity.programmeItems.map((i) => (
                  <li key={i.id}>
                    {i.number}. {i.title} <span className="muted">— {i.frameworkName}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {activity.topics.length > 0 && (
          <>
            <dt>{t('activity.field.topics')}</dt>
            <dd>{activity.topics.map((x) => x.name).join(', ')}</dd>
          </>
        )}
        <dt>{t('activity.page.reportedBy')}</dt>
        <dd>
          {t('activity.page.createdBy', { name: activity.createdByName })}
          {activity.submittedByName && activity.submittedAt && <> · {t('activity.page.submittedBy', { name: activity.submittedByName, at: stamp(activity.submittedAt) })}</>}
          {activity.verifiedByName && activity.verifiedAt && <> · {t('activity.page.verifiedBy', { name: activity.verifiedByName, at: stamp(activity.verifiedAt) })}</>}
        </dd>
      </dl>
      {activity.description && <p className="activity-page__description">{activity.description}</p>}
      <p className="muted small">{t('activity.page.countsNote')}</p>

      <section aria-labelledby="villages-title">
        <h2 id="villages-title">
          {t('activity.page.villagesTitle')} <span className="muted">({formatNumber(activity.villageCount)})</span>
        </h2>
        {activity.villages.length === 0 ? (
          <p className="muted">{t('activity.page.noVillages')}</p>
        ) : (
          byKecamatan(activity.villages).map(([kecamatan, villages]) => (
            <div key={kecamatan} className="village-group">
              <p className="village-group__head">
                <strong>
                  {t('level.KECAMATAN')} {villages[0]?.region.parent?.name ?? kecamatan}
                </strong>{' '}
                <span className="muted">({formatNumber(villages.length)})</span>
              </p>
              <ul className="village-list">
                {villages.map((v) => (
                  <li key={v.code}>
                    <Link to={`/wilayah/${v.code}`}>{v.region.name}</Link> <span className="muted">· {t(`activity.reach.${v.reach}`)}</span>
                    {v.outsideLeadArea && <span className="flag"> · {t('activity.form.outsideArea')}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <ConfirmationSection activityId={activity.id} />

      <section aria-labelledby="participants-title">
        <h2 id="participants-title">
          {t('activity.page.participantsTitle')} <span className="muted">({formatNumber(activity.participantTotals.total)})</span>
        </h2>
        <Participants activity={activity} />
        <AttendanceList activity={activity} />
        {activity.allowedActions.includes('EDIT_OWN_PARTICIPANTS') && <OwnParticipants activity={activity} onDone={(text) => setNotice(text)} />}
      </section>

      <EvidenceSection activity={activity} />

      <FollowUps activity={activity} />

      <ActivityHistory history={activity.history} />
    </article>
  );
}
