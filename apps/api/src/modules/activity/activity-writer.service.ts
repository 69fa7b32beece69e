import { ActivityStatus, ancestorCodes, normalizeSearchText } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { AuditService } from '../audit/audit.service';
import { ActivityChanges } from './activity-changes.service';
import { ActivityNotifier, NOTHING_NOTIFIED } from './activity-notifier';
import { ActivityQueries } from './activity-queries.service';
import { ActivityValidator, validateParticipants } from './activity-validator.service';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import type { ActivityContext, ActivityRow, ActivityValues } from './activity.rows';
import { ActivityInput, ParticipantInput } from './dto/activity.input';

/**
 * Writing an activity's own fields and the lists under it: create (idempotent on the client's id), update, a
 * co-organiser's own participants, and the set-based insert the bulk import and the demo seed share.
 */
@Injectable()
export class ActivityWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: ActivityNotifier,
    private readonly changes: ActivityChanges,
    private readonly queries: ActivityQueries,
    private readonly validator: ActivityValidator,
  ) {}

  /**
   * Creates an activity led by the caller's agency. Idempotent on the client's id: a repeated create (a retry
   * after a lost reply, even one racing the first) returns the activity the first one made and writes nothing.
   */
  async create(context: ActivityContext, id: string, input: ActivityInput, planned: boolean): Promise<ActivityRow> {
    const { caller } = context;
    if (!isUuid(id)) throw new ActivityError(ActivityErrorCode.ID_INVALID, {}, 'id');
    let notified = NOTHING_NOTIFIED;
    const row = await this.dataSource.transaction(async (manager) => {
      // A retry after the first committed finds it here; one racing the first waits on the primary key at INSERT
      // (ON CONFLICT DO NOTHING) until that commits, then finds it below.
      const existing = await this.existing(manager, caller, id);
      if (existing) return existing;
      const values = await this.validator.validate(manager, caller.agencyId, input);
      if (planned && values.startsAt <= new Date()) throw new ActivityError(ActivityErrorCode.PLANNED_IN_PAST, {}, 'startsAt');
      const inserted = await this.insert(manager, context, id, values, planned ? ActivityStatus.PLANNED : ActivityStatus.DRAFT);
      if (!inserted) {
        const raced = await this.existing(manager, caller, id);
        if (raced) return raced;
        throw new ActivityError(ActivityErrorCode.ID_TAKEN, {}, 'id');
      }
      // The invited agencies see it from now on (drafts included): they are told.
      notified = await this.notifications.activityChanged(manager, caller, id, { invited: values.coOrganiserIds });
      return (await this.queries.findVisible(caller, [id], manager))[0];
    });
    this.notifications.announce(notified);
    return row;
  }

  /**
   * Writes a validated activity led by the caller's agency, with its lists and its audit entry, inside the
   * caller's transaction (creation and bulk import share it). False when the id already exists.
   */
  async insert(manager: EntityManager, context: ActivityContext, id: string, values: ActivityValues, status: ActivityStatus): Promise<boolean> {
    return (await this.insertMany(manager, context, [{ id, values }], status)).length === 1;
  }

  /**
   * insert for many activities at once, set-based: one statement per table whatever the number of rows (a bulk
   * import writes thousands), one audit entry per activity. Returns the ids written; ids that exist are skipped.
   */
  async insertMany(manager: EntityManager, context: ActivityContext, rows: { id: string; values: ActivityValues }[], status: ActivityStatus): Promise<string[]> {
    if (!rows.length) return [];
    const { caller } = context;
    const submitted = status === ActivityStatus.SUBMITTED;
    const records = rows.map(({ id, values }) => ({
      id,
      type: values.type,
      title: values.title,
      description: values.description,
      startsAt: new Date(values.startsAt).toISOString(),
      endsAt: new Date(values.endsAt).toISOString(),
      venueName: values.venueName,
      venueRegionCode: values.venueRegionCode,
      timeZone: values.timeZone,
      reachCodes: reachCodes(values),
      searchText: searchText(values),
    }));
    // The rows travel as one JSON parameter: no limit on bind parameters, and one round trip for all of them.
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO activities (id, type, status, title, description, starts_at, ends_at, venue_name, venue_region_code, time_zone,
         lead_agency_id, reach_codes, search_text, created_by, submitted_by, submitted_at)
       SELECT r."id", r."type"::activity_type, $2::activity_status, r."title", r."description", r."startsAt", r."endsAt", r."venueName",
         r."venueRegionCode", r."timeZone", $3, ARRAY(SELECT json_array_elements_text(r."reachCodes"))::varchar[], r."searchText", $4, $5, $6
       FROM json_to_recordset($1::json) AS r("id" uuid, "type" text, "title" text, "description" text, "startsAt" timestamptz, "endsAt" timestamptz,
         "venueName" text, "venueRegionCode" text, "timeZone" text, "reachCodes" json, "searchText" text)
       ON CONFLICT (id) DO NOTHING RETURNING id::text`,
      [JSON.stringify(records), status, caller.agencyId, caller.userId, submitted ? caller.userId : null, submitted ? new Date() : null],
    );
    const written = new Set(inserted.map((r) => r.id));
    const fresh = rows.filter((r) => written.has(r.id));
    await this.insertDetails(manager, caller.agencyId, fresh);
    await this.audit.recordMany(
      manager,
      context,
      fresh.map(({ id, values }) => ({ entity: 'Activity', entityId: id, subjectAgencyId: caller.agencyId, before: null, after: { ...auditable(values), status } })),
    );
    return fresh.map((r) => r.id);
  }

  /** An id already used: the caller's own earlier create (returned as is), or someone else's (refused). */
  private async existing(manager: EntityManager, caller: Caller, id: string): Promise<ActivityRow | null> {
    const [row] = await manager.query(`SELECT lead_agency_id AS "leadAgencyId", created_by AS "createdBy" FROM activities WHERE id = $1`, [id]);
    if (!row) return null;
    if (row.createdBy !== caller.userId) throw new ActivityError(ActivityErrorCode.ID_TAKEN, {}, 'id');
    return (await this.queries.findVisible(caller, [id], manager))[0] ?? null;
  }

  async update(context: ActivityContext, id: string, version: number, input: ActivityInput): Promise<ActivityRow> {
    return this.changes.apply(context, id, version, 'EDIT', async (manager, current) => {
      const values = await this.validator.validate(manager, current.leadAgencyId, input);
      if (current.status === ActivityStatus.PLANNED && values.startsAt <= new Date() && +values.startsAt !== +current.startsAt) {
        throw new ActivityError(ActivityErrorCode.PLANNED_IN_PAST, {}, 'startsAt');
      }
      const before = await this.currentValues(manager, current);
      await manager.query(
        `UPDATE activities SET type = $2, title = $3, description = $4, starts_at = $5, ends_at = $6, venue_name = $7,
           venue_region_code = $8, time_zone = $9, reach_codes = $10, search_text = $11 WHERE id = $1`,
        [id, values.type, values.title, values.description, values.startsAt, values.endsAt, values.venueName, values.venueRegionCode, values.timeZone, reachCodes(values), searchText(values)],
      );
      await this.writeDetails(manager, id, current.leadAgencyId, values, before.coOrganiserIds);
      const invited = values.coOrganiserIds.filter((agencyId) => !before.coOrganiserIds.includes(agencyId));
      return { before: auditable(before), after: auditable(values), notify: { invited } };
    });
  }

  /** An accepted co-organiser reports its own participants; the lead's fields stay as they are. */
  async setCoOrganiserParticipants(context: ActivityContext, id: string, version: number, participants: ParticipantInput[]): Promise<ActivityRow> {
    const { caller } = context;
    const rows = validateParticipants(participants);
    return this.changes.apply(context, id, version, 'EDIT_OWN_PARTICIPANTS', async (manager) => {
      const before = await this.participantValues(manager, id, caller.agencyId);
      await this.replaceParticipants(manager, id, caller.agencyId, rows);
      return { before: { [`participants:${caller.agencyId}`]: before }, after: { [`participants:${caller.agencyId}`]: rows.map(participantKey) } };
    });
  }

  private async currentValues(manager: EntityManager, current: ActivityRow): Promise<ActivityValues> {
    const id = current.id;
    const list = async (sql: string) => (await manager.query(sql, [id])).map((r: { v: string }) => r.v) as string[];
    return {
      type: current.type,
      title: current.title,
      description: current.description,
      startsAt: current.startsAt,
      endsAt: current.endsAt,
      venueName: current.venueName,
      venueRegionCode: current.venueRegionCode,
      timeZone: current.timeZone,
      programmeItemIds: await list(`SELECT programme_item_id::text AS v FROM activity_programme_items WHERE activity_id = $1`),
      topicIds: await list(`SELECT topic_id::text AS v FROM activity_topics WHERE activity_id = $1`),
      coOrganiserIds: await list(`SELECT agency_id::text AS v FROM activity_agencies WHERE activity_id = $1`),
      villages: await manager.query(`SELECT village_code AS code, reach::text FROM activity_villages WHERE activity_id = $1`, [id]),
      participants: await manager.query(`SELECT category::text, male, female FROM activity_participants WHERE activity_id = $1 AND agency_id = $2`, [id, current.leadAgencyId]),
      attendance: await manager.query(
        `SELECT region_code AS "regionCode", category::text, male, female FROM activity_attendance WHERE activity_id = $1 AND agency_id = $2 ORDER BY region_code, category`,
        [id, current.leadAgencyId],
      ),
    };
  }

  private async participantValues(manager: EntityManager, id: string, agencyId: string): Promise<string[]> {
    const rows = await manager.query(`SELECT category::text, male, female FROM activity_participants WHERE activity_id = $1 AND agency_id = $2`, [id, agencyId]);
    return rows.map(participantKey);
  }

  /** Replaces the lists under an activity set-based (delete, then one INSERT … SELECT per list). */
  private async writeDetails(manager: EntityManager, id: string, leadAgencyId: string, values: ActivityValues, previousCoOrganisers: string[]): Promise<void> {
    await manager.query(`DELETE FROM activity_villages WHERE activity_id = $1`, [id]);
    await manager.query(`DELETE FROM activity_topics WHERE activity_id = $1`, [id]);
    await manager.query(`DELETE FROM activity_programme_items WHERE activity_id = $1`, [id]);
    await manager.query(`DELETE FROM activity_participants WHERE activity_id = $1 AND agency_id = $2`, [id, leadAgencyId]);
    await manager.query(`DELETE FROM activity_attendance WHERE activity_id = $1 AND agency_id = $2`, [id, leadAgencyId]);
    const removed = previousCoOrganisers.filter((agencyId) => !values.coOrganiserIds.includes(agencyId));
    if (removed.length) {
      await assertNoContributions(manager, id, removed);
      await manager.query(`DELETE FROM activity_agencies WHERE activity_id = $1 AND agency_id = ANY($2::uuid[])`, [id, removed]);
    }
    await this.insertDetails(manager, leadAgencyId, [{ id, values }]);
  }

  /** The lists of activities that have none yet (new, or just cleared): one INSERT per list for all of them. */
  private async insertDetails(manager: EntityManager, leadAgencyId: string, rows: { id: string; values: ActivityValues }[]): Promise<void> {
    const flat = <T>(pick: (values: ActivityValues) => T[]) => rows.flatMap(({ id, values }) => pick(values).map((item) => ({ id, item })));
    const villages = flat((v) => v.villages);
    if (villages.length) {
      await manager.query(
        `INSERT INTO activity_villages (activity_id, village_code, reach) SELECT a, code, reach::village_reach FROM unnest($1::uuid[], $2::varchar[], $3::text[]) AS v(a, code, reach)`,
        [villages.map((v) => v.id), villages.map((v) => v.item.code), villages.map((v) => v.item.reach)],
      );
    }
    const topics = flat((v) => v.topicIds);
    if (topics.length) {
      await manager.query(`INSERT INTO activity_topics (activity_id, topic_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [topics.map((t) => t.id), topics.map((t) => t.item)]);
    }
    const items = flat((v) => v.programmeItemIds);
    if (items.length) {
      await manager.query(`INSERT INTO activity_programme_items (activity_id, programme_item_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [items.map((i) => i.id), items.map((i) => i.item)]);
    }
    const participants = flat((v) => v.participants.filter((p) => p.male + p.female > 0));
    if (participants.length) {
      await manager.query(
        `INSERT INTO activity_participants (activity_id, agency_id, category, male, female)
         SELECT a, $1, c::participant_category, m, f FROM unnest($2::uuid[], $3::text[], $4::int[], $5::int[]) AS p(a, c, m, f)`,
        [leadAgencyId, participants.map((p) => p.id), participants.map((p) => p.item.category), participants.map((p) => p.item.male), participants.map((p) => p.item.female)],
      );
    }
    const attendance = flat((v) => (v.attendance ?? []).filter((p) => p.male + p.female > 0));
    if (attendance.length) {
      await manager.query(
        `INSERT INTO activity_attendance (activity_id, agency_id, region_code, category, male, female)
         SELECT a, $1, r, c::participant_category, m, f FROM unnest($2::uuid[], $3::varchar[], $4::text[], $5::int[], $6::int[]) AS p(a, r, c, m, f)`,
        [
          leadAgencyId,
          attendance.map((p) => p.id),
          attendance.map((p) => p.item.regionCode),
          attendance.map((p) => p.item.category),
          attendance.map((p) => p.item.male),
          attendance.map((p) => p.item.female),
        ],
      );
    }
    const coOrganisers = flat((v) => v.coOrganiserIds);
    if (coOrganisers.length) {
      await manager.query(
        `INSERT INTO activity_agencies (activity_id, agency_id, status) SELECT a, g, 'INVITED' FROM unnest($1::uuid[], $2::uuid[]) AS c(a, g) ON CONFLICT DO NOTHING`,
        [coOrganisers.map((c) => c.id), coOrganisers.map((c) => c.item)],
      );
    }
  }

  private async replaceParticipants(manager: EntityManager, id: string, agencyId: string, rows: { category: string; male: number; female: number }[]): Promise<void> {
    await manager.query(`DELETE FROM activity_participants WHERE activity_id = $1 AND agency_id = $2`, [id, agencyId]);
    const kept = rows.filter((r) => r.male + r.female > 0);
    await manager.query(
      `INSERT INTO activity_participants (activity_id, agency_id, category, male, female)
       SELECT $1, $2, c::participant_category, m, f FROM unnest($3::text[], $4::int[], $5::int[]) AS p(c, m, f)`,
      [id, agencyId, kept.map((r) => r.category), kept.map((r) => r.male), kept.map((r) => r.female)],
    );
  }
}

/** A partner that already reported participants or evidence is not dropped silently. */
export async function assertNoContributions(manager: EntityManager, id: string, agencyIds: string[]): Promise<void> {
  const [found] = await manager.query(
    `SELECT 1 FROM activity_participants WHERE activity_id = $1 AND agency_id = ANY($2::uuid[])
     UNION ALL SELECT 1 FROM activity_evidence WHERE activity_id = $1 AND agency_id = ANY($2::uuid[]) LIMIT 1`,
    [id, agencyIds],
  );
  if (found) throw new ActivityError(ActivityErrorCode.CO_ORGANISER_HAS_CONTRIBUTIONS, {}, 'coOrganiserIds');
}

/** Every region code the activity touches, at every level (see ActivityEntity.reachCodes). */
function reachCodes(values: Pick<ActivityValues, 'venueRegionCode' | 'villages'>): string[] {
  const codes = new Set<string>();
  for (const code of [values.venueRegionCode, ...values.villages.map((v) => v.code)]) {
    codes.add(code);
    for (const ancestor of ancestorCodes(code)) codes.add(ancestor);
  }
  return [...codes].sort();
}

function searchText(values: Pick<ActivityValues, 'title' | 'venueName'>): string {
  return normalizeSearchText(`${values.title} ${values.venueName}`);
}

const participantKey = (p: { category: string; male: number; female: number }) => `${p.category} L${p.male} P${p.female}`;

/** The values as the audit trail records them: lists as readable keys, so a diff names what changed. */
function auditable(values: ActivityValues): Record<string, unknown> {
  return {
    type: values.type,
    title: values.title,
    description: values.description,
    startsAt: new Date(values.startsAt),
    endsAt: new Date(values.endsAt),
    venueName: values.venueName,
    venueRegionCode: values.venueRegionCode,
    programmeItemIds: values.programmeItemIds,
    topicIds: values.topicIds,
    coOrganiserIds: values.coOrganiserIds,
    villages: values.villages.map((v) => `${v.code} ${v.reach}`),
    participants: values.participants.filter((p) => p.male + p.female > 0).map(participantKey),
    attendance: (values.attendance ?? []).map((p) => `${p.regionCode} ${participantKey(p)}`),
  };
}
