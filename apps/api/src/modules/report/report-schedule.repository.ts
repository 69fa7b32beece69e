import { sql, type Kysely } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { DB } from '../../database/db-types';
import { anyOf, db, onlyRow } from '../../database/kysely';
import type { ReportInput } from './dto/report.input';
import type { ReportScheduleFormat, ReportScheduleFrequency } from './models/report-schedule.model';

/** Report schedules' SQL: the schedules, the people they go to, the saved report they send, and the mail queued. */

type Source = EntityManager | DataSource;

export interface ScheduleRow {
  id: string;
  savedReportId: string;
  ownerId: string;
  frequency: ReportScheduleFrequency;
  format: ReportScheduleFormat;
  recipientIds: string[];
  active: boolean;
  version: number;
}

/** report_schedules as ScheduleRows. */
function schedules(k: Kysely<DB>) {
  return k
    .selectFrom('report_schedules')
    .select([
      'id',
      'saved_report_id as savedReportId',
      'owner_id as ownerId',
      sql<ReportScheduleFrequency>`frequency`.as('frequency'),
      sql<ReportScheduleFormat>`format`.as('format'),
      sql<string[]>`recipient_ids::text[]`.as('recipientIds'),
      'active',
      'version',
    ]);
}

/** The schedule of a saved report, when its owner is `ownerId`. */
export async function ownSchedule(source: Source, savedReportId: string, ownerId: string): Promise<ScheduleRow | undefined> {
  return schedules(db(source)).where('saved_report_id', '=', savedReportId).where('owner_id', '=', ownerId).executeTakeFirst();
}

/** The schedule of a saved report, locked. */
export async function lockScheduleOf(manager: EntityManager, savedReportId: string): Promise<ScheduleRow | undefined> {
  return schedules(db(manager)).where('saved_report_id', '=', savedReportId).forUpdate().executeTakeFirst();
}

export async function scheduleById(source: Source, id: string): Promise<ScheduleRow> {
  return onlyRow(await schedules(db(source)).where('id', '=', id).execute(), 'report schedule');
}

export interface ScheduleValues {
  frequency: ReportScheduleFrequency;
  format: ReportScheduleFormat;
  recipientIds: string[];
  active: boolean;
}

export async function updateSchedule(manager: EntityManager, id: string, values: ScheduleValues): Promise<void> {
  await db(manager)
    .updateTable('report_schedules')
    .set((eb) => ({
      frequency: values.frequency,
      format: values.format,
      recipient_ids: values.recipientIds,
      active: values.active,
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
    }))
    .where('id', '=', id)
    .execute();
}

export async function insertSchedule(manager: EntityManager, savedReportId: string, ownerId: string, values: ScheduleValues): Promise<string> {
  const rows = await db(manager)
    .insertInto('report_schedules')
    .values({
      saved_report_id: savedReportId,
      owner_id: ownerId,
      frequency: values.frequency,
      format: values.format,
      recipient_ids: values.recipientIds,
      active: values.active,
    })
    .returning('id')
    .execute();
  return onlyRow(rows, 'report schedule').id;
}

export async function deleteSchedule(manager: EntityManager, id: string): Promise<void> {
  await db(manager).deleteFrom('report_schedules').where('id', '=', id).execute();
}

/** An active schedule of an active owner, with its saved report's name and definition and the owner's name. */
export interface ActiveSchedule {
  id: string;
  savedReportId: string;
  frequency: ReportScheduleFrequency;
  format: ReportScheduleFormat;
  recipientIds: string[];
  name: string;
  definition: ReportInput;
  ownerName: string;
}

/** Every active schedule whose owner is active, the oldest first. */
export async function activeSchedules(manager: EntityManager): Promise<ActiveSchedule[]> {
  const { rows } = await sql<ActiveSchedule>`SELECT s.id, s.saved_report_id AS "savedReportId", s.frequency, s.format, s.recipient_ids::text[] AS "recipientIds",
      r.name, r.definition, u.full_name AS "ownerName"
    FROM report_schedules s JOIN saved_reports r ON r.id = s.saved_report_id JOIN users u ON u.id = s.owner_id
    WHERE s.active AND u.active ORDER BY s.created_at, s.id`.execute(db(manager));
  return rows;
}

/** An active person's e-mail address (null: none); undefined when there is no active person by this id. */
export async function activeUserEmail(source: Source, id: string): Promise<{ email: string | null } | undefined> {
  return db(source).selectFrom('users').select('email').where('id', '=', id).where('active', '=', true).executeTakeFirst();
}

/** The saved report `id` when `ownerId` owns it, locked. */
export async function lockOwnedReport(manager: EntityManager, id: string, ownerId: string): Promise<boolean> {
  const row = await db(manager).selectFrom('saved_reports').select('id').where('id', '=', id).where('owner_id', '=', ownerId).forUpdate().executeTakeFirst();
  return row !== undefined;
}

export interface RecipientCandidate {
  id: string;
  fullName: string;
  active: boolean;
  email: string | null;
  role: string;
}

/** The person a recipient names, by username or else e-mail address (case-insensitive). */
export async function userByUsernameOrEmail(source: Source, given: string): Promise<RecipientCandidate | undefined> {
  const { rows } = await sql<RecipientCandidate>`SELECT id, full_name AS "fullName", active, email, role FROM users
    WHERE lower(username) = lower(${given}) OR lower(email) = lower(${given}) ORDER BY (lower(username) = lower(${given})) DESC LIMIT 1`.execute(db(source));
  return rows[0];
}

/** People by id (those that exist), for showing who a schedule goes to. */
export async function peopleByIds(source: Source, ids: readonly string[]): Promise<{ id: string; username: string; fullName: string }[]> {
  return db(source).selectFrom('users').select(['id', 'username', 'full_name as fullName']).where('id', '=', anyOf(ids, 'uuid')).execute();
}

export interface ReportMail {
  dedupeKey: string;
  userId: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  attachment: Buffer;
  attachmentName: string;
  attachmentType: string;
}

/** Queues a scheduled report's e-mail; false when one with its dedupe key is already queued (or sent). */
export async function queueReportMail(manager: EntityManager, mail: ReportMail): Promise<boolean> {
  const rows = await db(manager)
    .insertInto('mail_outbox')
    .values({
      dedupe_key: mail.dedupeKey,
      user_id: mail.userId,
      kind: 'REPORT',
      to_address: mail.toAddress,
      subject: mail.subject,
      text_body: mail.textBody,
      html_body: mail.htmlBody,
      attachment: mail.attachment,
      attachment_name: mail.attachmentName,
      attachment_type: mail.attachmentType,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}
