import { ACTIVITY_LIMITS } from '@jangkau/shared-domain';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { CATEGORIES, participantTotals, type ActivityFormState } from '../utils/formState';

type Counts = ActivityFormState['participants'];

/**
 * Participants per category × sex with totals. Editable (inputs sized for thumbs and the numeric keypad on phones,
 * every category listed) or read-only (the categories with anyone in them).
 */
export function ParticipantsTable({ value, onChange, error }: { value: Counts; onChange?: (value: Counts) => void; error?: string | null }) {
  const { t } = useTranslation();
  const totals = participantTotals(value);
  const setCount = (category: string, sex: 'male' | 'female', raw: string) => {
    const n = raw === '' ? 0 : Math.max(0, Math.min(ACTIVITY_LIMITS.participantsPerCellMax, Math.floor(Number(raw)) || 0));
    const current = value[category] ?? { male: 0, female: 0 };
    onChange?.({ ...value, [category]: { ...current, [sex]: n } });
  };
  const categories = onChange ? CATEGORIES : CATEGORIES.filter((c) => (value[c]?.male ?? 0) + (value[c]?.female ?? 0) > 0);
  return (
    <div className="table-wrap">
      <table className="table participants-table">
        <caption className="visually-hidden">{t('activity.field.participants')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activity.field.participants')}</th>
            <th scope="col" className="num">
              {t('activity.form.male')}
            </th>
            <th scope="col" className="num">
              {t('activity.form.female')}
            </th>
            <th scope="col" className="num">
              {t('activity.form.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => {
            const row = value[category] ?? { male: 0, female: 0 };
            const label = t(`activity.category.${category}`);
            return (
              <tr key={category}>
                <th scope="row">{label}</th>
                {(['male', 'female'] as const).map((sex) => (
                  <td key={sex} className="num">
                    {onChange ? (
                      <input
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={ACTIVITY_LIMITS.participantsPerCellMax}
                        aria-label={`${label} ${t(`activity.form.${sex}`)}`}
                        value={row[sex] === 0 ? '' : row[sex]}
                        placeholder="0"
                        onChange={(e) => setCount(category, sex, e.target.value)}
                      />
                    ) : (
                      formatNumber(row[sex])
                    )}
                  </td>
                ))}
                <td className="num">{formatNumber(row.male + row.female)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('activity.form.total')}</th>
            <td className="num">{formatNumber(totals.male)}</td>
            <td className="num">{formatNumber(totals.female)}</td>
            <td className="num">
              <strong>{formatNumber(totals.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="muted small">
        {t('activity.form.officials')}: {formatNumber(totals.officials)}
      </p>
      {error && <p className="form__error">{error}</p>}
    </div>
  );
}
