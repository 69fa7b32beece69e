import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../../common/access/caller';
import { agencyVisible } from '../../../common/access/scoped-sql';
import { db, onlyRow, scoped } from '../../../database/kysely';

/** The export's SQL: the names of what a filter points at. */

type Source = EntityManager | DataSource;

export interface FilterNames {
  agency: string | null;
  region: string | null;
  programmeItem: string | null;
  topic: string | null;
}

/** The names of the filter's agency (only when the caller may see it), region, programme item and topic. */
export async function filterNames(
  source: Source,
  caller: Caller,
  ids: { agencyId: string | null; regionCode: string | null; programmeItemId: string | null; topicId: string | null },
): Promise<FilterNames> {
  const visible = scoped((params) => agencyVisible(caller, 'g', params));
  const { rows } = await sql<FilterNames>`SELECT (SELECT g.name FROM agencies g WHERE g.id = ${ids.agencyId} AND ${visible}) AS agency,
              (SELECT name FROM regions WHERE code = ${ids.regionCode}) AS region,
              (SELECT 'butir ' || number || ' ' || title FROM programme_items WHERE id = ${ids.programmeItemId}) AS "programmeItem",
              (SELECT name FROM topics WHERE id = ${ids.topicId}) AS topic`.execute(db(source));
  return onlyRow(rows, 'filter names row');
}
