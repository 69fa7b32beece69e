import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { desaBinaanVisible } from '../../common/access/scoped-sql';
import { anyOf, db, scoped } from '../../database/kysely';
import { DesaBinaanStatus } from './desa-binaan.entity';

/** The Desa Binaan module's SQL: designations as read, written, and the checks a designation makes. */

type Source = EntityManager | DataSource;

/** A designation as read: the agency and the village are resolved by the field resolvers (through loaders). */
export interface DesaBinaanRow {
  id: string;
  agencyId: string;
  villageCode: string;
  skNumber: string;
  skDate: string;
  officerName: string;
  officerUser: { id: string; fullName: string } | null;
  status: DesaBinaanStatus;
  notes: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The fields a designation is written with (a type, so it is a Record for the audit trail). */
export type DesaBinaanValues = {
  agencyId: string;
  villageCode: string;
  skNumber: string;
  skDate: string;
  officerName: string;
  officerUserId: string | null;
  status: DesaBinaanStatus;
  notes: string;
};

export interface DesaBinaanWhere {
  agencyIds?: readonly string[];
  ids?: readonly string[];
  /** Villages that are one of these codes or lie under one. */
  regionCodes?: readonly string[];
  status?: DesaBinaanStatus;
}

/** The caller's visible designations matching `where`, newest decree first. */
export async function visibleDesaBinaan(source: Source, caller: Caller, where: DesaBinaanWhere): Promise<DesaBinaanRow[]> {
  let query = db(source)
    .selectFrom('desa_binaan as d')
    .leftJoin('users as u', 'u.id', 'd.officer_user_id')
    .select([
      'd.id',
      'd.agency_id as agencyId',
      'd.village_code as villageCode',
      'd.sk_number as skNumber',
      sql<string>`d.sk_date::text`.as('skDate'),
      'd.officer_name as officerName',
      sql<{ id: string; fullName: string } | null>`CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'fullName', u.full_name) END`.as('officerUser'),
      'd.status',
      'd.notes',
      'd.version',
      'd.created_at as createdAt',
      'd.updated_at as updatedAt',
    ]);
  if (where.ids) query = query.where('d.id', '=', anyOf(where.ids, 'uuid'));
  if (where.agencyIds) query = query.where('d.agency_id', '=', anyOf(where.agencyIds, 'uuid'));
  const codes = where.regionCodes;
  if (codes) {
    query = query.where((eb) =>
      eb.or([
        eb('d.village_code', '=', anyOf(codes, 'varchar')),
        eb(
          'd.village_code',
          'like',
          anyOf(
            codes.map((c) => `${c}.%`),
            'varchar',
          ),
        ),
      ]),
    );
  }
  if (where.status) query = query.where('d.status', '=', where.status);
  const rows = await query
    .where(scoped((params) => desaBinaanVisible(caller, 'd', params)))
    .orderBy('d.sk_date', 'desc')
    .orderBy('d.village_code')
    .orderBy('d.id')
    .execute();
  return rows.map((row) => ({ ...row, status: row.status as DesaBinaanStatus }));
}

/** The new designation's id; undefined when the agency already designated the village (a concurrent designate). */
export async function insertDesaBinaan(manager: EntityManager, v: DesaBinaanValues): Promise<string | undefined> {
  const row = await db(manager)
    .insertInto('desa_binaan')
    .values({
      agency_id: v.agencyId,
      village_code: v.villageCode,
      sk_number: v.skNumber,
      sk_date: v.skDate,
      officer_name: v.officerName,
      officer_user_id: v.officerUserId,
      status: v.status,
      notes: v.notes,
    })
    .onConflict((oc) => oc.columns(['agency_id', 'village_code']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function lockDesaBinaan(manager: EntityManager, id: string): Promise<void> {
  await db(manager)
    .selectFrom('desa_binaan')
    .select(sql<number>`1`.as('one'))
    .where('id', '=', id)
    .forUpdate()
    .execute();
}

/** Writes the designation at `version`; false when the version is stale (or the row gone). */
export async function updateDesaBinaan(manager: EntityManager, id: string, version: number, v: DesaBinaanValues): Promise<boolean> {
  const rows = await db(manager)
    .updateTable('desa_binaan')
    .set((eb) => ({
      village_code: v.villageCode,
      sk_number: v.skNumber,
      sk_date: v.skDate,
      officer_name: v.officerName,
      officer_user_id: v.officerUserId,
      status: v.status,
      notes: v.notes,
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function agencyForDesignation(source: Source, agencyId: string) {
  return db(source).selectFrom('agencies').select(['id', 'short_name as shortName', 'type']).where('id', '=', agencyId).executeTakeFirst();
}

export async function regionByCode(source: Source, code: string) {
  return db(source).selectFrom('regions').select(['code', 'name', 'depth']).where('code', '=', code).executeTakeFirst();
}

export async function workingAreaCodes(source: Source, agencyId: string): Promise<string[]> {
  const rows = await db(source).selectFrom('agency_working_areas').select('region_code as code').where('agency_id', '=', agencyId).execute();
  return rows.map((r) => r.code);
}

export async function userInAgency(source: Source, userId: string, agencyId: string): Promise<boolean> {
  const row = await db(source).selectFrom('users').select('id').where('id', '=', userId).where('agency_id', '=', agencyId).executeTakeFirst();
  return row !== undefined;
}

/** Whether another designation (not `selfId`) of the agency names the village. */
export async function villageTaken(source: Source, agencyId: string, villageCode: string, selfId: string | null): Promise<boolean> {
  const row = await db(source)
    .selectFrom('desa_binaan')
    .select(sql<number>`1`.as('one'))
    .where('agency_id', '=', agencyId)
    .where('village_code', '=', villageCode)
    .where('id', 'is distinct from', selfId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The village's and the agency's names, for the duplicate message. */
export async function duplicateNames(source: Source, villageCode: string, agencyId: string): Promise<{ village: string | null; agency: string | null } | undefined> {
  return db(source)
    .selectNoFrom((eb) => [
      eb.selectFrom('regions').select('name').where('code', '=', villageCode).$asScalar().as('village'),
      eb.selectFrom('agencies').select('short_name').where('id', '=', agencyId).$asScalar().as('agency'),
    ])
    .executeTakeFirst();
}
