// The server the browser journeys run against: the built app on a database of its own, made fresh each run.
// With TEST_DATABASE_URL/DATABASE_URL: a database `jangkau_e2e` (or E2E_DATABASE, for runs side by side) on that server. Otherwise: an embedded
// PostgreSQL under .data/e2e-postgres. Regions load on start, as for a user.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';

const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'dist/apps/api/apps/api/src/main.js');
if (!existsSync(main) || !existsSync(join(root, 'dist/apps/web/index.html'))) {
  console.error('e2e: build first (npm run build).');
  process.exit(1);
}

// Demo accounts for the journeys; a throwaway signing secret per run.
const env = {
  ...process.env,
  PORT: process.env.E2E_PORT ?? '3100',
  HOST: '127.0.0.1',
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  DEMO_MODE: 'true',
  // The journeys assert the founding story's figures; the living demo's 18 months are checked by the API tests.
  DEMO_HISTORY: 'false',
  JWT_SECRET: randomBytes(48).toString('base64url'),
  // Every journey's people come from one address (127.0.0.1), each device with its pages, subscriptions and outbox
  // timers: the per-address ceiling meant for one real client (600 a minute) would answer 429 to whichever journey
  // runs while a fast machine is busiest. The ceiling itself is tested by the API's own specs.
  RATE_LIMIT_PER_MINUTE: '100000',
};
const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const e2eDatabase = /^[a-z_][a-z0-9_]{0,62}$/.test(process.env.E2E_DATABASE ?? '') ? process.env.E2E_DATABASE : 'jangkau_e2e';
let dropDatabase = async () => {};

if (serverUrl) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${e2eDatabase} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${e2eDatabase} ENCODING 'UTF8'`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${e2eDatabase}`;
  env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${e2eDatabase} WITH (FORCE)`);
    await c.end();
  };
} else {
  delete env.DATABASE_URL;
  const dir = join(root, '.data/e2e-postgres');
  rmSync(dir, { recursive: true, force: true });
  env.EMBEDDED_PG_DIR = dir;
  env.EMBEDDED_PG_PORT = process.env.E2E_EMBEDDED_PG_PORT ?? '54349';
}

// Evidence files of the journeys belong to their fresh database, not to the developer's .data/evidence.
const evidenceDir = join(root, '.data/e2e-evidence');
rmSync(evidenceDir, { recursive: true, force: true });
env.EVIDENCE_DIR = evidenceDir;
// Likewise the e-mails the journeys cause (no SMTP: written as files and listed at /admin/surel).
const mailDir = join(root, '.data/e2e-mail');
rmSync(mailDir, { recursive: true, force: true });
env.MAIL_DIR = mailDir;
env.MAIL_POLL_MS = '1000';

const child = spawn(process.execPath, ['--enable-source-maps', main], { cwd: root, env, stdio: 'inherit' });
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', async (code) => {
  await dropDatabase().catch(() => undefined);
  process.exit(code ?? 0);
});
