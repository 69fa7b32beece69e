import {
  DEFAULT_NOTIFICATION_DELIVERY,
  LOCKED_NOTIFICATION_KINDS,
  NOTIFICATION_KINDS,
  NotificationDelivery,
  NotificationKind,
  type NotificationParams,
  Role,
  effectiveDelivery,
} from '@jangkau/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEmitter } from 'node:events';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { immediateMail, notificationPath } from '../../common/mail-content';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { ActivityNotifier, mergeNotified, NOTHING_NOTIFIED, type Notified } from '../activity/activity-notifier';
import { type AuditContext, AuditService } from '../audit/audit.service';
import { NotificationEvents } from './notification-events';
import { NotificationError, NotificationErrorCode } from './notification.errors';
import {
  acceptedPartners,
  activePeople,
  activityFacts,
  agencyShortName,
  followUpFacts,
  insertNotifications,
  invitationCounts,
  markNotificationsRead,
  notificationCounts,
  notificationPage,
  preferenceRows,
  readableNotifications,
  upsertPreference,
  type NotificationRow,
} from './notification.repository';

export type { NotificationRow } from './notification.repository';

/** Something to tell: what happened, to whom, about what. */
export interface NotifyEvent {
  kind: NotificationKind;
  /** User ids; inactive people and the actor are left out. */
  recipients: readonly string[];
  activityId?: string | null;
  followUpId?: string | null;
  /** The agency a notification about no activity concerns (TARGET_BEHIND). */
  agencyId?: string | null;
  params: NotificationParams;
  /** A scheduled reminder's occasion: told once per person and key. */
  dedupeKey?: string | null;
  /** Whoever caused it is not told of their own act. */
  actorId?: string | null;
}

/** The roles told of an agency's own work: those who record it and those who verify it. */
const WORKERS = [Role.HEAD, Role.OFFICER];
/** Those who act on a follow-up the agency is responsible for (a village's own staff included). */
const FOLLOWERS = [Role.HEAD, Role.OFFICER, Role.LOCAL];

/**
 * Records notifications (the bell) and queues their e-mails, inside the transaction of the change they tell of.
 * What a person may read is decided when they read it: the activity's visibility, and for a target the agency's
 * head. Live delivery (the bell's count) is announced after commit through NotificationEvents (Redis across
 * instances, as coverage changes are); the mail worker picks up the queued e-mails (mail-worker.ts).
 */
@Injectable()
export class NotificationService implements ActivityNotifier {
  /** The local mail worker listens: a message was queued and committed, no need to wait for the next poll. */
  readonly mailQueued = new EventEmitter().setMaxListeners(0);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: NotificationEvents,
    private readonly audit: AuditService,
  ) {}

  // ── Recording (inside the caller's transaction) ───────────────────────────────────────────────────────────

  async record(manager: EntityManager, event: NotifyEvent): Promise<Notified> {
    const recipients = [...new Set(event.recipients)].filter((id) => id !== event.actorId && isUuid(id));
    if (!recipients.length) return NOTHING_NOTIFIED;
    const path = notificationPath({ activityId: event.activityId ?? null, kind: event.kind });
    const mail = immediateMail({ kind: event.kind, params: event.params, path }, this.config.publicUrl);
    const rows = await insertNotifications(manager, {
      recipients,
      kind: event.kind,
      activityId: event.activityId ?? null,
      followUpId: event.followUpId ?? null,
      agencyId: event.agencyId ?? null,
      params: event.params,
      dedupeKey: event.dedupeKey ?? null,
      locked: LOCKED_NOTIFICATION_KINDS.includes(event.kind),
      defaultDelivery: DEFAULT_NOTIFICATION_DELIVERY[event.kind],
      mail,
    });
    return { told: rows.map((r) => ({ userId: r.userId, notificationId: r.id })), mails: rows.filter((r) => r.mailed).length };
  }

  /** After commit: open bells refetch, and this instance's mail worker looks at once. */
  announce(notified: Notified): void {
    for (const told of notified.told) this.events.publish(told);
    if (notified.mails > 0) this.mailQueued.emit('queued');
  }

  /** Active people of these agencies (active ones) holding one of the roles. */
  async people(manager: EntityManager, agencyIds: readonly (string | null | undefined)[], roles: readonly Role[]): Promise<string[]> {
    const ids = agencyIds.filter((id): id is string => Boolean(id) && isUuid(id!));
    if (!ids.length) return [];
    return activePeople(manager, ids, roles);
  }

  // ── What each change tells (called by the activity and confirmation services, in their transaction) ──────

  private async activityFacts(manager: EntityManager, activityId: string) {
    return activityFacts(manager, activityId);
  }

  /**
   * An activity's status changed (SUBMIT, RETURN, REOPEN, VERIFY) or agencies were invited to it (`invited`).
   * Returns who was told, to announce after commit.
   */
  async activityChanged(manager: EntityManager, caller: Caller, activityId: string, change: { action?: string; reason?: string; invited?: readonly string[] }): Promise<Notified> {
    const a = await this.activityFacts(manager, activityId);
    if (!a) return NOTHING_NOTIFIED;
    const base = { activityId, actorId: caller.userId };
    const subject = a.title;
    const submitter = a.submittedBy ?? a.createdBy;
    const told: Notified[] = [];
    switch (change.action) {
      case 'SUBMIT':
        told.push(
          await this.record(manager, {
            ...base,
            kind: NotificationKind.ACTIVITY_SUBMITTED,
            recipients: await this.people(manager, [a.leadAgencyId], [Role.HEAD]),
            params: { subject, actor: caller.fullName },
          }),
        );
        break;
      case 'RETURN':
      case 'REOPEN':
        told.push(
          await this.record(manager, {
            ...base,
            kind: change.action === 'RETURN' ? NotificationKind.ACTIVITY_RETURNED : NotificationKind.ACTIVITY_REOPENED,
            recipients: [submitter],
            params: { subject, actor: caller.fullName, reason: change.reason },
          }),
        );
        break;
      case 'VERIFY': {
        const partners = await acceptedPartners(manager, activityId);
        told.push(
          await this.record(manager, {
            ...base,
            kind: NotificationKind.ACTIVITY_VERIFIED,
            recipients: [submitter, ...(await this.people(manager, partners, WORKERS))],
            params: { subject, actor: caller.fullName },
          }),
        );
        break;
      }
    }
    if (change.invited?.length) {
      told.push(
        await this.record(manager, {
          ...base,
          kind: NotificationKind.INVITATION_RECEIVED,
          recipients: await this.people(manager, change.invited, WORKERS),
          params: { subject, actor: caller.fullName, agency: a.leadName },
        }),
      );
    }
    return mergeNotified(...told);
  }

  /**
   * A bulk import submitted `activityIds` (inviting the agencies each names): the lead agency's heads are told once
   * of the whole import, and each invited agency once of the activities it was invited to, never once per row.
   */
  async imported(manager: EntityManager, caller: Caller, activityIds: readonly string[]): Promise<Notified> {
    if (!activityIds.length) return NOTHING_NOTIFIED;
    const leadName = await agencyShortName(manager, caller.agencyId);
    const told: Notified[] = [
      await this.record(manager, {
        kind: NotificationKind.ACTIVITY_SUBMITTED,
        actorId: caller.userId,
        recipients: await this.people(manager, [caller.agencyId], [Role.HEAD]),
        params: { count: activityIds.length, actor: caller.fullName },
      }),
    ];
    const invited = await invitationCounts(manager, activityIds);
    for (const { agencyId, count } of invited) {
      told.push(
        await this.record(manager, {
          kind: NotificationKind.INVITATION_RECEIVED,
          actorId: caller.userId,
          recipients: await this.people(manager, [agencyId], WORKERS),
          params: { count, actor: caller.fullName, agency: leadName },
        }),
      );
    }
    return mergeNotified(...told);
  }

  /** An invited agency answered: the lead agency's heads and the activity's creator hear of it. */
  async invitationAnswered(manager: EntityManager, caller: Caller, activityId: string, accepted: boolean): Promise<Notified> {
    const a = await this.activityFacts(manager, activityId);
    if (!a) return NOTHING_NOTIFIED;
    const agencyName = await agencyShortName(manager, caller.agencyId);
    return this.record(manager, {
      kind: NotificationKind.INVITATION_ANSWERED,
      activityId,
      actorId: caller.userId,
      recipients: [...(await this.people(manager, [a.leadAgencyId], [Role.HEAD])), a.createdBy],
      params: { subject: a.title, actor: caller.fullName, agency: agencyName, answer: accepted ? 'ACCEPTED' : 'DECLINED' },
    });
  }

  /** A follow-up was given to an agency (added, or moved to another agency). */
  async followUpAssigned(manager: EntityManager, caller: Caller, followUpId: string): Promise<Notified> {
    const f = await followUpFacts(manager, followUpId);
    if (!f) return NOTHING_NOTIFIED;
    return this.record(manager, {
      kind: NotificationKind.FOLLOW_UP_ASSIGNED,
      activityId: f.activityId,
      followUpId,
      actorId: caller.userId,
      recipients: await this.people(manager, [f.agencyId], FOLLOWERS),
      params: { subject: f.text, agency: f.agencyName, dueOn: f.dueOn ?? undefined, actor: caller.fullName },
    });
  }

  /** A village government disputed a village's reach: the lead agency's heads and the activity's creator. */
  async reachDisputed(manager: EntityManager, caller: Caller, activityId: string, note: string): Promise<Notified> {
    const a = await this.activityFacts(manager, activityId);
    if (!a) return NOTHING_NOTIFIED;
    const agencyName = await agencyShortName(manager, caller.agencyId);
    return this.record(manager, {
      kind: NotificationKind.ATTENDANCE_DISPUTED,
      activityId,
      actorId: caller.userId,
      recipients: [...(await this.people(manager, [a.leadAgencyId], [Role.HEAD])), a.createdBy],
      params: { subject: a.title, agency: agencyName, reason: note, actor: caller.fullName },
    });
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────────────────────

  async list(
    caller: Caller,
    options: { unreadOnly: boolean; first: number; kinds: NotificationKind[] | null },
  ): Promise<{ unreadCount: number; totalCount: number; nodes: NotificationRow[] }> {
    const first = Math.min(Math.max(options.first, 0), 100);
    const kinds = options.kinds?.filter((k) => NOTIFICATION_KINDS.includes(k)) ?? null;
    const counts = await notificationCounts(this.dataSource, caller, kinds);
    const nodes = first ? await notificationPage(this.dataSource, caller, { kinds, unreadOnly: options.unreadOnly, limit: first }) : [];
    return { unreadCount: counts.unread, totalCount: counts.total, nodes };
  }

  /** One notification the caller may read, or null (for the live subscription's payload). */
  async one(caller: Caller, id: string): Promise<NotificationRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await readableNotifications(this.dataSource, caller, [id]);
    return row ?? null;
  }

  /** Of these notifications, those the caller may still read, oldest first (the digest's entries). */
  async readableAmong(caller: Caller, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<NotificationRow[]> {
    if (!ids.length) return [];
    return readableNotifications(manager, caller, ids);
  }

  /** Marks the caller's own notifications read (all of them without ids); returns how many changed. */
  async markRead(caller: Caller, ids: string[] | null): Promise<number> {
    if (ids && ids.length > 500) throw new NotificationError(NotificationErrorCode.TOO_MANY_IDS, { max: 500 }, 'ids');
    if (ids && ids.some((id) => !isUuid(id))) throw new NotificationError(NotificationErrorCode.ID_INVALID, {}, 'ids');
    return markNotificationsRead(this.dataSource, caller, ids);
  }

  // ── Preferences ───────────────────────────────────────────────────────────────────────────────────────────

  async preferences(caller: Caller): Promise<{ kind: NotificationKind; delivery: NotificationDelivery; locked: boolean; isDefault: boolean }[]> {
    const rows = await preferenceRows(this.dataSource, caller.userId);
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      delivery: effectiveDelivery(kind, chosen.get(kind)),
      locked: LOCKED_NOTIFICATION_KINDS.includes(kind),
      isDefault: !chosen.has(kind),
    }));
  }

  /** Sets the caller's choices; audited (a person who stopped being told is a change someone may need to trace). */
  async setPreferences(context: AuditContext & { caller: Caller }, changes: { kind: NotificationKind; delivery: NotificationDelivery }[]) {
    const { caller } = context;
    if (changes.length > NOTIFICATION_KINDS.length * 2) throw new NotificationError(NotificationErrorCode.TOO_MANY_IDS, { max: NOTIFICATION_KINDS.length }, 'preferences');
    for (const change of changes) {
      if (!NOTIFICATION_KINDS.includes(change.kind)) throw new NotificationError(NotificationErrorCode.KIND_INVALID, {}, 'kind');
      if (LOCKED_NOTIFICATION_KINDS.includes(change.kind) && change.delivery !== NotificationDelivery.IMMEDIATE) {
        throw new NotificationError(NotificationErrorCode.ALWAYS_IMMEDIATE, { kind: change.kind }, 'delivery');
      }
    }
    await this.dataSource.transaction(async (manager) => {
      const before = Object.fromEntries((await this.preferences(caller)).map((p) => [`notify:${p.kind}`, p.delivery]));
      for (const change of changes) {
        await upsertPreference(manager, caller.userId, change.kind, change.delivery);
      }
      const after = { ...before, ...Object.fromEntries(changes.map((c) => [`notify:${c.kind}`, c.delivery])) };
      await this.audit.record(manager, context, { entity: 'User', entityId: caller.userId, subjectAgencyId: caller.agencyId, before, after });
    });
    return this.preferences(caller);
  }
}
