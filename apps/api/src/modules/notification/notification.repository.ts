import { type NotificationDelivery, type NotificationKind, type NotificationParams, Role } from '@jangkau/shared-domain';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { activityVisible } from '../../common/access/scoped-sql';
import { anyOf, db, onlyRow, scoped } from '../../database/kysely';
import type { OutgoingMailStatus } from './models/notification.model';

/**
 * The notification service's and resolver's SQL: the bell (recording, reading, marking read), preferences, the
 * facts a notice names, and the outgoing mail page. The scheduler's is in notification-schedule.repository.ts, the
 * mail worker's in mail-outbox.repository.ts.
 */

type Source = EntityManager | DataSource;

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  activityId: string | null;
  followUpId: string | null;
  params: NotificationParams;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationInsert {
  recipients: string[];
  kind: NotificationKind;
  activityId: string | null;
  followUpId: string | null;
  agencyId: string | null;
  params: NotificationParams;
  dedupeKey: string | null;
  /** Always told at once, whatever the person chose. */
  locked: boolean;
  defaultDelivery: NotificationDelivery;
  mail: { subject: string; text: string; html: string };
}

/**
 * One notification per active recipient (a dedupe key told once per person), and the e-mail of each told at once
 * with an address, in one statement: clearest as SQL.
 */
export async function insertNotifications(manager: EntityManager, n: NotificationInsert): Promise<Array<{ id: string; userId: string; mailed: boolean }>> {
  const { rows } = await sql<{ id: string; userId: string; mailed: boolean }>`WITH told AS (
      INSERT INTO notifications (user_id, kind, activity_id, follow_up_id, agency_id, params, dedupe_key, delivery)
      SELECT u.id, ${n.kind}::notification_kind, ${n.activityId}::uuid, ${n.followUpId}::uuid, ${n.agencyId}::uuid, ${JSON.stringify(n.params)}::jsonb, ${n.dedupeKey}::text,
        CASE WHEN ${n.locked}::boolean THEN 'IMMEDIATE'::notification_delivery ELSE coalesce(p.delivery, ${n.defaultDelivery}::notification_delivery) END
      FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = ${n.kind}::notification_kind
      WHERE u.id = ANY(${n.recipients}::uuid[]) AND u.active
      ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
      RETURNING id, user_id, delivery
    ), mailed AS (
      INSERT INTO mail_outbox (dedupe_key, user_id, kind, activity_id, to_address, subject, text_body, html_body)
      SELECT 'n:' || told.id, told.user_id, 'IMMEDIATE', ${n.activityId}::uuid, u.email, ${n.mail.subject}::text, ${n.mail.text}::text, ${n.mail.html}::text
      FROM told JOIN users u ON u.id = told.user_id
      WHERE told.delivery = 'IMMEDIATE' AND coalesce(u.email, '') <> ''
      RETURNING user_id
    )
    SELECT told.id, told.user_id AS "userId", EXISTS (SELECT 1 FROM mailed WHERE mailed.user_id = told.user_id) AS mailed FROM told`.execute(db(manager));
  return rows;
}

/** Active people of these active agencies holding one of the roles. */
export async function activePeople(source: Source, agencyIds: readonly string[], roles: readonly Role[]): Promise<string[]> {
  const rows = await db(source)
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select('u.id')
    .where('u.agency_id', '=', anyOf(agencyIds, 'uuid'))
    .where('u.active', '=', true)
    .where('a.active', '=', true)
    .where(sql<string>`u.role::text`, '=', anyOf(roles, 'text'))
    .execute();
  return rows.map((r) => r.id);
}

/** What a notice about an activity names: its title, lead agency, creator and submitter. */
export async function activityFacts(source: Source, activityId: string) {
  return db(source)
    .selectFrom('activities as a')
    .innerJoin('agencies as g', 'g.id', 'a.lead_agency_id')
    .select(['a.title', 'a.lead_agency_id as leadAgencyId', 'g.short_name as leadName', 'a.created_by as createdBy', 'a.submitted_by as submittedBy'])
    .where('a.id', '=', activityId)
    .executeTakeFirst();
}

/** The agencies that accepted an invitation to the activity. */
export async function acceptedPartners(source: Source, activityId: string): Promise<string[]> {
  const rows = await db(source).selectFrom('activity_agencies').select('agency_id as id').where('activity_id', '=', activityId).where('status', '=', 'ACCEPTED').execute();
  return rows.map((r) => r.id);
}

export async function agencyShortName(source: Source, agencyId: string): Promise<string | undefined> {
  const row = await db(source).selectFrom('agencies').select('short_name as name').where('id', '=', agencyId).executeTakeFirst();
  return row?.name;
}

/** Per invited agency, how many of these activities invite it. */
export async function invitationCounts(source: Source, activityIds: readonly string[]): Promise<Array<{ agencyId: string; count: number }>> {
  return db(source)
    .selectFrom('activity_agencies')
    .select(['agency_id as agencyId', sql<number>`count(*)::int`.as('count')])
    .where('activity_id', '=', anyOf(activityIds, 'uuid'))
    .groupBy('agency_id')
    .execute();
}

/** What a notice about a follow-up names. */
export async function followUpFacts(source: Source, followUpId: string) {
  return db(source)
    .selectFrom('activity_follow_ups as f')
    .innerJoin('agencies as g', 'g.id', 'f.responsible_agency_id')
    .select(['f.activity_id as activityId', 'f.text', sql<string | null>`f.due_on::text`.as('dueOn'), 'f.responsible_agency_id as agencyId', 'g.short_name as agencyName'])
    .where('f.id', '=', followUpId)
    .executeTakeFirst();
}

/** What the caller may still read of what they were told: the activity visible, a target's agency still theirs to head. */
function readable(caller: Caller): RawBuilder<SqlBool> {
  const visible = scoped((params) => activityVisible(caller, 'a', params));
  const headOf = caller.role === Role.HEAD ? caller.agencyId : null;
  return sql<SqlBool>`(n.user_id = ${caller.userId}::uuid
    AND (n.activity_id IS NULL OR EXISTS (SELECT 1 FROM activities a WHERE a.id = n.activity_id AND ${visible}))
    AND (n.kind <> 'TARGET_BEHIND' OR n.agency_id = ${headOf}::uuid))`;
}

function notifications(source: Source, caller: Caller) {
  return db(source).selectFrom('notifications as n').where(readable(caller));
}

const COLUMNS = ['n.id', 'n.kind', 'n.activity_id as activityId', 'n.follow_up_id as followUpId', 'n.params', 'n.created_at as createdAt', 'n.read_at as readAt'] as const;

function toRow<R extends { kind: string; params: unknown }>(row: R) {
  return { ...row, kind: row.kind as NotificationKind, params: row.params as NotificationParams };
}

/** The caller's readable notifications (of these kinds): how many unread, how many in all. */
export async function notificationCounts(source: Source, caller: Caller, kinds: readonly NotificationKind[] | null): Promise<{ unread: number; total: number }> {
  let query = notifications(source, caller).select([sql<number>`count(*) FILTER (WHERE n.read_at IS NULL)::int`.as('unread'), sql<number>`count(*)::int`.as('total')]);
  if (kinds) query = query.where(sql<string>`n.kind::text`, '=', anyOf(kinds, 'text'));
  return query.executeTakeFirstOrThrow();
}

/** The caller's readable notifications, unread first, newest first. */
export async function notificationPage(
  source: Source,
  caller: Caller,
  options: { kinds: readonly NotificationKind[] | null; unreadOnly: boolean; limit: number },
): Promise<NotificationRow[]> {
  let query = notifications(source, caller).select([...COLUMNS]);
  if (options.kinds) query = query.where(sql<string>`n.kind::text`, '=', anyOf(options.kinds, 'text'));
  if (options.unreadOnly) query = query.where('n.read_at', 'is', null);
  const rows = await query
    .orderBy(sql`(n.read_at IS NULL)`, 'desc')
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map(toRow);
}

/** Of these notifications, those the caller may read, oldest first. */
export async function readableNotifications(source: Source, caller: Caller, ids: readonly string[]): Promise<NotificationRow[]> {
  const rows = await notifications(source, caller)
    .select([...COLUMNS])
    .where('n.id', '=', anyOf(ids, 'uuid'))
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  return rows.map(toRow);
}

/** Marks the caller's readable unread notifications read (only these ids, when given); how many changed. */
export async function markNotificationsRead(source: Source, caller: Caller, ids: readonly string[] | null): Promise<number> {
  let query = db(source)
    .updateTable('notifications as n')
    .set({ read_at: sql<Date>`now()` })
    .where(readable(caller))
    .where('n.read_at', 'is', null);
  if (ids) query = query.where('n.id', '=', anyOf(ids, 'uuid'));
  const result = onlyRow(await query.execute(), 'update result');
  return Number(result.numUpdatedRows);
}

export async function preferenceRows(source: Source, userId: string): Promise<Array<{ kind: NotificationKind; delivery: NotificationDelivery }>> {
  const rows = await db(source).selectFrom('notification_preferences').select(['kind', 'delivery']).where('user_id', '=', userId).execute();
  return rows.map((r) => ({ kind: r.kind as NotificationKind, delivery: r.delivery as NotificationDelivery }));
}

export async function upsertPreference(manager: EntityManager, userId: string, kind: NotificationKind, delivery: NotificationDelivery): Promise<void> {
  await db(manager)
    .insertInto('notification_preferences')
    .values({ user_id: userId, kind, delivery })
    .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet((eb) => ({ delivery: eb.ref('excluded.delivery') })))
    .execute();
}

// ── The outgoing mail page ─────────────────────────────────────────────────────────────────────────────────

const MAIL_STATUS = sql<OutgoingMailStatus>`CASE WHEN sent_at IS NOT NULL THEN 'SENT' WHEN failed_at IS NOT NULL THEN 'FAILED' WHEN skipped_at IS NOT NULL THEN 'SKIPPED' ELSE 'WAITING' END`;

export async function outgoingMailCounts(source: Source): Promise<{ waiting: number; sent: number; failed: number; skipped: number }> {
  return db(source)
    .selectFrom('mail_outbox')
    .select([
      sql<number>`count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL AND skipped_at IS NULL)::int`.as('waiting'),
      sql<number>`count(sent_at)::int`.as('sent'),
      sql<number>`count(failed_at)::int`.as('failed'),
      sql<number>`count(skipped_at)::int`.as('skipped'),
    ])
    .executeTakeFirstOrThrow();
}

/** The newest outgoing e-mail (with this status, when given). */
export async function outgoingMail(source: Source, limit: number, status: OutgoingMailStatus | null) {
  let query = db(source)
    .selectFrom('mail_outbox')
    .select([
      sql<string>`id::text`.as('id'),
      'kind',
      'to_address as toAddress',
      'subject',
      'text_body as textBody',
      MAIL_STATUS.as('status'),
      'attempts',
      'last_error as lastError',
      'created_at as createdAt',
      'sent_at as sentAt',
      sql<Date | null>`CASE WHEN sent_at IS NULL AND failed_at IS NULL AND skipped_at IS NULL THEN next_attempt_at END`.as('nextAttemptAt'),
    ]);
  if (status) query = query.where(MAIL_STATUS, '=', status);
  return query.orderBy('id', 'desc').limit(limit).execute();
}
