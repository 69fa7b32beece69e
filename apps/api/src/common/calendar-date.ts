/** YYYY-MM-DD naming a real day (not 2025-02-30, not 2025-2-3). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(+date) && date.toISOString().slice(0, 10) === text;
}
