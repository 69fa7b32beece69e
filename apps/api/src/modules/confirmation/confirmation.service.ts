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
import { NOTHING_NOTIFIED } from '../activity/activity-notifier';
import { ActivityDetails } from '../activity/activity-details.service';
import { ActivityQueries } from '../activity/activity-queries.service';
import type { ActivityRow } from '../activity/activity.rows';
import { AuditContext, AuditService } from '../audit/audit.service';
import { villageInArea } from '../coverage/coverage-area';
import { CoverageQuery, CoverageService } from '../coverage/coverage.service';
import { NotificationService } from '../notification/notification.service';
import { VILLAGE_CONFIRMED_SQL, VILLAGE_DISPUTED_SQL } from '../coverage/confirmation-counting';
import { ConfirmationError, ConfirmationErrorCode } from './confirmation.errors';

type Context = AuditContext & { caller: Caller };

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

/** Open dispute: disputed, not kept by the lead with a reason, not corrected by a later verification. */
const OPEN_DISPUTE = `c.answer = 'DISPUTED' AND c.response IS NULL AND NOT (a.status = 'VERIFIED' AND a.verified_at > c.answered_at)`;

const RECORDS = `SELECT v.activity_id AS "activityId", v.village_code AS "villageCode", r.name AS "villageName", a.status AS "activityStatus",
    a.lead_agency_id AS "leadAgencyId", a.verified_at AS "verifiedAt", c.answer, c.note, au.full_name AS "answeredByName",
    CASE WHEN ag.id IS NULL THEN NULL ELSE json_build_object('id', ag.id, 'name', ag.name, 'shortName', ag.short_name) END AS "answeredByAgency",
    c.answered_at AS "answeredAt", c.response, ru.full_name AS "respondedByName", c.responded_at AS "respondedAt", coalesce(c.version, 0) AS version,
    ARRAY(SELECT g.id::text FROM agencies g WHERE g.active AND (
      (g.type = 'DESA_KELURAHAN' AND g.home_region_code = v.village_code) OR (g.type = 'KECAMATAN' AND g.home_region_code = r.parent_code)
    ) ORDER BY g.id) AS "governmentIds"
  FROM activity_villages v JOIN activities a ON a.id = v.activity_id JOIN regions r ON r.code = v.village_code
  LEFT JOIN activity_village_confirmations c ON c.activity_id = v.activity_id AND c.village_code = v.village_code
  LEFT JOIN users au ON au.id = c.answered_by LEFT JOIN agencies ag ON ag.id = c.agency_id LEFT JOIN users ru ON ru.id = c.responded_by`;

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
    return manager.query(`${RECORDS} WHERE v.activity_id = ANY($1::uuid[]) ORDER BY v.activity_id, v.village_code`, [ids]);
  }

  /**
   * The confirmations an activity page shows: on a verified activity every village it lists; on one reopened
   * after answers, the villages that answered (the lead is correcting it); otherwise none.
   */
  visibleOn(records: ConfirmationRecord[]): ConfirmationRecord[] {
    if (!records.length) return [];
    if (records[0].activityStatus === ActivityStatus.VERIFIED) return records;
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
    const disputeParams: unknown[] = [caller.agencyId];
    const disputeWhere = `a.lead_agency_id = $1::uuid AND ${OPEN_DISPUTE}
      AND EXISTS (SELECT 1 FROM activity_villages v WHERE v.activity_id = c.activity_id AND v.village_code = c.village_code)`;
    const [{ n: disputeCount }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM activity_village_confirmations c JOIN activities a ON a.id = c.activity_id WHERE ${disputeWhere}`,
      disputeParams,
    );
    const disputePairs: { activityId: string; villageCode: string }[] = limit
      ? await this.dataSource.query(
          `SELECT c.activity_id AS "activityId", c.village_code AS "villageCode" FROM activity_village_confirmations c JOIN activities a ON a.id = c.activity_id
           WHERE ${disputeWhere} ORDER BY c.answered_at DESC, c.activity_id, c.village_code LIMIT ${limit}`,
          disputeParams,
        )
      : [];
    const [toConfirm, disputes] = await Promise.all([this.entries(caller, pending.pairs), this.entries(caller, disputePairs)]);
    return { toConfirmCount: pending.count, disputeCount, toConfirm, disputes };
  }

  /** Villages of the caller's own government on verified activities that it neither organises nor answered. */
  private async pendingForGovernment(caller: Caller, limit: number): Promise<{ count: number; pairs: { activityId: string; villageCode: string }[] }> {
    const none = { count: 0, pairs: [] };
    if (!caller.permissions.includes(Permission.ATTENDANCE_CONFIRM)) return none;
    if (caller.agencyType !== AgencyType.DESA_KELURAHAN && caller.agencyType !== AgencyType.KECAMATAN) return none;
    const [agency] = await this.dataSource.query(`SELECT home_region_code AS home FROM agencies WHERE id = $1 AND active`, [caller.agencyId]);
    if (!agency?.home) return none;
    // A kecamatan's villages by equality on the village index (a LIKE prefix could not use it).
    const villages =
      caller.agencyType === AgencyType.DESA_KELURAHAN
        ? `v.village_code = $2`
        : `v.village_code = ANY (ARRAY(SELECT r.code FROM regions r WHERE r.parent_code = $2 AND r.depth = 4))`;
    const params = [caller.agencyId, agency.home];
    const where = `${villages} AND a.status = 'VERIFIED' AND a.lead_agency_id <> $1::uuid
      AND NOT EXISTS (SELECT 1 FROM activity_agencies aa WHERE aa.activity_id = a.id AND aa.agency_id = $1::uuid AND aa.status <> 'DECLINED')
      AND NOT EXISTS (SELECT 1 FROM activity_village_confirmations c WHERE c.activity_id = v.activity_id AND c.village_code = v.village_code)`;
    const from = `activity_villages v JOIN activities a ON a.id = v.activity_id`;
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`, params);
    const pairs = limit
      ? await this.dataSource.query(
          `SELECT v.activity_id AS "activityId", v.village_code AS "villageCode" FROM ${from} WHERE ${where}
           ORDER BY a.verified_at DESC, v.activity_id, v.village_code LIMIT ${limit}`,
          params,
        )
      : [];
    return { count: n, pairs };
  }

  private async entries(caller: Caller, pairs: { activityId: string; villageCode: string }[]) {
    if (!pairs.length) return [];
    const ids = [...new Set(pairs.map((p) => p.activityId))];
    const [activities, records, invitations] = await Promise.all([
      this.activities.findVisible(caller, ids),
      this.recordsOf(ids),
      this.details.invitationsOf(caller, ids),
    ]);
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
    const params: unknown[] = [q.from, q.to];
    const where = ['r.day BETWEEN $1 AND $2'];
    if (area.codes !== 'NATIONAL') where.push(villageInArea('r.village_code', area.codes, params));
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (q.programmeItemId) add((n) => `r.programme_item_ids @> ARRAY[$${n}::uuid]`, q.programmeItemId);
    if (q.type) add((n) => `r.type = $${n}::activity_type`, q.type);
    if (q.leadAgencyId) add((n) => `r.lead_agency_id = $${n}::uuid`, q.leadAgencyId);
    if (q.contributedBy) add((n) => `r.agency_ids @> ARRAY[$${n}::uuid]`, q.contributedBy);
    // One row per village reached: confirmed on any of its activities, else disputed on any (still open or kept).
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS "villagesReached", count(*) FILTER (WHERE confirmed)::int AS confirmed,
         count(*) FILTER (WHERE NOT confirmed AND disputed)::int AS disputed
       FROM (
         SELECT r.village_code, ${VILLAGE_CONFIRMED_SQL} AS confirmed, ${VILLAGE_DISPUTED_SQL} AS disputed
         FROM coverage_reach r JOIN activities a ON a.id = r.activity_id
         LEFT JOIN activity_village_confirmations c ON c.activity_id = r.activity_id AND c.village_code = r.village_code
         WHERE ${where.join(' AND ')} GROUP BY r.village_code
       ) s`,
      params,
    );
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
      const answer = confirmed ? VillageConfirmationStatus.CONFIRMED : VillageConfirmationStatus.DISPUTED;
      const written =
        record.version === 0 && version === 0
          ? await manager.query(
              `INSERT INTO activity_village_confirmations (activity_id, village_code, answer, note, agency_id, answered_by, answered_at)
               VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT DO NOTHING RETURNING 1`,
              [activityId, record.villageCode, answer, note, caller.agencyId, caller.userId],
            )
          : // A new answer starts the conversation again: the lead's earlier reply was to the earlier answer.
            (
              await manager.query(
                `UPDATE activity_village_confirmations SET answer = $4, note = $5, agency_id = $6, answered_by = $7, answered_at = now(),
                   response = NULL, responded_by = NULL, responded_at = NULL, version = version + 1, updated_at = now()
                 WHERE activity_id = $1 AND village_code = $2 AND version = $3 RETURNING 1`,
                [activityId, record.villageCode, version, answer, note, caller.agencyId, caller.userId],
              )
            )[0];
      if (!written?.length) throw new ConfirmationError(ConfirmationErrorCode.VERSION_CONFLICT, {}, 'version');
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
      const [written] = await manager.query(
        `UPDATE activity_village_confirmations SET response = $4, responded_by = $5, responded_at = now(), version = version + 1, updated_at = now()
         WHERE activity_id = $1 AND village_code = $2 AND version = $3 RETURNING 1`,
        [activityId, record.villageCode, version, reason, caller.userId],
      );
      if (!written?.length) throw new ConfirmationError(ConfirmationErrorCode.VERSION_CONFLICT, {}, 'version');
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
    if (isUuid(activityId)) await manager.query('SELECT 1 FROM activities WHERE id = $1 FOR SHARE', [activityId]);
    const [activity] = await this.activities.findVisible(caller, [activityId], manager);
    if (!activity) throw new ConfirmationError(ConfirmationErrorCode.ACTIVITY_NOT_FOUND, {}, 'activityId');
    const code = villageCode?.trim() ?? '';
    const [record]: ConfirmationRecord[] = await manager.query(`${RECORDS} WHERE v.activity_id = $1 AND v.village_code = $2`, [activityId, code]);
    if (!record) throw new ConfirmationError(ConfirmationErrorCode.VILLAGE_NOT_LISTED, { code: code.slice(0, 20) }, 'villageCode');
    const invitation = await this.details.invitationOf(manager, caller, activityId);
    return { activity, record, invitation };
  }

  private async reread(manager: EntityManager, caller: Caller, activityId: string, villageCode: string, invitation: CoOrganiserStatus | null): Promise<ConfirmationView> {
    const [record]: ConfirmationRecord[] = await manager.query(`${RECORDS} WHERE v.activity_id = $1 AND v.village_code = $2`, [activityId, villageCode]);
    return this.view(caller, record, invitation);
  }
}

function auditable(record: ConfirmationRecord): Record<string, unknown> | null {
  return record.answer ? { answer: record.answer, note: record.note ?? '' } : null;
}
