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
import { activityVisible } from '../../common/access/scoped-sql';
import { immediateMail, notificationPath } from '../../common/mail-content';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { ActivityNotifier, mergeNotified, NOTHING_NOTIFIED, type Notified } from '../activity/activity-notifier';
import { type AuditContext, AuditService } from '../audit/audit.service';
import { NotificationEvents } from './notification-events';
import { NotificationError, NotificationErrorCode } from './notification.errors';

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


export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  activityId: string | null;
  followUpId: string | null;
  params: NotificationParams;
  createdAt: Date;
  readAt: Date | null;
}

/** The roles told of an agency's own work: those who record it and those who verify it. */
const WORKERS = [Role.HEAD, Role.OFFICER];
/** Those who act on a follow-up the agency is responsible for (a village's own staff included). */
const FOLLOWERS = [Role.HEAD, Role.OFFICER, Role.LOCAL];

const COLUMNS = `n.id, n.kind, n.activity_id AS "activityId", n.follow_up_id AS "followUpId", n.params, n.created_at AS "createdAt", n.read_at AS "readAt"`;

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
    const rows: { userId: string; id: string; mailed: boolean }[] = await manager.query(
      `WITH told AS (
         INSERT INTO notifications (user_id, kind, activity_id, follow_up_id, agency_id, params, dedupe_key, delivery)
         SELECT u.id, $2::notification_kind, $3::uuid, $4::uuid, $5::uuid, $6::jsonb, $7,
           CASE WHEN $8 THEN 'IMMEDIATE'::notification_delivery ELSE coalesce(p.delivery, $9::notification_delivery) END
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2::notification_kind
         WHERE u.id = ANY($1::uuid[]) AND u.active
         ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
         RETURNING id, user_id, delivery
       ), mailed AS (
         INSERT INTO mail_outbox (dedupe_key, user_id, kind, activity_id, to_address, subject, text_body, html_body)
         SELECT 'n:' || told.id, told.user_id, 'IMMEDIATE', $3::uuid, u.email, $10, $11, $12
         FROM told JOIN users u ON u.id = told.user_id
         WHERE told.delivery = 'IMMEDIATE' AND coalesce(u.email, '') <> ''
         RETURNING user_id
       )
       SELECT told.id, told.user_id AS "userId", EXISTS (SELECT 1 FROM mailed WHERE mailed.user_id = told.user_id) AS mailed FROM told`,
      [
        recipients,
        event.kind,
        event.activityId ?? null,
        event.followUpId ?? null,
        event.agencyId ?? null,
        JSON.stringify(event.params),
        event.dedupeKey ?? null,
        LOCKED_NOTIFICATION_KINDS.includes(event.kind),
        DEFAULT_NOTIFICATION_DELIVERY[event.kind],
        mail.subject,
        mail.text,
        mail.html,
      ],
    );
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
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.agency_id = ANY($1::uuid[]) AND u.active AND a.active AND u.role::text = ANY($2::text[])`,
      [ids, roles],
    );
    return rows.map((r) => r.id);
  }

  // ── What each change tells (called by the activity and confirmation services, in their transaction) ──────

  private async activityFacts(manager: EntityManager, activityId: string) {
    const [row] = await manager.query(
      `SELECT a.title, a.lead_agency_id AS "leadAgencyId", g.short_name AS "leadName", a.created_by AS "createdBy", a.submitted_by AS "submittedBy"
       FROM activities a JOIN agencies g ON g.id = a.lead_agency_id WHERE a.id = $1`,
      [activityId],
    );
    return row as { title: string; leadAgencyId: string; leadName: string; createdBy: string; submittedBy: string | null } | undefined;
  }

  /**
   * An activity's status changed (SUBMIT, RETURN, REOPEN, VERIFY) or agencies were invited to it (`invited`).
   * Returns who was told, to announce after commit.
   */
  async activityChanged(
    manager: EntityManager,
    caller: Caller,
    activityId: string,
    change: { action?: string; reason?: string; invited?: readonly string[] },
  ): Promise<Notified> {
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
        const partners: { id: string }[] = await manager.query(`SELECT agency_id AS id FROM activity_agencies WHERE activity_id = $1 AND status = 'ACCEPTED'`, [activityId]);
        told.push(
          await this.record(manager, {
            ...base,
            kind: NotificationKind.ACTIVITY_VERIFIED,
            recipients: [submitter, ...(await this.people(manager, partners.map((p) => p.id), WORKERS))],
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
    const [lead] = await manager.query(`SELECT short_name AS name FROM agencies WHERE id = $1`, [caller.agencyId]);
    const told: Notified[] = [
      await this.record(manager, {
        kind: NotificationKind.ACTIVITY_SUBMITTED,
        actorId: caller.userId,
        recipients: await this.people(manager, [caller.agencyId], [Role.HEAD]),
        params: { count: activityIds.length, actor: caller.fullName },
      }),
    ];
    const invited: { agencyId: string; count: number }[] = await manager.query(
      `SELECT agency_id AS "agencyId", count(*)::int AS count FROM activity_agencies WHERE activity_id = ANY($1::uuid[]) GROUP BY agency_id`,
      [activityIds],
    );
    for (const { agencyId, count } of invited) {
      told.push(
        await this.record(manager, {
          kind: NotificationKind.INVITATION_RECEIVED,
          actorId: caller.userId,
          recipients: await this.people(manager, [agencyId], WORKERS),
          params: { count, actor: caller.fullName, agency: lead?.name },
        }),
      );
    }
    return mergeNotified(...told);
  }

  /** An invited agency answered: the lead agency's heads and the activity's creator hear of it. */
  async invitationAnswered(manager: EntityManager, caller: Caller, activityId: string, accepted: boolean): Promise<Notified> {
    const a = await this.activityFacts(manager, activityId);
    if (!a) return NOTHING_NOTIFIED;
    const [agency] = await manager.query(`SELECT short_name AS name FROM agencies WHERE id = $1`, [caller.agencyId]);
    return this.record(manager, {
      kind: NotificationKind.INVITATION_ANSWERED,
      activityId,
      actorId: caller.userId,
      recipients: [...(await this.people(manager, [a.leadAgencyId], [Role.HEAD])), a.createdBy],
      params: { subject: a.title, actor: caller.fullName, agency: agency?.name, answer: accepted ? 'ACCEPTED' : 'DECLINED' },
    });
  }

  /** A follow-up was given to an agency (added, or moved to another agency). */
  async followUpAssigned(manager: EntityManager, caller: Caller, followUpId: string): Promise<Notified> {
    const [f] = await manager.query(
      `SELECT f.activity_id AS "activityId", f.text, f.due_on::text AS "dueOn", f.responsible_agency_id AS "agencyId", g.short_name AS "agencyName"
       FROM activity_follow_ups f JOIN agencies g ON g.id = f.responsible_agency_id WHERE f.id = $1`,
      [followUpId],
    );
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
    const [agency] = await manager.query(`SELECT short_name AS name FROM agencies WHERE id = $1`, [caller.agencyId]);
    return this.record(manager, {
      kind: NotificationKind.ATTENDANCE_DISPUTED,
      activityId,
      actorId: caller.userId,
      recipients: [...(await this.people(manager, [a.leadAgencyId], [Role.HEAD])), a.createdBy],
      params: { subject: a.title, agency: agency?.name, reason: note, actor: caller.fullName },
    });
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────────────────────

  /** What the caller may still read of what they were told: the activity visible, a target's agency still theirs to head. */
  private readable(caller: Caller, params: unknown[]): string {
    params.push(caller.userId);
    const me = `$${params.length}::uuid`;
    const visible = activityVisible(caller, 'a', params).sql;
    params.push(caller.role === Role.HEAD ? caller.agencyId : null);
    const headOf = `$${params.length}::uuid`;
    return `n.user_id = ${me}
      AND (n.activity_id IS NULL OR EXISTS (SELECT 1 FROM activities a WHERE a.id = n.activity_id AND ${visible}))
      AND (n.kind <> 'TARGET_BEHIND' OR n.agency_id = ${headOf})`;
  }

  async list(caller: Caller, options: { unreadOnly: boolean; first: number; kinds: NotificationKind[] | null }): Promise<{ unreadCount: number; totalCount: number; nodes: NotificationRow[] }> {
    const first = Math.min(Math.max(options.first, 0), 100);
    const kinds = options.kinds?.filter((k) => NOTIFICATION_KINDS.includes(k)) ?? null;
    const params: unknown[] = [];
    const where = [this.readable(caller, params)];
    if (kinds) {
      params.push(kinds);
      where.push(`n.kind::text = ANY($${params.length}::text[])`);
    }
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread, count(*)::int AS total FROM notifications n WHERE ${where.join(' AND ')}`,
      params,
    );
    if (options.unreadOnly) where.push('n.read_at IS NULL');
    params.push(first);
    const nodes: NotificationRow[] = first
      ? await this.dataSource.query(
          `SELECT ${COLUMNS} FROM notifications n WHERE ${where.join(' AND ')} ORDER BY (n.read_at IS NULL) DESC, n.created_at DESC, n.id DESC LIMIT $${params.length}`,
          params,
        )
      : [];
    return { unreadCount: counts.unread, totalCount: counts.total, nodes };
  }

  /** One notification the caller may read, or null (for the live subscription's payload). */
  async one(caller: Caller, id: string): Promise<NotificationRow | null> {
    if (!isUuid(id)) return null;
    const params: unknown[] = [id];
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM notifications n WHERE n.id = $1 AND ${this.readable(caller, params)}`, params);
    return row ?? null;
  }

  /** Of these notifications, those the caller may still read, oldest first (the digest's entries). */
  async readableAmong(caller: Caller, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<NotificationRow[]> {
    if (!ids.length) return [];
    const params: unknown[] = [ids];
    return manager.query(`SELECT ${COLUMNS} FROM notifications n WHERE n.id = ANY($1::uuid[]) AND ${this.readable(caller, params)} ORDER BY n.created_at, n.id`, params);
  }

  /** Marks the caller's own notifications read (all of them without ids); returns how many changed. */
  async markRead(caller: Caller, ids: string[] | null): Promise<number> {
    if (ids && ids.length > 500) throw new NotificationError(NotificationErrorCode.TOO_MANY_IDS, { max: 500 }, 'ids');
    if (ids && ids.some((id) => !isUuid(id))) throw new NotificationError(NotificationErrorCode.ID_INVALID, {}, 'ids');
    const params: unknown[] = [];
    const where = [this.readable(caller, params), 'n.read_at IS NULL'];
    if (ids) {
      params.push(ids);
      where.push(`n.id = ANY($${params.length}::uuid[])`);
    }
    const [, count] = await this.dataSource.query(`UPDATE notifications n SET read_at = now() WHERE ${where.join(' AND ')}`, params);
    return count;
  }

  // ── Preferences ───────────────────────────────────────────────────────────────────────────────────────────

  async preferences(caller: Caller): Promise<{ kind: NotificationKind; delivery: NotificationDelivery; locked: boolean; isDefault: boolean }[]> {
    const rows: { kind: NotificationKind; delivery: NotificationDelivery }[] = await this.dataSource.query(
      `SELECT kind, delivery FROM notification_preferences WHERE user_id = $1`,
      [caller.userId],
    );
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
        await manager.query(
          `INSERT INTO notification_preferences (user_id, kind, delivery) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
          [caller.userId, change.kind, change.delivery],
        );
      }
      const after = { ...before, ...Object.fromEntries(changes.map((c) => [`notify:${c.kind}`, c.delivery])) };
      await this.audit.record(manager, context, { entity: 'User', entityId: caller.userId, subjectAgencyId: caller.agencyId, before, after });
    });
    return this.preferences(caller);
  }
}
