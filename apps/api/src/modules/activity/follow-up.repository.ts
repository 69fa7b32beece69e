import type { FollowUpStatus } from '@jangkau/shared-domain';
import { sql, type Kysely } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { agencyVisible } from '../../common/access/scoped-sql';
import type { DB } from '../../database/db-types';
import { anyOf, db, onlyRow, scoped } from '../../database/kysely';

/** The follow-ups' SQL: a follow-up as the API shows it, and its writes. */

type Source = EntityManager | DataSource;

/** A follow-up as the API shows it (the FollowUp model). */
export interface FollowUpRow {
  id: string;
  activityId: string;
  text: string;
  dueOn: string | null;
  status: FollowUpStatus;
  version: number;
  updatedAt: Date;
  responsibleAgency: { id: string; name: string; shortName: string };
}

/** activity_follow_ups f with the responsible agency g: a FollowUpRow each. */
function followUps(k: Kysely<DB>) {
  return k
    .selectFrom('activity_follow_ups as f')
    .innerJoin('agencies as g', 'g.id', 'f.responsible_agency_id')
    .select([
      'f.id',
      'f.activity_id as activityId',
      'f.text',
      sql<string | null>`f.due_on::text`.as('dueOn'),
      sql<FollowUpStatus>`f.status`.as('status'),
      'f.version',
      'f.updated_at as updatedAt',
      sql<FollowUpRow['responsibleAgency']>`json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name)`.as('responsibleAgency'),
    ]);
}

/** The follow-up, when it exists. */
export function followUpById(source: Source, id: string): Promise<FollowUpRow | undefined> {
  return followUps(db(source)).where('f.id', '=', id).executeTakeFirst();
}

/** The activities' follow-ups, by activity, those due first first, then in the order they were added. */
export function followUpsOfActivities(source: Source, activityIds: readonly string[]): Promise<FollowUpRow[]> {
  return followUps(db(source))
    .where('f.activity_id', '=', anyOf(activityIds, 'uuid'))
    .orderBy('f.activity_id')
    .orderBy('f.due_on', (ob) => ob.asc().nullsLast())
    .orderBy('f.created_at')
    .execute();
}

/** The follow-up's row, locked for the rest of the manager's transaction. */
export function lockFollowUp(manager: EntityManager, id: string) {
  return db(manager)
    .selectFrom('activity_follow_ups')
    .select(['activity_id', 'text', 'responsible_agency_id', 'due_on', sql<FollowUpStatus>`status`.as('status')])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export interface FollowUpValues {
  text: string;
  responsibleAgencyId: string;
  dueOn: string | null;
  status: FollowUpStatus;
}

/** Adds a follow-up to the activity; its id. */
export async function insertFollowUp(manager: EntityManager, activityId: string, values: FollowUpValues): Promise<string> {
  const rows = await db(manager)
    .insertInto('activity_follow_ups')
    .values({ activity_id: activityId, text: values.text, responsible_agency_id: values.responsibleAgencyId, due_on: values.dueOn, status: values.status })
    .returning('id')
    .execute();
  return onlyRow(rows, 'follow-up').id;
}

/** Writes the follow-up's values when its version is still `version`; false when it is not (or it is gone). */
export async function updateFollowUp(manager: EntityManager, id: string, version: number, values: FollowUpValues): Promise<boolean> {
  const rows = await db(manager)
    .updateTable('activity_follow_ups')
    .set({
      text: values.text,
      responsible_agency_id: values.responsibleAgencyId,
      due_on: values.dueOn,
      status: values.status,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** The agency's id when it exists and the caller may see it. */
export async function visibleAgencyId(manager: EntityManager, caller: Caller, id: string | null): Promise<string | undefined> {
  const row = await db(manager)
    .selectFrom('agencies as a')
    .select('a.id')
    .where('a.id', '=', id as string)
    .where(scoped((params) => agencyVisible(caller, 'a', params)))
    .executeTakeFirst();
  return row?.id;
}
