import type { AgencyType } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { agencyVisible } from '../../common/access/scoped-sql';
import { anyOf, db, onlyRow, scoped } from '../../database/kysely';

/** The agency module's SQL: agencies as read and written, and their working areas. */

type Source = EntityManager | DataSource;

/** An agency as read (a type, so it is a Record for the audit trail). */
export type AgencyRow = {
  id: string;
  name: string;
  shortName: string;
  type: AgencyType;
  officeClass: string | null;
  address: string | null;
  parentId: string | null;
  homeRegionCode: string | null;
  villageCount: number;
  active: boolean;
  version: number;
  updatedAt: Date;
};

export interface AgencyWhere {
  ids?: readonly string[];
  /** Name or short name contains it (case-insensitive). */
  search?: string;
  type?: AgencyType;
  /** Active agencies with no active head. */
  withoutActiveHead?: boolean;
  limit?: number;
}

/** The agencies the caller may see matching `where`; by name when limited (a list). */
export async function visibleAgencies(source: Source, caller: Caller, where: AgencyWhere): Promise<AgencyRow[]> {
  let query = db(source)
    .selectFrom('agencies as a')
    .select([
      'a.id',
      'a.name',
      'a.short_name as shortName',
      'a.type',
      'a.office_class as officeClass',
      'a.address',
      'a.parent_id as parentId',
      'a.home_region_code as homeRegionCode',
      'a.village_count as villageCount',
      'a.active',
      'a.version',
      'a.updated_at as updatedAt',
    ])
    .where(scoped((params) => agencyVisible(caller, 'a', params)));
  if (where.ids) query = query.where('a.id', '=', anyOf(where.ids, 'uuid'));
  if (where.search !== undefined) {
    const pattern = `%${where.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('a.name', 'ilike', pattern), eb('a.short_name', 'ilike', pattern)]));
  }
  if (where.type) query = query.where('a.type', '=', where.type);
  if (where.withoutActiveHead) {
    query = query.where('a.active', '=', true).where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('users as u')
            .select(sql<number>`1`.as('one'))
            .whereRef('u.agency_id', '=', 'a.id')
            .where('u.role', '=', 'HEAD')
            .where('u.active', '=', true),
        ),
      ),
    );
  }
  if (where.limit !== undefined) query = query.orderBy('a.name').orderBy('a.id').limit(where.limit);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, type: row.type as AgencyType }));
}

/** The working-area codes of these agencies, each agency's by code. */
export async function workingAreaRows(source: Source, agencyIds: readonly string[]): Promise<Array<{ agency_id: string; region_code: string }>> {
  return db(source).selectFrom('agency_working_areas').select(['agency_id', 'region_code']).where('agency_id', '=', anyOf(agencyIds, 'uuid')).orderBy('region_code').execute();
}

export interface AgencyValues {
  name: string;
  shortName: string;
  type: AgencyType;
  officeClass: string | null;
  parentId: string | null;
  homeRegionCode: string | null;
  active: boolean;
  address: string | null;
}

function columns(v: AgencyValues) {
  return {
    name: v.name,
    short_name: v.shortName,
    type: v.type,
    office_class: v.officeClass,
    parent_id: v.parentId,
    home_region_code: v.homeRegionCode,
    active: v.active,
    address: v.address,
  };
}

export async function insertAgency(manager: EntityManager, values: AgencyValues): Promise<string> {
  const row = await db(manager).insertInto('agencies').values(columns(values)).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function lockAgency(manager: EntityManager, id: string): Promise<void> {
  await db(manager)
    .selectFrom('agencies')
    .select(sql<number>`1`.as('one'))
    .where('id', '=', id)
    .forUpdate()
    .execute();
}

/** false when the version is stale. */
export async function updateAgency(manager: EntityManager, id: string, version: number, values: AgencyValues): Promise<boolean> {
  const rows = await db(manager)
    .updateTable('agencies')
    .set((eb) => ({ ...columns(values), version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function agencyExists(source: Source, id: string): Promise<boolean> {
  return (await db(source).selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Whether `id` is `startId` or one of its ancestors (the parent chain up from `startId`). */
export async function inParentChain(source: Source, startId: string, id: string): Promise<boolean> {
  // A recursive walk up the parents: clearest as SQL.
  const { rows } = await sql<{ one: number }>`WITH RECURSIVE up AS (SELECT id, parent_id FROM agencies WHERE id = ${startId}
      UNION SELECT a.id, a.parent_id FROM agencies a JOIN up ON a.id = up.parent_id)
    SELECT 1 AS one FROM up WHERE id = ${id}`.execute(db(source));
  return rows.length > 0;
}

/** Those of `codes` that name a region. */
export async function existingRegionCodes(source: Source, codes: readonly string[]): Promise<string[]> {
  const rows = await db(source).selectFrom('regions').select('code').where('code', '=', anyOf(codes, 'varchar')).execute();
  return rows.map((r) => r.code);
}

/**
 * Replaces an agency's working area and recomputes its village count from the regions' own counts, set-based;
 * returns the count.
 */
export async function writeWorkingArea(manager: EntityManager, agencyId: string, codes: string[]): Promise<number> {
  const k = db(manager);
  await k.deleteFrom('agency_working_areas').where('agency_id', '=', agencyId).execute();
  await sql`INSERT INTO agency_working_areas (agency_id, region_code) SELECT ${agencyId}, unnest(${codes}::varchar[])`.execute(k);
  const rows = await k
    .updateTable('agencies')
    .set((eb) => ({
      village_count: eb
        .selectFrom('agency_working_areas as w')
        .innerJoin('regions as r', 'r.code', 'w.region_code')
        .select(sql<number>`coalesce(sum(CASE WHEN r.depth = 4 THEN 1 ELSE r.village_count END), 0)::int`.as('count'))
        .where('w.agency_id', '=', agencyId),
    }))
    .where('id', '=', agencyId)
    .returning('village_count as count')
    .execute();
  return onlyRow(rows, 'agency').count;
}

/** Whether the caller may see the agency (scoped-sql's agencyVisible). */
export async function agencyVisibleTo(source: Source, caller: Caller, agencyId: string): Promise<boolean> {
  const row = await db(source)
    .selectFrom('agencies as a')
    .select('a.id')
    .where('a.id', '=', agencyId)
    .where(scoped((params) => agencyVisible(caller, 'a', params)))
    .executeTakeFirst();
  return row !== undefined;
}
