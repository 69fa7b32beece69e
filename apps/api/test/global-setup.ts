import { join } from 'node:path';
import { loadRegions } from '../src/modules/region/region-loader';
import { readIdnAreaData } from '../src/modules/region/region-source';
import { createDataSource } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { quoteIdent } from '../src/database/embedded-postgres';
import { ensureLoginRole } from '../src/database/app-role';
import { TEST_APP_PASSWORD, TEST_APP_ROLE, TEST_DB_PREFIX, templateFingerprint, withAdmin, withDatabase } from './test-database';

const root = join(__dirname, '../../..');

/**
 * Finds the PostgreSQL to test on (TEST_DATABASE_URL, else DATABASE_URL, else an embedded one under
 * .data/test-postgres), and prepares the template database every test file copies.
 */
export default async function globalSetup() {
  const started = Date.now();
  let serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dir: join(root, '.data/test-postgres'),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
      database: 'postgres',
    });
    (globalThis as { __JANGKAU_TEST_PG__?: unknown }).__JANGKAU_TEST_PG__ = embedded;
    serverUrl = embedded.adminUrl;
  }
  // Test databases are made beside the given one, on the same server, through its maintenance database.
  const adminUrl = withDatabase(serverUrl, 'postgres');
  const template = `${TEST_DB_PREFIX}template_${templateFingerprint(root)}`;
  const runId = `${process.pid}`;

  await withAdmin(adminUrl, async (client) => {
    // This run's mark, for the whole run (teardown drops it with the copies): another run starting meanwhile (a
    // second checkout on another schema) sees this one alive even between two test files, and leaves its template be.
    const alive = `${TEST_DB_PREFIX}${runId}_alive`;
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(alive)}`);
    await client.query(`CREATE DATABASE ${quoteIdent(alive)} TEMPLATE template0`);
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${TEST_DB_PREFIX}%`]);
    // Another live run (a second checkout testing side by side, on another schema) may still copy its template.
    const otherRunAlive = rows.some(({ datname }) => {
      const pid = Number(/^jangkau_test_(\d+)_/.exec(datname)?.[1] ?? /_building_(\d+)$/.exec(datname)?.[1]);
      return pid && pid !== process.pid && isAlive(pid);
    });
    for (const { datname } of rows) {
      // Leftovers of earlier runs whose process is gone, and templates of older schemas (when no other run is on).
      const pid = Number(/^jangkau_test_(\d+)_/.exec(datname)?.[1]);
      const staleCopy = pid && !isAlive(pid);
      const staleTemplate = !otherRunAlive && datname.startsWith(`${TEST_DB_PREFIX}template_`) && datname !== template;
      if (staleCopy || staleTemplate) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }
    const exists = rows.some((r) => r.datname === template);
    if (!exists) {
      const building = `${template}_building_${runId}`;
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(building)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${quoteIdent(building)} ENCODING 'UTF8'`);
      const dataSource = createDataSource({ url: withDatabase(adminUrl, building), applicationName: 'jangkau-test-setup' });
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        await loadRegions(dataSource, readIdnAreaData());
      } finally {
        await dataSource.destroy();
      }
      // Renamed only when complete, so an interrupted build is never mistaken for a template.
      await client.query(`ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(template)}`);
    }
  });

  await ensureLoginRole(adminUrl, TEST_APP_ROLE, TEST_APP_PASSWORD);

  process.env.JANGKAU_TEST_ADMIN_URL = adminUrl;
  process.env.JANGKAU_TEST_TEMPLATE = template;
  process.env.JANGKAU_TEST_RUN_ID = runId;
  process.stdout.write(`\n[api tests] PostgreSQL template ${template} ready in ${Date.now() - started} ms\n`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
