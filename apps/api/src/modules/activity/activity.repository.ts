import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { db } from '../../database/kysely';

/** The activity module's SQL on activities themselves and their reference lists (topics). */

type Source = EntityManager | DataSource;

/** Topics, in their managed order. */
export function topics(source: Source): Promise<{ id: string; name: string; active: boolean }[]> {
  return db(source).selectFrom('topics').select(['id', 'name', 'active']).orderBy('position').orderBy('name').execute();
}

/** Locks the activity's row for the rest of the manager's transaction. */
export async function lockActivity(manager: EntityManager, id: string): Promise<void> {
  await sql`SELECT 1 FROM activities WHERE id = ${id} FOR UPDATE`.execute(db(manager));
}

/** A change to the activity: its version moves on and its updated_at is now. */
export async function bumpVersion(manager: EntityManager, id: string): Promise<void> {
  await db(manager)
    .updateTable('activities')
    .set({ version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
