import type { AgencyType } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { agencyVisible } from '../../common/access/scoped-sql';
import { db, scoped } from '../../database/kysely';

/** The report module's SQL for what a report is drawn over: its region or agency rows and the framework it follows. */

type Source = EntityManager | DataSource;

/** The region's code when there is one by this code. */
export async function regionCode(source: Source, code: string): Promise<string | null> {
  const row = await db(source).selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
  return row?.code ?? null;
}

/** Every framework (newest first) with its item numbered `number`, if it has one; dates as text. */
export async function frameworksWithItem(source: Source, number: number): Promise<{ name: string; validFrom: string; validTo: string; itemId: string | null }[]> {
  return db(source)
    .selectFrom('programme_frameworks as f')
    .leftJoin('programme_items as i', (join) => join.onRef('i.framework_id', '=', 'f.id').on('i.number', '=', number))
    .select(['f.name', sql<string>`f.valid_from::text`.as('validFrom'), sql<string>`f.valid_to::text`.as('validTo'), 'i.id as itemId'])
    .orderBy('f.valid_from', 'desc')
    .orderBy('f.name')
    .execute();
}

/** Regions at `depth`, by code: all of them, or (within) those whose code is one of `exact` or LIKE one of `under`. */
export async function regionsAtDepth(source: Source, depth: number, within?: { exact: string[]; under: string[] }): Promise<{ code: string; name: string }[]> {
  let query = db(source).selectFrom('regions').select(['code', 'name']).where('depth', '=', depth);
  if (within) query = query.where(sql<boolean>`(code = ANY(${within.exact}::varchar[]) OR code LIKE ANY(${within.under}::varchar[]))`);
  return query.orderBy('code').execute();
}

export interface ReportAgency {
  id: string;
  name: string;
  shortName: string;
  type: AgencyType;
  /** Its working area's region codes, by code; null when it has none. */
  codes: string[] | null;
}

/** Agencies of `type` the caller may see, by name, each with its working area. */
export async function visibleAgenciesOfType(source: Source, caller: Caller, type: AgencyType): Promise<ReportAgency[]> {
  const visible = scoped((params) => agencyVisible(caller, 'a', params));
  const { rows } = await sql<ReportAgency>`SELECT a.id, a.name, a.short_name AS "shortName", a.type,
      (SELECT array_agg(w.region_code ORDER BY w.region_code) FROM agency_working_areas w WHERE w.agency_id = a.id) AS codes
    FROM agencies a WHERE a.type = ${type} AND ${visible} ORDER BY a.name`.execute(db(source));
  return rows;
}
