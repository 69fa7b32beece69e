import { Client } from 'pg';
import { quoteIdent } from './embedded-postgres';
import { onlyRow } from './kysely';

/**
 * Least privilege. Migrations, region loads and these grants run as the owner of the tables (DATABASE_OWNER_URL,
 * or the embedded superuser); the running app connects as a role that may read and write the app's tables and
 * nothing more. It cannot ALTER, DROP or TRUNCATE a table it does not own (TRUNCATE only where granted below), it
 * cannot set superuser-only settings such as session_replication_role (which would silence triggers), and on
 * audit_log it holds INSERT and SELECT alone: a stolen app session cannot rewrite the history, on top of the
 * append-only trigger that the owner alone could disable.
 */

/** The derived coverage rollups: rebuildCoverage (demo seed) empties them with TRUNCATE; they are recomputed from the activities. */
export const TRUNCATABLE_BY_APP = ['coverage_reach', 'coverage_activities', 'coverage_village_months', 'coverage_region_periods', 'coverage_attendance'];

/** Tables the app reads but must never write. */
const READ_ONLY_FOR_APP = ['migrations'];
/** Tables the app appends to and reads, never changes. */
const APPEND_ONLY_FOR_APP = ['audit_log'];

/** One grant at a time across instances starting together (GRANT on one object concurrently: "tuple concurrently updated"). */
const GRANT_LOCK = 7318013;

export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * On a QueryRunner (one connection: the grants are one transaction). Gives the app role exactly what the app needs on every table and sequence that exists now, and the same on
 * tables and sequences that later migrations create as this owner (ALTER DEFAULT PRIVILEGES). Idempotent; run on
 * every start and after every migration run, so it also corrects grants changed by hand.
 */
export async function grantAppRole(owner: Queryable, appRole: string): Promise<void> {
  const app = quoteIdent(appRole);
  const existing = async (names: string[]) =>
    onlyRow(
      (await owner.query(`SELECT array_agg(relname::text) AS names FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1)`, [names])) as {
        names: string[] | null;
      }[],
      'table list',
    ).names ?? [];
  const list = (names: string[]) => names.map(quoteIdent).join(', ');
  await owner.query('BEGIN');
  try {
    await owner.query('SELECT pg_advisory_xact_lock($1)', [GRANT_LOCK]);
    await owner.query(`GRANT CONNECT ON DATABASE ${quoteIdent(await currentDatabase(owner))} TO ${app}`);
    await owner.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await owner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    const readOnly = await existing(READ_ONLY_FOR_APP);
    if (readOnly.length) await owner.query(`REVOKE INSERT, UPDATE, DELETE ON ${list(readOnly)} FROM ${app}`);
    const appendOnly = await existing(APPEND_ONLY_FOR_APP);
    if (appendOnly.length) await owner.query(`REVOKE UPDATE, DELETE ON ${list(appendOnly)} FROM ${app}`);
    const truncatable = await existing(TRUNCATABLE_BY_APP);
    if (truncatable.length) await owner.query(`GRANT TRUNCATE ON ${list(truncatable)} TO ${app}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    await owner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
    await owner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

async function currentDatabase(owner: Queryable): Promise<string> {
  return onlyRow((await owner.query('SELECT current_database() AS name')) as { name: string }[], 'current database').name;
}

/**
 * Creates a login role that is neither superuser nor able to create roles or databases, or sets its password when
 * it exists. Roles are cluster-wide and several processes may do this at once (parallel test runs): losing that
 * race is fine, the role exists.
 */
export async function ensureLoginRole(adminUrl: string, role: string, password: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const literal = `'${password.replace(/'/g, "''")}'`;
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    try {
      if (rowCount) await client.query(`ALTER ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal}`);
      else await client.query(`CREATE ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal}`);
    } catch (error) {
      // 42710 duplicate_object, 23505 unique_violation, XX000 "tuple concurrently updated": another process won.
      const code = (error as { code?: string }).code;
      if (!['42710', '23505', 'XX000'].includes(code ?? '')) throw error;
    }
  } finally {
    await client.end();
  }
}

/** The URL of the same database as `url`, signed in as another role. */
export function withRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
