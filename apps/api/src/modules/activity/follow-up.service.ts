import { ACTIVITY_LIMITS, FollowUpStatus, isCalendarDate, Permission } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { ActivityChanges } from './activity-changes.service';
import { ActivityDetails } from './activity-details.service';
import { ActivityNotifier, NOTHING_NOTIFIED } from './activity-notifier';
import { ActivityQueries } from './activity-queries.service';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import { type ActivityContext, toDateString } from './activity.rows';
import { assertAllowed } from './activity.rules';
import { FollowUpInput } from './dto/activity.input';
import { followUpById, insertFollowUp, lockFollowUp, updateFollowUp, visibleAgencyId } from './follow-up.repository';

/** What happens after an activity: the lead agency agrees it, the responsible agency moves its status. */
@Injectable()
export class FollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: ActivityNotifier,
    private readonly changes: ActivityChanges,
    private readonly queries: ActivityQueries,
    private readonly details: ActivityDetails,
  ) {}

  async addFollowUp(context: ActivityContext, activityId: string, input: FollowUpInput) {
    const { caller } = context;
    let notified = NOTHING_NOTIFIED;
    const followUp = await this.dataSource.transaction(async (manager) => {
      const current = await this.changes.lockVisible(manager, caller, activityId);
      assertAllowed(caller, current, await this.details.invitationOf(manager, caller, activityId), 'ADD_FOLLOW_UP');
      const values = await this.validateFollowUp(manager, caller, input);
      const id = await insertFollowUp(manager, activityId, values);
      await this.audit.record(manager, context, { entity: 'FollowUp', entityId: id, subjectAgencyId: current.leadAgencyId, before: null, after: { activityId, ...values } });
      notified = await this.notifications.followUpAssigned(manager, caller, id);
      return this.followUpIn(manager, id);
    });
    this.notifications.announce(notified);
    return followUp;
  }

  /**
   * The lead agency edits a follow-up; the responsible agency (a kecamatan, a desa…) may move its status only.
   */
  async updateFollowUp(context: ActivityContext, id: string, version: number, input: FollowUpInput) {
    const { caller } = context;
    let notified = NOTHING_NOTIFIED;
    const followUp = await this.dataSource.transaction(async (manager) => {
      const row = isUuid(id) ? await lockFollowUp(manager, id) : undefined;
      const [activity] = row ? await this.queries.findVisible(caller, [row.activity_id], manager) : [];
      if (!row || !activity) throw new ActivityError(ActivityErrorCode.FOLLOW_UP_NOT_FOUND, {}, 'id');
      const isLead = activity.leadAgencyId === caller.agencyId && caller.permissions.includes(Permission.ACTIVITY_WRITE);
      const isResponsible = row.responsible_agency_id === caller.agencyId && caller.permissions.includes(Permission.FOLLOW_UP_UPDATE);
      if (!isLead && !isResponsible) throw new ActivityError(ActivityErrorCode.NOT_PERMITTED, { action: 'ADD_FOLLOW_UP' }, 'id');
      const before = { text: row.text, responsibleAgencyId: row.responsible_agency_id, dueOn: row.due_on ? toDateString(row.due_on) : null, status: row.status };
      const values = isLead ? await this.validateFollowUp(manager, caller, input) : { ...before, status: input.status ?? before.status };
      if (!(await updateFollowUp(manager, id, version, values))) throw new ActivityError(ActivityErrorCode.FOLLOW_UP_VERSION_CONFLICT, await lastChange(manager, 'FollowUp', id), 'version');
      await this.audit.record(manager, context, { entity: 'FollowUp', entityId: id, subjectAgencyId: activity.leadAgencyId, before, after: values });
      // Handed to another agency: that agency is told.
      if (values.responsibleAgencyId !== before.responsibleAgencyId) notified = await this.notifications.followUpAssigned(manager, caller, id);
      return this.followUpIn(manager, id);
    });
    this.notifications.announce(notified);
    return followUp;
  }

  private async followUpIn(manager: EntityManager, id: string) {
    return followUpById(manager, id);
  }

  private async validateFollowUp(manager: EntityManager, caller: Caller, input: FollowUpInput) {
    const text = input.text?.trim() ?? '';
    if (!text || text.length > ACTIVITY_LIMITS.followUpTextMax) throw new ActivityError(ActivityErrorCode.FOLLOW_UP_TEXT_INVALID, { max: ACTIVITY_LIMITS.followUpTextMax }, 'text');
    const dueOn = input.dueOn?.trim() || null;
    if (dueOn && !isCalendarDate(dueOn)) {
      throw new ActivityError(ActivityErrorCode.FOLLOW_UP_DUE_INVALID, {}, 'dueOn');
    }
    const agencyId = await visibleAgencyId(manager, caller, isUuid(input.responsibleAgencyId) ? input.responsibleAgencyId : null);
    if (!agencyId) throw new ActivityError(ActivityErrorCode.AGENCY_NOT_FOUND, {}, 'responsibleAgencyId');
    return { text, responsibleAgencyId: agencyId, dueOn, status: input.status ?? FollowUpStatus.OPEN };
  }
}
