import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ACTIVITY_LIMITS } from '@jangkau/shared-domain';
import { errorMessage, useSession, type ActivityDetailFragment, type FollowUpStatus } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { ActivityFormOptionsQuery, ActivityQuery, AddFollowUpMutation, UpdateFollowUpMutation } from '../graphql/activities';

type Detail = ActivityDetailFragment;

const FOLLOW_UP_STATUSES: FollowUpStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export function FollowUps({ activity }: { activity: Detail }) {
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
                        variables: {
                          id: f.id,
                          version: f.version,
                          input: { text: f.text, responsibleAgencyId: f.responsibleAgency.id, dueOn: f.dueOn, status: e.target.value as FollowUpStatus },
                        },
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
