import { daysBetween, isCalendarDate, localDate, MAX_PERIOD_DAYS, parsePeriodText, periodChoiceOf, type PeriodTextError, type PeriodTextKind } from '@jangkau/shared-domain';

/** The presets of ?periode=, named as people say them; each is computed from today's date in WIB. */
export const PERIOD_PRESETS = ['bulan-ini', 'triwulan-ini', 'tahun-ini'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const CUSTOM_PERIOD = 'kustom';
export const DEFAULT_PERIOD: PeriodPreset = 'tahun-ini';

export interface DashboardPeriod {
  /** The ?periode= value in force ('tahun-ini', '2025-Q1', '2025-S2', 'kustom'). */
  param: string;
  /** Calendar dates, both inclusive. */
  from: string;
  to: string;
  /** The named month, quarter, semester or year the range is ("2025-Q1", "2025-S2"), or null for another range. */
  key: string | null;
  kind: Exclude<PeriodTextKind, 'RANGE'> | 'CUSTOM';
  /**
   * The URL asked for a period that is not one (or a reversed range): the default is shown instead, and the field
   * says so with `error`: what was asked for and why it was refused.
   */
  invalid: boolean;
  error?: { text: string; reason: PeriodTextError };
}

/** What a period picker writes to the URL: a canonical key or preset, or `kustom` with its dates. */
export interface PeriodParams {
  periode: string;
  dari?: string;
  sampai?: string;
}

/** Today's calendar date in WIB, the zone the presets are read in (most offices work in it). */
export function todayWib(now: Date = new Date()): string {
  return localDate(now);
}

/**
 * The date range ?periode= (with ?dari= and ?sampai= for `kustom`) names, as of `now`. "This month" at 00:30 WIB
 * on 1 January is January of the new year even though it is still 31 December in UTC. Besides the presets and
 * canonical keys, anything people type is read by the shared parser ("Des 2026", "Triwulan IV 2026"): old links
 * that carried such text now mean what they say, and what cannot be read is flagged, never silently the year.
 */
export function resolvePeriod(periode: string | null, dari: string | null = null, sampai: string | null = null, now: Date = new Date()): DashboardPeriod {
  const today = todayWib(now);
  const value = (periode ?? '').trim();
  const fallback = (text: string, reason: PeriodTextError): DashboardPeriod => ({ ...resolvePeriod(DEFAULT_PERIOD, null, null, now), invalid: true, error: { text, reason } });

  if (value === CUSTOM_PERIOD) {
    const text = `${dari ?? ''} – ${sampai ?? ''}`;
    if (!isCalendarDate(dari) || !isCalendarDate(sampai)) return fallback(text, 'NO_SUCH_DATE');
    if (dari > sampai) return fallback(text, 'REVERSED');
    if (daysBetween(dari, sampai) > MAX_PERIOD_DAYS) return fallback(text, 'TOO_LONG');
    const period = periodChoiceOf(dari, sampai);
    return { param: CUSTOM_PERIOD, from: dari, to: sampai, key: period.kind === 'RANGE' ? null : period.key, kind: period.kind === 'RANGE' ? 'CUSTOM' : period.kind, invalid: false };
  }
  const parsed = parsePeriodText(value || DEFAULT_PERIOD, { today });
  if (!parsed.ok) return fallback(value, parsed.error);
  const { period, preset } = parsed;
  // A preset stays a word in the URL (a link to "this month" is this month tomorrow too); anything else is named by
  // its key, and a range that is no named period by its dates.
  const param = preset ?? (period.kind === 'RANGE' ? CUSTOM_PERIOD : period.key);
  return { param, from: period.from, to: period.to, key: period.kind === 'RANGE' ? null : period.key, kind: period.kind === 'RANGE' ? 'CUSTOM' : period.kind, invalid: false };
}

/** The URL words for a period typed or chosen: its preset or key, or `kustom` with the dates of a range. */
export function paramsOf(text: string, now: Date = new Date()): { ok: true; params: PeriodParams } | { ok: false; error: PeriodTextError } {
  const parsed = parsePeriodText(text, { today: todayWib(now) });
  if (!parsed.ok) return parsed;
  if (parsed.preset) return { ok: true, params: { periode: parsed.preset } };
  const { period } = parsed;
  return { ok: true, params: period.kind === 'RANGE' ? { periode: CUSTOM_PERIOD, dari: period.from, sampai: period.to } : { periode: period.key } };
}

/** The year a range sits in, when it sits in one: where a year's target applies. */
export function yearOf(period: Pick<DashboardPeriod, 'from' | 'to'>): string | null {
  return period.from.slice(0, 4) === period.to.slice(0, 4) ? period.from.slice(0, 4) : null;
}

/** The years a period picker offers: next year back to ten years ago, and the chosen one wherever it lies. */
export function pickerYears(chosen: number, now: Date = new Date()): number[] {
  const current = Number(todayWib(now).slice(0, 4));
  const first = Math.min(chosen, current - 10);
  const last = Math.max(chosen, current + 1);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
