// `npm run bench -- floor [--duration=S] [--connections=N] [--runs=N] [--db=NAME]`: the signed-in floor, issue 19's first
// figure. The built app (its own process, NODE_ENV=production, demo data on a database of its own,
// `jangkau_bench_floor` or --db, kept between runs) answers `{ topics { id } }` for a signed-in officer: `--connections` (50)
// closed-loop clients (autocannon, pipelining 1) for `--duration` (10) s after a 2 s warm-up, `--runs` (1) times;
// printed: requests/s, p50/p95/p99 (every latency from autocannon's 'response' events), failures, and the load
// average before and after each run (the machine may be shared: say so beside the figures).
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { startBuiltApp } from './app.mjs';

const PORT = 3294;
const QUERY = '{ topics { id } }';
const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} on ${cpus().length} cores`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const ms = (n) => `${n.toFixed(1)} ms`;

export async function benchFloor({ admin, urlFor, args }) {
  const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const duration = option('duration', 10);
  const connections = option('connections', 50);
  const runs = option('runs', 1);
  const DB_NAME =
    args
      .find((a) => a.startsWith('--db='))
      ?.slice(5)
      .replace(/[^a-z0-9_]/g, '') || 'jangkau_bench_floor';
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME])).rowCount > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${DB_NAME} ENCODING 'UTF8'`);
  const started = Date.now();
  const app = await startBuiltApp({
    url: urlFor(DB_NAME),
    port: PORT,
    env: { DEMO_HISTORY: 'false', GEO_DATA_DIR: '/nonexistent', MAIL_WORKER: 'false', SCHEDULER: 'false', ACCESS_TOKEN_TTL: '86400' },
  });
  try {
    const post = async (query, variables, token) => {
      const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(`${body.errors[0].message} (${query.slice(0, 80)})`);
      return body.data;
    };
    const { login } = await post('mutation($u:String!,$p:String!){login(username:$u,password:$p){accessToken}}', { u: 'petugas.kerinci', p: 'jangkau-demo' });
    const token = login.accessToken;
    await post(QUERY, {}, token);
    console.log(`\nfloor: signed-in ${QUERY}, ${connections} clients, ${duration} s (app up in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const body = JSON.stringify({ query: QUERY });
    await loadTest({ body, token, connections, duration: 2 });
    for (let run = 1; run <= runs; run++) {
      const before = load();
      const r = await loadTest({ body, token, connections, duration });
      console.log(
        `  run ${run}: ${r.rps.toFixed(0)} requests/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, max ${ms(r.max)}, ` +
          `${r.requests} requests, ${r.failures} failed; before: ${before}; after: ${load()}`,
      );
    }
  } finally {
    await app.stop();
  }
}

function loadTest({ body, token, connections, duration }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let graphqlErrors = 0;
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${PORT}/graphql`,
        connections,
        pipelining: 1,
        duration,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body,
            onResponse: (status, responseBody) => {
              if (status !== 200 || responseBody.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = [...latencies].sort((a, b) => a - b);
        resolve({
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: sorted.at(-1),
          requests: sorted.length,
          rps: sorted.length / (result.duration || duration),
          failures: result.errors + result.timeouts + graphqlErrors,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
}
