import { ACTIVITY_LIMITS, ActivityStatus, CoOrganiserStatus } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../../common/uuid';
import { AuditService } from '../audit/audit.service';
import { ActivityChanges } from './activity-changes.service';
import { ActivityDetails } from './activity-details.service';
import { ActivityNotifier, NOTHING_NOTIFIED } from './activity-notifier';
import { ActivityQueries } from './activity-queries.service';
import { assertNoContributions } from './activity-writer.service';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import { answerInvitation, inviteAgain, lockActivity, lockInvitation, markHeld, markReturned, markSubmitted, markVerified, reachCodesOf } from './activity.repository';
import type { ActivityContext, ActivityRow } from './activity.rows';
import { assertAllowed, ownWorkWithAnotherHead } from './activity.rules';
import { CoverageEvents } from './rollups/coverage-events';
import { CoverageMaintenance } from './rollups/coverage-maintenance';

/**
 * An activity's way through the workflow: planned → held (draft) → submitted → verified, returned or reopened with
 * a reason, and its co-organisers' invitations. Verifying and reopening move coverage in the same transaction
 * (CoverageMaintenance) and announce it to open dashboards after the commit (CoverageEvents).
 */
@Injectable()
export class ActivityWorkflow {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: ActivityNotifier,
    private readonly changes: ActivityChanges,
    private readonly queries: ActivityQueries,
    private readonly details: ActivityDetails,
    private readonly coverage: CoverageMaintenance,
    private readonly coverageEvents: CoverageEvents,
  ) {}

  async markHeld(context: ActivityContext, id: string, version: number): Promise<ActivityRow> {
    return this.changes.apply(context, id, version, 'MARK_HELD', async (manager) => {
      await markHeld(manager, id);
      return { before: { status: ActivityStatus.PLANNED }, after: { status: ActivityStatus.DRAFT } };
    });
  }

  async submit(context: ActivityContext, id: string, version: number): Promise<ActivityRow> {
    return this.changes.apply(context, id, version, 'SUBMIT', async (manager, current) => {
      await markSubmitted(manager, id, context.caller.userId);
      return { before: { status: current.status }, after: { status: ActivityStatus.SUBMITTED } };
    });
  }

  /**
   * Verifying counts the activity in coverage in the same transaction (CoverageMaintenance; coverage-maintenance.ts
   * says why). Separation of duties: whoever created or submitted it leaves verifying to another active head of
   * the agency; a head who is alone may verify their own work, and the activity and its audit entry say so.
   */
  async verify(context: ActivityContext, id: string, version: number): Promise<ActivityRow> {
    const { caller } = context;
    const row = await this.changes.apply(context, id, version, 'VERIFY', async (manager, current) => {
      // Heads are read inside the transaction: one deactivated a moment ago no longer counts as "another head".
      const heads = (await this.details.activeHeadsOf([current.leadAgencyId], manager)).get(current.leadAgencyId) ?? [];
      if (ownWorkWithAnotherHead(caller.userId, current, heads)) throw new ActivityError(ActivityErrorCode.OWN_WORK_VERIFICATION, {}, 'id');
      const selfVerified = current.createdById === caller.userId || current.submittedById === caller.userId;
      await markVerified(manager, id, caller.userId, selfVerified);
      await this.coverage.applyChange(manager, id, 'ADD');
      return { before: { status: current.status }, after: { status: ActivityStatus.VERIFIED, ...(selfVerified ? { selfVerified: true } : {}) } };
    });
    await this.announceCoverageChange(id, 'VERIFIED');
    return row;
  }

  /** After commit: open dashboards over the activity's regions refetch. */
  private async announceCoverageChange(id: string, kind: 'VERIFIED' | 'REOPENED'): Promise<void> {
    // The change is committed: a failure to announce it must not turn the answer into an error (open dashboards
    // then show it at their next load instead of at once).
    try {
      const reachCodes = await reachCodesOf(this.dataSource, id);
      if (reachCodes) this.coverageEvents.publish({ activityId: id, kind, reachCodes, at: new Date().toISOString() });
    } catch {
      // nothing more to do: the figures themselves are already right
    }
  }

  /** Return a submission, or reopen a verified activity: back to the submitter as RETURNED, with the reason. */
  async sendBack(context: ActivityContext, id: string, version: number, reasonInput: string, action: 'RETURN' | 'REOPEN'): Promise<ActivityRow> {
    const reason = reasonInput?.trim() ?? '';
    if (reason.length < ACTIVITY_LIMITS.reasonMin || reason.length > ACTIVITY_LIMITS.reasonMax) {
      throw new ActivityError(ActivityErrorCode.REASON_INVALID, { min: ACTIVITY_LIMITS.reasonMin, max: ACTIVITY_LIMITS.reasonMax }, 'reason');
    }
    const row = await this.changes.apply(context, id, version, action, async (manager, current) => {
      await markReturned(manager, id, reason);
      if (current.status === ActivityStatus.VERIFIED) await this.coverage.applyChange(manager, id, 'REMOVE');
      return { before: { status: current.status }, after: { status: ActivityStatus.RETURNED, returnReason: reason }, notify: { reason } };
    });
    if (action === 'REOPEN') await this.announceCoverageChange(id, 'REOPENED');
    return row;
  }

  /**
   * A co-organiser accepts or declines (and may change an accepted answer until the activity is verified). A
   * decline is final: joining again takes a new invitation (inviteAgain).
   */
  async answerInvitation(context: ActivityContext, id: string, accept: boolean): Promise<ActivityRow | null> {
    const { caller } = context;
    let notified = NOTHING_NOTIFIED;
    const row = await this.dataSource.transaction(async (manager) => {
      if (isUuid(id)) await lockActivity(manager, id);
      // Before visibility: the declined agency no longer sees a draft, but it knows the activity and is told why.
      const invitation = await this.details.invitationOf(manager, caller, id);
      if (invitation === CoOrganiserStatus.DECLINED) throw new ActivityError(ActivityErrorCode.INVITATION_DECLINED, {}, 'id');
      const current = await this.changes.lockVisible(manager, caller, id);
      if (!invitation) throw new ActivityError(ActivityErrorCode.NOT_INVITED, {}, 'id');
      assertAllowed(caller, current, invitation, 'ANSWER_INVITATION');
      const status = accept ? CoOrganiserStatus.ACCEPTED : CoOrganiserStatus.DECLINED;
      if (!accept) await assertNoContributions(manager, id, [caller.agencyId]);
      await answerInvitation(manager, id, caller.agencyId, status);
      await this.audit.record(manager, context, {
        entity: 'Activity',
        entityId: id,
        subjectAgencyId: current.leadAgencyId,
        before: { [`coOrganiser:${caller.agencyId}`]: invitation },
        after: { [`coOrganiser:${caller.agencyId}`]: status },
      });
      notified = await this.notifications.invitationAnswered(manager, caller, id, accept);
      return (await this.queries.findVisible(caller, [id], manager))[0] ?? null;
    });
    this.notifications.announce(notified);
    return row;
  }

  /** The lead invites again an agency that declined: it is INVITED once more and sees the activity again. */
  async inviteAgain(context: ActivityContext, id: string, version: number, agencyId: string): Promise<ActivityRow> {
    return this.changes.apply(context, id, version, 'INVITE', async (manager) => {
      const status = isUuid(agencyId) ? await lockInvitation(manager, id, agencyId) : undefined;
      if (status !== CoOrganiserStatus.DECLINED) throw new ActivityError(ActivityErrorCode.NOT_DECLINED, {}, 'agencyId');
      await inviteAgain(manager, id, agencyId);
      return {
        before: { [`coOrganiser:${agencyId}`]: CoOrganiserStatus.DECLINED },
        after: { [`coOrganiser:${agencyId}`]: CoOrganiserStatus.INVITED },
        notify: { invited: [agencyId] },
      };
    });
  }
}
