import { isVillageLevel, isWithin, type RegionLevel } from '@jangkau/shared-domain';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage, type VillageReach } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { RegionCombobox, type RegionSearchResult } from '@jangkau/web-ui';
import { KecamatanVillagesQuery, RegionNameQuery } from '../graphql/activities';
import { byKecamatan, REACHES, type PickedVillage } from '../utils/formState';
import { useOffline } from '../offline/OfflineProvider';
import { useAreaSearch, useKeptChildren } from '../offline/useAreaSearch';

const within = (code: string, area: string[]) => area.some((a) => isWithin(code, a));

/**
 * Villages reached: type-ahead over all 83,762 villages (the national region search), a kecamatan adds all of its
 * villages at once; chips grouped by kecamatan with counts. Villages outside the working area are allowed, flagged.
 */
export function VillagePicker({
  value,
  onChange,
  workingArea,
  error,
  inputId,
}: {
  value: PickedVillage[];
  onChange: (villages: PickedVillage[]) => void;
  workingArea: string[] | null;
  error?: string | null;
  /** The search input's id, for a form's error summary to link to. */
  inputId?: string;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [text, setText] = useState('');
  const [reach, setReach] = useState<VillageReach>('OFFICIALS_ATTENDED');
  const [problem, setProblem] = useState<string | null>(null);
  const search = useAreaSearch(text);
  const keptChildren = useKeptChildren();

  const add = (villages: { code: string; name: string }[]) => {
    const known = new Set(value.map((v) => v.code));
    onChange([...value, ...villages.filter((v) => !known.has(v.code)).map((v) => ({ code: v.code, name: v.name, reach }))]);
  };

  const choose = async (region: RegionSearchResult) => {
    setText('');
    setProblem(null);
    if (region.level !== 'KECAMATAN') return add([{ code: region.code, name: region.name }]);
    // Offline, the kecamatan's villages come from the working area kept on this device.
    const kept = search.offlineNote ? keptChildren(region.code) : null;
    if (kept) return add(kept.map((c) => ({ code: c.code, name: c.name })));
    try {
      const { data } = await client.query({ query: KecamatanVillagesQuery, variables: { code: region.code } });
      add((data?.region?.children ?? []).map((c) => ({ code: c.code, name: c.name })));
    } catch (e) {
      setProblem(errorMessage(e, t));
    }
  };

  return (
    <fieldset className="fieldset village-picker" aria-describedby={error ? 'villages-error' : undefined}>
      <legend>
        {t('activity.field.villages')} <span className="muted">({t('activity.form.villagesPicked', { formatted: formatNumber(value.length) })})</span>
      </legend>
      <label className="field field--inline">
        <span>{t('activity.form.reachFor')}</span>
        <select value={reach} onChange={(e) => setReach(e.target.value as VillageReach)}>
          {REACHES.map((r) => (
            <option key={r} value={r}>
              {t(`activity.reach.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <RegionCombobox
        label={t('activity.form.villageSearch')}
        text={text}
        onTextChange={setText}
        search={search}
        only={(r) => r.level === 'KECAMATAN' || isVillageLevel(r.level as RegionLevel)}
        optionLabel={(r) => (r.level === 'KECAMATAN' ? t('activity.form.addAll', { count: r.villageCount, name: r.name }) : r.name)}
        onChoose={(region) => void choose(region)}
        hint={search.offlineNote ?? undefined}
        inputId={inputId}
        invalid={Boolean(error)}
        describedBy={error ? 'villages-error' : undefined}
      />
      {problem && <p className="form__error">{problem}</p>}
      {error && (
        <p className="form__error" id="villages-error">
          {error}
        </p>
      )}
      {value.length === 0 ? (
        <p className="muted">{t('activity.form.noVillages')}</p>
      ) : (
        <div className="village-groups">
          {byKecamatan(value).map(([kecamatan, villages]) => (
            <KecamatanGroup
              key={kecamatan}
              code={kecamatan}
              villages={villages}
              outside={workingArea ? villages.filter((v) => !within(v.code, workingArea)).map((v) => v.code) : []}
              onRemove={(codes) => onChange(value.filter((v) => !codes.includes(v.code)))}
              onReach={(code, r) => onChange(value.map((v) => (v.code === code ? { ...v, reach: r } : v)))}
            />
          ))}
        </div>
      )}
      {workingArea && value.some((v) => !within(v.code, workingArea)) && <p className="muted">{t('activity.form.outsideAreaNote')}</p>}
    </fieldset>
  );
}

function KecamatanGroup({
  code,
  villages,
  outside,
  onRemove,
  onReach,
}: {
  code: string;
  villages: PickedVillage[];
  outside: string[];
  onRemove: (codes: string[]) => void;
  onReach: (code: string, reach: VillageReach) => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(RegionNameQuery, { variables: { code } });
  const { reference } = useOffline();
  const name = data?.region?.name ?? reference?.regions.find((r) => r.code === code)?.name ?? code;
  return (
    <section className="village-group" aria-label={name}>
      <div className="village-group__head">
        <strong>
          {t('level.KECAMATAN')} {name}
        </strong>
        <span className="muted">({formatNumber(villages.length)})</span>
        <button type="button" className="link-button" onClick={() => onRemove(villages.map((v) => v.code))} aria-label={t('activity.form.removeKecamatan', { name })}>
          {t('activity.form.removeAll')}
        </button>
      </div>
      <ul className="chips">
        {villages.map((v) => (
          <li key={v.code} className={`chip${outside.includes(v.code) ? ' chip--flag' : ''}`}>
            <span>
              {v.name}
              {outside.includes(v.code) && <span className="chip__flag"> · {t('activity.form.outsideArea')}</span>}
            </span>
            <select aria-label={`${t('activity.form.reachFor')}: ${v.name}`} value={v.reach} onChange={(e) => onReach(v.code, e.target.value as VillageReach)}>
              {REACHES.map((r) => (
                <option key={r} value={r}>
                  {t(`activity.reach.${r}`)}
                </option>
              ))}
            </select>
            <button type="button" aria-label={t('activity.form.removeVillage', { name: v.name })} onClick={() => onRemove([v.code])}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
