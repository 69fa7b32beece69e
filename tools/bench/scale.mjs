// `npm run bench -- scale [--duration=S] [--connections=N]`: issue 19's "two API processes behind a proxy against
// one": requests/s for the kantor dashboard. Run by hand; never part of `npm test`.
// What it does and how:
//   - it needs the national dataset kept by `npm run bench -- coverage --keep` (`jangkau_bench_coverage`, 100,000
//     verified activities; never generated, changed or dropped here, apart from pending migrations and the two
//     readers' passwords, as coverage --reuse does) and Redis at BENCH_REDIS_URL (redis://127.0.0.1:6379);
//   - the questions: coverage.mjs's 'kantor dashboard, 2026' (the same query, asked by the same kantor head) and the
//     signed-in floor `{ topics { id } }` (the national viewer, as there), each by `--connections` (50) closed-loop
//     clients (autocannon, pipelining 1) for `--duration` (10) s after a 2 s warm-up; every latency from
//     autocannon's 'response' events, every body checked for GraphQL errors (coverage.mjs's loadTest);
//   - the setups, on the same database, the built app as in production (NODE_ENV=production, default DB_POOL_MAX):
//       1 process, direct              – the app alone, as coverage.mjs measures it;
//       1 process, behind proxy        – the same through proxy.mjs (round robin, keep-alive, its own process):
//                                        the proxy's own cost;
//       1 process + Redis, behind proxy – the same with REDIS_URL (rate limits counted in Redis, live updates
//                                        through it): what sharing state costs one process;
//       2 processes + Redis, behind proxy – two app processes, both with REDIS_URL as in production, the proxy
//                                        taking turns between them: the gain, to be read against the row above;
//   - printed: one table (setup × question: requests/s, p50/p95/p99, failures, the 1-minute load average before and
//     after, and where the CPU went during the run: seconds used by the app process(es), the proxy, PostgreSQL's
//     backends on the bench database, the load generator (this process) and everything else on the machine, out of cores × duration;
//     from /proc, so Linux only, '–' elsewhere), how many requests each process took through the proxy, and the machine: its cores are shared by the
//     load generator (this process), the proxy, PostgreSQL and the app processes, so on a small machine two
//     processes cannot have twice the CPU one has; say so beside the figures.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { databaseComment } from './activities.mjs';
import { graphqlPoster } from './app.mjs';
import { DB_NAME, PASSWORD, PROFILE, YEAR, coverageReaders, dashboardQuery, loadTest, markerOf, startApp } from './coverage.mjs';
import { startProxy } from './proxy.mjs';

const APP_PORTS = [3295, 3296];
const PROXY_PORT = 3297;
const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
const ms = (n) => (n === undefined ? '–' : `${n.toFixed(1)} ms`);
const load1 = () => loadavg()[0].toFixed(2);

const SETUPS = [
  { name: '1 process, direct', processes: 1, proxy: false, redis: false },
  { name: '1 process, behind proxy', processes: 1, proxy: true, redis: false },
  { name: '1 process + Redis, behind proxy', processes: 1, proxy: true, redis: true },
  { name: '2 processes + Redis, behind proxy', processes: 2, proxy: true, redis: true },
];

export async function benchScale({ built, urlFor, args }) {
  const require = createRequire(import.meta.url);
  const { createDataSource } = require(join(built, 'database/data-source.js'));
  const { hashPassword } = require(join(built, 'common/access/password-hasher.js'));
  const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const duration = option('duration', 10);
  const connections = option('connections', 50);

  const marker = markerOf(PROFILE);
  if ((await databaseComment(urlFor, DB_NAME)) !== marker) {
    throw new Error(`scale: needs the national dataset kept by \`npm run bench -- coverage --keep\` (${DB_NAME}, "${marker}"); run that once first`);
  }
  await redisAnswers(REDIS_URL);
  const url = urlFor(DB_NAME);
  const ds = createDataSource({ url, slowQueryMs: 600_000, applicationName: 'jangkau-bench' });
  await ds.initialize();
  const migrated = await ds.runMigrations();
  const { office, national } = await coverageReaders(ds, hashPassword);
  await ds.destroy();
  const questions = [
    { name: 'kantor dashboard, 2026', as: office.head, query: dashboardQuery(YEAR) },
    { name: 'floor { topics { id } }', as: national, query: '{ topics { id } }' },
  ];
  console.log(
    `\nscale: ${DB_NAME}${migrated.length ? ` (applied ${migrated.map((m) => m.name).join(', ')})` : ''}; kantor ${office.name}, head ${office.head}; ` +
      `${connections} clients, ${duration} s each after 2 s warm-up; Redis ${REDIS_URL}; ${cpus().length} cores, load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );

  const tokens = {};
  const rows = [];
  const spread = [];
  const env = (redis) => (redis ? { REDIS_URL, REDIS_KEY_PREFIX: 'jangkau-bench-scale' } : {});
  for (const setup of SETUPS) {
    const apps = [];
    let proxy = null;
    try {
      // One after the other: the instances take turns preparing the database at start anyway.
      for (let i = 0; i < setup.processes; i++) apps.push(await startApp({ built, url, port: APP_PORTS[i], env: env(setup.redis) }));
      if (setup.proxy) proxy = await startProxy({ port: PROXY_PORT, backends: apps.map((a) => a.port) });
      const port = proxy ? proxy.port : apps[0].port;
      const post = graphqlPoster(port, setup.name);
      for (const username of new Set(questions.map((q) => q.as))) {
        tokens[username] ??= (await post('mutation($u:String!,$p:String!){login(username:$u,password:$p){accessToken}}', { u: username, p: PASSWORD })).login.accessToken;
      }
      for (const q of questions) {
        const token = tokens[q.as];
        // Every process answers once before the clients start (the proxy takes turns).
        for (let i = 0; i < setup.processes; i++) await post(q.query, {}, token);
        const body = JSON.stringify({ query: q.query });
        await loadTest({ port, body, token, connections, duration: 2 });
        await post(q.query, {}, token); // what the warm-up left queued is worked off
        const before = load1();
        const cpu = cpuMeter({ apps: apps.map((a) => a.pid), proxy: proxy?.pid });
        const r = await loadTest({ port, body, token, connections, duration });
        rows.push({ setup: setup.name, question: q.name, ...r, load: `${before} → ${load1()}`, cpu: cpu() });
        await post(q.query, {}, token);
      }
      if (proxy) spread.push(`${setup.name}: ${(await proxy.served()).join(' / ')}`);
    } finally {
      await proxy?.stop();
      for (const app of apps) await app.stop();
    }
  }

  const table = [
    ['setup', 'question', 'req/s', 'p50', 'p95', 'p99', 'failures', 'load avg (1 min)', 'CPU s: app(s) proxy pg generator other / available'],
    ...rows.map((r) => [r.setup, r.question, r.rps.toFixed(0), ms(r.p50), ms(r.p95), ms(r.p99), String(r.failures), r.load, r.cpu]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i >= 2 && i <= 6 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\nscale: ${connections} closed-loop clients, ${duration} s per row (requests/s over the whole run; latencies as the clients saw them)`);
  console.log(`  ${line(table[0])}`);
  console.log(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const row of table.slice(1)) console.log(`  ${line(row)}`);
  const gain = (question) => {
    const one = rows.find((r) => r.question === question && r.setup === SETUPS[2].name);
    const two = rows.find((r) => r.question === question && r.setup === SETUPS[3].name);
    return one && two ? `${(two.rps / one.rps).toFixed(2)}×` : '–';
  };
  console.log(`\nscale: 2 processes / 1 process (both + Redis, behind the proxy): dashboard ${gain(questions[0].name)}, floor ${gain(questions[1].name)}`);
  console.log(`scale: requests per process through the proxy (warm-up and checks included): ${spread.join('; ')}`);
  console.log(
    `scale: this machine has ${cpus().length} cores, shared by the load generator (autocannon, in this process), the proxy (its own process), ` +
      `PostgreSQL and the app process(es)${loadavg()[0] > 0.5 ? ', and by whatever else runs here' : ''}: ` +
      `load average now ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}. Two processes cannot have more CPU than the machine has; ` +
      'the figures say what a second process adds on this machine, not on one with cores to spare. The CPU column shows ' +
      'where the cores went during each run ("other": everything else on the machine, PostgreSQL\'s background processes included).',
  );
}

/** Clock ticks a process has run (user + system) from /proc/<pid>/stat, or null where there is no /proc. */
function ticksOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * The ticks of PostgreSQL's backends serving the bench database, by pid (their title names the database: the
 * server may be shared, and its other databases' work is not ours; its background processes count as "other").
 */
function postgresTicks() {
  const out = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${DB_NAME} `)) continue;
    } catch {
      continue;
    }
    const ticks = ticksOf(pid);
    if (ticks !== null) out.set(pid, ticks);
  }
  return out;
}

/** The machine's busy and total ticks over all cores (/proc/stat's first line; idle and iowait are not busy). */
function machineTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = values.slice(0, 8).map(Number);
  const total = n.reduce((a, b) => a + b, 0);
  return { busy: total - n[3] - n[4], total };
}

/**
 * Starts counting CPU; the function it returns says, in seconds since then: the app processes, the proxy,
 * PostgreSQL, this process (the load generator), the rest of the machine, and what all cores could have given.
 * USER_HZ is 100 on every Linux a bench runs on.
 */
function cpuMeter({ apps, proxy }) {
  if (process.platform !== 'linux') return () => '–';
  const HZ = 100;
  const own = (pids) => pids.reduce((sum, pid) => sum + (ticksOf(pid) ?? 0), 0);
  const start = { apps: own(apps), proxy: proxy ? own([proxy]) : 0, pg: postgresTicks(), self: process.cpuUsage(), machine: machineTicks() };
  return () => {
    const appsS = (own(apps) - start.apps) / HZ;
    const proxyS = proxy ? (own([proxy]) - start.proxy) / HZ : 0;
    let pgTicks = 0;
    for (const [pid, ticks] of postgresTicks()) pgTicks += ticks - (start.pg.get(pid) ?? 0);
    const pgS = pgTicks / HZ;
    const self = process.cpuUsage(start.self);
    const selfS = (self.user + self.system) / 1e6;
    const machine = machineTicks();
    const busyS = (machine.busy - start.machine.busy) / HZ;
    const availableS = (machine.total - start.machine.total) / HZ;
    const other = Math.max(0, busyS - appsS - proxyS - pgS - selfS);
    return `${[appsS, proxyS, pgS, selfS, other].map((x) => x.toFixed(1)).join(' ')} / ${availableS.toFixed(1)}`;
  };
}

/** Redis answers PING at `url` (fails early with a clear message rather than an app that does not start). */
function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) }, () => socket.write('PING\r\n'));
    socket.setTimeout(3000, () => socket.destroy(new Error('timed out')));
    socket.once('data', (d) => {
      socket.end();
      if (String(d).startsWith('+PONG') || String(d).startsWith('-NOAUTH')) resolve();
      else reject(new Error(`scale: Redis at ${url} answered ${JSON.stringify(String(d).trim())}`));
    });
    socket.once('error', (e) => reject(new Error(`scale: Redis at ${url} (BENCH_REDIS_URL) does not answer: ${e.message}`)));
  });
}
