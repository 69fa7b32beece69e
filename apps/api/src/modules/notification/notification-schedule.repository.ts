import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { anyOf, db } from '../../database/kysely';

/** The scheduler's SQL: runs claimed once per period, what each job reads, the mail it queues, what it removes. */

/** Claims the job's run for the period; false when another instance (or an earlier run) already did. */
export async function claimRun(manager: EntityManager, job: string, period: string): Promise<boolean> {
  const rows = await db(manager)
    .insertInto('scheduled_runs')
    .values({ job, period })
    .onConflict((oc) => oc.doNothing())
    .returning('job')
    .execute();
  return rows.length > 0;
}

export async function recordRunOutcome(manager: EntityManager, job: string, period: string, outcome: string): Promise<void> {
  await db(manager).updateTable('scheduled_runs').set({ outcome }).where('job', '=', job).where('period', '=', period).execute();
}

export async function activeAgencyHomes(manager: EntityManager): Promise<Array<{ id: string; home: string | null }>> {
  return db(manager).selectFrom('agencies').select(['id', 'home_region_code as home']).where('active', '=', true).execute();
}

/** Open follow-ups of these agencies due between `today` and `until`, or past due. */
export async function followUpsDue(manager: EntityManager, agencies: readonly string[], today: string, until: string) {
  return db(manager)
    .selectFrom('activity_follow_ups as f')
    .innerJoin('agencies as g', 'g.id', 'f.responsible_agency_id')
    .select(['f.id', 'f.activity_id as activityId', 'f.text', sql<string>`f.due_on::text`.as('dueOn'), 'f.responsible_agency_id as agencyId', 'g.short_name as agencyName'])
    .where('f.responsible_agency_id', '=', anyOf(agencies, 'uuid'))
    .where('f.status', 'in', ['OPEN', 'IN_PROGRESS'])
    .where('f.due_on', 'is not', null)
    .where((eb) => eb.or([eb.between('f.due_on', sql<Date>`${today}::date`, sql<Date>`${until}::date`), eb('f.due_on', '<', sql<Date>`${today}::date`)]))
    .execute();
}

/** People of these agencies with notifications waiting for their daily digest. */
export async function digestRecipients(manager: EntityManager, agencies: readonly string[]): Promise<Array<{ id: string; email: string | null }>> {
  return db(manager)
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['u.id', 'u.email'])
    .distinct()
    .where('n.delivery', '=', 'DAILY_DIGEST')
    .where('n.digested_at', 'is', null)
    .where('u.agency_id', '=', anyOf(agencies, 'uuid'))
    .execute();
}

/** Marks the person's waiting digest notifications taken; their ids. */
export async function takeDigestNotifications(manager: EntityManager, userId: string): Promise<string[]> {
  const rows = await db(manager)
    .updateTable('notifications')
    .set({ digested_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('delivery', '=', 'DAILY_DIGEST')
    .where('digested_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Queues an e-mail once per dedupe key. */
export async function queueMail(
  manager: EntityManager,
  mail: { dedupeKey: string; userId: string; kind: 'DIGEST' | 'WEEKLY'; toAddress: string; subject: string; text: string; html: string },
): Promise<void> {
  await db(manager)
    .insertInto('mail_outbox')
    .values({
      dedupe_key: mail.dedupeKey,
      user_id: mail.userId,
      kind: mail.kind,
      to_address: mail.toAddress,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/** Active heads of these agencies with an e-mail address. */
export async function headsWithEmail(manager: EntityManager, agencies: readonly string[]) {
  return db(manager)
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', sql<string>`u.email`.as('email'), 'u.agency_id as agencyId', 'a.short_name as agencyName'])
    .where('u.agency_id', '=', anyOf(agencies, 'uuid'))
    .where('u.active', '=', true)
    .where('u.role', '=', 'HEAD')
    .where(sql<string>`coalesce(u.email, '')`, '<>', '')
    .execute();
}

/** An agency's activities waiting for verification, and its open follow-ups past due. */
export async function waitingAndOverdue(manager: EntityManager, agencyId: string, today: string): Promise<{ waiting: number; overdue: number }> {
  return db(manager)
    .selectNoFrom((eb) => [
      eb
        .selectFrom('activities')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('lead_agency_id', '=', agencyId)
        .where('status', '=', 'SUBMITTED')
        .$asScalar()
        .$notNull()
        .as('waiting'),
      eb
        .selectFrom('activity_follow_ups')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('responsible_agency_id', '=', agencyId)
        .where('status', 'in', ['OPEN', 'IN_PROGRESS'])
        .where('due_on', '<', sql<Date>`${today}::date`)
        .$asScalar()
        .$notNull()
        .as('overdue'),
    ])
    .executeTakeFirstOrThrow();
}

/** Removes read notifications older than `days`; how many. */
export async function deleteReadNotifications(manager: EntityManager, days: number): Promise<number> {
  const result = await db(manager)
    .deleteFrom('notifications')
    .where('read_at', 'is not', null)
    .where('created_at', '<', sql<Date>`now() - make_interval(days => ${days})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes e-mail finished (sent, failed or skipped) more than `days` ago; how many. */
export async function deleteFinishedMail(manager: EntityManager, days: number): Promise<number> {
  const result = await db(manager)
    .deleteFrom('mail_outbox')
    .where(sql<Date>`coalesce(sent_at, failed_at, skipped_at)`, '<', sql<Date>`now() - make_interval(days => ${days})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
