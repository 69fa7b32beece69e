import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { db, onlyRow } from '../../../database/kysely';
import type { ReportOffice } from './report-export.writers';

/** The report export's SQL: the exporting office's letterhead and the names of what a report's filters point at. */

type Source = EntityManager | DataSource;

/**
 * An office for a PDF's letterhead and signature: name, address, seat (its kabupaten/kota without "Kabupaten" /
 * "Kota") and its active head (the longest serving, when there are several).
 */
export async function officeOf(source: Source, agencyId: string): Promise<ReportOffice | undefined> {
  const { rows } = await sql<ReportOffice>`SELECT a.name, a.address, regexp_replace(r.name, '^(Kabupaten|Kota|Kab\\.) ', '') AS place,
      (SELECT u.full_name FROM users u WHERE u.agency_id = a.id AND u.role = 'HEAD' AND u.active ORDER BY u.created_at, u.id LIMIT 1) AS "headName"
    FROM agencies a LEFT JOIN regions r ON r.code = left(a.home_region_code, 5)
    WHERE a.id = ${agencyId}`.execute(db(source));
  return rows[0];
}

export interface FilterNames {
  region: string | null;
  programmeItem: { number: number; title: string } | null;
}

/** The name of the region and the number and title of the programme item (null: none by that code or id, or none given). */
export async function filterNames(source: Source, regionCode: string | null, programmeItemId: string | null): Promise<FilterNames> {
  const { rows } = await sql<FilterNames>`SELECT (SELECT name FROM regions WHERE code = ${regionCode}) AS region,
      (SELECT json_build_object('number', number, 'title', title) FROM programme_items WHERE id = ${programmeItemId}) AS "programmeItem"`.execute(db(source));
  return onlyRow(rows, 'filter names row');
}
