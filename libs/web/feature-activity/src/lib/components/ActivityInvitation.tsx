import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage, type ActivityDetailFragment } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { AnswerInvitationMutation } from '../graphql/activities';

type Detail = ActivityDetailFragment;

export function Invitation({ activity, onDone }: { activity: Detail; onDone: (notice: string, gone: boolean) => void }) {
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
