import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CONFIRMATION_LIMITS } from '@jangkau/shared-domain';
import { errorMessage, type VillageConfirmationFieldsFragment, type VillageConfirmationStatus } from '@jangkau/web-data-access';
import { currentLanguage, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { ActivityQuery } from '../graphql/activities';
import { ActivityConfirmationsQuery, AnswerVillageReachMutation, ConfirmationQueueCountQuery, ConfirmationQueueQuery, RespondToDisputeMutation } from '../graphql/confirmations';
import { ReasonForm } from './ReasonForm';

type Confirmation = VillageConfirmationFieldsFragment;

/** The badge colours reuse the workflow's: confirmed green, disputed red, corrected blue, unanswered grey. */
const BADGE: Record<VillageConfirmationStatus, string> = { CONFIRMED: 'verified', DISPUTED: 'returned', CORRECTED: 'planned', UNANSWERED: 'draft' };

export function ConfirmationBadge({ status }: { status: VillageConfirmationStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${BADGE[status]}`}>{t(`confirmation.status.${status}`)}</span>;
}

const stamp = (at: string) => new Date(at).toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "Konfirmasi desa" on an activity page: each village listed and what its own government answered. The village
 * government confirms or disputes (a note is required with a dispute); the head of the lead agency keeps a
 * disputed record with a reason (or corrects it through reopen, edit, verify). Nothing here changes the figures.
 */
export function ConfirmationSection({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ActivityConfirmationsQuery, { variables: { id: activityId }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  const list = data?.activity?.villageConfirmations ?? [];
  if (!list.length) return null;
  const count = (status: VillageConfirmationStatus) => list.filter((c) => c.status === status).length;
  // The reader's own villages first: what they came to answer.
  const sorted = [...list].sort((a, b) => Number(b.canAnswer || b.canRespond) - Number(a.canAnswer || a.canRespond));

  return (
    <section aria-labelledby="confirmations-title" className="confirmations">
      <h2 id="confirmations-title">{t('confirmation.section.title')}</h2>
      <p className="muted small">{t('confirmation.section.intro')}</p>
      <p>
        {t('confirmation.section.summary', {
          confirmed: formatNumber(count('CONFIRMED')),
          disputed: formatNumber(count('DISPUTED')),
          unanswered: formatNumber(count('UNANSWERED')),
        })}
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ul className="confirmation-list">
        {sorted.map((c) => (
          <ConfirmationItem key={c.villageCode} confirmation={c} onDone={setNotice} />
        ))}
      </ul>
    </section>
  );
}

export function ConfirmationItem({ confirmation: c, onDone, showVillage = true }: { confirmation: Confirmation; onDone: (notice: string) => void; showVillage?: boolean }) {
  const { t } = useTranslation();
  return (
    <li className="confirmation" data-village={c.villageCode}>
      <p className="confirmation__head">
        {showVillage && <strong>{c.village.name}</strong>} <ConfirmationBadge status={c.status} />
        {!c.hasGovernment && c.status === 'UNANSWERED' && <span className="muted small"> · {t('confirmation.section.noGovernment')}</span>}
      </p>
      {c.answeredAt && c.answeredByName && (
        <p className="muted small">{t('confirmation.section.answeredBy', { name: c.answeredByName, agency: c.answeredByAgency?.shortName ?? '', at: stamp(c.answeredAt) })}</p>
      )}
      {c.note && <p className="confirmation__note">{c.note}</p>}
      {c.response && <p className="small">{t('confirmation.section.response', { name: c.respondedByName ?? '', text: c.response })}</p>}
      {c.canAnswer && <AnswerForm confirmation={c} onDone={onDone} />}
      {c.canRespond && <RespondForm confirmation={c} onDone={onDone} />}
    </li>
  );
}

const REFETCH = [ActivityConfirmationsQuery, ActivityQuery, ConfirmationQueueQuery, ConfirmationQueueCountQuery];

function AnswerForm({ confirmation: c, onDone }: { confirmation: Confirmation; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const [answer, { loading }] = useMutation(AnswerVillageReachMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  // Answered villages show their answer first; changing it is one more press.
  const [open, setOpen] = useState(c.status === 'UNANSWERED');
  const [disputing, setDisputing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const village = c.village.name;

  const send = async (confirmed: boolean) => {
    setError(null);
    try {
      await answer({ variables: { activityId: c.activityId, villageCode: c.villageCode, confirmed, note: note.trim() || null, version: c.version } });
      setDisputing(false);
      setNote('');
      setOpen(false);
      onDone(t(confirmed ? 'confirmation.answer.confirmed' : 'confirmation.answer.disputed', { village }));
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  const onDispute = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length < CONFIRMATION_LIMITS.noteMin) return setError(t('confirmation.answer.noteRequired', { min: CONFIRMATION_LIMITS.noteMin }));
    void send(false);
  };

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('confirmation.answer.change')}
      </button>
    );
  }
  return (
    <div className="confirmation__actions">
      {!disputing ? (
        <>
          {/* A confirmation may carry a note too (who came, what was agreed); a dispute needs one. */}
          <label className="field">
            <span>{t('confirmation.answer.noteLabel')}</span>
            <textarea rows={2} value={note} maxLength={CONFIRMATION_LIMITS.noteMax} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="form__actions">
            <button type="button" className="button" disabled={loading} onClick={() => void send(true)}>
              {t('confirmation.answer.confirm', { village })}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDisputing(true)}>
              {t('confirmation.answer.dispute')}
            </button>
          </div>
        </>
      ) : (
        <ReasonForm
          label={t('confirmation.answer.disputeNoteLabel')}
          value={note}
          onChange={setNote}
          maxLength={CONFIRMATION_LIMITS.noteMax}
          submitLabel={t('confirmation.answer.sendDispute')}
          cancelLabel={t('confirmation.answer.cancel')}
          busy={loading}
          onSubmit={onDispute}
          onCancel={() => setDisputing(false)}
          autoFocus
          noValidate
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

function RespondForm({ confirmation: c, onDone }: { confirmation: Confirmation; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const [respond, { loading }] = useMutation(RespondToDisputeMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await respond({ variables: { activityId: c.activityId, villageCode: c.villageCode, reason, version: c.version } });
      setOpen(false);
      onDone(t('confirmation.respond.done', { village: c.village.name }));
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <div className="confirmation__actions">
      <p className="muted small">{t('confirmation.section.correctHint')}</p>
      {!open ? (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('confirmation.respond.open')}
        </button>
      ) : (
        <ReasonForm
          label={t('confirmation.respond.label')}
          value={reason}
          onChange={setReason}
          minLength={CONFIRMATION_LIMITS.noteMin}
          maxLength={CONFIRMATION_LIMITS.noteMax}
          submitLabel={t('confirmation.respond.send')}
          cancelLabel={t('confirmation.answer.cancel')}
          busy={loading}
          onSubmit={(e) => void submit(e)}
          onCancel={() => setOpen(false)}
          autoFocus
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
