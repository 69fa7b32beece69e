import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { db } from '../../database/kysely';
import type { ActivityValues } from './activity.rows';

/**
 * The writer's SQL (ActivityWriter): activities inserted set-based (one JSON parameter), their own fields updated,
 * and the lists under them replaced, one statement per list whatever the number of rows. Always in the caller's
 * transaction.
 */

/** An activities row to insert, as the JSON record json_to_recordset reads. */
export interface ActivityRecord {
  id: string;
  type: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  venueName: string;
  venueRegionCode: string;
  timeZone: string;
  reachCodes: string[];
  searchText: string;
}

/** Who inserts the activities and how they start. */
export interface InsertedBy {
  status: string;
  leadAgencyId: string;
  createdBy: string;
  submittedBy: string | null;
  submittedAt: Date | null;
}

/** Inserts the activities whose ids are free; returns the ids written. */
export async function insertActivities(manager: EntityManager, records: ActivityRecord[], by: InsertedBy): Promise<string[]> {
  // The rows travel as one JSON parameter: no limit on bind parameters, and one round trip for all of them.
  const { rows } = await sql<{ id: string }>`INSERT INTO activities (id, type, status, title, description, starts_at, ends_at, venue_name, venue_region_code, time_zone,
         lead_agency_id, reach_codes, search_text, created_by, submitted_by, submitted_at)
       SELECT r."id", r."type"::activity_type, ${by.status}::activity_status, r."title", r."description", r."startsAt", r."endsAt", r."venueName",
         r."venueRegionCode", r."timeZone", ${by.leadAgencyId}, ARRAY(SELECT json_array_elements_text(r."reachCodes"))::varchar[], r."searchText", ${by.createdBy}, ${by.submittedBy}, ${by.submittedAt}
       FROM json_to_recordset(${JSON.stringify(records)}::json) AS r("id" uuid, "type" text, "title" text, "description" text, "startsAt" timestamptz, "endsAt" timestamptz,
         "venueName" text, "venueRegionCode" text, "timeZone" text, "reachCodes" json, "searchText" text)
       ON CONFLICT (id) DO NOTHING RETURNING id::text`.execute(db(manager));
  return rows.map((r) => r.id);
}

/** Who created the activity (and for which agency), when the id is taken. */
export function creatorOf(manager: EntityManager, id: string): Promise<{ leadAgencyId: string; createdBy: string } | undefined> {
  return db(manager).selectFrom('activities').select(['lead_agency_id as leadAgencyId', 'created_by as createdBy']).where('id', '=', id).executeTakeFirst();
}

/** Writes the activity's own fields. */
export async function updateActivityFields(
  manager: EntityManager,
  id: string,
  values: Pick<ActivityValues, 'type' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'venueName' | 'venueRegionCode' | 'timeZone'>,
  reachCodes: string[],
  searchText: string,
): Promise<void> {
  await sql`UPDATE activities SET type = ${values.type}, title = ${values.title}, description = ${values.description}, starts_at = ${values.startsAt}, ends_at = ${values.endsAt}, venue_name = ${values.venueName},
           venue_region_code = ${values.venueRegionCode}, time_zone = ${values.timeZone}, reach_codes = ${reachCodes}, search_text = ${searchText} WHERE id = ${id}`.execute(db(manager));
}

/** The lists under the activity as its values hold them (participants and attendance: the lead's own). */
export async function activityLists(
  manager: EntityManager,
  id: string,
  leadAgencyId: string,
): Promise<Pick<ActivityValues, 'programmeItemIds' | 'topicIds' | 'coOrganiserIds' | 'villages' | 'participants' | 'attendance'>> {
  const k = db(manager);
  const ids = (rows: { v: string }[]) => rows.map((r) => r.v);
  return {
    programmeItemIds: ids((await sql<{ v: string }>`SELECT programme_item_id::text AS v FROM activity_programme_items WHERE activity_id = ${id}`.execute(k)).rows),
    topicIds: ids((await sql<{ v: string }>`SELECT topic_id::text AS v FROM activity_topics WHERE activity_id = ${id}`.execute(k)).rows),
    coOrganiserIds: ids((await sql<{ v: string }>`SELECT agency_id::text AS v FROM activity_agencies WHERE activity_id = ${id}`.execute(k)).rows),
    villages: (await sql<{ code: string; reach: string }>`SELECT village_code AS code, reach::text FROM activity_villages WHERE activity_id = ${id}`.execute(k)).rows,
    participants: await participantsOfAgency(manager, id, leadAgencyId),
    attendance: (
      await sql<{
        regionCode: string;
        category: string;
        male: number;
        female: number;
      }>`SELECT region_code AS "regionCode", category::text, male, female FROM activity_attendance WHERE activity_id = ${id} AND agency_id = ${leadAgencyId} ORDER BY region_code, category`.execute(
        k,
      )
    ).rows,
  };
}

/** The agency's participants on the activity. */
export async function participantsOfAgency(manager: EntityManager, id: string, agencyId: string): Promise<{ category: string; male: number; female: number }[]> {
  const { rows } = await sql<{
    category: string;
    male: number;
    female: number;
  }>`SELECT category::text, male, female FROM activity_participants WHERE activity_id = ${id} AND agency_id = ${agencyId}`.execute(db(manager));
  return rows;
}

/** Empties the lists under the activity: villages, topics, programme items, and the lead's participants and attendance. */
export async function clearLists(manager: EntityManager, id: string, leadAgencyId: string): Promise<void> {
  const k = db(manager);
  await k.deleteFrom('activity_villages').where('activity_id', '=', id).execute();
  await k.deleteFrom('activity_topics').where('activity_id', '=', id).execute();
  await k.deleteFrom('activity_programme_items').where('activity_id', '=', id).execute();
  await k.deleteFrom('activity_participants').where('activity_id', '=', id).where('agency_id', '=', leadAgencyId).execute();
  await k.deleteFrom('activity_attendance').where('activity_id', '=', id).where('agency_id', '=', leadAgencyId).execute();
}

/** Drops co-organisers from the activity. */
export async function removeCoOrganisers(manager: EntityManager, id: string, agencyIds: string[]): Promise<void> {
  await sql`DELETE FROM activity_agencies WHERE activity_id = ${id} AND agency_id = ANY(${agencyIds}::uuid[])`.execute(db(manager));
}

/** One list entry of an activity: the activity's id and the item. */
type Of<T> = { id: string; item: T }[];

export async function insertVillages(manager: EntityManager, villages: Of<{ code: string; reach: string }>): Promise<void> {
  await sql`INSERT INTO activity_villages (activity_id, village_code, reach) SELECT a, code, reach::village_reach FROM unnest(${villages.map((v) => v.id)}::uuid[], ${villages.map((v) => v.item.code)}::varchar[], ${villages.map((v) => v.item.reach)}::text[]) AS v(a, code, reach)`.execute(
    db(manager),
  );
}

export async function insertTopics(manager: EntityManager, topics: Of<string>): Promise<void> {
  await sql`INSERT INTO activity_topics (activity_id, topic_id) SELECT * FROM unnest(${topics.map((t) => t.id)}::uuid[], ${topics.map((t) => t.item)}::uuid[])`.execute(db(manager));
}

export async function insertProgrammeItems(manager: EntityManager, items: Of<string>): Promise<void> {
  await sql`INSERT INTO activity_programme_items (activity_id, programme_item_id) SELECT * FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.item)}::uuid[])`.execute(
    db(manager),
  );
}

export async function insertParticipants(manager: EntityManager, agencyId: string, participants: Of<{ category: string; male: number; female: number }>): Promise<void> {
  await sql`INSERT INTO activity_participants (activity_id, agency_id, category, male, female)
         SELECT a, ${agencyId}, c::participant_category, m, f FROM unnest(${participants.map((p) => p.id)}::uuid[], ${participants.map((p) => p.item.category)}::text[], ${participants.map((p) => p.item.male)}::int[], ${participants.map((p) => p.item.female)}::int[]) AS p(a, c, m, f)`.execute(
    db(manager),
  );
}

export async function insertAttendance(manager: EntityManager, agencyId: string, attendance: Of<{ regionCode: string; category: string; male: number; female: number }>): Promise<void> {
  await sql`INSERT INTO activity_attendance (activity_id, agency_id, region_code, category, male, female)
         SELECT a, ${agencyId}, r, c::participant_category, m, f FROM unnest(${attendance.map((p) => p.id)}::uuid[], ${attendance.map((p) => p.item.regionCode)}::varchar[], ${attendance.map((p) => p.item.category)}::text[], ${attendance.map((p) => p.item.male)}::int[], ${attendance.map((p) => p.item.female)}::int[]) AS p(a, r, c, m, f)`.execute(
    db(manager),
  );
}

/** Invites the agencies (those invited already stay as they are). */
export async function inviteCoOrganisers(manager: EntityManager, coOrganisers: Of<string>): Promise<void> {
  await sql`INSERT INTO activity_agencies (activity_id, agency_id, status) SELECT a, g, 'INVITED' FROM unnest(${coOrganisers.map((c) => c.id)}::uuid[], ${coOrganisers.map((c) => c.item)}::uuid[]) AS c(a, g) ON CONFLICT DO NOTHING`.execute(
    db(manager),
  );
}

/** Replaces the agency's own participants on the activity (those with nobody are not kept). */
export async function replaceParticipants(manager: EntityManager, id: string, agencyId: string, kept: { category: string; male: number; female: number }[]): Promise<void> {
  await db(manager).deleteFrom('activity_participants').where('activity_id', '=', id).where('agency_id', '=', agencyId).execute();
  await sql`INSERT INTO activity_participants (activity_id, agency_id, category, male, female)
       SELECT ${id}, ${agencyId}, c::participant_category, m, f FROM unnest(${kept.map((r) => r.category)}::text[], ${kept.map((r) => r.male)}::int[], ${kept.map((r) => r.female)}::int[]) AS p(c, m, f)`.execute(
    db(manager),
  );
}

/** Whether any of the agencies reported participants or evidence on the activity. */
export async function hasContributions(manager: EntityManager, id: string, agencyIds: string[]): Promise<boolean> {
  const { rows } = await sql`SELECT 1 FROM activity_participants WHERE activity_id = ${id} AND agency_id = ANY(${agencyIds}::uuid[])
     UNION ALL SELECT 1 FROM activity_evidence WHERE activity_id = ${id} AND agency_id = ANY(${agencyIds}::uuid[]) LIMIT 1`.execute(db(manager));
  return rows.length > 0;
}
