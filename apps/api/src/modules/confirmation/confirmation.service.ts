import {
  ActivityStatus,
  AgencyType,
  CONFIRMATION_LIMITS,
  confirmationStatus,
  CoOrganiserStatus,
  Permission,
  VillageConfirmationStatus,
  type VillageConfirmationAnswer,
} from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { onlyRow } from '../../database/kysely';
import { NOTHING_NOTIFIED } from '../activity/activity-notifier';
import { ActivityDetails } from '../activity/activity-details.service';
import { ActivityQueries } from '../activity/activity-queries.service';
import type { ActivityRow } from '../activity/activity.rows';
import { AuditContext, AuditService } from '../audit/audit.service';
import { CoverageQuery, CoverageService } from '../coverage/coverage.service';
import { NotificationService } from '../notification/notification.service';
import { ConfirmationError, ConfirmationErrorCode } from './confirmation.errors';
import {
  activeAgencyHome,
  confirmationRecords,
  confirmationShare,
  insertAnswer,
  lockActivityShared,
  openDisputeCount,
  openDisputePairs,
  pendingCount,
  pendingPairs,
  updateAnswer,
  writeResponse,
  type ConfirmationRecord,
} from './confirmation.repository';

export type { ConfirmationRecord } from './confirmation.repository';

type Context = AuditContext & { caller: Caller };

/** A village's confirmation as the caller reads it. */
export interface ConfirmationView {
  activityId: string;
  villageCode: string;
  status: VillageConfirmationStatus;
  note: string;
  answeredByName: string | null;
  answeredByAgency: { id: string; name: string; shortName: string } | null;
  answeredAt: Date | null;
  response: string | null;
  respondedByName: string | null;
  respondedAt: Date | null;
  hasGovernment: boolean;
  canAnswer: boolean;
  canRespond: boolean;
  version: number;
}

export interface ConfirmationQueueResult {
  toConfirmCount: number;
  disputeCount: number;
  toConfirm: { activity: ActivityRow; confirmation: ConfirmationView }[];
  disputes: { activity: ActivityRow; confirmation: ConfirmationView }[];
}

@Injectable()
export class ConfirmationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly activities: ActivityQueries,
    private readonly details: ActivityDetails,
    private readonly coverage: CoverageService,
    private readonly notifications: NotificationService,
  ) {}

  // ── Reading ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Every village the activities list, with its answer (for activities the caller was already found to see). */
  async recordsOf(activityIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ConfirmationRecord[]> {
    const ids = activityIds.filter(isUuid);
    if (!ids.length) return [];
    return confirmationRecords(manager, { activityIds: ids });
  }

  /**
   * The confirmations an activity page shows: on a verified activity every village it lists; on one reopened
   * after answers, the villages that answered (the lead is correcting it); otherwise none.
   */
  visibleOn(records: ConfirmationRecord[]): ConfirmationRecord[] {
    const [first] = records;
    if (!first) return [];
    if (first.activityStatus === ActivityStatus.VERIFIED) return records;
    return records.filter((r) => r.answer !== null);
  }

  /** The record as the caller reads it; `invitation` is the caller's agency's invitation on the activity. */
  view(caller: Caller, record: ConfirmationRecord, invitation: CoOrganiserStatus | null): ConfirmationView {
    const status = confirmationStatus(record.answer, record.answeredAt, record.verifiedAt);
    return {
      activityId: record.activityId,
      villageCode: record.villageCode,
      status,
      note: record.note ?? '',
      answeredByName: record.answeredByName,
      answeredByAgency: record.answeredByAgency,
      answeredAt: record.answeredAt,
      response: record.response,
      respondedByName: record.respondedByName,
      respondedAt: record.respondedAt,
      hasGovernment: record.governmentIds.length > 0,
      canAnswer: this.answerRefusal(caller, record, invitation) === null,
      canRespond: this.respondRefusal(caller, record) === null,
      version: record.version,
    };
  }

  /**
   * Why the caller may not answer for the village now (null: they may). Only its own government answers, never
   * an agency that organises the activity (the lead, or an invited or accepted co-organiser), and only once verified.
   */
  private answerRefusal(caller: Caller, record: ConfirmationRecord, invitation: CoOrganiserStatus | null): ConfirmationError | null {
    if (!caller.permissions.includes(Permission.ATTENDANCE_CONFIRM) || !record.governmentIds.includes(caller.agencyId)) {
      return new ConfirmationError(ConfirmationErrorCode.NOT_VILLAGE_GOVERNMENT, { name: record.villageName }, 'villageCode');
    }
    if (record.leadAgencyId === caller.agencyId || (invitation !== null && invitation !== CoOrganiserStatus.DECLINED)) {
      return new ConfirmationError(ConfirmationErrorCode.OWN_ACTIVITY, {}, 'activityId');
    }
    if (record.activityStatus !== ActivityStatus.VERIFIED) return new ConfirmationError(ConfirmationErrorCode.NOT_VERIFIED, {}, 'activityId');
    return null;
  }

  /** Why the caller may not keep the disputed record (null: they may): the head of the lead agency, on an open dispute. */
  private respondRefusal(caller: Caller, record: ConfirmationRecord): ConfirmationError | null {
    if (record.leadAgencyId !== caller.agencyId || !caller.permissions.includes(Permission.ACTIVITY_VERIFY)) {
      return new ConfirmationError(ConfirmationErrorCode.NOT_LEAD, {}, 'activityId');
    }
    const status = confirmationStatus(record.answer, record.answeredAt, record.verifiedAt);
    if (status !== VillageConfirmationStatus.DISPUTED || record.response !== null) {
      return new ConfirmationError(ConfirmationErrorCode.NOT_DISPUTED, {}, 'villageCode');
    }
    return null;
  }

  /**
   * What waits for the caller's agency: as a village government, the villages of verified activities it has not
   * answered; as a lead agency, the open disputes on its activities. Newest first, `first` (≤ 50) of each.
   */
  async queue(caller: Caller, first: number): Promise<ConfirmationQueueResult> {
    const limit = Math.min(Math.max(first, 0), 50);
    const pending = await this.pendingForGovernment(caller, limit);
    const disputeCount = await openDisputeCount(this.dataSource, caller.agencyId);
    const disputePairs = limit ? await openDisputePairs(this.dataSource, caller.agencyId, limit) : [];
    const [toConfirm, disputes] = await Promise.all([this.entries(caller, pending.pairs), this.entries(caller, disputePairs)]);
    return { toConfirmCount: pending.count, disputeCount, toConfirm, disputes };
  }

  /** Villages of the caller's own government on verified activities that it neither organises nor answered. */
  private async pendingForGovernment(caller: Caller, limit: number): Promise<{ count: number; pairs: { activityId: string; villageCode: string }[] }> {
    const none = { count: 0, pairs: [] };
    if (!caller.permissions.includes(Permission.ATTENDANCE_CONFIRM)) return none;
    if (caller.agencyType !== AgencyType.DESA_KELURAHAN && caller.agencyType !== AgencyType.KECAMATAN) return none;
    const home = await activeAgencyHome(this.dataSource, caller.agencyId);
    if (!home) return none;
    const kind = caller.agencyType === AgencyType.DESA_KELURAHAN ? 'village' : 'kecamatan';
    const count = await pendingCount(this.dataSource, caller.agencyId, home, kind);
    const pairs = limit ? await pendingPairs(this.dataSource, caller.agencyId, home, kind, limit) : [];
    return { count, pairs };
  }

  private async entries(caller: Caller, pairs: { activityId: string; villageCode: string }[]) {
    if (!pairs.length) return [];
    const ids = [...new Set(pairs.map((p) => p.activityId))];
    const [activities, records, invitations] = await Promise.all([this.activities.findVisible(caller, ids), this.recordsOf(ids), this.details.invitationsOf(caller, ids)]);
    const activityById = new Map(activities.map((a) => [a.id, a]));
    const recordByKey = new Map(records.map((r) => [`${r.activityId} ${r.villageCode}`, r]));
    return pairs.flatMap((p) => {
      const activity = activityById.get(p.activityId);
      const record = recordByKey.get(`${p.activityId} ${p.villageCode}`);
      return activity && record ? [{ activity, confirmation: this.view(caller, record, invitations.get(p.activityId) ?? null) }] : [];
    });
  }

  /**
   * Of the villages reached in the range over the area (verified activities, as coverage counts them), how many
   * their own government confirmed, disputed or left unanswered. null: no such area, or none of it visible.
   */
  async share(caller: Caller, q: CoverageQuery): Promise<{ villagesReached: number; confirmed: number; disputed: number; unanswered: number; ratio: number } | null> {
    this.coverage.validate(q);
    const area = await this.coverage.resolveArea(caller, q);
    if (!area) return null;
    // One row per village reached: confirmed on any of its activities, else disputed on any (still open or kept).
    const row = await confirmationShare(this.dataSource, { ...q, codes: area.codes });
    const unanswered = row.villagesReached - row.confirmed - row.disputed;
    return { ...row, unanswered, ratio: row.villagesReached > 0 ? row.confirmed / row.villagesReached : 0 };
  }

  // ── Writing ──────────────────────────────────────────────────────────────────────────────────────────────

  /** The village government confirms (or disputes, with a note) that its village was reached. */
  async answer(context: Context, activityId: string, villageCode: string, confirmed: boolean, noteInput: string | null, version: number): Promise<ConfirmationView> {
    const { caller } = context;
    const note = noteInput?.trim() ?? '';
    let notified = NOTHING_NOTIFIED;
    const view = await this.dataSource.transaction(async (manager) => {
      const { activity, record, invitation } = await this.lockedRecord(manager, caller, activityId, villageCode);
      const refusal = this.answerRefusal(caller, record, invitation);
      if (refusal) throw refusal;
      if (!confirmed && note.length < CONFIRMATION_LIMITS.noteMin) throw new ConfirmationError(ConfirmationErrorCode.NOTE_REQUIRED, {}, 'note');
      if (note.length > CONFIRMATION_LIMITS.noteMax) throw new ConfirmationError(ConfirmationErrorCode.NOTE_TOO_LONG, {}, 'note');
      const answer: VillageConfirmationAnswer = confirmed ? VillageConfirmationStatus.CONFIRMED : VillageConfirmationStatus.DISPUTED;
      const at = { activityId, villageCode: record.villageCode };
      const values = { answer, note, agencyId: caller.agencyId, userId: caller.userId };
      const written =
        record.version === 0 && version === 0
          ? await insertAnswer(manager, at, values)
          : // A new answer starts the conversation again: the lead's earlier reply was to the earlier answer.
            await updateAnswer(manager, at, version, values);
      if (!written) throw new ConfirmationError(ConfirmationErrorCode.VERSION_CONFLICT, {}, 'version');
      await this.audit.record(manager, context, {
        entity: 'Activity',
        entityId: activityId,
        subjectAgencyId: activity.leadAgencyId,
        before: { [`confirmation:${record.villageCode}`]: auditable(record) },
        after: { [`confirmation:${record.villageCode}`]: { answer, note } },
      });
      // A dispute waits for the lead agency: it is told.
      if (!confirmed) notified = await this.notifications.reachDisputed(manager, caller, activityId, note);
      return this.reread(manager, caller, activityId, record.villageCode, invitation);
    });
    this.notifications.announce(notified);
    return view;
  }

  /** The head of the lead agency keeps a disputed record as it is, saying why (the other answer: reopen and correct it). */
  async respond(context: Context, activityId: string, villageCode: string, reasonInput: string, version: number): Promise<ConfirmationView> {
    const { caller } = context;
    const reason = reasonInput?.trim() ?? '';
    return this.dataSource.transaction(async (manager) => {
      const { activity, record, invitation } = await this.lockedRecord(manager, caller, activityId, villageCode);
      const refusal = this.respondRefusal(caller, record);
      if (refusal) throw refusal;
      if (reason.length < CONFIRMATION_LIMITS.noteMin || reason.length > CONFIRMATION_LIMITS.noteMax) {
        throw new ConfirmationError(ConfirmationErrorCode.REASON_INVALID, {}, 'reason');
      }
      if (!(await writeResponse(manager, { activityId, villageCode: record.villageCode }, version, reason, caller.userId)))
        throw new ConfirmationError(ConfirmationErrorCode.VERSION_CONFLICT, {}, 'version');
      await this.audit.record(manager, context, {
        entity: 'Activity',
        entityId: activityId,
        subjectAgencyId: activity.leadAgencyId,
        before: { [`confirmationResponse:${record.villageCode}`]: null },
        after: { [`confirmationResponse:${record.villageCode}`]: reason },
      });
      return this.reread(manager, caller, activityId, record.villageCode, invitation);
    });
  }

  /**
   * The visible activity (shared-locked, so it is not reopened or verified while the answer is written) and the
   * village's record; an activity the caller may not see is not found.
   */
  private async lockedRecord(manager: EntityManager, caller: Caller, activityId: string, villageCode: string) {
    if (isUuid(activityId)) await lockActivityShared(manager, activityId);
    const [activity] = await this.activities.findVisible(caller, [activityId], manager);
    if (!activity) throw new ConfirmationError(ConfirmationErrorCode.ACTIVITY_NOT_FOUND, {}, 'activityId');
    const code = villageCode?.trim() ?? '';
    const [record] = await confirmationRecords(manager, { activityId, villageCode: code });
    if (!record) throw new ConfirmationError(ConfirmationErrorCode.VILLAGE_NOT_LISTED, { code: code.slice(0, 20) }, 'villageCode');
    const invitation = await this.details.invitationOf(manager, caller, activityId);
    return { activity, record, invitation };
  }

  private async reread(manager: EntityManager, caller: Caller, activityId: string, villageCode: string, invitation: CoOrganiserStatus | null): Promise<ConfirmationView> {
    const record = onlyRow(await confirmationRecords(manager, { activityId, villageCode }), 'confirmation record');
    return this.view(caller, record, invitation);
  }
}

function auditable(record: ConfirmationRecord): Record<string, unknown> | null {
  return record.answer ? { answer: record.answer, note: record.note ?? '' } : null;
}
