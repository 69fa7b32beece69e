import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ACTIVITY_LIMITS } from '@jangkau/shared-domain';
import { errorMessage, isNetworkFailure, useSession, type ActivityDetailFragment, type FollowUpStatus } from '@jangkau/web-data-access';
import { currentLanguage, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, useQueryState } from '@jangkau/web-ui';
import {
  ActivityFormOptionsQuery,
  ActivityQuery,
  AddFollowUpMutation,
  AnswerInvitationMutation,
  InviteCoOrganiserAgainMutation,
  MarkActivityHeldMutation,
  ReopenActivityMutation,
  ReturnActivityMutation,
  SetCoOrganiserParticipantsMutation,
  SubmitActivityMutation,
  UpdateFollowUpMutation,
  VerifyActivityMutation,
} from '../graphql/activities';
import { byKecamatan, type CATEGORIES } from '../utils/formState';
import { formatWhen } from '../utils/time';
import { AttendanceList } from './AttendanceList';
import { ParticipantsTable } from './ParticipantsTable';
import { EvidenceSection } from './EvidenceSection';
import { OutboxOnActivity } from '../offline/OutboxPage';
import { useOffline } from '../offline/OfflineProvider';
import { StatusBadge } from './StatusBadge';
import { ConfirmationSection } from './ConfirmationSection';
import { ReasonForm } from './ReasonForm';
import { ActivityHistory } from './ActivityHistory';

type Detail = ActivityDetailFragment;

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
                    {c.status === 'DECLINED' && activity.allowedActions.includes('INVITE') && (
                      <InviteAgain activity={activity} agency={c.agency} onDone={(text) => setNotice(text)} />
                    )}
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
                  {t('level.KECAMATAN')} {villages[0].region.parent?.name ?? kecamatan}
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

function WorkflowBar({ activity, onDone }: { activity: Detail; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const [markHeld] = useMutation(MarkActivityHeldMutation);
  const [submit] = useMutation(SubmitActivityMutation);
  const [verify] = useMutation(VerifyActivityMutation);
  const [sendBack] = useMutation(ReturnActivityMutation);
  const [reopen] = useMutation(ReopenActivityMutation);
  const [reasonFor, setReasonFor] = useState<'RETURN' | 'REOPEN' | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const actions = activity.allowedActions;
  const variables = { id: activity.id, version: activity.version };
  const offline = useOffline();
  const { state: session } = useSession();

  /** Submitting with no network: the submission waits in this device's queue and goes when the network returns. */
  const submitOrQueue = async () => {
    const queue = () =>
      offline.enqueue([{ id: crypto.randomUUID(), userId: session.status === 'signedIn' ? session.user.id : '', kind: 'submit', activityId: activity.id, title: activity.title, version: activity.version }]);
    if (!offline.online && session.status === 'signedIn') {
      await queue();
      onDone(t('activity.outbox.queued'));
      return;
    }
    try {
      await submit({ variables });
      onDone(t('activity.action.done.SUBMIT'));
    } catch (e) {
      if (!isNetworkFailure(e) || session.status !== 'signedIn') throw e;
      await queue();
      onDone(t('activity.outbox.queued'));
    }
  };

  const run = async (action: 'MARK_HELD' | 'SUBMIT' | 'VERIFY' | 'RETURN' | 'REOPEN', work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setReasonFor(null);
      setReason('');
      onDone(t(`activity.action.done.${action}`));
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const onReason = (event: FormEvent) => {
    event.preventDefault();
    if (reasonFor === 'RETURN') void run('RETURN', () => sendBack({ variables: { ...variables, reason } }));
    if (reasonFor === 'REOPEN') void run('REOPEN', () => reopen({ variables: { ...variables, reason } }));
  };

  if (!actions.some((a) => ['EDIT', 'MARK_HELD', 'SUBMIT', 'VERIFY', 'RETURN', 'REOPEN'].includes(a))) return null;
  return (
    <div className="workflow">
      <div className="workflow__buttons">
        {actions.includes('EDIT') && (
          <Link className="button button--secondary" to={`/kegiatan/${activity.id}/ubah`}>
            {t('activity.action.EDIT')}
          </Link>
        )}
        {actions.includes('MARK_HELD') && (
          <button type="button" className="button" disabled={busy} onClick={() => void run('MARK_HELD', () => markHeld({ variables }))}>
            {t('activity.action.MARK_HELD')}
          </button>
        )}
        {actions.includes('SUBMIT') && (
          <button
            type="button"
            className="button"
            disabled={busy || offline.items.some((i) => i.activityId === activity.id && i.kind === 'submit')}
            onClick={() => {
              setBusy(true);
              setError(null);
              submitOrQueue()
                .catch((e) => setError(errorMessage(e, t)))
                .finally(() => setBusy(false));
            }}
          >
            {t('activity.action.SUBMIT')}
          </button>
        )}
        {actions.includes('VERIFY') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t('activity.action.confirmVerify'))) void run('VERIFY', () => verify({ variables }));
            }}
          >
            {t('activity.action.VERIFY')}
          </button>
        )}
        {actions.includes('RETURN') && (
          <button type="button" className="button button--secondary" aria-expanded={reasonFor === 'RETURN'} onClick={() => setReasonFor(reasonFor === 'RETURN' ? null : 'RETURN')}>
            {t('activity.action.RETURN')}
          </button>
        )}
        {actions.includes('REOPEN') && (
          <button type="button" className="button button--secondary" aria-expanded={reasonFor === 'REOPEN'} onClick={() => setReasonFor(reasonFor === 'REOPEN' ? null : 'REOPEN')}>
            {t('activity.action.REOPEN')}
          </button>
        )}
      </div>
      {reasonFor && (
        <ReasonForm
          label={t('activity.action.reasonLabel')}
          value={reason}
          onChange={setReason}
          minLength={ACTIVITY_LIMITS.reasonMin}
          maxLength={ACTIVITY_LIMITS.reasonMax}
          submitLabel={t(`activity.action.${reasonFor}`)}
          cancelLabel={t('activity.form.cancel')}
          busy={busy}
          onSubmit={onReason}
          onCancel={() => setReasonFor(null)}
        />
      )}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** For the lead agency's people: who will verify, or a warning that nobody can. */
function Verifiers({ activity }: { activity: Detail }) {
  const { t } = useTranslation();
  const { state: session } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  if (!user || user.agency?.id !== activity.leadAgencyId || !['DRAFT', 'SUBMITTED', 'RETURNED'].includes(activity.status)) return null;
  if (activity.verifiers.length === 0) {
    return (
      <p className="flag" role="note">
        {t('activity.partners.noVerifier')}
      </p>
    );
  }
  return <p className="muted">{t('activity.partners.willVerify', { names: activity.verifiers.join(', ') })}</p>;
}

function InviteAgain({ activity, agency, onDone }: { activity: Detail; agency: { id: string; shortName: string }; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const [invite, { loading }] = useMutation(InviteCoOrganiserAgainMutation);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {' '}
      <button
        type="button"
        className="link-button"
        disabled={loading}
        aria-label={`${t('activity.partners.inviteAgain')}: ${agency.shortName}`}
        onClick={async () => {
          setError(null);
          try {
            await invite({ variables: { id: activity.id, version: activity.version, agencyId: agency.id } });
            onDone(t('activity.partners.invitedAgain', { name: agency.shortName }));
          } catch (e) {
            setError(errorMessage(e, t));
          }
        }}
      >
        {t('activity.partners.inviteAgain')}
      </button>
      {error && (
        <span className="form__error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}

function Invitation({ activity, onDone }: { activity: Detail; onDone: (notice: string, gone: boolean) => void }) {
  const { t } = useTranslation();
  const [answer] = useMutation(AnswerInvitationMutation);
  const [error, setError] = useState<string | null>(null);
  if (!activity.allowedActions.includes('ANSWER_INVITATION')) return null;
  const respond = async (accept: boolean) => {
    setError(null);
    try {
      const result = await answer({ variables: { id: activity.id, accept } });
      const gone = !result.data?.answerActivityInvitation;
      onDone(gone ? t('activity.partners.declinedGone') : accept ? t('activity.coStatus.ACCEPTED') : t('activity.coStatus.DECLINED'), gone);
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <div className="invitation" role="note">
      <p>{t('activity.page.invitation')}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => void respond(true)}>
          {t('activity.page.accept')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void respond(false)}>
          {t('activity.page.decline')}
        </button>
      </div>
      {error && <p className="form__error">{error}</p>}
    </div>
  );
}

function Participants({ activity }: { activity: Detail }) {
  const { t } = useTranslation();
  if (activity.participants.length === 0) return <p className="muted">{t('activity.page.noParticipants')}</p>;
  const summed: Record<string, { male: number; female: number }> = {};
  for (const p of activity.participants) {
    const row = (summed[p.category] ??= { male: 0, female: 0 });
    row.male += p.male;
    row.female += p.female;
  }
  const agencies = [...new Set(activity.participants.map((p) => p.agency.shortName))];
  return (
    <>
      <ParticipantsTable value={summed} />
      {agencies.length > 1 && (
        <p className="muted small">
          {t('activity.page.reportedBy')}: {agencies.join(', ')}
        </p>
      )}
    </>
  );
}

function OwnParticipants({ activity, onDone }: { activity: Detail; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const [save] = useMutation(SetCoOrganiserParticipantsMutation);
  const lead = activity.leadAgencyId;
  const mine = activity.participants.filter((p) => p.agency.id !== lead);
  const [value, setValue] = useState<Record<string, { male: number; female: number }>>(() => Object.fromEntries(mine.map((p) => [p.category, { male: p.male, female: p.female }])));
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const participants = Object.entries(value)
        .filter(([, n]) => n.male + n.female > 0)
        .map(([category, n]) => ({ category: category as (typeof CATEGORIES)[number], male: n.male, female: n.female }));
      await save({ variables: { id: activity.id, version: activity.version, participants } });
      onDone(t('activity.form.saved'));
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <form className="form form--panel" onSubmit={(e) => void submit(e)}>
      <h3>{t('activity.page.yourParticipants')}</h3>
      <ParticipantsTable value={value} onChange={setValue} />
      {error && <p className="form__error">{error}</p>}
      <button type="submit" className="button">
        {t('activity.page.saveParticipants')}
      </button>
    </form>
  );
}

const FOLLOW_UP_STATUSES: FollowUpStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

function FollowUps({ activity }: { activity: Detail }) {
  const { t } = useTranslation();
  const { state: session } = useSession();
  const me = session.status === 'signedIn' ? session.user : null;
  const canAdd = activity.allowedActions.includes('ADD_FOLLOW_UP');
  // The lead agency edits follow-ups; the responsible agency (a kecamatan, a desa…) moves their status.
  const canMove = (responsibleId: string) => canAdd || (me?.agency?.id === responsibleId && me.role !== 'VIEWER' && me.role !== 'ADMIN');
  const options = useQuery(ActivityFormOptionsQuery, { skip: !canAdd });
  const [add] = useMutation(AddFollowUpMutation, { refetchQueries: [ActivityQuery] });
  const [update] = useMutation(UpdateFollowUpMutation);
  const [text, setText] = useState('');
  const [responsible, setResponsible] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await add({ variables: { activityId: activity.id, input: { text, responsibleAgencyId: responsible, dueOn: dueOn || null } } });
      setText('');
      setDueOn('');
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <section aria-labelledby="followups-title">
      <h2 id="followups-title">{t('activity.page.followUpsTitle')}</h2>
      {activity.followUps.length === 0 ? (
        <p className="muted">{t('activity.page.noFollowUps')}</p>
      ) : (
        <ul className="follow-ups">
          {activity.followUps.map((f) => (
            <li key={f.id}>
              <p>{f.text}</p>
              <p className="muted small">
                {f.responsibleAgency.shortName}
                {f.dueOn && (
                  <>
                    {' '}
                    · {t('activity.page.dueOn')} {f.dueOn}
                  </>
                )}
              </p>
              {canMove(f.responsibleAgency.id) ? (
              <label className="field--inline">
                  <span className="visually-hidden">{t('activity.filter.status')}</span>
                  <select
                    value={f.status}
                    onChange={(e) =>
                      void update({
                        variables: { id: f.id, version: f.version, input: { text: f.text, responsibleAgencyId: f.responsibleAgency.id, dueOn: f.dueOn, status: e.target.value as FollowUpStatus } },
                      }).catch((err) => setError(errorMessage(err, t)))
                    }
                  >
                    {FOLLOW_UP_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`activity.followUpStatus.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <p className="small">{t(`activity.followUpStatus.${f.status}`)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <form className="form form--panel" onSubmit={(e) => void submit(e)}>
          <h3>{t('activity.page.addFollowUp')}</h3>
          <label className="field">
            <span>{t('activity.page.followUpText')}</span>
            <textarea rows={2} value={text} maxLength={ACTIVITY_LIMITS.followUpTextMax} required onChange={(e) => setText(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('activity.page.responsible')}</span>
            <select value={responsible} required onChange={(e) => setResponsible(e.target.value)}>
              <option value="" />
              {(options.data?.agencies ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.shortName}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('activity.page.dueOn')}</span>
            <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
          </label>
          <button type="submit" className="button">
            {t('activity.page.addFollowUp')}
          </button>
        </form>
      )}
      {error && <p className="form__error">{error}</p>}
    </section>
  );
}
