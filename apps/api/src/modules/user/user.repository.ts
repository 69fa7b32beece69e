import type { Role } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { userVisible } from '../../common/access/scoped-sql';
import { anyOf, db, scoped } from '../../database/kysely';

/** The user module's SQL: people as the admin pages read them, and the writes to their accounts. */

type Source = EntityManager | DataSource;

/** A person as read: never the password hash or the token version. */
export interface UserRow {
  id: string;
  username: string;
  email: string | null;
  fullName: string;
  agencyId: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  version: number;
}

/** The people the caller may see, among `ids` or of one agency, by username; at most `limit`. */
export async function visibleUsers(source: Source, caller: Caller, where: { ids?: readonly string[]; agencyId?: string; limit?: number }): Promise<UserRow[]> {
  let query = db(source)
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.username',
      'u.email',
      'u.full_name as fullName',
      'u.agency_id as agencyId',
      'u.role',
      'u.active',
      'u.must_change_password as mustChangePassword',
      'u.last_login_at as lastLoginAt',
      'u.version',
    ])
    .where(scoped((params) => userVisible(caller, 'u', params)));
  if (where.ids) query = query.where('u.id', '=', anyOf(where.ids, 'uuid'));
  if (where.agencyId !== undefined) query = query.where('u.agency_id', '=', where.agencyId);
  if (where.limit !== undefined) query = query.orderBy('u.username').limit(where.limit);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, role: row.role as Role }));
}

export interface UserValues {
  email: string | null;
  fullName: string;
  agencyId: string;
  role: Role;
}

/** The new person's id (a unique username or e-mail is the database's to refuse). */
export async function insertUser(manager: EntityManager, username: string, values: UserValues, passwordHash: string): Promise<string> {
  const row = await db(manager)
    .insertInto('users')
    .values({
      username,
      email: values.email,
      full_name: values.fullName,
      agency_id: values.agencyId,
      role: values.role,
      password_hash: passwordHash,
      must_change_password: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function lockUser(manager: EntityManager, id: string): Promise<void> {
  await db(manager)
    .selectFrom('users')
    .select(sql<number>`1`.as('one'))
    .where('id', '=', id)
    .forUpdate()
    .execute();
}

/** Writes the account at `version`, ending its sessions' tokens when `endSessions`; false when the version is stale. */
export async function updateUser(manager: EntityManager, id: string, version: number, values: UserValues & { active: boolean }, endSessions: boolean): Promise<boolean> {
  const rows = await db(manager)
    .updateTable('users')
    .set((eb) => ({
      email: values.email,
      full_name: values.fullName,
      agency_id: values.agencyId,
      role: values.role,
      active: values.active,
      token_version: eb('token_version', '+', endSessions ? 1 : 0),
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** A temporary password: it must be changed at the next sign-in, and every token issued before is void. */
export async function setTemporaryPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
  await db(manager)
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      must_change_password: true,
      token_version: eb('token_version', '+', 1),
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
    }))
    .where('id', '=', id)
    .execute();
}
