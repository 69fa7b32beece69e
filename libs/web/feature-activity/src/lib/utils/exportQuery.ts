import type { ActivityFilter } from '@jangkau/web-data-access';

/**
 * The list's filter as the export routes read it (/api/activities/export.{csv,xlsx}?…): the `activities` filter's
 * own field names, lists comma-separated, so the file holds exactly what the list shows.
 */
export function exportQuery(filter: ActivityFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  return params.toString();
}
