import { sql, type Kysely } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { auditVisible } from '../../common/access/scoped-sql';
import type { DB } from '../../database/db-types';
import { anyOf, db, scoped } from '../../database/kysely';

/** The audit module's SQL: every statement on audit_log, and the names the trail shows for records. */

type Source = EntityManager | DataSource;

export interface AuditLogInsert {
  actorUserId: string | null;
  actorUsername: string | null;
  actorAgencyId: string | null;
  operation: string;
  requestId: string | null;
  entries: Array<{ entity: string; entityId: string; subjectAgencyId: string | null; changes: unknown }>;
}

/** Many entries in one statement, their ids in the order given. */
export async function insertAuditEntries(source: Source, values: AuditLogInsert): Promise<void> {
  // jsonb_to_recordset keeps one statement for any number of entries; clearest as SQL.
  const records = JSON.stringify(values.entries.map((e, ord) => ({ ord, entity: e.entity, entity_id: e.entityId, subject_agency_id: e.subjectAgencyId, changes: e.changes })));
  await sql`INSERT INTO audit_log (actor_user_id, actor_username, actor_agency_id, operation, entity, entity_id, subject_agency_id, changes, request_id)
    SELECT ${values.actorUserId}, ${values.actorUsername}, ${values.actorAgencyId}, ${values.operation}, e.entity, e.entity_id, e.subject_agency_id, e.changes, ${values.requestId}
    FROM jsonb_to_recordset(${records}::jsonb) AS e(ord int, entity text, entity_id text, subject_agency_id uuid, changes jsonb)
    ORDER BY e.ord`.execute(db(source));
}

/** Who last changed a record and when (Jakarta time), if anyone did. */
export async function lastAuditChange(source: Source, entity: string, entityId: string): Promise<{ by: string; at: string } | undefined> {
  return db(source)
    .selectFrom('audit_log')
    .select([sql<string>`coalesce(actor_username, 'system')`.as('by'), sql<string>`to_char(at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD HH24:MI') || ' WIB'`.as('at')])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface AuditListFilter {
  actorUserId?: string;
  agencyId?: string;
  entity?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  before?: string;
  limit: number;
}

/** The caller's visible entries, newest first, with the actor's name and agency. */
export async function listAuditEntries(source: Source, caller: Caller, f: AuditListFilter) {
  let query = db(source)
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_user_id')
    .leftJoin('agencies as a', 'a.id', 'l.actor_agency_id')
    .select([
      sql<string>`l.id::text`.as('id'),
      'l.at',
      'l.actor_user_id',
      'l.actor_username',
      'l.actor_agency_id',
      'l.operation',
      'l.entity',
      'l.entity_id',
      'l.changes',
      'u.full_name as actor_name',
      'a.name as actor_agency_name',
    ])
    .where(scoped((params) => auditVisible(caller, 'l', params)));
  if (f.actorUserId !== undefined) query = query.where('l.actor_user_id', '=', f.actorUserId);
  if (f.agencyId !== undefined) {
    const agencyId = f.agencyId;
    query = query.where((eb) => eb.or([eb('l.actor_agency_id', '=', agencyId), eb('l.subject_agency_id', '=', agencyId)]));
  }
  if (f.entity !== undefined) query = query.where('l.entity', '=', f.entity);
  if (f.entityId !== undefined) query = query.where('l.entity_id', '=', f.entityId);
  if (f.from !== undefined) query = query.where('l.at', '>=', f.from);
  if (f.to !== undefined) query = query.where('l.at', '<', f.to);
  if (f.before !== undefined) query = query.where('l.id', '<', f.before);
  return query.orderBy('l.id', 'desc').limit(f.limit).execute();
}

type Label = { id: string; label: string | null };
const idText = sql<string>`id::text`.as('id');

/** Where the name of each kind of record lives, for the trail's "what": the record as it is now. */
const SUBJECT_LABELS: Readonly<Record<string, (k: Kysely<DB>, ids: string[]) => Promise<Label[]>>> = {
  Activity: (k, ids) => k.selectFrom('activities').select([idText, 'title as label']).where('id', '=', anyOf(ids, 'uuid')).execute(),
  Agency: (k, ids) => k.selectFrom('agencies').select([idText, 'name as label']).where('id', '=', anyOf(ids, 'uuid')).execute(),
  User: (k, ids) =>
    k
      .selectFrom('users')
      .select([idText, sql<string>`full_name || ' (' || username || ')'`.as('label')])
      .where('id', '=', anyOf(ids, 'uuid'))
      .execute(),
  DesaBinaan: (k, ids) =>
    k
      .selectFrom('desa_binaan as d')
      .innerJoin('regions as r', 'r.code', 'd.village_code')
      .select([sql<string>`d.id::text`.as('id'), 'r.name as label'])
      .where('d.id', '=', anyOf(ids, 'uuid'))
      .execute(),
  ProgrammeFramework: (k, ids) => k.selectFrom('programme_frameworks').select([idText, 'name as label']).where('id', '=', anyOf(ids, 'uuid')).execute(),
  ProgrammeItem: (k, ids) =>
    k
      .selectFrom('programme_items')
      .select([idText, sql<string>`number::text || '. ' || title`.as('label')])
      .where('id', '=', anyOf(ids, 'uuid'))
      .execute(),
  SavedReport: (k, ids) => k.selectFrom('saved_reports').select([idText, 'name as label']).where('id', '=', anyOf(ids, 'uuid')).execute(),
  FollowUp: (k, ids) =>
    k
      .selectFrom('activity_follow_ups')
      .select([idText, sql<string>`left(text, 120)`.as('label')])
      .where('id', '=', anyOf(ids, 'uuid'))
      .execute(),
  Evidence: (k, ids) => k.selectFrom('activity_evidence').select([idText, 'file_name as label']).where('id', '=', anyOf(ids, 'uuid')).execute(),
  BoundarySet: (k, ids) => k.selectFrom('boundary_sets').select([idText, 'file_name as label']).where('id', '=', anyOf(ids, 'uuid')).execute(),
};

export function hasSubjectLabels(entity: string): boolean {
  return Object.hasOwn(SUBJECT_LABELS, entity);
}

/** The current names of records of one kind. */
export async function subjectLabels(source: Source, entity: string, ids: string[]): Promise<Label[]> {
  const read = SUBJECT_LABELS[entity];
  return read ? read(db(source), ids) : [];
}

/** Names for ids of people, agencies, topics, programme items and frameworks, and activities. */
export async function idLabels(source: Source, ids: string[]): Promise<Array<{ id: string; label: string }>> {
  const k = db(source);
  const any = anyOf(ids, 'uuid');
  return k
    .selectFrom('users')
    .select([idText, 'full_name as label'])
    .where('id', '=', any)
    .unionAll(k.selectFrom('agencies').select([idText, 'name as label']).where('id', '=', any))
    .unionAll(k.selectFrom('topics').select([idText, 'name as label']).where('id', '=', any))
    .unionAll(
      k
        .selectFrom('programme_items')
        .select([idText, sql<string>`number::text || '. ' || title`.as('label')])
        .where('id', '=', any),
    )
    .unionAll(k.selectFrom('programme_frameworks').select([idText, 'name as label']).where('id', '=', any))
    .unionAll(k.selectFrom('activities').select([idText, 'title as label']).where('id', '=', any))
    .execute();
}

/** Names of regions by code. */
export async function regionLabels(source: Source, codes: string[]): Promise<Array<{ code: string; label: string }>> {
  return db(source).selectFrom('regions').select(['code', 'name as label']).where('code', '=', anyOf(codes, 'text')).execute();
}
