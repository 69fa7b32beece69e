import { ActivityAction, ActivityStatus, allowedActivityActions, CoOrganiserStatus, Permission } from '@jangkau/shared-domain';
import type { Caller } from '../../common/access/caller';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import type { ActivityRow } from './activity.rows';

/*
 * Who may do what to an activity, from facts already read: pure, so the resolvers (allowedActions), the evidence
 * and follow-up services and the workflow ask the same rules (allowedActivityActions, shared with the web app).
 */

/**
 * Separation of duties, from the facts: `userId` made or submitted the activity, and another active head of the
 * lead agency exists, who verifies it instead.
 */
export function ownWorkWithAnotherHead(userId: string, activity: Pick<ActivityRow, 'createdById' | 'submittedById'>, heads: { id: string }[]): boolean {
  const own = activity.createdById === userId || activity.submittedById === userId;
  return own && heads.some((h) => h.id !== userId);
}

/**
 * Who will verify: the lead agency's active heads, less those separation of duties keeps from it. Empty when
 * nobody can (no active head): the submitter is warned.
 */
export function verifiersOf(activity: Pick<ActivityRow, 'createdById' | 'submittedById'>, heads: { id: string; fullName: string }[]): string[] {
  return heads.filter((h) => !ownWorkWithAnotherHead(h.id, activity, heads)).map((h) => h.fullName);
}

/** What the caller may do to the activity now; the mutations enforce exactly this (assertAllowed). */
export function actionsFor(
  caller: Caller,
  activity: Pick<ActivityRow, 'status' | 'leadAgencyId' | 'startsAt'>,
  invitation: CoOrganiserStatus | null,
  now = new Date(),
  ownWork = false,
): ActivityAction[] {
  return allowedActivityActions({
    ownWorkWithAnotherHead: ownWork,
    status: activity.status,
    relation: activity.leadAgencyId === caller.agencyId ? 'LEAD' : invitation ? 'CO_ORGANISER' : 'NONE',
    coOrganiserStatus: invitation,
    canWrite: caller.permissions.includes(Permission.ACTIVITY_WRITE),
    canVerify: caller.permissions.includes(Permission.ACTIVITY_VERIFY),
    startsInFuture: new Date(activity.startsAt) > now,
  });
}

/** Refuses with the most useful reason: the state is wrong (CONFLICT), or this person never may (FORBIDDEN). */
export function assertAllowed(caller: Caller, current: ActivityRow, invitation: CoOrganiserStatus | null, action: ActivityAction): void {
  if (actionsFor(caller, current, invitation).includes(action)) return;
  const future = new Date(current.startsAt) > new Date();
  if (future && actionsFor(caller, { ...current, startsAt: new Date(0) }, invitation).includes(action)) {
    throw new ActivityError(ActivityErrorCode.NOT_HELD_YET, {}, 'id');
  }
  const inAnotherState = Object.values(ActivityStatus).some((status) => actionsFor(caller, { ...current, status, startsAt: new Date(0) }, invitation ?? null).includes(action));
  const acceptedWouldDo = invitation && actionsFor(caller, current, CoOrganiserStatus.ACCEPTED).includes(action);
  if (inAnotherState || acceptedWouldDo) throw new ActivityError(ActivityErrorCode.WRONG_STATUS, { status: current.status, action }, 'id');
  throw new ActivityError(ActivityErrorCode.NOT_PERMITTED, { action }, 'id');
}
