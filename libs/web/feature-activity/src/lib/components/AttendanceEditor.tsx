import { useId } from 'react';
import { attendanceHome, attendanceOverTotal } from '@jangkau/shared-domain';
import type { ParticipantCategory } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { useRegionName } from '../hooks/useRegionName';
import { attendanceToSend, byKecamatan, headOfVillage, OFFICIALS, type ActivityFormState, type AttendanceRow, type PickedVillage } from '../utils/formState';

type Choice = '' | 'male' | 'female' | 'other';

/**
 * Officials per village: each kepala desa or lurah on their own village, each camat on their kecamatan, so a
 * village's figures count only its own people. One select per region (a village has one head), a single column
 * that fits 360 px; what is not itemised counts where all the villages lie, and the form says where.
 */
export function AttendanceEditor({ form, onChange, error }: { form: ActivityFormState; onChange: (rows: AttendanceRow[]) => void; error?: string | null }) {
  const { t } = useTranslation();
  const rows = form.attendance ?? [];
  const totals = OFFICIALS.map((category) => ({ category, male: form.participants[category]?.male ?? 0, female: form.participants[category]?.female ?? 0 }));
  const officials = totals.reduce((s, c) => s + c.male + c.female, 0);
  const home = attendanceHome(
    form.villages.map((v) => v.code),
    form.venueRegion?.code ?? '',
  );
  const homeName = useRegionName(home);

  if (form.villages.length === 0 || officials === 0) {
    return (
      <fieldset className="fieldset attendance-editor">
        <legend>{t('activity.attendance.title')}</legend>
        <p className="muted">{form.villages.length === 0 ? t('activity.attendance.needVillages') : t('activity.attendance.needOfficials')}</p>
      </fieldset>
    );
  }

  const kept = attendanceToSend(form);
  const over = attendanceOverTotal(totals, kept);
  const find = (regionCode: string, category: ParticipantCategory) => rows.find((r) => r.regionCode === regionCode && r.category === category);
  const choiceOf = (row: AttendanceRow | undefined): Choice =>
    !row || row.male + row.female === 0 ? '' : row.male === 1 && row.female === 0 ? 'male' : row.female === 1 && row.male === 0 ? 'female' : 'other';
  const set = (regionCode: string, category: ParticipantCategory, choice: Choice) => {
    if (choice === 'other') return;
    const others = rows.filter((r) => !(r.regionCode === regionCode && r.category === category));
    onChange(choice === '' ? others : [...others, { regionCode, category, male: choice === 'male' ? 1 : 0, female: choice === 'female' ? 1 : 0 }]);
  };
  /** One head per village and one camat per kecamatan, men first then women, as far as the totals go. */
  const fillOneEach = () => {
    const left = new Map(totals.map((c) => [c.category, { male: c.male, female: c.female }]));
    const result: AttendanceRow[] = rows.filter((r) => !OFFICIALS.includes(r.category));
    const take = (regionCode: string, category: ParticipantCategory) => {
      const n = left.get(category)!;
      const sex = n.male > 0 ? 'male' : n.female > 0 ? 'female' : null;
      if (!sex) return;
      n[sex]--;
      result.push({ regionCode, category, male: sex === 'male' ? 1 : 0, female: sex === 'female' ? 1 : 0 });
    };
    for (const [kecamatan, villages] of byKecamatan(form.villages)) {
      take(kecamatan, 'CAMAT');
      for (const v of villages) take(v.code, headOfVillage(v.code));
    }
    onChange(result);
  };
  const attributed = (category: ParticipantCategory) => kept.filter((r) => r.category === category).reduce((s, r) => s + r.male + r.female, 0);

  return (
    <fieldset className="fieldset attendance-editor" aria-describedby="attendance-help">
      <legend>{t('activity.attendance.title')}</legend>
      <p className="muted small" id="attendance-help">
        {t('activity.attendance.help', { home: homeName })}
      </p>
      <p>
        <button type="button" className="button button--secondary" onClick={fillOneEach}>
          {t('activity.attendance.fillOneEach')}
        </button>{' '}
        {kept.some((r) => OFFICIALS.includes(r.category)) && (
          <button type="button" className="link-button" onClick={() => onChange(rows.filter((r) => !OFFICIALS.includes(r.category)))}>
            {t('activity.attendance.clear')}
          </button>
        )}
      </p>
      {byKecamatan(form.villages).map(([kecamatan, villages]) => (
        <KecamatanAttendance key={kecamatan} code={kecamatan} villages={villages} choiceOf={(code, category) => choiceOf(find(code, category))} rowOf={find} onSet={set} />
      ))}
      <p className="attendance-editor__summary" aria-live="polite">
        {totals
          .filter((c) => c.male + c.female > 0)
          .map((c) =>
            t('activity.attendance.summary', { category: t(`activity.category.${c.category}`), attributed: formatNumber(attributed(c.category)), total: formatNumber(c.male + c.female) }),
          )
          .join(' · ')}
      </p>
      {over && (
        <p className="form__error" role="alert">
          {t('activity.attendance.over', { category: t(`activity.category.${over.category}`), attributed: formatNumber(over.attributed), total: formatNumber(over.total) })}
        </p>
      )}
      {error && <p className="form__error">{error}</p>}
    </fieldset>
  );
}

function KecamatanAttendance({
  code,
  villages,
  choiceOf,
  rowOf,
  onSet,
}: {
  code: string;
  villages: PickedVillage[];
  choiceOf: (regionCode: string, category: ParticipantCategory) => Choice;
  rowOf: (regionCode: string, category: ParticipantCategory) => AttendanceRow | undefined;
  onSet: (regionCode: string, category: ParticipantCategory, choice: Choice) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const name = useRegionName(code);
  const select = (regionCode: string, category: ParticipantCategory, label: string) => {
    const choice = choiceOf(regionCode, category);
    const row = rowOf(regionCode, category);
    return (
      <div className="attendance-row" key={`${regionCode}|${category}`}>
        <label htmlFor={`${id}-${regionCode}-${category}`}>{label}</label>
        <select id={`${id}-${regionCode}-${category}`} value={choice} onChange={(e) => onSet(regionCode, category, e.target.value as Choice)}>
          <option value="">{t('activity.attendance.none')}</option>
          <option value="male">{t('activity.attendance.male')}</option>
          <option value="female">{t('activity.attendance.female')}</option>
          {choice === 'other' && row && <option value="other">{t('activity.attendance.other', { male: formatNumber(row.male), female: formatNumber(row.female) })}</option>}
        </select>
      </div>
    );
  };
  return (
    <section className="attendance-group" aria-label={`${t('level.KECAMATAN')} ${name}`}>
      <h3 className="attendance-group__head">
        {t('level.KECAMATAN')} {name}
      </h3>
      {select(code, 'CAMAT', t('activity.attendance.camatOf', { name }))}
      {villages.map((v) => select(v.code, headOfVillage(v.code), t(headOfVillage(v.code) === 'LURAH' ? 'activity.attendance.lurahOf' : 'activity.attendance.kadesOf', { name: v.name })))}
    </section>
  );
}
