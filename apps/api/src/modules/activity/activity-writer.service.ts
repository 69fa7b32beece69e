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
import {
  activityLists,
  clearLists,
  creatorOf,
  hasContributions,
  insertActivities,
  insertAttendance,
  insertParticipants,
  insertProgrammeItems,
  insertTopics,
  insertVillages,
  inviteCoOrganisers,
  participantsOfAgency,
  removeCoOrganisers,
  replaceParticipants as replaceParticipantsOf,
  updateActivityFields,
} from './activity-writer.repository';
import type { ActivityContext, ActivityRow, ActivityValues } from './activity.rows';
import { ActivityInput, ParticipantInput } from './dto/activity.input';
import { onlyRow } from '../../database/kysely';

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
      return onlyRow(await this.queries.findVisible(caller, [id], manager), 'activity just created');
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
    const inserted = await insertActivities(manager, records, {
      status,
      leadAgencyId: caller.agencyId,
      createdBy: caller.userId,
      submittedBy: submitted ? caller.userId : null,
      submittedAt: submitted ? new Date() : null,
    });
    const written = new Set(inserted);
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
    const row = await creatorOf(manager, id);
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
      await updateActivityFields(manager, id, values, reachCodes(values), searchText(values));
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
    return {
      type: current.type,
      title: current.title,
      description: current.description,
      startsAt: current.startsAt,
      endsAt: current.endsAt,
      venueName: current.venueName,
      venueRegionCode: current.venueRegionCode,
      timeZone: current.timeZone,
      ...(await activityLists(manager, current.id, current.leadAgencyId)),
    };
  }

  private async participantValues(manager: EntityManager, id: string, agencyId: string): Promise<string[]> {
    return (await participantsOfAgency(manager, id, agencyId)).map(participantKey);
  }

  /** Replaces the lists under an activity set-based (delete, then one INSERT … SELECT per list). */
  private async writeDetails(manager: EntityManager, id: string, leadAgencyId: string, values: ActivityValues, previousCoOrganisers: string[]): Promise<void> {
    await clearLists(manager, id, leadAgencyId);
    const removed = previousCoOrganisers.filter((agencyId) => !values.coOrganiserIds.includes(agencyId));
    if (removed.length) {
      await assertNoContributions(manager, id, removed);
      await removeCoOrganisers(manager, id, removed);
    }
    await this.insertDetails(manager, leadAgencyId, [{ id, values }]);
  }

  /** The lists of activities that have none yet (new, or just cleared): one INSERT per list for all of them. */
  private async insertDetails(manager: EntityManager, leadAgencyId: string, rows: { id: string; values: ActivityValues }[]): Promise<void> {
    const flat = <T>(pick: (values: ActivityValues) => T[]) => rows.flatMap(({ id, values }) => pick(values).map((item) => ({ id, item })));
    const villages = flat((v) => v.villages);
    if (villages.length) await insertVillages(manager, villages);
    const topics = flat((v) => v.topicIds);
    if (topics.length) await insertTopics(manager, topics);
    const items = flat((v) => v.programmeItemIds);
    if (items.length) await insertProgrammeItems(manager, items);
    const participants = flat((v) => v.participants.filter((p) => p.male + p.female > 0));
    if (participants.length) await insertParticipants(manager, leadAgencyId, participants);
    const attendance = flat((v) => (v.attendance ?? []).filter((p) => p.male + p.female > 0));
    if (attendance.length) await insertAttendance(manager, leadAgencyId, attendance);
    const coOrganisers = flat((v) => v.coOrganiserIds);
    if (coOrganisers.length) await inviteCoOrganisers(manager, coOrganisers);
  }

  private async replaceParticipants(manager: EntityManager, id: string, agencyId: string, rows: { category: string; male: number; female: number }[]): Promise<void> {
    await replaceParticipantsOf(
      manager,
      id,
      agencyId,
      rows.filter((r) => r.male + r.female > 0),
    );
  }
}

/** A partner that already reported participants or evidence is not dropped silently. */
export async function assertNoContributions(manager: EntityManager, id: string, agencyIds: string[]): Promise<void> {
  if (await hasContributions(manager, id, agencyIds)) throw new ActivityError(ActivityErrorCode.CO_ORGANISER_HAS_CONTRIBUTIONS, {}, 'coOrganiserIds');
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
