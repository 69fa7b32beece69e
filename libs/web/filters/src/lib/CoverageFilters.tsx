import { useId, useState } from 'react';
import { frameworksOverlapping } from '@jangkau/shared-domain';
import { formatCalendarDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { Combobox, RegionCombobox, type RegionSearchState } from '@jangkau/web-ui';
import { ACTIVITY_TYPES, type useCoverageFilters } from './useCoverageFilters';
import { PeriodPicker } from './PeriodPicker';

/**
 * Where the form's choices come from. This lib is ui and may not query; data-access implements this as
 * `filterSources` and the feature pages pass it in. Each is a hook, called unconditionally by one picker.
 */
export interface CoverageFilterSources {
  useRegionSearch: (text: string) => RegionSearchState;
  useAgencySearch: (text: string) => {
    query: string;
    agencies: { id: string; name: string; shortName: string; villageCount: number }[];
    loading: boolean;
    settled: boolean;
  };
  useProgrammeFrameworks: () => ProgrammeFrameworkChoice[];
}

/** A programme framework as a programme select offers it: its validity decides which periods offer its items. */
export interface ProgrammeFrameworkChoice {
  id: string;
  name: string;
  validFrom: string;
  validTo: string;
  items: { id: string; number: number; title: string }[];
}

type Filters = ReturnType<typeof useCoverageFilters>;

/**
 * Period, area (a region or an agency's working area) and the rarer filters, all written to the URL: the same form
 * on the dashboard and the map. `showType`: the activity type and "contributed" filters (the map's coverage query
 * has no such filter, so it leaves them out rather than offer what it cannot honour).
 */
export function CoverageFilters({
  filters,
  sources,
  regionName,
  agencyName,
  ownAgencyName,
  label,
  showType = true,
}: {
  filters: Filters;
  sources: CoverageFilterSources;
  regionName: string | null;
  agencyName: string | null;
  ownAgencyName: string | null;
  label?: string;
  showType?: boolean;
}) {
  const { t } = useTranslation();
  const { state, period, update } = filters;
  const moreOpen = Boolean(state.programme || (showType && (state.type || state.contributed)));

  return (
    <form className="dashboard-filters" role="search" aria-label={label ?? t('dashboard.filter.label')} onSubmit={(e) => e.preventDefault()}>
      <PeriodPicker period={period} onChange={({ periode, dari = '', sampai = '' }) => update({ periode, dari, sampai })} />

      <div className="dashboard-filters__row">
        {state.region ? (
          <Chosen
            label={t('dashboard.filter.chosenRegion')}
            name={regionName ?? state.region}
            removeLabel={t('dashboard.filter.removeRegion', { name: regionName ?? state.region })}
            onRemove={() => update({ region: '' }, { step: true })}
          />
        ) : (
          <RegionPicker useSearch={sources.useRegionSearch} onChoose={(code) => update({ region: code, agency: '' }, { step: true })} />
        )}
        {state.agency ? (
          <Chosen
            label={t('dashboard.filter.chosenAgency')}
            name={agencyName ?? '…'}
            removeLabel={t('dashboard.filter.removeAgency', { name: agencyName ?? '' })}
            onRemove={() => update({ agency: '' }, { step: true })}
          />
        ) : (
          <AgencyPicker useSearch={sources.useAgencySearch} onChoose={(id) => update({ agency: id, region: '' }, { step: true })} />
        )}
      </div>

      <details className="dashboard-filters__more" open={moreOpen || undefined}>
        <summary>{t('dashboard.filter.more')}</summary>
        <div className="dashboard-filters__row">
          <ProgrammeSelect useFrameworks={sources.useProgrammeFrameworks} from={period.from} to={period.to} value={state.programme} onChange={(programme) => update({ programme })} />
          {showType && (
            <label className="field">
              <span>{t('dashboard.filter.type')}</span>
              <select value={state.type} onChange={(e) => update({ type: e.target.value as typeof state.type })}>
                <option value="">{t('dashboard.filter.allTypes')}</option>
                {ACTIVITY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`activity.type.${type}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {showType && (
          <label className="field field--inline">
            <input type="checkbox" checked={state.contributed} onChange={(e) => update({ contributed: e.target.checked })} />
            <span>{t('dashboard.filter.contributed', { name: (state.agency ? agencyName : ownAgencyName) ?? t('dashboard.filter.thisAgency') })}</span>
          </label>
        )}
      </details>
    </form>
  );
}

function Chosen({ label, name, removeLabel, onRemove }: { label: string; name: string; removeLabel: string; onRemove: () => void }) {
  return (
    <div className="field">
      <span>{label}</span>
      <ul className="chips">
        <li className="chip">
          <span>{name}</span>
          <button type="button" aria-label={removeLabel} onClick={onRemove}>
            ×
          </button>
        </li>
      </ul>
    </div>
  );
}

function RegionPicker({ useSearch, onChoose }: { useSearch: CoverageFilterSources['useRegionSearch']; onChoose: (code: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useSearch(text);
  return (
    <RegionCombobox
      label={t('dashboard.filter.region')}
      placeholder={t('dashboard.filter.regionPlaceholder')}
      text={text}
      onTextChange={setText}
      search={search}
      onChoose={(region) => {
        setText('');
        onChoose(region.code);
      }}
    />
  );
}

function AgencyPicker({ useSearch, onChoose }: { useSearch: CoverageFilterSources['useAgencySearch']; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { query, agencies, loading, settled } = useSearch(text);
  return (
    <Combobox
      label={t('dashboard.filter.agency')}
      placeholder={t('dashboard.filter.agencyPlaceholder')}
      text={text}
      onTextChange={setText}
      options={agencies.map((a) => ({ id: a.id, label: a.name, detail: `${a.shortName} · ${t('region.counts.villages', { formatted: formatNumber(a.villageCount) })}` }))}
      ready={settled}
      busy={loading}
      status={settled ? (agencies.length ? t('dashboard.filter.agencyResults', { count: agencies.length }) : t('dashboard.filter.agencyNoResults', { query })) : ''}
      onChoose={(id) => {
        setText('');
        onChoose(id);
      }}
    />
  );
}

/** A programme select's options: one group per framework, its items as "8. pencegahan TPPO dan TPPM". */
export function ProgrammeItemOptions({ frameworks }: { frameworks: { id: string; name: string; items: { id: string; number: number; title: string }[] }[] }) {
  return (
    <>
      {frameworks.map((framework) => (
        <optgroup key={framework.id} label={framework.name}>
          {framework.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.number}. {item.title}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

function ProgrammeSelect({
  useFrameworks,
  ...props
}: {
  useFrameworks: CoverageFilterSources['useProgrammeFrameworks'];
  from: string;
  to: string;
  value: string;
  onChange: (id: string) => void;
}) {
  return <ProgrammeFilterSelect frameworks={useFrameworks()} {...props} />;
}

/**
 * "Programme item" for a view over a period (dashboard, map, report builder): the items of the frameworks whose
 * validity overlaps from–to (the shared rule), by framework. It says when no framework is in force in the period,
 * and when the chosen item (from the address, or an earlier period) does not apply in it, rather than keep it
 * silently: that item stays shown, apart, until the reader changes it.
 */
export function ProgrammeFilterSelect({
  frameworks,
  from,
  to,
  value,
  onChange,
}: {
  frameworks: ProgrammeFrameworkChoice[];
  from: string;
  to: string;
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const offered = frameworksOverlapping(frameworks, from, to);
  const chosenFramework = value && !offered.some((f) => f.items.some((i) => i.id === value)) ? frameworks.find((f) => f.items.some((i) => i.id === value)) : undefined;
  const chosen = chosenFramework?.items.find((i) => i.id === value);
  const note = chosenFramework
    ? t('dashboard.filter.programmeStale', { framework: chosenFramework.name, from: formatCalendarDate(chosenFramework.validFrom), to: formatCalendarDate(chosenFramework.validTo) })
    : // Nothing is said before the frameworks arrive (an empty list while loading).
      frameworks.length > 0 && offered.length === 0
      ? t('dashboard.filter.programmeNone')
      : null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('dashboard.filter.programme')}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={chosenFramework ? true : undefined} aria-describedby={note ? `${id}-note` : undefined}>
        <option value="">{t('dashboard.filter.allProgrammes')}</option>
        <ProgrammeItemOptions frameworks={offered} />
        {chosenFramework && chosen && (
          <optgroup label={t('dashboard.filter.programmeStaleGroup')}>
            <option value={chosen.id}>
              {chosen.number}. {chosen.title}
            </option>
          </optgroup>
        )}
      </select>
      {note && (
        <small id={`${id}-note`} className={chosenFramework ? 'form__error' : undefined} role="status">
          {note}
        </small>
      )}
    </div>
  );
}
