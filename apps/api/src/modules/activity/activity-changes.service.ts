import { ActivityAction } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { ActivityNotifier, NOTHING_NOTIFIED, type Notified } from './activity-notifier';
import { ActivityDetails } from './activity-details.service';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import { ActivityQueries } from './activity-queries.service';
import { bumpVersion, lockActivity } from './activity.repository';
import type { ActivityContext, ActivityRow } from './activity.rows';
import { assertAllowed } from './activity.rules';
import { onlyRow } from '../../database/kysely';

/** What a change to an activity gives back: its audit diff, and whom to tell beyond the usual. */
export interface ActivityChange {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  notify?: { invited?: string[]; reason?: string };
}

/** The shape every change to one activity shares (the workflow's steps, edits, a co-organiser's own counts). */
@Injectable()
export class ActivityChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: ActivityNotifier,
    private readonly queries: ActivityQueries,
    private readonly details: ActivityDetails,
  ) {}

  /**
   * Lock the row, check the caller may do `action` now, check the version the client started from, apply, bump
   * the version, audit: one transaction, so a refused or failed change leaves nothing behind.
   */
  async apply(
    context: ActivityContext,
    id: string,
    version: number,
    action: ActivityAction,
    change: (manager: EntityManager, current: ActivityRow) => Promise<ActivityChange>,
  ): Promise<ActivityRow> {
    const { caller } = context;
    let notified: Notified = NOTHING_NOTIFIED;
    const row = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockVisible(manager, caller, id);
      assertAllowed(caller, current, await this.details.invitationOf(manager, caller, id), action);
      if (current.version !== version) throw new ActivityError(ActivityErrorCode.VERSION_CONFLICT, await lastChange(manager, 'Activity', id), 'version');
      const { before, after, notify } = await change(manager, current);
      await bumpVersion(manager, id);
      await this.audit.record(manager, context, { entity: 'Activity', entityId: id, subjectAgencyId: current.leadAgencyId, before, after });
      // Told in the same transaction: a change that rolls back tells nobody and queues no e-mail.
      notified = await this.notifications.activityChanged(manager, caller, id, { action, ...notify });
      return onlyRow(await this.queries.findVisible(caller, [id], manager), 'activity just changed');
    });
    this.notifications.announce(notified);
    return row;
  }

  /** The visible activity, locked for this transaction; invisible or missing: not found. */
  async lockVisible(manager: EntityManager, caller: Caller, id: string): Promise<ActivityRow> {
    if (isUuid(id)) await lockActivity(manager, id);
    const [current] = await this.queries.findVisible(caller, [id], manager);
    if (!current) throw new ActivityError(ActivityErrorCode.NOT_FOUND, {}, 'id');
    return current;
  }
}
