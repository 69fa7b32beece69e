import { i18n } from './i18n';

const locale = () => (i18n.language === 'en' ? 'en-US' : 'id-ID');

/** 83762 → "83.762" in Indonesian, "83,762" in English. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/**
 * A fraction as a percentage the way each language writes it: 0.456 → "45,6 %" in Indonesian (a space before the
 * sign, kept on one line), "45.6%" in English. A share that is not nothing never reads as nothing, and one short of
 * everything never reads as everything: under 1 % it keeps two decimals (19 of 83.762 villages: "0,02 %"), and
 * below 0,01 % two significant digits ("0,0012 %"); just under 100 % it is cut, not rounded up ("99,9 %").
 */
export function formatPercent(fraction: number, maximumFractionDigits = 1): string {
  const percent = fraction * 100;
  let number: string;
  if (percent > 0 && percent < 0.01) number = formatNumber(percent, { maximumSignificantDigits: 2 });
  else if (percent > 0 && percent < 1) number = formatNumber(percent, { maximumFractionDigits: Math.max(2, maximumFractionDigits) });
  else if (percent < 100 && Number(percent.toFixed(maximumFractionDigits)) >= 100) {
    const digits = Math.max(1, maximumFractionDigits);
    number = formatNumber(Math.floor(percent * 10 ** digits) / 10 ** digits, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  } else number = formatNumber(percent, { maximumFractionDigits });
  return i18n.language === 'en' ? `${number}%` : `${number}\u00a0%`;
}

/** The wall-clock time of an instant in WIB (Asia/Jakarta): "14.05" in Indonesian, "14:05" in English. */
export function formatTimeWib(instant: Date | string): string {
  return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' }).format(new Date(instant));
}

/**
 * A calendar date (YYYY-MM-DD) for reading: "16 Jun 2025" (short) or "16 Juni 2025" (long). Calendar dates carry
 * no zone: they are formatted as UTC so no browser zone can move them a day.
 */
export function formatDate(date: string, style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * A range of calendar dates as people write it, the year once when both ends share it: "1 Jan – 15 Mar 2026",
 * "1 Des 2025 – 15 Jan 2026", one day alone as "15 Mar 2026".
 */
export function formatDateRange(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const start = sameYear
    ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${from}T00:00:00Z`))
    : formatDate(from);
  return `${start}\u00a0– ${formatDate(to)}`;
}

/** The month of a calendar date: "Jun" / "Juni 2025" (with `year`, `long`). */
export function formatMonth(date: string, { long = false, year = false }: { long?: boolean; year?: boolean } = {}): string {
  return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    month: long ? 'long' : 'short',
    ...(year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
}

/** A calendar date (YYYY-MM-DD) as people write it: "10 Maret 2025", "10 March 2025". */
export function formatCalendarDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return date;
  return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms);
}

/** An instant as a date and its WIB (Asia/Jakarta) wall-clock time: "5 Des 2026, 14.05 WIB", "5 Dec 2026, 14:05 WIB". */
export function formatDateTimeWib(instant: Date | string): string {
  return formatDateTimeIn(instant, 'WIB');
}

/** An instant as a date and wall-clock time in the reader's zone (from their device): "5 Des 2026, 15.05 WITA". */
export function formatDateTimeInPersonZone(instant: Date | string, deviceZone?: string): string {
  return formatDateTimeIn(instant, personZone(deviceZone));
}

function formatDateTimeIn(instant: Date | string, zone: 'WIB' | 'WITA' | 'WIT'): string {
  const text = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: IANA_OF_ZONE[zone],
  }).format(new Date(instant));
  return `${text} ${zone}`;
}

/**
 * How long ago an instant was, for lists of recent events: "baru saja", "5 menit yang lalu", "kemarin"; a week or
 * more back, the date and WIB time instead. `justNow` is the caller's translated word for under a minute.
 */
export function formatAgo(instant: Date | string, now: Date, justNow: string): string {
  const seconds = (now.getTime() - new Date(instant).getTime()) / 1000;
  if (seconds < 60) return justNow;
  const relative = new Intl.RelativeTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { numeric: 'auto' });
  if (seconds < 3600) return relative.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return relative.format(-Math.floor(seconds / 3600), 'hour');
  if (seconds < 7 * 86_400) return relative.format(-Math.floor(seconds / 86_400), 'day');
  return formatDateTimeWib(instant);
}

/** Indonesia's three zones and the device zones that read as each; everywhere else (abroad too) counts as WIB. */
const ZONE_OF_DEVICE: Readonly<Record<string, 'WITA' | 'WIT'>> = {
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};
const IANA_OF_ZONE = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const;

/** The person's Indonesian zone, from their device's: WITA in Makassar's zone, WIT in Jayapura's, WIB otherwise. */
export function personZone(deviceZone: string | undefined = Intl.DateTimeFormat().resolvedOptions().timeZone): 'WIB' | 'WITA' | 'WIT' {
  return (deviceZone && ZONE_OF_DEVICE[deviceZone]) || 'WIB';
}

/** The wall-clock time of an instant in the person's zone: { time: "14.05", zone: "WIB" } ("14:05" in English). */
export function formatTimeInPersonZone(instant: Date | number | string, deviceZone?: string): { time: string; zone: 'WIB' | 'WITA' | 'WIT' } {
  const zone = personZone(deviceZone);
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit', timeZone: IANA_OF_ZONE[zone] }).format(new Date(instant));
  return { time, zone };
}
