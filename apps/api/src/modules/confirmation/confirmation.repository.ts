import type { ActivityStatus, ActivityType, VillageConfirmationAnswer } from '@jangkau/shared-domain';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { anyOf, db, numbered, onlyRow } from '../../database/kysely';
import { villageInArea } from '../coverage/coverage-area';
import { VILLAGE_CONFIRMED_SQL, VILLAGE_DISPUTED_SQL } from '../coverage/confirmation-counting';

/** The confirmation module's SQL: villages' answers on activities, the queues waiting for them, and their share. */

type Source = EntityManager | DataSource;

/** One village an activity lists, with its government's answer as stored (before it is read for a caller). */
export interface ConfirmationRecord {
  activityId: string;
  villageCode: string;
  villageName: string;
  activityStatus: ActivityStatus;
  leadAgencyId: string;
  verifiedAt: Date | null;
  answer: VillageConfirmationAnswer | null;
  note: string | null;
  answeredByName: string | null;
  answeredByAgency: { id: string; name: string; shortName: string } | null;
  answeredAt: Date | null;
  response: string | null;
  respondedByName: string | null;
  respondedAt: Date | null;
  version: number;
  /** Active agencies that are this village's government: its desa/kelurahan and its kecamatan. */
  governmentIds: string[];
}

export interface ActivityVillage {
  activityId: string;
  villageCode: string;
}

/** Every listed village of these activities (by activity and code), or the one village of one activity. */
export async function confirmationRecords(source: Source, where: { activityIds: readonly string[] } | ActivityVillage): Promise<ConfirmationRecord[]> {
  let query = db(source)
    .selectFrom('activity_villages as v')
    .innerJoin('activities as a', 'a.id', 'v.activity_id')
    .innerJoin('regions as r', 'r.code', 'v.village_code')
    .leftJoin('activity_village_confirmations as c', (join) => join.onRef('c.activity_id', '=', 'v.activity_id').onRef('c.village_code', '=', 'v.village_code'))
    .leftJoin('users as au', 'au.id', 'c.answered_by')
    .leftJoin('agencies as ag', 'ag.id', 'c.agency_id')
    .leftJoin('users as ru', 'ru.id', 'c.responded_by')
    .select([
      'v.activity_id as activityId',
      'v.village_code as villageCode',
      'r.name as villageName',
      'a.status as activityStatus',
      'a.lead_agency_id as leadAgencyId',
      'a.verified_at as verifiedAt',
      'c.answer',
      'c.note',
      'au.full_name as answeredByName',
      sql<ConfirmationRecord['answeredByAgency']>`CASE WHEN ag.id IS NULL THEN NULL ELSE json_build_object('id', ag.id, 'name', ag.name, 'shortName', ag.short_name) END`.as(
        'answeredByAgency',
      ),
      'c.answered_at as answeredAt',
      'c.response',
      'ru.full_name as respondedByName',
      'c.responded_at as respondedAt',
      sql<number>`coalesce(c.version, 0)`.as('version'),
      sql<string[]>`ARRAY(SELECT g.id::text FROM agencies g WHERE g.active AND (
        (g.type = 'DESA_KELURAHAN' AND g.home_region_code = v.village_code) OR (g.type = 'KECAMATAN' AND g.home_region_code = r.parent_code)
      ) ORDER BY g.id)`.as('governmentIds'),
    ]);
  if ('activityIds' in where) {
    query = query.where('v.activity_id', '=', anyOf(where.activityIds, 'uuid')).orderBy('v.activity_id').orderBy('v.village_code');
  } else {
    query = query.where('v.activity_id', '=', where.activityId).where('v.village_code', '=', where.villageCode);
  }
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, activityStatus: row.activityStatus as ActivityStatus, answer: row.answer as VillageConfirmationAnswer | null }));
}

/** Open dispute: disputed, not kept by the lead with a reason, not corrected by a later verification. */
const OPEN_DISPUTE = sql<SqlBool>`c.answer = 'DISPUTED' AND c.response IS NULL AND NOT (a.status = 'VERIFIED' AND a.verified_at > c.answered_at)`;

/** Open disputes on the lead agency's activities, of villages the activity still lists. */
function openDisputes(source: Source, leadAgencyId: string) {
  return db(source)
    .selectFrom('activity_village_confirmations as c')
    .innerJoin('activities as a', 'a.id', 'c.activity_id')
    .where('a.lead_agency_id', '=', leadAgencyId)
    .where(OPEN_DISPUTE)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('activity_villages as v')
          .select(sql<number>`1`.as('one'))
          .whereRef('v.activity_id', '=', 'c.activity_id')
          .whereRef('v.village_code', '=', 'c.village_code'),
      ),
    );
}

export async function openDisputeCount(source: Source, leadAgencyId: string): Promise<number> {
  const row = await openDisputes(source, leadAgencyId)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The newest `limit` open disputes. */
export async function openDisputePairs(source: Source, leadAgencyId: string, limit: number): Promise<ActivityVillage[]> {
  return openDisputes(source, leadAgencyId)
    .select(['c.activity_id as activityId', 'c.village_code as villageCode'])
    .orderBy('c.answered_at', 'desc')
    .orderBy('c.activity_id')
    .orderBy('c.village_code')
    .limit(limit)
    .execute();
}

/** The home region of an active agency (null: none, or not active). */
export async function activeAgencyHome(source: Source, agencyId: string): Promise<string | null> {
  const row = await db(source).selectFrom('agencies').select('home_region_code as home').where('id', '=', agencyId).where('active', '=', true).executeTakeFirst();
  return row?.home ?? null;
}

/**
 * Villages of a government (a desa/kelurahan: its own; a kecamatan: those under it) on verified activities that
 * its agency neither organises nor answered.
 */
function pendingForGovernment(source: Source, agencyId: string, home: string, kind: 'village' | 'kecamatan') {
  return db(source)
    .selectFrom('activity_villages as v')
    .innerJoin('activities as a', 'a.id', 'v.activity_id')
    .where((eb) =>
      kind === 'village'
        ? eb('v.village_code', '=', home)
        : // A kecamatan's villages by equality on the village index (a LIKE prefix could not use it).
          eb('v.village_code', '=', sql<string>`ANY (ARRAY(SELECT r.code FROM regions r WHERE r.parent_code = ${home} AND r.depth = 4))`),
    )
    .where('a.status', '=', 'VERIFIED')
    .where('a.lead_agency_id', '<>', agencyId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('activity_agencies as aa')
            .select(sql<number>`1`.as('one'))
            .whereRef('aa.activity_id', '=', 'a.id')
            .where('aa.agency_id', '=', agencyId)
            .where('aa.status', '<>', 'DECLINED'),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('activity_village_confirmations as c')
            .select(sql<number>`1`.as('one'))
            .whereRef('c.activity_id', '=', 'v.activity_id')
            .whereRef('c.village_code', '=', 'v.village_code'),
        ),
      ),
    );
}

export async function pendingCount(source: Source, agencyId: string, home: string, kind: 'village' | 'kecamatan'): Promise<number> {
  const row = await pendingForGovernment(source, agencyId, home, kind)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The newest `limit` villages waiting. */
export async function pendingPairs(source: Source, agencyId: string, home: string, kind: 'village' | 'kecamatan', limit: number): Promise<ActivityVillage[]> {
  return pendingForGovernment(source, agencyId, home, kind)
    .select(['v.activity_id as activityId', 'v.village_code as villageCode'])
    .orderBy('a.verified_at', 'desc')
    .orderBy('v.activity_id')
    .orderBy('v.village_code')
    .limit(limit)
    .execute();
}

export interface ShareFilter {
  from: string;
  to: string;
  /** 'NATIONAL' or the area's codes. */
  codes: 'NATIONAL' | string[];
  programmeItemId?: string | null;
  type?: ActivityType | null;
  leadAgencyId?: string | null;
  contributedBy?: string | null;
}

/**
 * Of the villages reached (coverage_reach) in the range over the area, how many their government confirmed (on
 * any of its activities), else disputed (on any). A rollup: clearest as SQL.
 */
export async function confirmationShare(source: Source, f: ShareFilter): Promise<{ villagesReached: number; confirmed: number; disputed: number }> {
  const where: RawBuilder<unknown>[] = [sql`r.day BETWEEN ${f.from} AND ${f.to}`];
  if (f.codes !== 'NATIONAL') {
    const params: unknown[] = [];
    where.push(numbered(villageInArea('r.village_code', f.codes, params), params));
  }
  if (f.programmeItemId) where.push(sql`r.programme_item_ids @> ARRAY[${f.programmeItemId}::uuid]`);
  if (f.type) where.push(sql`r.type = ${f.type}::activity_type`);
  if (f.leadAgencyId) where.push(sql`r.lead_agency_id = ${f.leadAgencyId}::uuid`);
  if (f.contributedBy) where.push(sql`r.agency_ids @> ARRAY[${f.contributedBy}::uuid]`);
  const { rows } = await sql<{ villagesReached: number; confirmed: number; disputed: number }>`
    SELECT count(*)::int AS "villagesReached", count(*) FILTER (WHERE confirmed)::int AS confirmed,
      count(*) FILTER (WHERE NOT confirmed AND disputed)::int AS disputed
    FROM (
      SELECT r.village_code, ${sql.raw(VILLAGE_CONFIRMED_SQL)} AS confirmed, ${sql.raw(VILLAGE_DISPUTED_SQL)} AS disputed
      FROM coverage_reach r JOIN activities a ON a.id = r.activity_id
      LEFT JOIN activity_village_confirmations c ON c.activity_id = r.activity_id AND c.village_code = r.village_code
      WHERE ${sql.join(where, sql` AND `)} GROUP BY r.village_code
    ) s`.execute(db(source));
  return onlyRow(rows, 'share');
}

/** Shared-locks the activity, so it is not reopened or verified while an answer is written. */
export async function lockActivityShared(manager: EntityManager, activityId: string): Promise<void> {
  await db(manager)
    .selectFrom('activities')
    .select(sql<number>`1`.as('one'))
    .where('id', '=', activityId)
    .forShare()
    .execute();
}

export interface AnswerValues {
  answer: VillageConfirmationAnswer;
  note: string;
  agencyId: string;
  userId: string;
}

/** The first answer; false when another was written first. */
export async function insertAnswer(manager: EntityManager, at: ActivityVillage, v: AnswerValues): Promise<boolean> {
  const rows = await db(manager)
    .insertInto('activity_village_confirmations')
    .values({
      activity_id: at.activityId,
      village_code: at.villageCode,
      answer: v.answer,
      note: v.note,
      agency_id: v.agencyId,
      answered_by: v.userId,
      answered_at: sql<Date>`now()`,
    })
    .onConflict((oc) => oc.doNothing())
    .returning(sql<number>`1`.as('one'))
    .execute();
  return rows.length > 0;
}

/** A new answer at `version`, clearing the lead's reply to the earlier one; false when the version is stale. */
export async function updateAnswer(manager: EntityManager, at: ActivityVillage, version: number, v: AnswerValues): Promise<boolean> {
  const rows = await db(manager)
    .updateTable('activity_village_confirmations')
    .set((eb) => ({
      answer: v.answer,
      note: v.note,
      agency_id: v.agencyId,
      answered_by: v.userId,
      answered_at: sql<Date>`now()`,
      response: null,
      responded_by: null,
      responded_at: null,
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
    }))
    .where('activity_id', '=', at.activityId)
    .where('village_code', '=', at.villageCode)
    .where('version', '=', version)
    .returning(sql<number>`1`.as('one'))
    .execute();
  return rows.length > 0;
}

/** The lead's reason for keeping a disputed record, at `version`; false when the version is stale. */
export async function writeResponse(manager: EntityManager, at: ActivityVillage, version: number, response: string, userId: string): Promise<boolean> {
  const rows = await db(manager)
    .updateTable('activity_village_confirmations')
    .set((eb) => ({ response, responded_by: userId, responded_at: sql<Date>`now()`, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('activity_id', '=', at.activityId)
    .where('village_code', '=', at.villageCode)
    .where('version', '=', version)
    .returning(sql<number>`1`.as('one'))
    .execute();
  return rows.length > 0;
}
