// `npm run bench -- export [--keep] [--reuse]`: issue 7's large export goal, "100,000 activity rows in under 15 s
// with bounded memory". Only when named (it generates the national dataset of activities.mjs, about a minute).
//   1. a database `jangkau_bench_export`: migrations, the regions, activities.mjs's generator (LIST_PROFILE, 100,000
//      activities of every status with villages, participants, co-organisers, topics and programme items);
//   2. the built app in its own process (NODE_ENV=production), signed in over HTTP as an administrator (every row
//      visible: the largest file), then GET /api/activities/export.csv and export.xlsx, each read to the end and
//      dropped; the app's resident memory (VmRSS from /proc) is sampled every 20 ms while the file streams.
// Printed per format: rows (X-Total-Count), bytes, time to the first byte, total time, RSS before / peak / growth,
// and ✓/✗ against 15 s.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LIST_PROFILE, SEED, databaseComment, generate } from './activities.mjs';

const DB_NAME = 'jangkau_bench_export';
const ACTIVITIES = 100_000;
const MARKER = `jangkau bench export: seed ${SEED}, ${ACTIVITIES} activities`;
const PORT = 3294;
const PASSWORD = 'bench-only-Password-1';
const GOAL_MS = 15_000;

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const rssOf = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

export async function benchExport({ built, freshDatabase, dropDatabase, urlFor, dataset, args }) {
  const require = createRequire(import.meta.url);
  const { createDataSource } = require(join(built, 'database/data-source.js'));
  const { loadRegions } = require(join(built, 'modules/region/region-loader.js'));
  const { hashPassword } = require(join(built, 'common/access/password-hasher.js'));
  const domain = require(join(built, '../../../libs/shared/domain/src/index.js'));

  const reuse = args.includes('--reuse') && (await databaseComment(urlFor, DB_NAME)) === MARKER;
  const url = reuse ? urlFor(DB_NAME) : await freshDatabase(DB_NAME);
  const ds = createDataSource({ url, slowQueryMs: 600_000, applicationName: 'jangkau-bench' });
  await ds.initialize();
  await ds.runMigrations();
  if (!reuse) {
    await loadRegions(ds, dataset);
    const t0 = performance.now();
    await generate(ds, domain, { ...LIST_PROFILE, activities: ACTIVITIES });
    await ds.query('VACUUM (ANALYZE)');
    await ds.query(`COMMENT ON DATABASE ${DB_NAME} IS '${MARKER}'`);
    console.log(`\nexport: generated ${ACTIVITIES.toLocaleString('en')} activities in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // An administrator of the national agency: every activity is visible to them.
  await ds.query(
    `INSERT INTO users (id, username, full_name, password_hash, agency_id, role)
     SELECT gen_random_uuid(), 'bench.export', 'Bench Export', $1, (SELECT id FROM agencies WHERE parent_id IS NULL ORDER BY name LIMIT 1), 'ADMIN'
     ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [await hashPassword(PASSWORD)],
  );
  await ds.destroy();

  const env = {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    DEMO_MODE: 'false',
    REGION_AUTOLOAD: 'false',
    JWT_SECRET: 'bench-only-secret-bench-only-secret-0001',
    RATE_LIMIT_PER_MINUTE: '10000000',
  };
  const child = spawn(process.execPath, [join(built, 'main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/health`)).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error('the app did not answer /health within 60 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const login = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($u:String!,$p:String!){login(username:$u,password:$p){accessToken}}', variables: { u: 'bench.export', p: PASSWORD } }),
    });
    const token = (await login.json()).data.login.accessToken;
    console.log(`\nexport: the built app in its own process, signed in as an administrator (all rows visible)`);
    for (const format of ['csv', 'xlsx', 'csv', 'xlsx']) {
      const before = rssOf(child.pid);
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, rssOf(child.pid))), 20);
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${PORT}/api/activities/export.${format}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status} ${await res.text()}`);
      let bytes = 0;
      let first = null;
      for await (const chunk of res.body) {
        first ??= performance.now() - t0;
        bytes += chunk.length;
      }
      const total = performance.now() - t0;
      clearInterval(timer);
      const rows = Number(res.headers.get('x-total-count'));
      console.log(
        `export ${format.padEnd(4)}: ${rows.toLocaleString('en')} rows, ${mb(bytes)} (${Math.round(bytes / rows)} B/row), first byte ${first.toFixed(0)} ms, ` +
          `all ${(total / 1000).toFixed(2)} s ${total <= GOAL_MS ? '✓' : '✗'} (goal 15 s); app RSS ${mb(before)} → peak ${mb(peak)} (+${mb(peak - before)})`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
  if (!args.includes('--keep')) await dropDatabase(DB_NAME);
}
