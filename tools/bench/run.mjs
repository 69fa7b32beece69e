// `npm run bench [-- load|search|start|floor|scale|activities|coverage|map|export|mail|outbox|pwa]`: the performance goals, measured and printed.
// Run by hand on an otherwise idle machine; figures go into issue notes, not into tests.
//   load       – region load into an empty database (3 runs), and a no-op reload
//   search     – searchRegions p50/p95 over ~300 varied queries through GraphQL, beside the same SQL run directly
//   start      – cold start of the built app with existing data, until /health answers 200 (3 runs)
//   floor      – issue 19's signed-in floor: `{ topics { id } }` by 50 closed-loop clients against the built app on
//                demo data, requests/s and p50/p95/p99 (see floor.mjs; only when named; `--runs`, `--duration`,
//                `--connections`, `--db=NAME` for a database of its own, kept between runs)
//   scale      – issue 19's two API processes behind a proxy against one: the kantor dashboard (coverage.mjs's
//                'kantor dashboard, 2026') and the floor by 50 closed-loop clients, requests/s and p50/p95/p99, for
//                1 process direct, 1 behind a round-robin proxy (proxy.mjs), 1 with Redis behind it, 2 with Redis
//                behind it (see scale.mjs; only when named; needs the dataset of `coverage --keep`, and Redis at
//                BENCH_REDIS_URL, default redis://127.0.0.1:6379; `--duration`, `--connections`)
//   activities – the activities list at 100,000 activities, p50/p95 per reader and filter (see activities.mjs;
//                only when named: it generates a national dataset, a few minutes; `--keep` keeps its database,
//                `--reuse` measures again on a kept one)
//   coverage   – issue 5's national benchmark: coverage and dashboards at 100,000 verified activities and ~1.5 M
//                activity–village links, by 1 and by 50 clients over HTTP beside raw SQL, verify-to-visible, and the
//                generation time (see coverage.mjs; only when named, `--keep` / `--reuse` as for activities)
//   export     – issue 7's large export: GET /api/activities/export.csv and .xlsx of 100,000 activities from the built
//                app in its own process, time and RSS growth (see export.mjs; only when named, `--keep` / `--reuse`)
//   map        – issue 6's map in Chromium: first view, drill-down click → paint, all Jambi villages, long frames
//                while hovering (see map.mjs; only when named; needs `npm run build` and imported boundaries)
//   mail       – issue 15's e-mail: one worker's throughput through a real SMTP server, and the outbox while the
//                server is down for --down-minutes (default 10), then back (see mail.mjs; only when named)
//   outbox     – issue 16's outbox in Chromium: 20 activities with 2 photos each queued offline on a phone, time from
//                the network returning until all are sent (see outbox.mjs; only when named; needs `npm run build`)
//   pwa        – issue 16's installable app in Chromium: bytes for the first load of /masuk and a repeat visit, the
//                service worker's precache, and the time from an offline reload to the app shell (see pwa.mjs; only
//                when named; needs `npm run build`)
// With no step named: load, search and start.
// Database: BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a server where databases may be created);
// otherwise an embedded PostgreSQL under .data/bench-postgres.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { benchActivities } from './activities.mjs';
import { benchCoverage } from './coverage.mjs';
import { benchExport } from './export.mjs';
import { benchFloor } from './floor.mjs';
import { benchMail } from './mail.mjs';
import { benchMap } from './map.mjs';
import { benchOutbox } from './outbox.mjs';
import { benchPwa } from './pwa.mjs';
import { benchScale } from './scale.mjs';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'dist/apps/api/apps/api/src');
spawnSync(process.execPath, [join(root, 'tools/scripts/build-api.mjs')], { stdio: 'inherit' });
const require = createRequire(import.meta.url);
const { createDataSource } = require(join(built, 'database/data-source.js'));
const { loadRegions } = require(join(built, 'modules/region/region-loader.js'));
const { readIdnAreaData } = require(join(built, 'modules/region/region-source.js'));
const { startEmbeddedPostgres } = require(join(built, 'database/embedded-postgres.js'));

const KINDS = ['whole name', 'prefix 3-6', 'last word', '1-2 letters', 'typo'];
const args = process.argv.slice(2);
const which = args.filter((a) => !a.startsWith('--'));
const wanted = (name) => (which.length === 0 ? !['floor', 'scale', 'activities', 'coverage', 'map', 'export', 'mail', 'outbox', 'pwa'].includes(name) : which.includes(name));
const ms = (n) => `${n.toFixed(1)} ms`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

let serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
let embedded;
if (!serverUrl) {
  embedded = await startEmbeddedPostgres({ dir: join(root, '.data/bench-postgres'), port: 54359, database: 'postgres' });
  serverUrl = embedded.adminUrl;
}
const urlFor = (db) => Object.assign(new URL(serverUrl), { pathname: `/${db}` }).toString();
const admin = new pg.Client({ connectionString: urlFor('postgres') });
await admin.connect();
const freshDatabase = async (name) => {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8'`);
  return urlFor(name);
};
const [{ version }] = (await admin.query('SHOW server_version')).rows.map((r) => ({ version: r.server_version }));
console.log(`PostgreSQL ${version}${embedded ? ' (embedded)' : ''}; Node ${process.version}; ${(await import('node:os')).cpus().length} cores`);

const dataset = readIdnAreaData();
const regionSteps = wanted('load') || wanted('search') || wanted('start');
const benchDb = regionSteps ? await freshDatabase('jangkau_bench') : null;
if (regionSteps) {
  const ds = createDataSource({ url: benchDb, slowQueryMs: 60_000 });
  await ds.initialize();
  await ds.runMigrations();
  if (wanted('load')) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      await ds.query('TRUNCATE regions, region_data_versions CASCADE');
      const t0 = performance.now();
      const report = await loadRegions(ds, dataset);
      runs.push(performance.now() - t0);
      if (report.added.length !== 91_599) throw new Error(`loaded ${report.added.length}`);
    }
    const t0 = performance.now();
    await loadRegions(ds, dataset);
    const noop = performance.now() - t0;
    console.log(`\nload: 91,599 regions into an empty registry (one transaction, indexes rebuilt): ${runs.map(ms).join(', ')} (best ${ms(Math.min(...runs))})`);
    console.log(`load: same version again (no-op): ${ms(noop)}`);
  } else {
    await loadRegions(ds, dataset);
  }
  await ds.destroy();
}

if (wanted('search') || wanted('start')) {
  const port = 3290;
  const env = {
    ...process.env,
    DATABASE_URL: benchDb,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    DEMO_MODE: 'false',
    JWT_SECRET: 'bench-only-secret-bench-only-secret-0001',
    RATE_LIMIT_PER_MINUTE: '10000000',
  };
  const main = join(built, 'main.js');

  if (wanted('start')) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const child = spawn(process.execPath, [main], { env, stdio: 'ignore' });
      await waitForHealth(port);
      runs.push(performance.now() - t0);
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
    }
    console.log(`\nstart: process start → /health 200, database and regions already there: ${runs.map(ms).join(', ')}`);
    if (existsSync(join(root, '.data/postgres/PG_VERSION'))) {
      console.log('start: (with the embedded database add its own start-up: see `npm start` in the README)');
    }
  }

  if (wanted('search')) {
    const child = spawn(process.execPath, [main], { env, stdio: 'ignore' });
    await waitForHealth(port);
    const queries = searchQueries(dataset);
    const gql = async (q) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($q:String!){searchRegions(query:$q,first:10){code name level path}}', variables: { q } }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(`${q}: ${body.errors[0].message}`);
    };
    for (const { q } of queries.slice(0, 30)) await gql(q); // warm-up
    const api = [];
    for (const { q } of queries) {
      const t0 = performance.now();
      await gql(q);
      api.push(performance.now() - t0);
    }
    child.kill('SIGTERM');

    // The same ranking SQL, straight through pg: what the API adds on top is GraphQL, paths and HTTP.
    const { RegionService } = require(join(built, 'modules/region/region.service.js'));
    const ds = createDataSource({ url: benchDb, slowQueryMs: 60_000 });
    await ds.initialize();
    const service = new RegionService(ds);
    for (const { q } of queries.slice(0, 30)) await service.search({ query: q, first: 10 });
    const sql = [];
    for (const { q } of queries) {
      const t0 = performance.now();
      await service.search({ query: q, first: 10 });
      sql.push(performance.now() - t0);
    }
    const byKind = [...KINDS, 'fixed'].map((kind) => {
      const times = queries
        .map((x, i) => [x, api[i]])
        .filter(([x]) => x.kind === kind)
        .map(([, t]) => t)
        .sort((a, b) => a - b);
      return `${kind} (${times.length}): p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`;
    });
    const slowest = queries
      .map((x, i) => [x.q, api[i]])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    await ds.destroy();
    api.sort((a, b) => a - b);
    sql.sort((a, b) => a - b);
    const [a50, a95, s50, s95] = [percentile(api, 50), percentile(api, 95), percentile(sql, 50), percentile(sql, 95)];
    console.log(`\nsearch: ${queries.length} queries (${KINDS.join(', ')}), one at a time, first: 10`);
    console.log(`search via GraphQL over HTTP (with path of each result): p50 ${ms(a50)}, p95 ${ms(a95)}, max ${ms(api.at(-1))}`);
    console.log(`search SQL direct (same query, no GraphQL):             p50 ${ms(s50)}, p95 ${ms(s95)}, max ${ms(sql.at(-1))}`);
    console.log(`ratio GraphQL / SQL: p50 ${(a50 / s50).toFixed(2)}×, p95 ${(a95 / s95).toFixed(2)}×`);
    console.log(`by kind, via GraphQL: ${byKind.join('; ')}`);
    console.log(`slowest via GraphQL: ${slowest.map(([q, t]) => `"${q}" ${ms(t)}`).join(', ')}`);
  }
}

if (wanted('activities')) {
  const dropDatabase = (name) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await benchActivities({ built, freshDatabase, dropDatabase, urlFor, dataset, args });
}

if (wanted('floor')) {
  await benchFloor({ built, admin, urlFor, args });
}

if (wanted('coverage')) {
  const dropDatabase = (name) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await benchCoverage({ built, freshDatabase, dropDatabase, urlFor, dataset, args });
}

// After coverage: `npm run bench -- coverage --keep scale` generates the dataset scale needs, then measures.
if (wanted('scale')) {
  await benchScale({ built, urlFor, args });
}

if (wanted('export')) {
  await benchExport({ built, freshDatabase, dropDatabase: (name) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), urlFor, dataset, args });
}

if (wanted('mail')) {
  await benchMail({ built, freshDatabase, dropDatabase: (name) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), args });
}

if (wanted('map')) {
  await benchMap({ freshDatabase, dropDatabase: (name) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) });
}

if (wanted('outbox')) {
  await benchOutbox({ freshDatabase, dropDatabase: (name) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), args });
}

if (wanted('pwa')) {
  await benchPwa({ freshDatabase, dropDatabase: (name) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) });
}

if (regionSteps) await admin.query('DROP DATABASE IF EXISTS jangkau_bench WITH (FORCE)');
await admin.end();
await embedded?.stop();

async function waitForHealth(port) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the app did not answer /health within 60 s');
}

/** A deterministic mix of what people type: real names whole, their starts, inner words, short stubs and typos. */
function searchQueries(data) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const names = data.records.map((r) => r.name);
  const pick = () => names[Math.floor(random() * names.length)];
  const out = ['bangko', 'pulau rengas', 'merangin', 'jambi', 'sungai', 'kota', 'a', 'ba', 'sum', 'kab merangin'].map((q) => ({ q, kind: 'fixed' }));
  while (out.length < 300) {
    const name = pick();
    const kind = KINDS[out.length % KINDS.length];
    if (kind === 'whole name') out.push({ q: name, kind });
    else if (kind === 'prefix 3-6') out.push({ q: name.slice(0, 3 + Math.floor(random() * 4)), kind });
    else if (kind === 'last word') out.push({ q: name.split(' ').at(-1), kind });
    else if (kind === '1-2 letters') out.push({ q: name.slice(0, 1 + Math.floor(random() * 2)), kind });
    else {
      const i = 1 + Math.floor(random() * (name.length - 2));
      out.push({ q: name.slice(0, i) + name.slice(i + 1), kind }); // a letter dropped
    }
  }
  return out;
}
