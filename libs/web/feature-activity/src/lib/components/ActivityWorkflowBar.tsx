import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ACTIVITY_LIMITS } from '@jangkau/shared-domain';
import { errorMessage, isNetworkFailure, useSession, type ActivityDetailFragment } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import {
  InviteCoOrganiserAgainMutation,
  MarkActivityHeldMutation,
  ReopenActivityMutation,
  ReturnActivityMutation,
  SubmitActivityMutation,
  VerifyActivityMutation,
} from '../graphql/activities';
import { useOffline } from '../offline/OfflineProvider';
import { ReasonForm } from './ReasonForm';

type Detail = ActivityDetailFragment;

export function WorkflowBar({ activity, onDone }: { activity: Detail; onDone: (notice: string) => void }) {
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
      offline.enqueue([
        { id: crypto.randomUUID(), userId: session.status === 'signedIn' ? session.user.id : '', kind: 'submit', activityId: activity.id, title: activity.title, version: activity.version },
      ]);
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
export function Verifiers({ activity }: { activity: Detail }) {
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

export function InviteAgain({ activity, agency, onDone }: { activity: Detail; agency: { id: string; shortName: string }; onDone: (notice: string) => void }) {
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
        onClick={() =>
          void (async () => {
            setError(null);
            try {
              await invite({ variables: { id: activity.id, version: activity.version, agencyId: agency.id } });
              onDone(t('activity.partners.invitedAgain', { name: agency.shortName }));
            } catch (e) {
              setError(errorMessage(e, t));
            }
          })()
        }
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
