import type { AgencyType, Role } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { anyOf, db } from '../../database/kysely';

/**
 * The demo seeds' SQL (demo-seed.ts, demo-activities.ts, demo-history.ts). Bulk writes from a JSON recordset are
 * clearest as SQL: Kysely's sql tag, typed rows, its own parameters.
 */

type Source = EntityManager | DataSource;

/** Serialises the seeds across instances starting at once: held until the transaction ends. */
export const SEED_LOCK = 7_318_002;

export async function lockSeeding(manager: EntityManager): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`.execute(db(manager));
}

/** How many rows the table has. */
export async function rowCount(source: Source, table: 'agencies' | 'users' | 'activities'): Promise<number> {
  const row = await db(source)
    .selectFrom(table)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function agencyShortNames(source: Source): Promise<Array<{ id: string; shortName: string }>> {
  return db(source).selectFrom('agencies').select(['id', 'short_name as shortName']).execute();
}

export async function agenciesByShortName(source: Source, shortNames: readonly string[]): Promise<Array<{ id: string; short_name: string }>> {
  return db(source).selectFrom('agencies').select(['id', 'short_name']).where('short_name', '=', anyOf(shortNames, 'varchar')).execute();
}

export async function agencyWithShortName(source: Source, shortName: string, type?: AgencyType): Promise<{ id: string } | undefined> {
  let query = db(source).selectFrom('agencies').select('id').where('short_name', '=', shortName);
  if (type) query = query.where('type', '=', type);
  return query.executeTakeFirst();
}

/** The DITJEN agency of this name, if there is one. */
export async function ditjenNamed(source: Source, name: string): Promise<{ id: string } | undefined> {
  return db(source).selectFrom('agencies').select('id').where('name', '=', name).where('type', '=', 'DITJEN').executeTakeFirst();
}

export interface DemoAgencyValues {
  name: string;
  shortName: string;
  type: AgencyType;
  officeClass: string | null;
  parentId: string | null;
  homeRegionCode: string | null;
}

/** A demo agency, with a sample address (marked DEMO) so the letterhead of a demo report shows where one goes. */
export async function insertDemoAgency(manager: EntityManager, agency: DemoAgencyValues): Promise<string> {
  const row = await db(manager)
    .insertInto('agencies')
    .values({
      name: agency.name,
      short_name: agency.shortName,
      type: agency.type,
      office_class: agency.officeClass,
      parent_id: agency.parentId,
      home_region_code: agency.homeRegionCode,
      address: sql<string | null>`(SELECT 'Alamat contoh (DEMO), ' || name FROM regions WHERE code = ${agency.homeRegionCode})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function users(source: Source): Promise<Array<{ id: string; username: string }>> {
  return db(source).selectFrom('users').select(['id', 'username']).execute();
}

export async function userIdOf(source: Source, username: string): Promise<string | undefined> {
  const row = await db(source).selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return row?.id;
}

export async function userNamed(source: Source, username: string): Promise<{ id: string; full_name: string } | undefined> {
  return db(source).selectFrom('users').select(['id', 'full_name']).where('username', '=', username).executeTakeFirst();
}

/** Active heads of office, by username. */
export async function activeHeads(source: Source): Promise<Array<{ username: string; agency_id: string }>> {
  return db(source).selectFrom('users').select(['username', 'agency_id']).where('role', '=', 'HEAD').where('active', '=', true).orderBy('username').execute();
}

export interface UserValues {
  username: string;
  email?: string | null;
  fullName: string;
  agencyId: string;
  role: Role;
  passwordHash: string;
}

function userColumns(user: UserValues) {
  return {
    username: user.username,
    ...(user.email !== undefined ? { email: user.email } : {}),
    full_name: user.fullName,
    agency_id: user.agencyId,
    role: user.role,
    password_hash: user.passwordHash,
  };
}

/** A new account's id. */
export async function insertUser(manager: EntityManager, user: UserValues): Promise<string> {
  const row = await db(manager).insertInto('users').values(userColumns(user)).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A new account's id; undefined when the username (or address) is taken. */
export async function insertUserIfNew(manager: EntityManager, user: UserValues): Promise<string | undefined> {
  const row = await db(manager)
    .insertInto('users')
    .values(userColumns(user))
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Accounts from a list (skipping taken usernames), all with one password; those created. */
export async function insertUsers(
  manager: EntityManager,
  list: Array<{ username: string; full_name: string; agency_id: string | undefined; role: string }>,
  passwordHash: string,
): Promise<Array<{ id: string; username: string; agency_id: string; role: string }>> {
  const { rows } = await sql<{ id: string; username: string; agency_id: string; role: string }>`INSERT INTO users (username, full_name, agency_id, role, password_hash)
    SELECT u.username, u.full_name, u.agency_id, u.role::user_role, ${passwordHash}
    FROM json_to_recordset(${JSON.stringify(list)}::json) AS u(username text, full_name text, agency_id uuid, role text)
    ON CONFLICT DO NOTHING RETURNING id, username, agency_id, role`.execute(db(manager));
  return rows;
}

/** Demo accounts without an address get their `.example` one. */
export async function fillDemoEmails(manager: EntityManager, usernames: readonly string[]): Promise<void> {
  await db(manager)
    .updateTable('users')
    .set({ email: sql<string>`username || '@jangkau.example'` })
    .where('username', '=', anyOf(usernames))
    .where('email', 'is', null)
    .execute();
}

export async function desaBinaanCount(source: Source, agencyId: string): Promise<number> {
  const row = await db(source)
    .selectFrom('desa_binaan')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export interface DemoDesaBinaan {
  agencyId: string;
  villageCode: string;
  skNumber: string;
  skDate: string;
  officerName: string;
  officerUserId: string;
}

/** A Desa Binaan marked as demo data; undefined when the agency already has that village. */
export async function insertDemoDesaBinaan(manager: EntityManager, d: DemoDesaBinaan): Promise<string | undefined> {
  const rows = await db(manager)
    .insertInto('desa_binaan')
    .values({
      agency_id: d.agencyId,
      village_code: d.villageCode,
      sk_number: d.skNumber,
      sk_date: d.skDate,
      officer_name: d.officerName,
      officer_user_id: d.officerUserId,
      notes: 'Data demo.',
    })
    .onConflict((oc) => oc.columns(['agency_id', 'village_code']).doNothing())
    .returning('id')
    .execute();
  return rows[0]?.id;
}

export async function topics(source: Source): Promise<Array<{ id: string; name: string }>> {
  return db(source).selectFrom('topics').select(['id', 'name']).execute();
}

export async function activeTopicNames(source: Source): Promise<string[]> {
  const rows = await db(source).selectFrom('topics').select('name').where('active', '=', true).orderBy('position').execute();
  return rows.map((r) => r.name);
}

/** Regions whose code starts with `prefix` (a province's: '15.'), by code. */
export async function regionsUnder(source: Source, prefix: string): Promise<Array<{ code: string; name: string; depth: number }>> {
  return db(source).selectFrom('regions').select(['code', 'name', 'depth']).where('code', 'like', `${prefix}%`).orderBy('code').execute();
}

/** Programme items with their framework's validity (YYYY-MM-DD); with `titleLike`, those whose title matches it, by number. */
export async function programmeItemsInFrameworks(source: Source, titleLike?: string): Promise<Array<{ id: string; number: number; validFrom: string; validTo: string }>> {
  let query = db(source)
    .selectFrom('programme_items as i')
    .innerJoin('programme_frameworks as f', 'f.id', 'i.framework_id')
    .select(['i.id', 'i.number', sql<string>`f.valid_from::text`.as('validFrom'), sql<string>`f.valid_to::text`.as('validTo')]);
  if (titleLike !== undefined) query = query.where('i.title', 'ilike', titleLike).orderBy('i.number');
  return query.execute();
}

/** An activity's lead and status, locked. */
export async function lockActivity(manager: EntityManager, id: string): Promise<{ lead: string; status: string } | undefined> {
  return db(manager).selectFrom('activities').select(['lead_agency_id as lead', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function attendanceRowCount(source: Source, activityId: string): Promise<number> {
  const row = await db(source)
    .selectFrom('activity_attendance')
    .select(sql<number>`count(*)::int`.as('attributed'))
    .where('activity_id', '=', activityId)
    .executeTakeFirstOrThrow();
  return row.attributed;
}

/** An agency's officials (camat, lurah, kepala desa) among an activity's participants, by category. */
export async function officialsOf(source: Source, activityId: string, agencyId: string): Promise<Array<{ category: string; male: number; female: number }>> {
  const { rows } = await sql<{ category: string; male: number; female: number }>`SELECT category::text, male, female FROM activity_participants
    WHERE activity_id = ${activityId} AND agency_id = ${agencyId} AND category IN ('CAMAT', 'LURAH', 'KEPALA_DESA') ORDER BY 1`.execute(db(source));
  return rows;
}

/** Attendance attributed to regions, for one agency of an activity. */
export async function insertAttendance(
  manager: EntityManager,
  activityId: string,
  agencyId: string,
  parts: ReadonlyArray<{ regionCode: string; category: string; male: number; female: number }>,
): Promise<void> {
  await sql`INSERT INTO activity_attendance (activity_id, agency_id, region_code, category, male, female)
    SELECT ${activityId}, ${agencyId}, r, c::participant_category, m, f
    FROM unnest(${parts.map((a) => a.regionCode)}::varchar[], ${parts.map((a) => a.category)}::text[], ${parts.map((a) => a.male)}::int[], ${parts.map((a) => a.female)}::int[]) AS t(r, c, m, f)`.execute(
    db(manager),
  );
}

export async function deleteCoverageAttendance(manager: EntityManager, activityId: string): Promise<void> {
  await db(manager).deleteFrom('coverage_attendance').where('activity_id', '=', activityId).execute();
}

/** Each activity's workflow as the history has it (status, who submitted and verified it, when, versions). */
export interface ActivityStep {
  id: string;
  status: string;
  submitted_by: string | null;
  submitted_at: string | null;
  verified_by: string | null;
  verified_at: string | null;
  return_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export async function applyActivitySteps(manager: EntityManager, steps: readonly ActivityStep[]): Promise<void> {
  await sql`UPDATE activities a SET status = s.status::activity_status, return_reason = s.return_reason, version = s.version,
       submitted_by = (SELECT id FROM users WHERE username = s.submitted_by), submitted_at = s.submitted_at,
       verified_by = (SELECT id FROM users WHERE username = s.verified_by), verified_at = s.verified_at,
       created_at = s.created_at, updated_at = s.updated_at
     FROM json_to_recordset(${JSON.stringify(steps)}::json) AS s(id uuid, status text, return_reason text, version int, submitted_by text, submitted_at timestamptz,
       verified_by text, verified_at timestamptz, created_at timestamptz, updated_at timestamptz)
     WHERE a.id = s.id`.execute(db(manager));
}

export interface InvitationAnswer {
  activity_id: string;
  agency_id: string | undefined;
  status: string;
  invited_at: string;
  answered_at: string | null;
}

export async function applyInvitationAnswers(manager: EntityManager, answers: readonly InvitationAnswer[]): Promise<void> {
  await sql`UPDATE activity_agencies g SET status = s.status::co_organiser_status, invited_at = s.invited_at, answered_at = s.answered_at
     FROM json_to_recordset(${JSON.stringify(answers)}::json) AS s(activity_id uuid, agency_id uuid, status text, invited_at timestamptz, answered_at timestamptz)
     WHERE g.activity_id = s.activity_id AND g.agency_id = s.agency_id`.execute(db(manager));
}

export interface FollowUpValues {
  activity_id: string;
  text: string;
  responsible_agency_id: string | undefined;
  due_on: string;
  status: string;
}

/** Follow-ups, in order; the rows created, in the same order. */
export async function insertFollowUps(manager: EntityManager, followUps: readonly FollowUpValues[]): Promise<Array<{ id: string; activity_id: string; responsible_agency_id: string }>> {
  const { rows } = await sql<{ id: string; activity_id: string; responsible_agency_id: string }>`INSERT INTO activity_follow_ups (activity_id, text, responsible_agency_id, due_on, status)
     SELECT s.activity_id, s.text, s.responsible_agency_id, s.due_on, s.status::follow_up_status
     FROM json_to_recordset(${JSON.stringify(followUps)}::json) AS s(activity_id uuid, text text, responsible_agency_id uuid, due_on date, status text)
     RETURNING id, activity_id, responsible_agency_id`.execute(db(manager));
  return rows;
}

/** Agencies by key, from short names by key: each found agency's id, key and home region. */
export async function agenciesByKey(source: Source, shortNames: Record<string, string>): Promise<Array<{ id: string; key: string; home: string | null }>> {
  const { rows } = await sql<{ id: string; key: string; home: string | null }>`SELECT a.id, k.key, a.home_region_code AS home
    FROM agencies a JOIN json_each_text(${JSON.stringify(shortNames)}::json) AS k(key, short_name) ON k.short_name = a.short_name`.execute(db(source));
  return rows;
}

export async function targetCount(source: Source, agencyIds: readonly string[]): Promise<number> {
  const row = await db(source)
    .selectFrom('targets')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('agency_id', '=', anyOf(agencyIds, 'uuid'))
    .executeTakeFirstOrThrow();
  return row.n;
}
