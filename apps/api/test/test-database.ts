import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { withRole } from '../src/database/app-role';
import { quoteIdent } from '../src/database/embedded-postgres';

/**
 * Integration tests run on a real PostgreSQL. The global setup migrates and loads the region registry once into a
 * template database; each test file then gets its own database copied from it (CREATE DATABASE … TEMPLATE), so
 * files run in parallel and never see each other's rows. Nothing here ever touches a database it did not create.
 */
export const TEST_DB_PREFIX = 'jangkau_test_';

/**
 * The role every test app connects as: the production app role's privileges (app-role.ts), so every integration
 * test exercises them. Roles are cluster-wide: one for all test databases, created idempotently by the global setup.
 */
export const TEST_APP_ROLE = 'jangkau_test_app';
export const TEST_APP_PASSWORD = 'jangkau-test-app';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Changes whenever the schema or the region data would: then the template is rebuilt. */
export function templateFingerprint(root: string): string {
  const hash = createHash('sha256');
  const migrations = join(root, 'apps/api/src/database/migrations');
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(join(migrations, file)));
  for (const file of ['apps/api/src/modules/region/region-loader.ts', 'apps/api/src/modules/region/region-source.ts', 'node_modules/idn-area-data/package.json']) {
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

export async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let counter = 0;

export interface TestDatabase {
  /** As the owner of the tables (the server's superuser): for setting up and checking rows behind the app's back. */
  url: string;
  /** As the app role, what the test app connects as. */
  appUrl: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, copied from the migrated, region-loaded template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.JANGKAU_TEST_ADMIN_URL;
  const template = process.env.JANGKAU_TEST_TEMPLATE;
  const runId = process.env.JANGKAU_TEST_RUN_ID;
  if (!adminUrl || !template || !runId) throw new Error('The API test global setup did not run (see jest.config.cjs).');
  const name = `${TEST_DB_PREFIX}${runId}_${process.pid}_${++counter}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`));
  return {
    name,
    url: withDatabase(adminUrl, name),
    appUrl: withRole(withDatabase(adminUrl, name), TEST_APP_ROLE, TEST_APP_PASSWORD),
    drop: () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
}
