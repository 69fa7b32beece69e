import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';

/** Who was told in a transaction: announced once it commits (ActivityNotifier.announce). */
export interface Notified {
  told: { userId: string; notificationId: string }[];
  mails: number;
}

export const NOTHING_NOTIFIED: Notified = { told: [], mails: 0 };

export function mergeNotified(...all: Notified[]): Notified {
  return { told: all.flatMap((n) => n.told), mails: all.reduce((sum, n) => sum + n.mails, 0) };
}

/**
 * What the activity workflow tells people, inside its transaction, and announces once it commits. The notification
 * module provides it (its NotificationService); the activity module knows only this face, so it does not import the
 * notification module, which reads activities.
 */
export abstract class ActivityNotifier {
  /** An activity's status changed (SUBMIT, RETURN, REOPEN, VERIFY) or agencies were invited to it (`invited`). */
  abstract activityChanged(manager: EntityManager, caller: Caller, activityId: string, change: { action?: string; reason?: string; invited?: readonly string[] }): Promise<Notified>;
  abstract imported(manager: EntityManager, caller: Caller, activityIds: readonly string[]): Promise<Notified>;
  abstract invitationAnswered(manager: EntityManager, caller: Caller, activityId: string, accepted: boolean): Promise<Notified>;
  abstract followUpAssigned(manager: EntityManager, caller: Caller, followUpId: string): Promise<Notified>;
  abstract announce(notified: Notified): void;
}
