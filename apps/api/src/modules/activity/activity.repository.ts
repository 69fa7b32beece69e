import type { AgencyType, CoOrganiserStatus } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { anyOf, db } from '../../database/kysely';

/** The activity module's SQL on activities themselves and their reference lists (topics). */

type Source = EntityManager | DataSource;

/** Topics, in their managed order. */
export function topics(source: Source): Promise<{ id: string; name: string; active: boolean }[]> {
  return db(source).selectFrom('topics').select(['id', 'name', 'active']).orderBy('position').orderBy('name').execute();
}

/** Locks the activity's row for the rest of the manager's transaction. */
export async function lockActivity(manager: EntityManager, id: string): Promise<void> {
  await sql`SELECT 1 FROM activities WHERE id = ${id} FOR UPDATE`.execute(db(manager));
}

/** A change to the activity: its version moves on and its updated_at is now. */
export async function bumpVersion(manager: EntityManager, id: string): Promise<void> {
  await db(manager)
    .updateTable('activities')
    .set({ version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

// ---- The validator's lookups (ActivityValidator.validateMany): each made once for every input. Ids in lower case.

/** Which of the codes are regions. */
export async function existingRegionCodes(manager: EntityManager, codes: string[]): Promise<string[]> {
  const rows = await db(manager).selectFrom('regions').select('code').where('code', '=', anyOf(codes, 'varchar')).execute();
  return rows.map((r) => r.code.toLowerCase());
}

/** The villages of each kecamatan, in code order. */
export function villagesOfKecamatan(manager: EntityManager, kecamatan: string[]): Promise<{ code: string; parent: string }[]> {
  return db(manager)
    .selectFrom('regions')
    .select(['code', sql<string>`parent_code`.as('parent')])
    .where('parent_code', '=', anyOf(kecamatan, 'varchar'))
    .where('depth', '=', 4)
    .orderBy('code')
    .execute();
}

/** Which of the ids are topics. */
export async function existingTopicIds(manager: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await db(manager)
    .selectFrom('topics')
    .select(sql<string>`id::text`.as('v'))
    .where('id', '=', anyOf(ids, 'uuid'))
    .execute();
  return rows.map((r) => r.v.toLowerCase());
}

/** Which of the ids are active agencies. */
export async function activeAgencyIds(manager: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await db(manager)
    .selectFrom('agencies')
    .select(sql<string>`id::text`.as('v'))
    .where('id', '=', anyOf(ids, 'uuid'))
    .where('active', '=', true)
    .execute();
  return rows.map((r) => r.v.toLowerCase());
}

/** A programme item with its framework's validity, for the check that the activity's date is within it. */
export interface ItemValidity {
  id: string;
  number: number;
  framework: string;
  validFrom: string;
  validTo: string;
}

/** The programme items among the ids, with their framework's validity. */
export function itemValidity(manager: EntityManager, ids: string[]): Promise<ItemValidity[]> {
  return db(manager)
    .selectFrom('programme_items as i')
    .innerJoin('programme_frameworks as f', 'f.id', 'i.framework_id')
    .select([sql<string>`i.id::text`.as('id'), 'i.number', 'f.name as framework', sql<string>`f.valid_from::text`.as('validFrom'), sql<string>`f.valid_to::text`.as('validTo')])
    .where('i.id', '=', anyOf(ids, 'uuid'))
    .execute();
}

/** The agency's type and home region, when it exists. */
export function agencyTypeAndHome(manager: EntityManager, id: string): Promise<{ type: AgencyType; homeRegionCode: string | null } | undefined> {
  return db(manager)
    .selectFrom('agencies')
    .select([sql<AgencyType>`type`.as('type'), 'home_region_code as homeRegionCode'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---- The workflow's writes (ActivityWorkflow): each within ActivityChanges.apply's transaction.

/** Held: the planned activity becomes a draft to complete. */
export async function markHeld(manager: EntityManager, id: string): Promise<void> {
  await db(manager).updateTable('activities').set({ status: 'DRAFT' }).where('id', '=', id).execute();
}

export async function markSubmitted(manager: EntityManager, id: string, userId: string): Promise<void> {
  await db(manager)
    .updateTable('activities')
    .set({ status: 'SUBMITTED', submitted_by: userId, submitted_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function markVerified(manager: EntityManager, id: string, userId: string, selfVerified: boolean): Promise<void> {
  await db(manager)
    .updateTable('activities')
    .set({ status: 'VERIFIED', verified_by: userId, verified_at: sql`now()`, return_reason: null, self_verified: selfVerified })
    .where('id', '=', id)
    .execute();
}

/** Back to its submitter with the reason, no longer verified. */
export async function markReturned(manager: EntityManager, id: string, reason: string): Promise<void> {
  await db(manager).updateTable('activities').set({ status: 'RETURNED', return_reason: reason, verified_by: null, verified_at: null, self_verified: false }).where('id', '=', id).execute();
}

/** The regions the activity reaches (its reach_codes), when it exists. */
export async function reachCodesOf(source: Source, id: string): Promise<string[] | undefined> {
  const row = await db(source).selectFrom('activities').select('reach_codes').where('id', '=', id).executeTakeFirst();
  return row?.reach_codes;
}

/** The co-organiser's invitation status, locked for the rest of the manager's transaction. */
export async function lockInvitation(manager: EntityManager, activityId: string, agencyId: string): Promise<CoOrganiserStatus | undefined> {
  const row = await db(manager)
    .selectFrom('activity_agencies')
    .select(sql<CoOrganiserStatus>`status`.as('status'))
    .where('activity_id', '=', activityId)
    .where('agency_id', '=', agencyId)
    .forUpdate()
    .executeTakeFirst();
  return row?.status;
}

/** The co-organiser's answer to its invitation. */
export async function answerInvitation(manager: EntityManager, activityId: string, agencyId: string, status: CoOrganiserStatus): Promise<void> {
  await db(manager)
    .updateTable('activity_agencies')
    .set({ status, answered_at: sql`now()` })
    .where('activity_id', '=', activityId)
    .where('agency_id', '=', agencyId)
    .execute();
}

/** Invited again (after a decline): unanswered, invited now. */
export async function inviteAgain(manager: EntityManager, activityId: string, agencyId: string): Promise<void> {
  await db(manager)
    .updateTable('activity_agencies')
    .set({ status: 'INVITED', invited_at: sql`now()`, answered_at: null })
    .where('activity_id', '=', activityId)
    .where('agency_id', '=', agencyId)
    .execute();
}
