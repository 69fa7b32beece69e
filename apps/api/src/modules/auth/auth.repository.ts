import type { AgencyType } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { anyOf, db, onlyRow } from '../../database/kysely';

/** The auth module's SQL: the caller behind a session, sign-in counters, and refresh tokens. */

type Source = EntityManager | DataSource;

/** A person with their agency and its working area, as a caller is built from. */
export interface CallerRow {
  id: string;
  username: string;
  full_name: string;
  role: string;
  agency_id: string;
  must_change_password: boolean;
  token_version: number;
  agency_type: AgencyType;
  parent_id: string | null;
  home_region_code: string | null;
  working_area: string[];
}

/**
 * An active person of an active agency, with the agency's working area; with `sessionId`, only while one of that
 * session's refresh tokens is unrevoked (rotation keeps one; sign-out and reuse end all). An aggregate: clearest as SQL.
 */
export async function callerRow(source: Source, userId: string, sessionId?: string): Promise<CallerRow | undefined> {
  const live = sessionId ? sql`AND EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = ${sessionId} AND t.user_id = u.id AND t.revoked_at IS NULL)` : sql``;
  const { rows } = await sql<CallerRow>`SELECT u.id, u.username, u.full_name, u.role, u.agency_id, u.must_change_password, u.token_version,
        a.type AS agency_type, a.parent_id, a.home_region_code,
        coalesce(array_agg(w.region_code) FILTER (WHERE w.region_code IS NOT NULL), '{}') AS working_area
     FROM users u JOIN agencies a ON a.id = u.agency_id
     LEFT JOIN agency_working_areas w ON w.agency_id = a.id
     WHERE u.id = ${userId} AND u.active AND a.active ${live}
     GROUP BY u.id, a.id`.execute(db(source));
  return rows[0];
}

/** Whether the agency is active; undefined when there is none. */
export async function agencyActive(source: Source, agencyId: string): Promise<boolean | undefined> {
  const row = await db(source).selectFrom('agencies').select('active').where('id', '=', agencyId).executeTakeFirst();
  return row?.active;
}

/**
 * Counts an attempt on each counter, atomically (a new window after the old one lapsed, unless paused): each key's
 * failures, and the minutes left of its pause, if paused. An upsert with conditions: clearest as SQL.
 */
export async function countAttempts(source: Source, keys: readonly string[], windowMinutes: number): Promise<Array<{ key: string; failures: number; minutes: number | null }>> {
  const { rows } = await sql<{ key: string; failures: number; minutes: number | null }>`INSERT INTO login_throttle AS t (key, failures, window_started_at)
     SELECT k, 1, now() FROM unnest(${keys}::varchar[]) AS k
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.window_started_at < now() - make_interval(mins => ${windowMinutes}) AND coalesce(t.locked_until, now()) <= now() THEN 1 ELSE t.failures + 1 END,
       window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => ${windowMinutes}) AND coalesce(t.locked_until, now()) <= now() THEN now() ELSE t.window_started_at END
     RETURNING key, failures, CASE WHEN t.locked_until > now() THEN ceil(extract(epoch FROM t.locked_until - now()) / 60)::int END AS minutes`.execute(db(source));
  return rows;
}

/** Pauses signing in on these counters for `minutes`. */
export async function lockCounters(source: Source, keys: readonly string[], minutes: number): Promise<void> {
  await db(source)
    .updateTable('login_throttle')
    .set({ locked_until: sql<Date>`now() + make_interval(mins => ${minutes})` })
    .where('key', '=', anyOf(keys, 'varchar'))
    .execute();
}

export async function clearCounter(source: Source, key: string): Promise<void> {
  await db(source).deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Takes one failure off a counter. */
export async function forgiveOneFailure(source: Source, key: string): Promise<void> {
  await db(source)
    .updateTable('login_throttle')
    .set({ failures: sql<number>`greatest(failures - 1, 0)` })
    .where('key', '=', key)
    .execute();
}

/** A new refresh token (its hash) in a family, valid `ttlSeconds`; its id. */
export async function insertRefreshToken(manager: EntityManager, userId: string, tokenHash: string, familyId: string, ttlSeconds: number): Promise<string> {
  const row = await db(manager)
    .insertInto('refresh_tokens')
    .values({ user_id: userId, token_hash: tokenHash, family_id: familyId, expires_at: sql<Date>`now() + make_interval(secs => ${ttlSeconds})` })
    .returning('id')
    .execute();
  return onlyRow(row, 'refresh token').id;
}

/** The token spent (revoked, unless it already was) and replaced by `successorId`. */
export async function markReplaced(manager: EntityManager, id: string, successorId: string): Promise<void> {
  await db(manager)
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())`, replaced_by: successorId })
    .where('id', '=', id)
    .execute();
}

/** A refresh token presented, with its person's state. */
export interface PresentedToken {
  id: string;
  family_id: string;
  user_id: string;
  revoked_at: Date | null;
  replaced_by: string | null;
  /** Revoked within the last `graceSeconds`. */
  in_grace: boolean | null;
  expired: boolean;
  /** The person and their agency are active. */
  active: boolean;
  token_version: number;
}

/**
 * The token with this hash, locked with its user row: a password reset or deactivation running now either
 * finishes first (and a refresh sees its revocation) or waits for it (and revokes the token it issues).
 */
export async function lockPresentedToken(manager: EntityManager, tokenHash: string, graceSeconds: number): Promise<PresentedToken | undefined> {
  const { rows } = await sql<PresentedToken>`SELECT t.id, t.family_id, t.user_id, t.revoked_at, t.replaced_by, t.revoked_at > now() - make_interval(secs => ${graceSeconds}) AS in_grace,
       t.expires_at <= now() AS expired, u.active AND a.active AS active, u.token_version
     FROM refresh_tokens t JOIN users u ON u.id = t.user_id JOIN agencies a ON a.id = u.agency_id
     WHERE t.token_hash = ${tokenHash} FOR UPDATE OF t, u`.execute(db(manager));
  return rows[0];
}

/** The token when still unused (not revoked, not replaced, not expired), locked; undefined otherwise. */
export async function lockUnusedToken(manager: EntityManager, id: string): Promise<{ id: string } | undefined> {
  return db(manager)
    .selectFrom('refresh_tokens')
    .select('id')
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .where('replaced_by', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .forUpdate()
    .executeTakeFirst();
}

export async function revokeToken(manager: EntityManager, id: string): Promise<void> {
  await db(manager)
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Every live token of the family. */
export async function revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
  await db(manager)
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql<Date>`now()` })
    .where('family_id', '=', familyId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The live family of the token with this hash, when it is this person's; the family revoked, or null. */
export async function revokeFamilyOfToken(manager: EntityManager, tokenHash: string, userId: string): Promise<string | null> {
  const rows = await db(manager)
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql<Date>`now()` })
    .where('revoked_at', 'is', null)
    .where('user_id', '=', userId)
    .where('family_id', '=', (eb) => eb.selectFrom('refresh_tokens').select('family_id').where('token_hash', '=', tokenHash))
    .returning('family_id')
    .execute();
  return rows[0]?.family_id ?? null;
}

/** A new password: no change required any more, and a new token version (every access token issued before ends). */
export async function setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
  await db(manager)
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      must_change_password: false,
      token_version: eb('token_version', '+', 1),
      updated_at: sql<Date>`now()`,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', userId)
    .execute();
}
