import { formatCalendarDate, useTranslation } from '@jangkau/web-i18n';
import { type FormFramework, type ProgrammeChoices } from '../utils/programmeChoices';
import { fieldId } from '../utils/validateStep';
import { FieldError } from './FormField';

/**
 * The programme items of the frameworks in force on the activity's date, updating as the date changes; in words
 * when there is no date yet or no framework that day; and, apart, any chosen item that does not apply that day,
 * to untick (the server would refuse it).
 */
export function ProgrammeItems({
  choices,
  loaded,
  value,
  onChange,
  error,
}: {
  choices: ProgrammeChoices;
  loaded: boolean;
  value: string[];
  onChange: (ids: string[]) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((i) => i !== id));
  const date = choices.date ? formatCalendarDate(choices.date) : '';
  const staleIds = choices.stale.map((s) => s.item.id);
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`} id={fieldId('programmeItemIds')} aria-describedby={error ? `${fieldId('programmeItemIds')}-error` : undefined}>
      <legend>{t('activity.field.programmeItems')}</legend>
      {!choices.date ? (
        <p className="muted">{t('activity.form.programmeNeedsDate')}</p>
      ) : !loaded ? null : choices.inForce.length === 0 ? (
        <p className="notice" role="status">
          {t('activity.form.programmeNone', { date })}
        </p>
      ) : (
        <>
          <p className="muted small">{t('activity.form.programmeAsOf', { date })}</p>
          {choices.inForce.map((f: FormFramework) => (
            <div key={f.id} className="checklist">
              <p className="muted">{f.name}</p>
              {f.items.map((item) => (
                <label key={item.id} className="field--inline">
                  <input type="checkbox" checked={value.includes(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                  {item.number}. {item.title}
                </label>
              ))}
            </div>
          ))}
        </>
      )}
      {choices.stale.length > 0 && (
        <div className="form__error" role="alert">
          <p>{t('activity.form.programmeStale', { date })}</p>
          {choices.stale.map(({ item, framework }) => (
            <label key={item.id} className="field--inline">
              <input type="checkbox" checked onChange={() => toggle(item.id, false)} />
              {t('activity.form.programmeStaleItem', {
                number: item.number,
                title: item.title,
                framework: framework.name,
                from: formatCalendarDate(framework.validFrom),
                to: formatCalendarDate(framework.validTo),
              })}
            </label>
          ))}
          <button type="button" className="button button--secondary" onClick={() => onChange(value.filter((id) => !staleIds.includes(id)))}>
            {t('activity.form.programmeRemoveStale')}
          </button>
        </div>
      )}
      <FieldError field="programmeItemIds" message={error} />
    </fieldset>
  );
}
