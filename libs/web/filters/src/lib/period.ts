import { daysBetween, localDate, parsePeriod, periodKeysOf, periodOfRange, PeriodKind } from '@jangkau/shared-domain';

/** The presets of ?periode=, named as people say them; each is computed from today's date in WIB. */
export const PERIOD_PRESETS = ['bulan-ini', 'triwulan-ini', 'tahun-ini'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const CUSTOM_PERIOD = 'kustom';
export const DEFAULT_PERIOD: PeriodPreset = 'tahun-ini';
/** The API refuses ranges longer than five years. */
const MAX_RANGE_DAYS = 5 * 366;

export interface DashboardPeriod {
  /** The ?periode= value in force ('tahun-ini', '2025-Q1', 'kustom'). */
  param: string;
  /** Calendar dates, both inclusive. */
  from: string;
  to: string;
  /** The named month, quarter or year the range is ("2025-Q1"), or null for a custom range that is none of them. */
  key: string | null;
  kind: PeriodKind | 'CUSTOM';
  /** The URL asked for a period that does not exist (or a reversed range): the default is shown instead. */
  invalid: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string | null): value is string =>
  !!value && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Today's calendar date in WIB, the zone the presets are read in (most offices work in it). */
export function todayWib(now: Date = new Date()): string {
  return localDate(now);
}

/**
 * The date range ?periode= (with ?dari= and ?sampai= for `kustom`) names, as of `now`. "This month" at 00:30 WIB
 * on 1 January is January of the new year even though it is still 31 December in UTC.
 */
export function resolvePeriod(periode: string | null, dari: string | null = null, sampai: string | null = null, now: Date = new Date()): DashboardPeriod {
  const [month, quarter, year] = periodKeysOf(todayWib(now));
  const named = (param: string, key: string, invalid = false): DashboardPeriod => {
    const period = parsePeriod(key)!;
    return { param, from: period.from, to: period.to, key: period.key, kind: period.kind, invalid };
  };
  const fallback = () => named(DEFAULT_PERIOD, year, true);
  const value = (periode ?? '').trim();

  if (value === '' || value === 'tahun-ini') return named('tahun-ini', year);
  if (value === 'bulan-ini') return named('bulan-ini', month);
  if (value === 'triwulan-ini') return named('triwulan-ini', quarter);
  if (value === CUSTOM_PERIOD) {
    if (!isDate(dari) || !isDate(sampai) || dari > sampai || daysBetween(dari, sampai) > MAX_RANGE_DAYS) return fallback();
    const period = periodOfRange(dari, sampai);
    return { param: CUSTOM_PERIOD, from: dari, to: sampai, key: period?.key ?? null, kind: period?.kind ?? 'CUSTOM', invalid: false };
  }
  // A named period exactly as parsePeriod writes it: 2025, 2025-Q1, 2025-03.
  const period = /^\d{4}(-Q[1-4]|-\d{2})?$/.test(value) ? parsePeriod(value) : null;
  return period ? named(period.key, period.key) : fallback();
}

/** The year a range sits in, when it sits in one: where a year's target applies. */
export function yearOf(period: Pick<DashboardPeriod, 'from' | 'to'>): string | null {
  return period.from.slice(0, 4) === period.to.slice(0, 4) ? period.from.slice(0, 4) : null;
}

/** The years offered as quick choices: this one (as a preset) and the two before it. */
export function recentYears(now: Date = new Date(), count = 2): string[] {
  const year = Number(todayWib(now).slice(0, 4));
  return Array.from({ length: count }, (_, i) => String(year - 1 - i));
}
