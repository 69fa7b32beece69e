import { quoteIdent } from '../src/database/embedded-postgres';
import { TEST_DB_PREFIX, withAdmin } from './test-database';

export default async function globalTeardown() {
  const adminUrl = process.env.JANGKAU_TEST_ADMIN_URL;
  const runId = process.env.JANGKAU_TEST_RUN_ID;
  if (adminUrl && runId) {
    await withAdmin(adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${TEST_DB_PREFIX}${runId}\\_%`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    });
  }
  const embedded = (globalThis as { __JANGKAU_TEST_PG__?: { stop(): Promise<void> } }).__JANGKAU_TEST_PG__;
  await embedded?.stop();
}
