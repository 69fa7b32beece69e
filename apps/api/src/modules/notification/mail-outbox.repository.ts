import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { activityVisible } from '../../common/access/scoped-sql';
import { db, scoped } from '../../database/kysely';

/** The mail worker's SQL: claiming queued e-mail, recording what became of each, and the checks before sending. */

export interface ClaimedMessage {
  id: string;
  claimId: string;
  userId: string;
  /** IMMEDIATE, DIGEST, WEEKLY or REPORT (mail_outbox.kind). */
  kind: string;
  activityId: string | null;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  dedupeKey: string;
  attempts: number;
  /** A file sent with it (a scheduled report), or null. */
  attachment: Buffer | null;
  attachmentName: string | null;
  attachmentType: string | null;
}

/**
 * Leases up to `limit` due messages to this worker for `leaseSeconds` (skipping those another worker holds),
 * counting the attempt. A claim: clearest as SQL.
 */
export async function claimMail(dataSource: DataSource, limit: number, leaseSeconds: number): Promise<ClaimedMessage[]> {
  const { rows } = await sql<ClaimedMessage>`UPDATE mail_outbox o
    SET claim_id = gen_random_uuid(), locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = o.attempts + 1
    WHERE o.id IN (
      SELECT id FROM mail_outbox
      WHERE sent_at IS NULL AND failed_at IS NULL AND skipped_at IS NULL AND next_attempt_at <= now()
        AND (locked_until IS NULL OR locked_until < now())
      ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING o.id::text, o.claim_id AS "claimId", o.user_id AS "userId", o.kind, o.activity_id AS "activityId", o.to_address AS "toAddress",
      o.subject, o.text_body AS "textBody", o.html_body AS "htmlBody", o.dedupe_key AS "dedupeKey", o.attempts,
      o.attachment, o.attachment_name AS "attachmentName", o.attachment_type AS "attachmentType"`.execute(db(dataSource));
  return rows;
}

type Claim = { id: string; claimId: string };

export async function markMailSkipped(dataSource: DataSource, claim: Claim, reason: string): Promise<void> {
  await db(dataSource)
    .updateTable('mail_outbox')
    .set({ skipped_at: sql<Date>`now()`, last_error: reason, locked_until: null })
    .where('id', '=', claim.id)
    .where('claim_id', '=', claim.claimId)
    .execute();
}

/** Not sent: retried after `retrySeconds`, or failed for good when `permanent` or older than `giveUpHours`. */
export async function markMailRetry(dataSource: DataSource, claim: Claim, error: string, retrySeconds: number, giveUpHours: number, permanent: boolean): Promise<void> {
  await db(dataSource)
    .updateTable('mail_outbox')
    .set({
      locked_until: null,
      last_error: error,
      next_attempt_at: sql<Date>`now() + make_interval(secs => ${retrySeconds})`,
      failed_at: sql<Date | null>`CASE WHEN ${permanent}::boolean OR created_at < now() - make_interval(hours => ${giveUpHours}) THEN now() END`,
    })
    .where('id', '=', claim.id)
    .where('claim_id', '=', claim.claimId)
    .execute();
}

export async function markMailSent(dataSource: DataSource, claim: Claim): Promise<void> {
  await db(dataSource)
    .updateTable('mail_outbox')
    .set({ sent_at: sql<Date>`now()`, locked_until: null, last_error: null })
    .where('id', '=', claim.id)
    .where('claim_id', '=', claim.claimId)
    .execute();
}

/** Messages waiting out a backoff after one of these errors are due now. */
export async function releaseMailAfter(dataSource: DataSource, errorCodes: readonly string[]): Promise<void> {
  await db(dataSource)
    .updateTable('mail_outbox')
    .set({ next_attempt_at: sql<Date>`now()` })
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('skipped_at', 'is', null)
    .where('next_attempt_at', '>', sql<Date>`now()`)
    .where(sql<string>`split_part(last_error, ':', 1)`, '=', sql<string>`ANY(${errorCodes}::text[])`)
    .execute();
}

/** The notification a message carries, if it is the recipient's. */
export async function toldNotification(dataSource: DataSource, notificationId: string, userId: string): Promise<{ kind: string; activityId: string | null } | undefined> {
  return db(dataSource).selectFrom('notifications').select(['kind', 'activity_id as activityId']).where('id', '=', notificationId).where('user_id', '=', userId).executeTakeFirst();
}

export async function activityVisibleTo(dataSource: DataSource, caller: Caller, activityId: string): Promise<boolean> {
  const row = await db(dataSource)
    .selectFrom('activities as a')
    .select('a.id')
    .where('a.id', '=', activityId)
    .where(scoped((params) => activityVisible(caller, 'a', params)))
    .executeTakeFirst();
  return row !== undefined;
}
