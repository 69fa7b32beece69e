import { ActivityStatus, CoOrganiserStatus, EDITABLE_STATUSES, EVIDENCE_LIMITS, isEvidenceImage } from '@jangkau/shared-domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../common/access/caller';
import { isUuid } from '../../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { AuditContext, AuditService } from '../../audit/audit.service';
import { ActivityError, ActivityErrorCode } from '../activity.errors';
import { ActivityDetails } from '../activity-details.service';
import { ActivityQueries } from '../activity-queries.service';
import type { ActivityRow } from '../activity.rows';
import { lockActivity as lockActivityRow } from '../activity.repository';
import { actionsFor } from '../activity.rules';
import { evidenceFileName } from './evidence-file';
import { storageKeyOf, EvidenceStore } from './evidence-store';
import { writeThumbnail } from './evidence-thumbnail';
import type { ReceivedUpload } from './evidence-upload';
import { EvidenceError, EvidenceErrorCode } from './evidence.errors';
import { activityOfEvidence, deleteEvidence, evidenceById, evidenceCount, evidenceOfActivities, type EvidenceRow, insertEvidence } from './evidence.repository';

type Context = AuditContext & { caller: Caller };

export type { EvidenceRow };

/**
 * Photos and PDFs on an activity. Who may see them is who may see the activity (ActivityQueries.findVisible, built
 * on scoped-sql); who may add them is who actionsFor (activity.rules.ts) allows ADD_EVIDENCE; only the agency that added
 * one may remove it, while the activity is still editable. Each change is one transaction with its audit entry, and
 * the files follow the rows: a file is placed in the store (EvidenceStore: a folder, or a bucket) inside the
 * transaction that records it and deleted again if that transaction does not commit; a removed row's files are
 * deleted after its commit.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger('Evidence');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivityQueries,
    private readonly details: ActivityDetails,
    private readonly audit: AuditService,
    private readonly store: EvidenceStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.evidence.maxBytes;
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Evidence of activities the caller already found visible (for the DataLoader), oldest first. */
  async evidenceOf(activityIds: readonly string[]): Promise<EvidenceRow[]> {
    return evidenceOfActivities(this.dataSource, activityIds);
  }

  /** One evidence whose activity the caller may see; anything else (missing, out of scope) is "not found". */
  async findReadable(caller: Caller, id: string): Promise<EvidenceRow> {
    const row = isUuid(id) ? await evidenceById(this.dataSource, id) : undefined;
    if (!row || (await this.activities.findVisible(caller, [row.activityId])).length === 0) throw new EvidenceError(EvidenceErrorCode.NOT_FOUND, {}, 'id');
    return row;
  }

  // ── Writing ──────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Refuses before a byte of the upload is read when the caller cannot add evidence to the activity now, so
   * nobody waits for a large file to be refused. The transaction in `add` checks again, under the lock.
   */
  async checkMayAdd(caller: Caller, activityId: string): Promise<void> {
    const [activity] = await this.activities.findVisible(caller, [activityId]);
    if (!activity) throw new ActivityError(ActivityErrorCode.NOT_FOUND, {}, 'id');
    const invitation = await this.details.invitationOf(this.dataSource.manager, caller, activityId);
    this.assertMayChange(caller, activity, invitation);
  }

  /**
   * The evidence an earlier send of the same keyed upload stored (a phone whose reply was lost sends again): the
   * same caller's agency, on the same activity. A key used for anything else is refused, never taken over.
   */
  async sentBefore(manager: EntityManager, caller: Caller, activityId: string, key: string): Promise<EvidenceRow | null> {
    if (!isUuid(key)) throw new EvidenceError(EvidenceErrorCode.KEY_INVALID, {}, 'idempotencyKey');
    const row = await evidenceById(manager, key);
    if (!row) return null;
    if (row.activityId !== activityId || row.agency.id !== caller.agencyId) throw new EvidenceError(EvidenceErrorCode.KEY_REUSED, {}, 'idempotencyKey');
    return row;
  }

  /** `sentBefore` outside a transaction, for an activity the caller sees: answered before a byte of the upload is read. */
  async findSent(caller: Caller, activityId: string, key: string): Promise<EvidenceRow | null> {
    return this.sentBefore(this.dataSource.manager, caller, activityId, key);
  }

  /** The activity's id as stored, when the caller may see it (an empty list otherwise). */
  async visibleActivity(caller: Caller, activityId: string): Promise<string[]> {
    if (!isUuid(activityId)) return [];
    return (await this.activities.findVisible(caller, [activityId])).map((a) => a.id);
  }

  /**
   * Records a received upload. With a key (the client's own UUID for this file), sending it again stores nothing
   * more and answers what the first send stored. Takes over its temporary file: whatever happens, nothing of it is left in the
   * temporary folder afterwards, and a file stays under its key exactly when its row was committed.
   */
  async add(context: Context, activityId: string, upload: ReceivedUpload, uploadKey: string | null = null): Promise<EvidenceRow> {
    const { caller } = context;
    const thumbnail = isEvidenceImage(upload.contentType) ? `${upload.tempPath}.thumb` : null;
    const id = uploadKey ?? randomUUID();
    let storageKey: string | null = null;
    try {
      // Decoding and resizing take a moment: done before the transaction, so no lock waits on it.
      if (thumbnail) {
        const ok = await writeThumbnail(upload.tempPath, thumbnail, upload.contentType).catch((error: Error) => {
          this.logger.error(`cannot write a thumbnail to ${thumbnail}: ${error.message}`);
          throw new EvidenceError(EvidenceErrorCode.STORAGE_FAILED);
        });
        if (!ok) throw new EvidenceError(EvidenceErrorCode.IMAGE_UNREADABLE, {}, 'file');
      }
      const fileName = evidenceFileName(upload.clientName, upload.contentType);
      return await this.dataSource.transaction(async (manager) => {
        const activity = await this.lockActivity(manager, caller, activityId);
        // Two sends of one keyed upload racing each other: the second finds the first here, under the same lock.
        if (uploadKey) {
          const same = await this.sentBefore(manager, caller, activity.id, uploadKey);
          if (same) return same;
        }
        this.assertMayChange(caller, activity, await this.details.invitationOf(manager, caller, activity.id));
        // Counted under the activity's lock: two uploads racing for the last place cannot both get it.
        const n = await evidenceCount(manager, activity.id);
        if (n >= EVIDENCE_LIMITS.perActivityMax) throw new EvidenceError(EvidenceErrorCode.TOO_MANY, { max: EVIDENCE_LIMITS.perActivityMax }, 'file');
        const values = {
          activityId: activity.id,
          agencyId: caller.agencyId,
          fileName,
          contentType: upload.contentType,
          sizeBytes: upload.sizeBytes,
          sha256: upload.sha256,
          hasThumbnail: thumbnail !== null,
        };
        // From the database's own spelling of the id (lower case), whatever the URL said.
        const key = storageKeyOf(activity.id, id);
        await insertEvidence(manager, {
          id,
          activityId: activity.id,
          agencyId: caller.agencyId,
          uploadedBy: caller.userId,
          fileName,
          contentType: upload.contentType,
          sizeBytes: upload.sizeBytes,
          sha256: upload.sha256,
          storageKey: key,
          hasThumbnail: values.hasThumbnail,
        });
        await this.audit.record(manager, context, { entity: 'Evidence', entityId: id, subjectAgencyId: activity.leadAgencyId, before: null, after: values });
        // Last, so that little can fail after it but the commit itself. From here on files may lie under the key
        // (the thumbnail goes first): any failure, the placing's own included, removes them in the catch below.
        storageKey = key;
        await this.store.place(key, upload.tempPath, thumbnail).catch((error: Error) => {
          this.logger.error(`cannot place evidence ${id} in ${this.store.location}: ${error.message}`);
          throw new EvidenceError(EvidenceErrorCode.STORAGE_FAILED);
        });
        const written = await evidenceById(manager, id);
        if (!written) throw new Error('Expected the evidence just written, found none');
        return written;
      });
    } catch (error) {
      // Placed (or half-placed) but not committed: no file may outlive its row.
      if (storageKey) await this.store.remove(storageKey);
      throw error;
    } finally {
      // After a successful move these are already gone.
      await this.store.discard(upload.tempPath, thumbnail);
    }
  }

  /** The agency that added it removes it, while the activity is editable. The files go after the commit. */
  async remove(context: Context, id: string): Promise<boolean> {
    const { caller } = context;
    const removed = await this.dataSource.transaction(async (manager) => {
      const foundActivityId = isUuid(id) ? await activityOfEvidence(manager, id) : undefined;
      if (!foundActivityId) throw new EvidenceError(EvidenceErrorCode.NOT_FOUND, {}, 'id');
      let activity: ActivityRow;
      try {
        activity = await this.lockActivity(manager, caller, foundActivityId);
      } catch (error) {
        // What the caller may not see does not exist for them: the evidence, not the activity, is what they asked for.
        if (error instanceof ActivityError && error.code === ActivityErrorCode.NOT_FOUND) throw new EvidenceError(EvidenceErrorCode.NOT_FOUND, {}, 'id');
        throw error;
      }
      // Read again under the activity's lock: a concurrent removal of the same evidence has committed or waits.
      const row = await evidenceById(manager, id);
      if (!row) throw new EvidenceError(EvidenceErrorCode.NOT_FOUND, {}, 'id');
      if (row.agency.id !== caller.agencyId) throw new EvidenceError(EvidenceErrorCode.NOT_OWN, {}, 'id');
      this.assertMayChange(caller, activity, await this.details.invitationOf(manager, caller, activity.id));
      await deleteEvidence(manager, id);
      await this.audit.record(manager, context, {
        entity: 'Evidence',
        entityId: id,
        subjectAgencyId: activity.leadAgencyId,
        before: {
          activityId: row.activityId,
          agencyId: row.agency.id,
          fileName: row.fileName,
          contentType: row.contentType,
          sizeBytes: row.sizeBytes,
          sha256: row.sha256,
          hasThumbnail: row.hasThumbnail,
        },
        after: {},
      });
      return row;
    });
    await this.store.remove(removed.storageKey);
    return true;
  }

  // ── Rules ────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * ADD_EVIDENCE, as actionsFor (activity.rules.ts) decides it; refused with the most useful reason: accept the
   * invitation first, the activity is no longer editable, or this agency does not organise it.
   */
  private assertMayChange(caller: Caller, activity: ActivityRow, invitation: CoOrganiserStatus | null): void {
    const may = (status: ActivityStatus, answer: CoOrganiserStatus | null) => actionsFor(caller, { ...activity, status }, answer).includes('ADD_EVIDENCE');
    if (may(activity.status, invitation)) return;
    if (invitation && invitation !== CoOrganiserStatus.ACCEPTED && may(activity.status, CoOrganiserStatus.ACCEPTED)) {
      throw new EvidenceError(EvidenceErrorCode.INVITATION_NOT_ACCEPTED, {}, 'id');
    }
    const asOrganiser = invitation ? CoOrganiserStatus.ACCEPTED : null;
    if (EDITABLE_STATUSES.some((status) => may(status, asOrganiser))) throw new EvidenceError(EvidenceErrorCode.ACTIVITY_LOCKED, { status: activity.status }, 'id');
    throw new EvidenceError(EvidenceErrorCode.NOT_ORGANISER, {}, 'id');
  }

  /** The visible activity, locked for this transaction (as every change to an activity does); else not found. */
  private async lockActivity(manager: EntityManager, caller: Caller, activityId: string): Promise<ActivityRow> {
    if (isUuid(activityId)) await lockActivityRow(manager, activityId);
    const [activity] = await this.activities.findVisible(caller, [activityId], manager);
    if (!activity) throw new ActivityError(ActivityErrorCode.NOT_FOUND, {}, 'id');
    return activity;
  }
}

/** The URL the bytes are fetched from (with the Bearer token; see EvidenceController). */
export function evidenceUrl(id: string): string {
  return `/api/evidence/${id}`;
}

export function thumbnailUrl(row: Pick<EvidenceRow, 'id' | 'hasThumbnail'>): string | null {
  return row.hasThumbnail ? `${evidenceUrl(row.id)}/thumbnail` : null;
}
