import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { isNetworkFailure } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { CoOrganiserCandidatesQuery } from '../graphql/activities';
import { fieldId } from '../utils/validateStep';
import { useOffline } from '../offline/OfflineProvider';
import { FieldError } from './FormField';

/**
 * The co-organiser picker: agencies whose working area covers the activity's villages and venue (from the API,
 * so a Dinas finds the immigration office working in its kabupaten), and any other active agency by name.
 */
export function CoOrganisers({
  knownNames,
  villageCodes,
  venueRegionCode,
  value,
  onChange,
  error,
}: {
  knownNames: Record<string, { shortName: string; name: string }>;
  villageCodes: string[];
  venueRegionCode: string | null;
  value: string[];
  onChange: (ids: string[]) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState('');
  const [picked, setPicked] = useState<Record<string, { shortName: string; name: string }>>({});
  useEffect(() => {
    const timer = setTimeout(() => setSearched(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const candidates = useQuery(CoOrganiserCandidatesQuery, { variables: { villageCodes, venueRegionCode, search: searched || null } });
  const { reference } = useOffline();
  // Offline: the active agencies kept on this device, by name (which of them work in the area is the server's to say).
  const kept = useMemo(() => {
    const needle = searched.toLowerCase();
    return (reference?.formOptions?.agencies ?? [])
      .filter((a) => a.active && (!needle || `${a.shortName} ${a.name}`.toLowerCase().includes(needle)))
      .slice(0, 20)
      .map((a) => ({ __typename: 'CoOrganiserCandidate' as const, id: a.id, name: a.name, shortName: a.shortName, worksInArea: false }));
  }, [reference, searched]);
  const list = (candidates.data ?? candidates.previousData)?.coOrganiserCandidates ?? (isNetworkFailure(candidates.error) ? kept : []);
  const available = list.filter((a) => !value.includes(a.id));
  const nameOf = (id: string) => picked[id] ?? knownNames[id] ?? list.find((a) => a.id === id);
  const groups = [
    { label: t('activity.partners.inArea'), agencies: available.filter((a) => a.worksInArea) },
    { label: t('activity.partners.elsewhere'), agencies: available.filter((a) => !a.worksInArea) },
  ].filter((g) => g.agencies.length > 0);
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`} id={fieldId('coOrganiserIds')} aria-describedby={error ? `${fieldId('coOrganiserIds')}-error` : undefined}>
      <legend>{t('activity.field.coOrganisers')}</legend>
      {value.length > 0 && (
        <ul className="chips">
          {value.map((id) => {
            const agency = nameOf(id);
            return (
              <li key={id} className="chip">
                <span title={agency?.name}>{agency?.shortName ?? id}</span>
                <button type="button" aria-label={t('activity.form.removeVillage', { name: agency?.shortName ?? id })} onClick={() => onChange(value.filter((v) => v !== id))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted small">{t('activity.partners.hint')}</p>
      <div className="co-organiser-picker__row">
        <label className="field">
          <span>{t('activity.partners.search')}</span>
          <input type="search" value={search} maxLength={100} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('activity.partners.pick')}</span>
          <select
            aria-label={t('activity.field.coOrganisers')}
            value=""
            onChange={(e) => {
              const agency = list.find((a) => a.id === e.target.value);
              if (!agency) return;
              setPicked((p) => ({ ...p, [agency.id]: { shortName: agency.shortName, name: agency.name } }));
              onChange([...value, agency.id]);
            }}
          >
            <option value="">{groups.length ? `+ ${t('activity.field.coOrganisers')}` : t('activity.partners.none')}</option>
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.shortName}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
      <FieldError field="coOrganiserIds" message={error} />
    </fieldset>
  );
}
