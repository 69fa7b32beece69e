/**
 * Today's date (YYYY-MM-DD) in Jayapura (UTC+9), the first part of Indonesia to reach a new day: the latest date
 * the API may accept as "not in the future", so the date picker never refuses what the server would take.
 */
export function latestIndonesianToday(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}
