import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { db, onlyRow } from '../../database/kysely';
import type { ReportInput } from './dto/report.input';
import type { ReportScheduleFormat, ReportScheduleFrequency } from './models/report-schedule.model';

/** Saved reports' SQL: a definition with its owner's name and its e-mail schedule in brief; writes. */

type Source = EntityManager | DataSource;

export interface SavedReportRow {
  id: string;
  ownerId: string;
  ownerName: string;
  name: string;
  definition: ReportInput;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Its e-mail schedule in brief (the schedule's owner is the report's owner). */
  schedule: { frequency: ReportScheduleFrequency; format: ReportScheduleFormat; recipients: number; active: boolean } | null;
}

const COLUMNS = sql.raw(`s.id, s.owner_id AS "ownerId", u.full_name AS "ownerName", s.name, s.definition, s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  CASE WHEN rs.id IS NULL THEN NULL
       ELSE json_build_object('frequency', rs.frequency, 'format', rs.format, 'recipients', cardinality(rs.recipient_ids), 'active', rs.active) END AS schedule`);
const FROM = sql.raw(`saved_reports s JOIN users u ON u.id = s.owner_id LEFT JOIN report_schedules rs ON rs.saved_report_id = s.id`);

/** The owner's saved reports, the last changed first. */
export async function savedReportsOf(source: Source, ownerId: string): Promise<SavedReportRow[]> {
  const { rows } = await sql<SavedReportRow>`SELECT ${COLUMNS} FROM ${FROM} WHERE s.owner_id = ${ownerId} ORDER BY s.updated_at DESC, s.id`.execute(db(source));
  return rows;
}

export async function savedReport(source: Source, id: string): Promise<SavedReportRow | undefined> {
  const { rows } = await sql<SavedReportRow>`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = ${id}`.execute(db(source));
  return rows[0];
}

/** The owner's saved report, locked (its own row, not the owner's or the schedule's); another person's is absent. */
export async function lockOwnedSavedReport(manager: EntityManager, id: string, ownerId: string): Promise<SavedReportRow | undefined> {
  const { rows } = await sql<SavedReportRow>`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = ${id} AND s.owner_id = ${ownerId} FOR UPDATE OF s`.execute(db(manager));
  return rows[0];
}

export async function insertSavedReport(manager: EntityManager, ownerId: string, name: string, definition: ReportInput): Promise<string> {
  const rows = await db(manager)
    .insertInto('saved_reports')
    .values({ owner_id: ownerId, name, definition: JSON.stringify(definition) })
    .returning('id')
    .execute();
  return onlyRow(rows, 'saved report').id;
}

export async function updateSavedReport(manager: EntityManager, id: string, name: string, definition: ReportInput): Promise<void> {
  await db(manager)
    .updateTable('saved_reports')
    .set((eb) => ({ name, definition: JSON.stringify(definition), version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', id)
    .execute();
}

export async function deleteSavedReport(manager: EntityManager, id: string): Promise<void> {
  await db(manager).deleteFrom('saved_reports').where('id', '=', id).execute();
}
