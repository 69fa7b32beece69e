import { CoOrganiserStatus } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { followUpsOfActivities } from './follow-up.repository';

/**
 * What lies under many activities at once (villages, participants, organisers, topics, follow-ups, history…), one
 * query per list whatever the number of activities: the per-request DataLoaders (graphql/loaders.ts) batch through
 * these. Plus the facts the workflow checks against: the caller's invitations and the agencies' active heads.
 */
@Injectable()
export class ActivityDetails {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async villagesOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT v.activity_id AS "activityId", v.village_code AS code, v.reach,
         NOT EXISTS (SELECT 1 FROM agency_working_areas w WHERE w.agency_id = a.lead_agency_id
                      AND (v.village_code = w.region_code OR v.village_code LIKE w.region_code || '.%')) AS "outsideLeadArea"
       FROM activity_villages v JOIN activities a ON a.id = v.activity_id
       WHERE v.activity_id = ANY($1::uuid[]) ORDER BY v.village_code`,
      [activityIds],
    ) as Promise<{ activityId: string; code: string; reach: string; outsideLeadArea: boolean }[]>;
  }

  async participantsOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT p.activity_id AS "activityId", p.category, p.male, p.female, p.male + p.female AS total,
         json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name) AS agency
       FROM activity_participants p JOIN agencies g ON g.id = p.agency_id
       WHERE p.activity_id = ANY($1::uuid[]) ORDER BY p.activity_id, (p.agency_id <> (SELECT lead_agency_id FROM activities WHERE id = p.activity_id)), g.name, p.category`,
      [activityIds],
    ) as Promise<{ activityId: string; category: string; male: number; female: number; total: number; agency: { id: string; name: string; shortName: string } }[]>;
  }

  /** Attendance attributed to regions, with each region's name and level. */
  async attendanceOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT t.activity_id AS "activityId", t.region_code AS "regionCode", r.name AS "regionName", r.level AS "regionLevel", t.category, t.male, t.female,
         t.male + t.female AS total, json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name) AS agency
       FROM activity_attendance t JOIN regions r ON r.code = t.region_code JOIN agencies g ON g.id = t.agency_id
       WHERE t.activity_id = ANY($1::uuid[]) ORDER BY t.activity_id, t.region_code, t.category`,
      [activityIds],
    ) as Promise<
      { activityId: string; regionCode: string; regionName: string; regionLevel: string; category: string; male: number; female: number; total: number; agency: { id: string; name: string; shortName: string } }[]
    >;
  }

  async coOrganisersOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT c.activity_id AS "activityId", c.status, c.invited_at AS "invitedAt", c.answered_at AS "answeredAt",
         json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name) AS agency
       FROM activity_agencies c JOIN agencies g ON g.id = c.agency_id
       WHERE c.activity_id = ANY($1::uuid[]) ORDER BY g.name`,
      [activityIds],
    ) as Promise<{ activityId: string; status: CoOrganiserStatus; invitedAt: Date; answeredAt: Date | null; agency: { id: string; name: string; shortName: string } }[]>;
  }

  async agencyRefs(ids: readonly string[]) {
    return this.dataSource.query(`SELECT id, name, short_name AS "shortName" FROM agencies WHERE id = ANY($1::uuid[])`, [ids]) as Promise<
      { id: string; name: string; shortName: string }[]
    >;
  }

  async topicsOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT at.activity_id AS "activityId", t.id, t.name, t.active FROM activity_topics at JOIN topics t ON t.id = at.topic_id
       WHERE at.activity_id = ANY($1::uuid[]) ORDER BY t.position, t.name`,
      [activityIds],
    ) as Promise<{ activityId: string; id: string; name: string; active: boolean }[]>;
  }

  async programmeItemsOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT ap.activity_id AS "activityId", i.id, i.number, i.title, f.id AS "frameworkId", f.name AS "frameworkName"
       FROM activity_programme_items ap JOIN programme_items i ON i.id = ap.programme_item_id JOIN programme_frameworks f ON f.id = i.framework_id
       WHERE ap.activity_id = ANY($1::uuid[]) ORDER BY f.valid_from, i.number`,
      [activityIds],
    ) as Promise<{ activityId: string; id: string; number: number; title: string; frameworkId: string; frameworkName: string }[]>;
  }

  async followUpsOf(activityIds: readonly string[]) {
    return followUpsOfActivities(this.dataSource, activityIds);
  }

  /**
   * Audit entries about the activities, their follow-ups and the evidence files they hold, oldest first; each part
   * is an indexed lookup on (entity, entity_id). A removed file's entries stay in the audit log, not on the page.
   */
  async historyOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT h."activityId", l.id, l.at, l.actor_user_id, l.actor_username, l.actor_agency_id, l.operation, l.entity, l.entity_id, l.changes
       FROM (
         SELECT a AS "activityId", 'Activity' AS entity, a AS entity_id FROM unnest($1::text[]) a
         UNION ALL SELECT f.activity_id::text, 'FollowUp', f.id::text FROM activity_follow_ups f WHERE f.activity_id = ANY($1::uuid[])
         UNION ALL SELECT e.activity_id::text, 'Evidence', e.id::text FROM activity_evidence e WHERE e.activity_id = ANY($1::uuid[])
       ) h JOIN audit_log l ON l.entity = h.entity AND l.entity_id = h.entity_id
       ORDER BY l.id`,
      [activityIds],
    ) as Promise<({ activityId: string } & Record<string, unknown>)[]>;
  }

  /**
   * The caller's agency's invitation status on each activity (absent: not a co-organiser). Inside a transaction
   * pass its manager: a second pool connection taken while the activity's row is locked could wait forever.
   */
  async invitationsOf(caller: Caller, activityIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CoOrganiserStatus>> {
    const rows: { activityId: string; status: CoOrganiserStatus }[] = await manager.query(
      `SELECT activity_id AS "activityId", status FROM activity_agencies WHERE agency_id = $1 AND activity_id = ANY($2::uuid[])`,
      [caller.agencyId, activityIds.filter(isUuid)],
    );
    return new Map(rows.map((r) => [r.activityId, r.status]));
  }

  /** The caller's invitation on one activity, through the given transaction; null when not invited. */
  async invitationOf(manager: EntityManager, caller: Caller, activityId: string): Promise<CoOrganiserStatus | null> {
    return (await this.invitationsOf(caller, [activityId], manager)).get(activityId) ?? null;
  }

  /**
   * The active heads of each agency (id and name), for separation of duties, the names of who will verify and
   * the "no active head" warnings.
   */
  async activeHeadsOf(agencyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, { id: string; fullName: string }[]>> {
    const rows: { agencyId: string; id: string; fullName: string }[] = await manager.query(
      `SELECT agency_id AS "agencyId", id, full_name AS "fullName" FROM users WHERE agency_id = ANY($1::uuid[]) AND role = 'HEAD' AND active ORDER BY full_name, id`,
      [agencyIds.filter(isUuid)],
    );
    const byAgency = new Map<string, { id: string; fullName: string }[]>();
    for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), { id: row.id, fullName: row.fullName }]);
    return byAgency;
  }
}
