import { daysInMonth } from '@jangkau/shared-domain';
import { todayWib } from '@jangkau/web-filters';

/** The "not reached" layers: within the last 3, 6 or 12 months, or never (the API's longest range, five years). */
export const STALE_CHOICES = [3, 6, 12, 'never'] as const;
export type StaleChoice = (typeof STALE_CHOICES)[number];

/** A calendar date `months` months before `date`, the day clamped to the month's length (31 May − 3 → 28/29 Feb). */
export function monthsBefore(date: string, months: number): string {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The window a "not reached" layer asks coverage for: from N months ago to today (WIB), both inclusive. A village
 * not reached in it is stale; "never" is not reached in the last five years, the longest range the API answers.
 */
export function staleWindow(choice: StaleChoice, now: Date = new Date()): { from: string; to: string } {
  const to = todayWib(now);
  return { from: monthsBefore(to, choice === 'never' ? 60 : choice), to };
}
