import { useState } from 'react';
import { useTranslation } from '@jangkau/web-i18n';
import { RegionCombobox } from '@jangkau/web-ui';
import { timeZoneOfRegion } from '../utils/time';
import { fieldId } from '../utils/validateStep';
import { useAreaSearch } from '../offline/useAreaSearch';
import { FieldError } from './FormField';

export function VenuePicker({
  value,
  onChange,
  error,
}: {
  value: { code: string; name: string } | null;
  onChange: (v: { code: string; name: string } | null) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useAreaSearch(text);
  if (value) {
    return (
      <div className="field">
        <span>{t('activity.field.venueRegion')}</span>
        <ul className="chips" id={fieldId('venueRegion')}>
          <li className="chip">
            <span>
              {value.name} <span className="muted">{value.code}</span> · {t('activity.form.venuePicked', { zone: timeZoneOfRegion(value.code) })}
            </span>
            <button type="button" aria-label={t('activity.form.removeVillage', { name: value.name })} onClick={() => onChange(null)}>
              ×
            </button>
          </li>
        </ul>
      </div>
    );
  }
  return (
    <div className="field">
      <RegionCombobox
        label={t('activity.field.venueRegion')}
        placeholder={t('activity.form.venueSearch')}
        text={text}
        onTextChange={setText}
        search={search}
        onChoose={(region) => {
          setText('');
          onChange({ code: region.code, name: region.name });
        }}
        hint={search.offlineNote ?? undefined}
        inputId={fieldId('venueRegion')}
        invalid={Boolean(error)}
        describedBy={error ? `${fieldId('venueRegion')}-error` : undefined}
      />
      <FieldError field="venueRegion" message={error} />
    </div>
  );
}
