import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { daysBetween, isCalendarDate, MAX_PERIOD_DAYS, type PeriodTextError } from '@jangkau/shared-domain';
import { formatMonth, useTranslation } from '@jangkau/web-i18n';
import { periodErrorText, periodLabel, ROMAN } from './labels';
import { CUSTOM_PERIOD, paramsOf, pickerYears, todayWib, type DashboardPeriod, type PeriodParams } from './period';

type Kind = DashboardPeriod['kind'];
const KINDS: Kind[] = ['MONTH', 'QUARTER', 'SEMESTER', 'YEAR', 'CUSTOM'];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const pad = (n: number) => String(n).padStart(2, '0');

/** The month, quarter, semester or year a picker switching kind lands on: the current one if the period holds today. */
function keyFor(kind: Exclude<Kind, 'CUSTOM'>, anchor: string): string {
  const y = anchor.slice(0, 4);
  const m = Number(anchor.slice(5, 7));
  if (kind === 'MONTH') return `${y}-${pad(m)}`;
  if (kind === 'QUARTER') return `${y}-Q${Math.ceil(m / 3)}`;
  if (kind === 'SEMESTER') return `${y}-S${m <= 6 ? 1 : 2}`;
  return y;
}

/**
 * The one period picker of the dashboard, the map and the reports: a kind (bulan, triwulan, semester, tahun,
 * rentang khusus) and its values as selects, and a box to type a period in ("Des 2026", "Triwulan IV 2026", "1 Jan
 * – 15 Mar 2026") read by the shared parser. What the box cannot read is said beside it and changes nothing: the
 * figures of the last period stay. A period the URL asked for that is not one is said too, with what is shown
 * instead. Every control is native (select, date, text, button), so all of it works by keyboard.
 */
export function PeriodPicker({ period, onChange, label, now }: { period: DashboardPeriod; onChange: (params: PeriodParams) => void; label?: string; now?: Date }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayWib(now);
  const kind: Kind = period.param === CUSTOM_PERIOD ? 'CUSTOM' : period.kind;
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  const [text, setText] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);

  const chooseKind = (next: Kind) => {
    if (next === 'CUSTOM') return onChange({ periode: CUSTOM_PERIOD, dari: period.from, sampai: period.to });
    const anchor = today >= period.from && today <= period.to ? today : period.from;
    onChange({ periode: keyFor(next, anchor) });
  };
  const apply = () => {
    if (!text.trim()) return;
    const result = paramsOf(text, now);
    if (!result.ok) return setTypedError(periodErrorText(text, result.error, t));
    setTypedError(null);
    setText('');
    onChange(result.params);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter applies the typed period, and does not submit the form around the picker (the report builder's).
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    }
  };

  const years = pickerYears(year, now);
  const yearSelect = (make: (y: number) => string) => (
    <label className="field">
      <span>{t('dashboard.period.picker.year')}</span>
      <select value={year} onChange={(e) => onChange({ periode: make(Number(e.target.value)) })}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  const quarter = Math.ceil(month / 3);
  const semester = month <= 6 ? 1 : 2;
  const errorId = `${id}-error`;

  return (
    <fieldset className="period-picker">
      <legend>{label ?? t('dashboard.period.picker.label')}</legend>
      <div className="period-picker__row">
        <label className="field">
          <span>{t('dashboard.period.picker.kind')}</span>
          <select value={kind} onChange={(e) => chooseKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`dashboard.period.picker.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'MONTH' && (
          <>
            <label className="field">
              <span>{t('dashboard.period.picker.month')}</span>
              <select value={month} onChange={(e) => onChange({ periode: `${year}-${pad(Number(e.target.value))}` })}>
                {MONTHS.map((m) => (
                  <option key={m} value={m}>
                    {formatMonth(`2000-${pad(m)}-01`, { long: true })}
                  </option>
                ))}
              </select>
            </label>
            {yearSelect((y) => `${y}-${pad(month)}`)}
          </>
        )}
        {kind === 'QUARTER' && (
          <>
            <label className="field">
              <span>{t('dashboard.period.picker.quarter')}</span>
              <select value={quarter} onChange={(e) => onChange({ periode: `${year}-Q${e.target.value}` })}>
                {[1, 2, 3, 4].map((q) => (
                  <option key={q} value={q}>
                    {t('dashboard.period.picker.quarterOption', { roman: ROMAN[q - 1], n: q })}
                  </option>
                ))}
              </select>
            </label>
            {yearSelect((y) => `${y}-Q${quarter}`)}
          </>
        )}
        {kind === 'SEMESTER' && (
          <>
            <label className="field">
              <span>{t('dashboard.period.picker.semester')}</span>
              <select value={semester} onChange={(e) => onChange({ periode: `${year}-S${e.target.value}` })}>
                {[1, 2].map((s) => (
                  <option key={s} value={s}>
                    {t('dashboard.period.picker.semesterOption', { roman: ROMAN[s - 1], n: s })}
                  </option>
                ))}
              </select>
            </label>
            {yearSelect((y) => `${y}-S${semester}`)}
          </>
        )}
        {kind === 'YEAR' && yearSelect((y) => String(y))}
        {kind === 'CUSTOM' && <RangeInputs period={period} onChange={onChange} />}
      </div>

      <div className="period-picker__type">
        <label className="field">
          <span>{t('dashboard.period.picker.text')}</span>
          <input
            type="text"
            value={text}
            placeholder={t('dashboard.period.picker.placeholder')}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={typedError ? true : undefined}
            aria-describedby={typedError ? errorId : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setTypedError(null);
            }}
            onKeyDown={onKeyDown}
          />
        </label>
        <button type="button" className="button button--secondary" onClick={apply}>
          {t('dashboard.period.picker.apply')}
        </button>
      </div>
      {typedError && (
        <p id={errorId} className="form__error small" role="alert">
          {typedError}
        </p>
      )}
      {period.error && (
        <p className="form__error small" role="status">
          {t('dashboard.period.picker.fromUrl', { message: periodErrorText(period.error.text, period.error.reason, t), period: periodLabel(period, t) })}
        </p>
      )}
      <p className="period-picker__chosen small muted" aria-live="polite">
        {t('dashboard.period.picker.chosen', { period: periodLabel(period, t) })}
      </p>
    </fieldset>
  );
}

/** The two dates of a custom range, applied once both make a range; until then the field says what is wrong. */
function RangeInputs({ period, onChange }: { period: DashboardPeriod; onChange: (params: PeriodParams) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  // Back and forward (or another picker) move the period: the dates follow.
  useEffect(() => {
    setFrom(period.from);
    setTo(period.to);
  }, [period.from, period.to]);

  const problem = (a: string, b: string): PeriodTextError | null =>
    !isCalendarDate(a) || !isCalendarDate(b) ? 'NO_SUCH_DATE' : a > b ? 'REVERSED' : daysBetween(a, b) > MAX_PERIOD_DAYS ? 'TOO_LONG' : null;
  const change = (a: string, b: string) => {
    setFrom(a);
    setTo(b);
    if (!problem(a, b)) onChange({ periode: CUSTOM_PERIOD, dari: a, sampai: b });
  };
  const error = from && to ? problem(from, to) : null;
  return (
    <>
      <label className="field">
        <span>{t('dashboard.period.picker.from')}</span>
        <input
          type="date"
          value={from}
          min="2000-01-01"
          max="2099-12-31"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => change(e.target.value, to)}
        />
      </label>
      <label className="field">
        <span>{t('dashboard.period.picker.to')}</span>
        <input
          type="date"
          value={to}
          min="2000-01-01"
          max="2099-12-31"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => change(from, e.target.value)}
        />
      </label>
      {error && (
        <p id={`${id}-error`} className="form__error small period-picker__range-error" role="alert">
          {periodErrorText(`${from} – ${to}`, error, t)}
        </p>
      )}
    </>
  );
}
