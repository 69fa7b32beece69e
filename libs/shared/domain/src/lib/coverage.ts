import { IndonesianTimeZone, TIME_ZONE_OFFSET_HOURS } from './activity';

/** What the programme is measured by, all computed from verified activities (and Desa Binaan designations). */
export enum Indicator {
  ACTIVITIES = 'ACTIVITIES',
  VILLAGES_REACHED = 'VILLAGES_REACHED',
  /** Villages reached / villages in the area, a fraction 0–1 (targets too are fractions: 0.5 is 50 %). */
  COVERAGE_RATIO = 'COVERAGE_RATIO',
  PARTICIPANTS = 'PARTICIPANTS',
  /** Camat + lurah + kepala desa among the participants. */
  OFFICIALS_REACHED = 'OFFICIALS_REACHED',
  DESA_BINAAN_FORMED = 'DESA_BINAAN_FORMED',
}

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

/**
 * A calendar period named the way people say it: "2025" (a year), "2025-Q1" (a quarter), "2025-03" (a month).
 * Dates are calendar dates (YYYY-MM-DD), both ends inclusive; an activity belongs to the date it starts on in its
 * venue's time zone, so 23:30 WIB on 31 March is March even though it is already April in Jayapura.
 */
export interface Period {
  key: string;
  kind: PeriodKind;
  from: string;
  to: string;
}

/** YYYY-MM-DD naming a real day (not 2025-02-30, not 2025-2-3). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Days in month m (1–12) of year y, leap years included. */
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period a key names, or null when it is not one ("2025-13", "2025-Q5", "25"). Years 2000–2099. */
export function parsePeriod(key: string): Period | null {
  const text = (key ?? '').trim().toUpperCase();
  let match = /^(20\d\d)$/.exec(text);
  if (match) {
    const y = Number(match[1]);
    return { key: text, kind: PeriodKind.YEAR, from: iso(y, 1, 1), to: iso(y, 12, 31) };
  }
  match = /^(20\d\d)-Q([1-4])$/.exec(text);
  if (match) {
    const y = Number(match[1]);
    const q = Number(match[2]);
    return { key: text, kind: PeriodKind.QUARTER, from: iso(y, q * 3 - 2, 1), to: iso(y, q * 3, daysInMonth(y, q * 3)) };
  }
  match = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(text);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    return { key: text, kind: PeriodKind.MONTH, from: iso(y, m, 1), to: iso(y, m, daysInMonth(y, m)) };
  }
  return null;
}

/** The month, quarter and year a date (YYYY-MM-DD) falls in, as period keys: ["2025-03", "2025-Q1", "2025"]. */
export function periodKeysOf(date: string): [string, string, string] {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  return [`${y}-${pad(m)}`, `${y}-Q${Math.ceil(m / 3)}`, y];
}

/** When [from, to] is exactly one month, quarter or year, that period; otherwise null (a custom range). */
export function periodOfRange(from: string, to: string): Period | null {
  for (const key of [from.slice(0, 7), periodKeysOf(from)[1], from.slice(0, 4)]) {
    const period = parsePeriod(key);
    if (period && period.from === from && period.to === to) return period;
  }
  return null;
}

/** Whole days from `from` to `to` inclusive (calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The calendar date an instant falls on in an Indonesian time zone (no daylight saving: a fixed offset). */
export function localDate(instant: Date | string, zone: IndonesianTimeZone = IndonesianTimeZone.WIB): string {
  const ms = new Date(instant).getTime() + TIME_ZONE_OFFSET_HOURS[zone] * 3_600_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first days of each month from `from`'s month to `to`'s month, for monthly series. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  while (`${y}-${pad(m)}` <= end) {
    months.push(iso(y, m, 1));
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

export enum TargetStatus {
  /** The target is met (whenever that happened). */
  ACHIEVED = 'ACHIEVED',
  /** Not met yet, but at or ahead of where even work would be by today. */
  ON_TRACK = 'ON_TRACK',
  /** Behind where even work would be by today (after the period ends: missed). */
  BEHIND = 'BEHIND',
}

export interface Pacing {
  /** achieved / target (may exceed 1); null when the target is 0. */
  progress: number | null;
  /** The share of the period elapsed by the end of `today`, 0–1. */
  elapsed: number;
  /** Where the agency should be by today had it worked evenly: target × elapsed. */
  expected: number;
  status: TargetStatus;
}

/**
 * Progress against a target with pacing. `today` is a calendar date in the agency's zone: the whole of today
 * counts as elapsed, so on 31 December a year's pace is the full target, and on 1 January it is 1/365 (1/366 in
 * a leap year). Before the period starts nothing is expected yet; after it ends everything is.
 */
export function pacing(period: Period, target: number, achieved: number, today: string): Pacing {
  const total = daysBetween(period.from, period.to);
  const elapsedDays = today < period.from ? 0 : today > period.to ? total : daysBetween(period.from, today);
  const elapsed = elapsedDays / total;
  const expected = target * elapsed;
  const progress = target > 0 ? achieved / target : null;
  const status = achieved >= target ? TargetStatus.ACHIEVED : achieved >= expected ? TargetStatus.ON_TRACK : TargetStatus.BEHIND;
  return { progress, elapsed, expected, status };
}
