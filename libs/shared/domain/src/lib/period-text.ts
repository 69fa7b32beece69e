import { group } from './checked';
import { daysBetween, daysInMonth, isCalendarDate, parsePeriod, periodOfRange } from './coverage';

/**
 * A period as people type it, in Indonesian or English: "Desember 2026", "Des 2026", "12/2026", "2026-12",
 * "Triwulan IV 2026", "TW 4 2026", "Q4 2026", "2026-Q4", "Semester I 2026", "S2 2026", "2026", and ranges
 * ("1 Jan – 15 Mar 2026", "Jan–Mar 2026", "2026-01-01 s.d. 2026-03-15"). Whatever is not understood is an error,
 * never a silent default: the dashboard, map, reports and the API all read periods through this one parser.
 */
export type PeriodTextKind = 'MONTH' | 'QUARTER' | 'SEMESTER' | 'YEAR' | 'RANGE';

export interface PeriodChoice {
  kind: PeriodTextKind;
  /**
   * The period's canonical key: "2026", "2026-S1", "2026-Q4", "2026-12", or for any other range
   * "2026-01-01..2026-03-15". A range that is exactly a named period is that period ("1–31 Des 2026" is "2026-12").
   */
  key: string;
  /** Calendar dates, both inclusive. */
  from: string;
  to: string;
}

/** The presets the URL keeps as words so a link stays "this month" tomorrow. */
export type PeriodPresetWord = 'bulan-ini' | 'triwulan-ini' | 'tahun-ini';

export type PeriodTextError =
  /** Not a period in any form we know. */
  | 'UNKNOWN'
  /** A date that does not exist: 31 Februari, 2026-02-30. */
  | 'NO_SUCH_DATE'
  /** Years are 2000–2099. */
  | 'YEAR_OUT_OF_RANGE'
  /** The range ends before it starts. */
  | 'REVERSED'
  /** Longer than MAX_PERIOD_DAYS. */
  | 'TOO_LONG';

export type PeriodTextResult = { ok: true; period: PeriodChoice; preset?: PeriodPresetWord } | { ok: false; error: PeriodTextError };

/** The longest range a coverage question may ask (five years, leap days included): the API refuses longer. */
export const MAX_PERIOD_DAYS = 366 * 5 + 1;

const MONTHS: Record<string, number> = {};
for (const [month, names] of [
  [1, 'januari jan january'],
  [2, 'februari feb pebruari peb february'],
  [3, 'maret mar march'],
  [4, 'april apr'],
  [5, 'mei may'],
  [6, 'juni jun june'],
  [7, 'juli jul july'],
  [8, 'agustus agu agt ags aug august'],
  [9, 'september sep sept'],
  [10, 'oktober okt oct october'],
  [11, 'november nov nop nopember'],
  [12, 'desember des dec december'],
] as const) {
  for (const name of names.split(' ')) MONTHS[name] = month;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ordinal = (text: string): number => ROMAN[text] ?? Number(text);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** One side of a range, or a whole period: the dates it spans. */
interface Span {
  from: string;
  to: string;
}
type PartResult = Span | PeriodTextError | null;

/** Context a range's first side borrows from its second: "1 Jan – 15 Mar 2026" takes 2026, "1–15 Mar 2026" March. */
interface Borrow {
  year?: number;
  month?: number;
}

const YEAR = '(\\d{4})';
/** A year that may be left out (a range's first side), with what may stand between it and the rest. */
const OPT_YEAR = '(?:\\s*[-/ ,]?\\s*(\\d{4}))?';
const QUARTER_WORD = '(?:q|qtr|quarter|tw|triwulan|kuartal|kwartal)';
const SEMESTER_WORD = '(?:s|smt|semester|h|half)';
const NUMBER_1_4 = '([1-4]|iv|i{1,3})';
const NUMBER_1_2 = '([12]|i{1,2})';
const KE = '(?:ke\\s*-?\\s*)?';

const month = (y: number, m: number): Span => ({ from: iso(y, m, 1), to: iso(y, m, daysInMonth(y, m)) });
const quarter = (y: number, q: number): Span => ({ from: iso(y, q * 3 - 2, 1), to: iso(y, q * 3, daysInMonth(y, q * 3)) });
const semester = (y: number, s: number): Span => ({ from: iso(y, s * 6 - 5, 1), to: iso(y, s * 6, daysInMonth(y, s * 6)) });
const year = (y: number): Span => ({ from: iso(y, 1, 1), to: iso(y, 12, 31) });

function yearOf(text: string | undefined, borrow: Borrow): number | PeriodTextError | null {
  if (text === undefined) return borrow.year ?? null;
  const y = Number(text);
  return y >= 2000 && y <= 2099 ? y : 'YEAR_OUT_OF_RANGE';
}

function day(y: number, m: number, d: number): Span | PeriodTextError {
  const date = iso(y, m, d);
  return isCalendarDate(date) ? { from: date, to: date } : 'NO_SUCH_DATE';
}

/**
 * A period or a date on its own (no range separator). The year may be missing when `borrow` gives one; a bare
 * day number needs `borrow` to give the month too.
 */
function parsePart(text: string, borrow: Borrow = {}): PartResult {
  let m: RegExpExecArray | null;
  const withYear = (y: string | undefined, make: (y: number) => Span | PeriodTextError): PartResult => {
    const resolved = yearOf(y, borrow);
    return resolved === null ? null : typeof resolved === 'string' ? resolved : make(resolved);
  };

  // Years: "2026", "tahun 2026", "TA 2026".
  if ((m = new RegExp(`^(?:tahun|thn|th|ta|year)?\\s*${YEAR}$`).exec(text))) return withYear(m[1], year);
  // Dates: 2026-03-15, 15/3/2026, 15-03-2026, 15.3.2026.
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) return withYear(m[1], (y) => (Number(m![2]) >= 1 && Number(m![2]) <= 12 ? day(y, Number(m![2]), Number(m![3])) : 'NO_SUCH_DATE'));
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)))
    return withYear(m[3], (y) => (Number(m![2]) >= 1 && Number(m![2]) <= 12 ? day(y, Number(m![2]), Number(m![1])) : 'NO_SUCH_DATE'));
  // Quarters: 2026-Q4, 2026 Q4, Q4 2026, TW 4 2026, TW IV 2026, Triwulan IV 2026, Triwulan ke-4 2026, Quarter 4 2026.
  if ((m = new RegExp(`^${YEAR}\\s*[-/ ]?\\s*(?:q|tw)\\s*([1-4])$`).exec(text))) return withYear(m[1], (y) => quarter(y, Number(m![2])));
  if ((m = new RegExp(`^${QUARTER_WORD}\\s*-?\\s*${KE}${NUMBER_1_4}${OPT_YEAR}$`).exec(text))) {
    const number = group(m, 1);
    return withYear(m[2], (y) => quarter(y, ordinal(number)));
  }
  // Semesters: 2026-S1, 2026 H1, S2 2026, Semester I 2026, Semester 1 2026, H1 2026.
  if ((m = new RegExp(`^${YEAR}\\s*[-/ ]?\\s*(?:s|h)\\s*([12])$`).exec(text))) return withYear(m[1], (y) => semester(y, Number(m![2])));
  if ((m = new RegExp(`^${SEMESTER_WORD}\\s*-?\\s*${KE}${NUMBER_1_2}${OPT_YEAR}$`).exec(text))) {
    const number = group(m, 1);
    return withYear(m[2], (y) => semester(y, ordinal(number)));
  }
  // Months by number: 2026-12, 2026/12, 12/2026, 12-2026.
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(text))) return monthNumber(group(m, 1), group(m, 2), borrow);
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(text))) return monthNumber(group(m, 2), group(m, 1), borrow);
  // Months by name: Desember 2026, Des 2026, bulan Desember 2026, December 2026, Dec-2026; "Des" alone in a range.
  if ((m = new RegExp(`^(?:bulan\\s+)?([a-z]+)${OPT_YEAR}$`).exec(text))) {
    const n = MONTHS[group(m, 1)];
    if (n) return withYear(m[2], (y) => month(y, n));
  }
  // A day of a month: 15 Mar 2026, 15 Maret, 1 January 2026.
  if ((m = new RegExp(`^(\\d{1,2})\\s*([a-z]+)${OPT_YEAR}$`).exec(text))) {
    const n = MONTHS[group(m, 2)];
    const dayNumber = Number(m[1]);
    if (n) return withYear(m[3], (y) => day(y, n, dayNumber));
  }
  // A bare day, its month and year from the other side of the range: the "1" of "1–15 Mar 2026".
  if ((m = /^(\d{1,2})$/.exec(text)) && borrow.month && borrow.year) return day(borrow.year, borrow.month, Number(m[1]));
  return null;
}

function monthNumber(y: string, m: string, borrow: Borrow): PartResult {
  const n = Number(m);
  if (n < 1 || n > 12) return 'UNKNOWN';
  const resolved = yearOf(y, borrow);
  return resolved === null ? null : typeof resolved === 'string' ? resolved : month(resolved, n);
}

/** Lower case, one space, dashes and "s.d." / "sampai" / "to" / ".." as one range mark "~". */
function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[\u2012-\u2015\u2212]/g, ' ~ ')
      .replace(/\.\./g, ' ~ ')
      .replace(/\s+(?:s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga|to|until|through|-)\s+/g, ' ~ ')
      // "Des." and "Jan," as written after abbreviations: the dot or comma ends the word.
      .replace(/([a-z])[.,](?=\s|$|~)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The named period (or range) [from, to] is, with its canonical key. */
export function periodChoiceOf(from: string, to: string): PeriodChoice {
  const named = periodOfRange(from, to);
  if (named) return { kind: named.kind, key: named.key, from, to };
  const y = Number(from.slice(0, 4));
  for (const s of [1, 2]) {
    const span = semester(y, s);
    if (span.from === from && span.to === to) return { kind: 'SEMESTER', key: `${y}-S${s}`, from, to };
  }
  return { kind: 'RANGE', key: `${from}..${to}`, from, to };
}

const PRESETS: Record<string, { preset?: PeriodPresetWord; pick: (today: string) => Span }> = {};
{
  const y = (today: string) => Number(today.slice(0, 4));
  const mo = (today: string) => Number(today.slice(5, 7));
  const thisMonth = { preset: 'bulan-ini' as const, pick: (t: string) => month(y(t), mo(t)) };
  const thisQuarter = { preset: 'triwulan-ini' as const, pick: (t: string) => quarter(y(t), Math.ceil(mo(t) / 3)) };
  const thisYear = { preset: 'tahun-ini' as const, pick: (t: string) => year(y(t)) };
  const thisSemester = { pick: (t: string) => semester(y(t), mo(t) <= 6 ? 1 : 2) };
  const lastMonth = { pick: (t: string) => (mo(t) === 1 ? month(y(t) - 1, 12) : month(y(t), mo(t) - 1)) };
  const lastQuarter = { pick: (t: string) => (mo(t) <= 3 ? quarter(y(t) - 1, 4) : quarter(y(t), Math.ceil(mo(t) / 3) - 1)) };
  const lastYear = { pick: (t: string) => year(y(t) - 1) };
  Object.assign(PRESETS, {
    'bulan ini': thisMonth,
    'this month': thisMonth,
    'triwulan ini': thisQuarter,
    'this quarter': thisQuarter,
    'tahun ini': thisYear,
    'this year': thisYear,
    'semester ini': thisSemester,
    'this half': thisSemester,
    'bulan lalu': lastMonth,
    'last month': lastMonth,
    'triwulan lalu': lastQuarter,
    'last quarter': lastQuarter,
    'tahun lalu': lastYear,
    'last year': lastYear,
  });
}

/**
 * Reads a period typed by a person. `today` (YYYY-MM-DD, the reader's calendar date) lets "bulan ini", "tahun
 * lalu", "this quarter" mean something; without it those are not understood (the API has no "today" of the
 * reader's). The URL's own words ("tahun-ini") are read too.
 */
export function parsePeriodText(input: string, { today }: { today?: string } = {}): PeriodTextResult {
  const text = normalise(input ?? '');
  if (!text) return { ok: false, error: 'UNKNOWN' };
  const preset = PRESETS[text.replace(/-/g, ' ')];
  if (preset) {
    if (!today) return { ok: false, error: 'UNKNOWN' };
    const span = preset.pick(today);
    return { ok: true, period: periodChoiceOf(span.from, span.to), ...(preset.preset ? { preset: preset.preset } : {}) };
  }

  const sides = text.split('~').map((side) => side.trim());
  if (sides.length > 2 || sides.some((side) => !side)) return { ok: false, error: 'UNKNOWN' };
  // Both sides are there and not empty (split gives at least one): checked just above.
  const [first = '', second] = sides;
  let span: Span;
  if (second === undefined) {
    const part = parsePart(first);
    if (part === null) return { ok: false, error: 'UNKNOWN' };
    if (typeof part === 'string') return { ok: false, error: part };
    span = part;
  } else {
    // The second side names its year (and month); the first may borrow them: "1 Jan – 15 Mar 2026", "1–15 Mar 2026".
    const end = parsePart(second);
    if (end === null) return { ok: false, error: 'UNKNOWN' };
    if (typeof end === 'string') return { ok: false, error: end };
    const endYear = Number(end.from.slice(0, 4));
    let start = parsePart(first, { year: endYear, month: Number(end.from.slice(5, 7)) });
    if (start === null) return { ok: false, error: 'UNKNOWN' };
    if (typeof start === 'string') return { ok: false, error: start };
    // "Nov – Feb 2026", "1 Des – 15 Jan 2026": a first side with no year of its own that would start after the
    // end starts in the year before.
    if (start.from > end.to && !/\d{4}/.test(first)) {
      const earlier = parsePart(first, { year: endYear - 1 });
      if (earlier && typeof earlier !== 'string') start = earlier;
    }
    span = { from: start.from, to: end.to };
  }
  if (span.from > span.to) return { ok: false, error: 'REVERSED' };
  if (daysBetween(span.from, span.to) > MAX_PERIOD_DAYS) return { ok: false, error: 'TOO_LONG' };
  return { ok: true, period: periodChoiceOf(span.from, span.to) };
}

/** The period a canonical key names ("2026-S1", "2026-01-01..2026-03-15" as well as parsePeriod's keys), or null. */
export function periodOfKey(key: string): PeriodChoice | null {
  const named = parsePeriod(key);
  if (named) return { kind: named.kind, key: named.key, from: named.from, to: named.to };
  const s = /^(20\d\d)-S([12])$/.exec(key.trim().toUpperCase());
  if (s) {
    const span = semester(Number(s[1]), Number(s[2]));
    return periodChoiceOf(span.from, span.to);
  }
  const r = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key.trim());
  if (r && isCalendarDate(r[1]) && isCalendarDate(r[2]) && r[1] <= r[2] && daysBetween(r[1], r[2]) <= MAX_PERIOD_DAYS) return periodChoiceOf(r[1], r[2]);
  return null;
}

/** The same dates a year earlier (29 February becomes 28 February): "the same period last year". */
export function sameRangeLastYear(from: string, to: string): Span {
  const shift = (date: string) => `${Number(date.slice(0, 4)) - 1}-${date.slice(5) === '02-29' ? '02-28' : date.slice(5)}`;
  return { from: shift(from), to: shift(to) };
}

/**
 * The range a dashboard compares [from, to] with: the same dates a year earlier, but a range still running (it holds
 * `today`) only up to today's date a year earlier, so this year to date meets last year to the same date. A range
 * that has not started has nothing to compare: null.
 */
export function sameTimeLastYear(from: string, to: string, today: string): Span | null {
  if (today < from) return null;
  return sameRangeLastYear(from, to < today ? to : today);
}
