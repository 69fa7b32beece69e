import { Client } from 'pg';
import { prepareDatabase } from '../src/bootstrap';
import { MIGRATIONS } from '../src/database/migrations';
import { STARTUP_LOCK_KEY } from '../src/database/startup-lock';
import { quoteIdent } from '../src/database/embedded-postgres';
import { testConfig } from './test-app';
import { TEST_DB_PREFIX, withAdmin, withDatabase } from './test-database';

/**
 * Instances that start together on an empty database (a rollout, `--scale app=2`, a migration job beside the
 * pods): one migrates and loads the regions, the others wait for it and find nothing left to do.
 */
describe('start-up on an empty database, several instances at once', () => {
  const adminUrl = process.env.JANGKAU_TEST_ADMIN_URL!;
  const name = `${TEST_DB_PREFIX}${process.env.JANGKAU_TEST_RUN_ID}_${process.pid}_startup`;
  const url = withDatabase(adminUrl, name);

  beforeAll(async () => {
    await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  });

  afterAll(async () => {
    await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  });

  it('three instances prepare it together: every migration once, the 91,599 regions once, nobody fails', async () => {
    const config = testConfig({ REGION_AUTOLOAD: 'true' });
    const outcomes = await Promise.allSettled([prepareDatabase(config, url, null), prepareDatabase(config, url, null), prepareDatabase(config, url, null)]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);

    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const migrations = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      expect(migrations.rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      const regions = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM regions');
      expect(regions.rows[0]?.n).toBe(91_599);
      const loads = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM region_data_versions');
      expect(loads.rows[0]?.n).toBe(1);
      // The lock is let go (other test files' databases may hold advisory locks of their own: only this one's key here).
      const held = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks
          WHERE locktype = 'advisory' AND granted AND objid = $1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        [STARTUP_LOCK_KEY],
      );
      expect(held.rows[0]?.n).toBe(0);
    } finally {
      await client.end();
    }
  }, 120_000);
});
