import { i18n } from './i18n';

/** 83762 → "83.762" in Indonesian, "83,762" in English. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'id-ID').format(value);
}

/** A calendar date (YYYY-MM-DD) as people write it: "10 Maret 2025", "10 March 2025". */
export function formatCalendarDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return date;
  return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms);
}
