import type { CoOrganiserStatus } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { db } from '../../database/kysely';

/**
 * The SQL of an activity's parts (ActivityDetails, batched by the resolver's DataLoaders): villages, participants,
 * attendance, co-organisers, topics, programme items, history, the caller's invitations and agencies' heads.
 */

type Source = EntityManager | DataSource;

export interface AgencyRef {
  id: string;
  name: string;
  shortName: string;
}

const AGENCY = sql<AgencyRef>`json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name)`;

export async function villagesOf(source: Source, activityIds: readonly string[]) {
  const { rows } = await sql<{ activityId: string; code: string; reach: string; outsideLeadArea: boolean }>`SELECT v.activity_id AS "activityId", v.village_code AS code, v.reach,
         NOT EXISTS (SELECT 1 FROM agency_working_areas w WHERE w.agency_id = a.lead_agency_id
                      AND (v.village_code = w.region_code OR v.village_code LIKE w.region_code || '.%')) AS "outsideLeadArea"
       FROM activity_villages v JOIN activities a ON a.id = v.activity_id
       WHERE v.activity_id = ANY(${activityIds}::uuid[]) ORDER BY v.village_code`.execute(db(source));
  return rows;
}

export async function participantsOf(source: Source, activityIds: readonly string[]) {
  const { rows } = await sql<{
    activityId: string;
    category: string;
    male: number;
    female: number;
    total: number;
    agency: AgencyRef;
  }>`SELECT p.activity_id AS "activityId", p.category, p.male, p.female, p.male + p.female AS total,
         ${AGENCY} AS agency
       FROM activity_participants p JOIN agencies g ON g.id = p.agency_id
       WHERE p.activity_id = ANY(${activityIds}::uuid[]) ORDER BY p.activity_id, (p.agency_id <> (SELECT lead_agency_id FROM activities WHERE id = p.activity_id)), g.name, p.category`.execute(
    db(source),
  );
  return rows;
}

/** Attendance attributed to regions, with each region's name and level. */
export async function attendanceOf(source: Source, activityIds: readonly string[]) {
  const { rows } = await sql<{
    activityId: string;
    regionCode: string;
    regionName: string;
    regionLevel: string;
    category: string;
    male: number;
    female: number;
    total: number;
    agency: AgencyRef;
  }>`SELECT t.activity_id AS "activityId", t.region_code AS "regionCode", r.name AS "regionName", r.level AS "regionLevel", t.category, t.male, t.female,
         t.male + t.female AS total, ${AGENCY} AS agency
       FROM activity_attendance t JOIN regions r ON r.code = t.region_code JOIN agencies g ON g.id = t.agency_id
       WHERE t.activity_id = ANY(${activityIds}::uuid[]) ORDER BY t.activity_id, t.region_code, t.category`.execute(db(source));
  return rows;
}

export async function coOrganisersOf(source: Source, activityIds: readonly string[]) {
  const { rows } = await sql<{
    activityId: string;
    status: CoOrganiserStatus;
    invitedAt: Date;
    answeredAt: Date | null;
    agency: AgencyRef;
  }>`SELECT c.activity_id AS "activityId", c.status, c.invited_at AS "invitedAt", c.answered_at AS "answeredAt",
         ${AGENCY} AS agency
       FROM activity_agencies c JOIN agencies g ON g.id = c.agency_id
       WHERE c.activity_id = ANY(${activityIds}::uuid[]) ORDER BY g.name`.execute(db(source));
  return rows;
}

export async function agencyRefs(source: Source, ids: readonly string[]): Promise<AgencyRef[]> {
  const { rows } = await sql<AgencyRef>`SELECT id, name, short_name AS "shortName" FROM agencies WHERE id = ANY(${ids}::uuid[])`.execute(db(source));
  return rows;
}

export async function topicsOf(source: Source, activityIds: readonly string[]) {
  const { rows } = await sql<{
    activityId: string;
    id: string;
    name: string;
    active: boolean;
  }>`SELECT at.activity_id AS "activityId", t.id, t.name, t.active FROM activity_topics at JOIN topics t ON t.id = at.topic_id
       WHERE at.activity_id = ANY(${activityIds}::uuid[]) ORDER BY t.position, t.name`.execute(db(source));
  return rows;
}

export async function programmeItemsOf(source: Source, activityIds: readonly string[]) {
  const { rows } = await sql<{
    activityId: string;
    id: string;
    number: number;
    title: string;
    frameworkId: string;
    frameworkName: string;
  }>`SELECT ap.activity_id AS "activityId", i.id, i.number, i.title, f.id AS "frameworkId", f.name AS "frameworkName"
       FROM activity_programme_items ap JOIN programme_items i ON i.id = ap.programme_item_id JOIN programme_frameworks f ON f.id = i.framework_id
       WHERE ap.activity_id = ANY(${activityIds}::uuid[]) ORDER BY f.valid_from, i.number`.execute(db(source));
  return rows;
}

/** Audit entries about the activities, their follow-ups and their evidence, oldest first. */
export async function historyOf(source: Source, activityIds: readonly string[]) {
  const { rows } = await sql<
    { activityId: string } & Record<string, unknown>
  >`SELECT h."activityId", l.id, l.at, l.actor_user_id, l.actor_username, l.actor_agency_id, l.operation, l.entity, l.entity_id, l.changes
       FROM (
         SELECT a AS "activityId", 'Activity' AS entity, a AS entity_id FROM unnest(${activityIds}::text[]) a
         UNION ALL SELECT f.activity_id::text, 'FollowUp', f.id::text FROM activity_follow_ups f WHERE f.activity_id = ANY(${activityIds}::uuid[])
         UNION ALL SELECT e.activity_id::text, 'Evidence', e.id::text FROM activity_evidence e WHERE e.activity_id = ANY(${activityIds}::uuid[])
       ) h JOIN audit_log l ON l.entity = h.entity AND l.entity_id = h.entity_id
       ORDER BY l.id`.execute(db(source));
  return rows;
}

/** The agency's invitations among the activities. */
export async function invitationsOf(source: Source, agencyId: string, activityIds: string[]): Promise<{ activityId: string; status: CoOrganiserStatus }[]> {
  const { rows } = await sql<{
    activityId: string;
    status: CoOrganiserStatus;
  }>`SELECT activity_id AS "activityId", status FROM activity_agencies WHERE agency_id = ${agencyId} AND activity_id = ANY(${activityIds}::uuid[])`.execute(db(source));
  return rows;
}

/** The active heads of the agencies, by name. */
export async function activeHeadsOf(source: Source, agencyIds: string[]): Promise<{ agencyId: string; id: string; fullName: string }[]> {
  const { rows } = await sql<{
    agencyId: string;
    id: string;
    fullName: string;
  }>`SELECT agency_id AS "agencyId", id, full_name AS "fullName" FROM users WHERE agency_id = ANY(${agencyIds}::uuid[]) AND role = 'HEAD' AND active ORDER BY full_name, id`.execute(
    db(source),
  );
  return rows;
}
