import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorMessage, type ActivityDetailFragment } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { SetCoOrganiserParticipantsMutation } from '../graphql/activities';
import { type CATEGORIES } from '../utils/formState';
import { ParticipantsTable } from './ParticipantsTable';

type Detail = ActivityDetailFragment;

export function Participants({ activity }: { activity: Detail }) {
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

export function OwnParticipants({ activity, onDone }: { activity: Detail; onDone: (notice: string) => void }) {
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
