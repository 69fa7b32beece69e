import type { ActivityStatus } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { activityDaySql } from '../../../common/sql-time';
import { anyOf, db } from '../../../database/kysely';

/** The bulk import's SQL: its transaction's guards, the reference lists a sheet is read with, and the duplicates check. */

type Source = EntityManager | DataSource;

/** A dry run's transaction: it cannot write. */
export async function readOnly(manager: EntityManager): Promise<void> {
  await sql`SET TRANSACTION READ ONLY`.execute(db(manager));
}

/** The transaction-scoped advisory lock of (lockClass, key): one holder at a time until commit. */
export async function advisoryLock(manager: EntityManager, lockClass: number, key: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${lockClass}, hashtext(${key}))`.execute(db(manager));
}

/** Which of the ids are activities already. */
export async function existingActivityIds(manager: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await db(manager)
    .selectFrom('activities')
    .select(sql<string>`id::text`.as('id'))
    .where('id', '=', anyOf(ids, 'uuid'))
    .execute();
  return rows.map((r) => r.id);
}

/** The active topics' names, in their managed order. */
export async function activeTopicNames(source: Source): Promise<string[]> {
  const rows = await db(source).selectFrom('topics').select('name').where('active', '=', true).orderBy('position').orderBy('name').execute();
  return rows.map((r) => r.name);
}

/** Every topic (a sheet may name an inactive one: the validator then says so). */
export function allTopics(source: Source): Promise<{ id: string; name: string }[]> {
  return db(source).selectFrom('topics').select(['id', 'name']).execute();
}

/** Each programme item with its framework, the newest framework first. */
export function programmeItems(source: Source): Promise<{ frameworkId: string; name: string; validFrom: string; validTo: string; id: string; number: number; title: string }[]> {
  return db(source)
    .selectFrom('programme_frameworks as f')
    .innerJoin('programme_items as i', 'i.framework_id', 'f.id')
    .select(['f.id as frameworkId', 'f.name', sql<string>`f.valid_from::text`.as('validFrom'), sql<string>`f.valid_to::text`.as('validTo'), 'i.id', 'i.number', 'i.title'])
    .orderBy('f.valid_from', 'desc')
    .orderBy('f.name')
    .orderBy('i.number')
    .execute();
}

/**
 * The rows (each a day and a search key) the agency already recorded an activity for, other than the ids: per row
 * the status of the oldest such activity.
 */
export async function recordedDuplicates(
  manager: EntityManager,
  agencyId: string,
  candidates: { row: number; day: string | null; key: string }[],
  exceptIds: string[],
): Promise<{ row: number; status: ActivityStatus }[]> {
  const { rows } = await sql<{ row: number; status: ActivityStatus }>`SELECT DISTINCT ON (f.row) f.row, a.status
       FROM unnest(${candidates.map((c) => c.row)}::int[], ${candidates.map((c) => c.day)}::date[], ${candidates.map((c) => c.key)}::text[]) AS f(row, day, key)
       JOIN activities a ON a.lead_agency_id = ${agencyId} AND a.search_text = f.key
         AND ${sql.raw(activityDaySql('a'))} = f.day
       WHERE a.id <> ALL(${exceptIds}::uuid[])
       ORDER BY f.row, a.created_at`.execute(db(manager));
  return rows;
}
