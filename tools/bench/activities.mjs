// `npm run bench -- activities [--keep] [--reuse] [--activities=N] [--runs=N]`: issue 4's goal, "at 100,000 activities a
// filtered page answers in under 50 ms p95", measured and printed. Run by hand; never part of `npm test`.
// What it does and how:
//   1. a fresh database `jangkau_bench_activities`: migrations, the 91,599 regions;
//   2. a national dataset, generated deterministically (seeded PRNG in this file, no Math.random) and inserted
//      set-based (one INSERT … SELECT FROM unnest(…) per table and chunk, no row loops): 151 kantor imigrasi with
//      2–4 kabupaten/kota each, 514 dinas (one per kabupaten/kota), 38 kanwil, the directorate general, one desa
//      government per kantor, a few users each; 100,000 activities over two years (mostly VERIFIED), each with 5–30
//      villages of the lead agency's working area, reach_codes and search_text as the API writes them, ~10% with a
//      co-organiser, participants, topics and programme items; then VACUUM (ANALYZE), as autovacuum would;
//   3. the real code path: the compiled ActivityQueries.list(caller, filter, sort, 20, after), called in-process
//      for six kinds of reader (officer of a kantor imigrasi, dinas officer, desa LOCAL, kanwil VIEWER, national
//      VIEWER, ADMIN) × ~20 filters (none, a quarter, status, type, agency, region at three levels, programme item,
//      topic, words, returnedToMe, pages 2 and 10 through the cursor, sorts, combinations); each case 3 warm-up
//      calls then `--runs` (30) timed ones, one at a time; p50/p95/max per case, overall p95, cases over 50 ms
//      flagged; ActivityQueries.count the same way; one page through GraphQL over HTTP (the built app, signed in);
//   4. EXPLAIN (ANALYZE, BUFFERS) of the slowest cases, with the SQL the service actually sent.
// The database is dropped at the end unless --keep. Generation took 65–170 s on 2 cores here (the more, the busier
// the machine); --reuse measures again on a database a --keep run left (same seed and size; pending migrations are
// applied, e.g. a new index), so a query or index change can be compared without generating again.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { graphqlPoster } from './app.mjs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const ACTIVITIES = 100_000;
export const SEED = 0x4a616e67; // "Jang"
const LIMIT_MS = 50;
const DAY = 24 * 3600 * 1000;
/**
 * What generate() builds, fixed so every run builds the same data. This one is the activities list's: two years of
 * activities, those starting after `asOf` still PLANNED and recent ones in every status, villages a run of consecutive
 * codes anywhere in the lead's area. coverage.mjs builds its own from it (three years, all VERIFIED, clustered).
 */
export const LIST_PROFILE = {
  activities: ACTIVITIES,
  windowStart: Date.parse('2024-12-01T00:00:00Z'),
  windowEnd: Date.parse('2026-12-01T00:00:00Z'),
  asOf: Date.parse('2026-11-01T00:00:00Z'),
  /** Every activity that has started by `asOf` is VERIFIED (otherwise: a realistic mix of statuses). */
  allVerified: false,
  /** Villages near the lead's home kecamatan more often (otherwise: anywhere in its area alike). */
  clustered: false,
};

const ms = (n) => `${n.toFixed(1)} ms`;
/** Figures from a busy machine are not the product's: say how busy it was while measuring. */
const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} on ${cpus().length} cores`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function benchActivities({ built, freshDatabase, dropDatabase, urlFor, dataset, args }) {
  const require = createRequire(import.meta.url);
  const { createDataSource } = require(join(built, 'database/data-source.js'));
  const { loadRegions } = require(join(built, 'modules/region/region-loader.js'));
  const { ActivityQueries } = require(join(built, 'modules/activity/activity-queries.service.js'));
  const { ActivitySort } = require(join(built, 'modules/activity/dto/activity.input.js'));
  const { hashPassword } = require(join(built, 'common/access/password-hasher.js'));
  const domain = require(join(built, '../../../libs/shared/domain/src/index.js'));

  const option = (name, fallback) => {
    const found = args.find((a) => a.startsWith(`--${name}=`));
    return found ? Number(found.split('=')[1]) : fallback;
  };
  const activityCount = option('activities', ACTIVITIES);
  const runs = option('runs', 30);
  const keep = args.includes('--keep');

  const dbName = 'jangkau_bench_activities';
  const marker = `jangkau bench: seed ${SEED}, ${activityCount} activities`;
  const reuse = args.includes('--reuse') && (await databaseComment(urlFor, dbName)) === marker;
  if (args.includes('--reuse') && !reuse) console.log(`\nactivities: no kept database with ${activityCount} activities to reuse, generating one`);
  const url = reuse ? urlFor(dbName) : await freshDatabase(dbName);
  const ds = createDataSource({ url, slowQueryMs: 600_000, applicationName: 'jangkau-bench' });
  await ds.initialize();
  const settings = await ds.query(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit', 'max_parallel_workers_per_gather') ORDER BY name`,
  );
  console.log(`\nactivities: server settings ${settings.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ')}`);
  const migrated = await ds.runMigrations();
  let ids;
  if (reuse) {
    console.log(`activities: reusing ${dbName} (${marker})${migrated.length ? `, applied ${migrated.map((m) => m.name).join(', ')}` : ''}`);
    ids = await datasetIds(ds);
    await ds.query('VACUUM (ANALYZE)');
  } else {
    await loadRegions(ds, dataset);
    // ── 2. The dataset ────────────────────────────────────────────────────────────────────────────────────────
    const t0 = performance.now();
    ids = await generate(ds, domain, { ...LIST_PROFILE, activities: activityCount });
    const generated = performance.now() - t0;
    const t1 = performance.now();
    await ds.query('VACUUM (ANALYZE)');
    const vacuumed = performance.now() - t1;
    await ds.query(`COMMENT ON DATABASE ${dbName} IS '${marker}'`);
    console.log(`activities: generated in ${ms(generated)} (seed ${SEED}), VACUUM (ANALYZE) ${ms(vacuumed)}`);
  }
  const counts = await ds.query(
    `SELECT t, n FROM (VALUES
       ('agencies', (SELECT count(*) FROM agencies)), ('agency_working_areas', (SELECT count(*) FROM agency_working_areas)),
       ('users', (SELECT count(*) FROM users)), ('activities', (SELECT count(*) FROM activities)),
       ('activity_villages', (SELECT count(*) FROM activity_villages)), ('activity_agencies', (SELECT count(*) FROM activity_agencies)),
       ('activity_participants', (SELECT count(*) FROM activity_participants)), ('activity_topics', (SELECT count(*) FROM activity_topics)),
       ('activity_programme_items', (SELECT count(*) FROM activity_programme_items))) AS c(t, n)`,
  );
  const statuses = await ds.query(`SELECT status, count(*)::int AS n FROM activities GROUP BY status ORDER BY status`);
  const [size] = await ds.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS db, pg_size_pretty(pg_total_relation_size('activities')) AS activities`);
  console.log(`activities: database ${size.db}, activities with indexes ${size.activities}`);
  console.log(`activities: rows ${counts.map((c) => `${c.t} ${Number(c.n).toLocaleString('en')}`).join(', ')}`);
  console.log(`activities: status ${statuses.map((s) => `${s.status} ${s.n.toLocaleString('en')}`).join(', ')}`);

  // ── 3. The real code path ───────────────────────────────────────────────────────────────────────────────────
  const callerOf = (username) => callerFor(ds, built, username);
  const callers = [
    ['kanim officer', await callerOf(ids.officeOfficer)],
    ['dinas officer', await callerOf('dinas.15.02.petugas1')],
    ['desa LOCAL', await callerOf(ids.desaUser)],
    ['kanwil VIEWER', await callerOf('kanwil.15.viewer1')],
    ['national VIEWER', await callerOf('ditjen.viewer1')],
    ['ADMIN', await callerOf('ditjen.admin')],
  ];
  for (const [label, c] of callers) {
    console.log(`activities: caller ${label}: ${c.username} (${c.role}, ${c.agencyType}, scope ${c.scope.kind === 'NATIONAL' ? 'NATIONAL' : c.scope.regionCodes.join(' ')})`);
  }

  const quarter = { from: new Date('2026-04-01T00:00:00+07:00'), to: new Date('2026-07-01T00:00:00+07:00') };
  const STARTS = ActivitySort.STARTS_AT_DESC;
  const filters = [
    { name: 'none', filter: {} },
    { name: 'period 2026-Q2', filter: quarter },
    { name: 'status VERIFIED', filter: { statuses: ['VERIFIED'] } },
    { name: 'type PENYULUHAN', filter: { types: ['PENYULUHAN'] } },
    { name: 'agency (kanim Merangin)', filter: { agencyId: ids.officeAgency } },
    { name: 'region provinsi 15', filter: { regionCode: '15' } },
    { name: 'region kabupaten 15.02', filter: { regionCode: '15.02' } },
    { name: 'region kecamatan 15.02.10', filter: { regionCode: '15.02.10' } },
    { name: 'programme item 8', filter: { programmeItemId: ids.items[8] } },
    { name: 'programme item 3 (rare)', filter: { programmeItemId: ids.items[3] } },
    { name: 'topic layanan paspor', filter: { topicId: ids.topics['layanan paspor'] } },
    { name: 'search "paspor"', filter: { search: 'paspor' } },
    { name: 'search "bangko"', filter: { search: 'bangko' } },
    { name: 'returnedToMe', filter: { returnedToMe: true } },
    { name: 'page 2', filter: {}, page: 2 },
    { name: 'page 10', filter: {}, page: 10 },
    { name: 'region 15.02 + VERIFIED, page 10', filter: { regionCode: '15.02', statuses: ['VERIFIED'] }, page: 10 },
    { name: 'Q2 + VERIFIED + region 15.02', filter: { ...quarter, statuses: ['VERIFIED'], regionCode: '15.02' } },
    { name: 'Q2 + search "sosialisasi desa"', filter: { ...quarter, search: 'sosialisasi desa' } },
    { name: 'sort STARTS_AT_ASC', filter: {}, sort: ActivitySort.STARTS_AT_ASC },
    { name: 'sort UPDATED_AT_DESC', filter: {}, sort: ActivitySort.UPDATED_AT_DESC },
  ];

  const service = new ActivityQueries(ds);
  let captured = null;
  const capturing = new ActivityQueries({ query: (sql, params) => ((captured = { sql, params }), ds.query(sql, params)) });
  const time = async (fn) => {
    for (let i = 0; i < 3; i++) await fn();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };

  const results = [];
  console.log(`\nactivities: ActivityQueries.list(caller, filter, sort, 20, after) in-process, 3 warm-up + ${runs} timed calls each, one at a time (${load()})`);
  for (const [label, caller] of callers) {
    for (const f of filters) {
      const sort = f.sort ?? STARTS;
      let after = null;
      let rows = 0;
      for (let page = 1; page < (f.page ?? 1); page++) {
        const p = await service.list(caller, f.filter, sort, 20, after);
        after = p.endCursor;
        if (!p.hasNextPage) break;
      }
      if ((f.page ?? 1) > 1 && !after) {
        results.push({ label, name: f.name, skipped: 'fewer pages' });
        continue;
      }
      const times = await time(async () => {
        rows = (await service.list(caller, f.filter, sort, 20, after)).rows.length;
      });
      await capturing.list(caller, f.filter, sort, 20, after);
      results.push({ label, name: f.name, times, rows, query: captured });
    }
  }
  const width = Math.max(...filters.map((f) => f.name.length));
  for (const [label] of callers) {
    console.log(`  ${label}:`);
    for (const r of results.filter((x) => x.label === label)) {
      if (r.skipped) {
        console.log(`    ${r.name.padEnd(width)}  (not measured: ${r.skipped})`);
        continue;
      }
      const [p50, p95, max] = [percentile(r.times, 50), percentile(r.times, 95), r.times.at(-1)];
      const flag = p95 > LIMIT_MS ? `   ← over ${LIMIT_MS} ms` : '';
      console.log(`    ${r.name.padEnd(width)}  ${String(r.rows).padStart(2)} rows  p50 ${ms(p50).padStart(9)}  p95 ${ms(p95).padStart(9)}  max ${ms(max).padStart(9)}${flag}`);
    }
  }
  console.log(`activities: list measured (${load()})`);
  const measured = results.filter((r) => !r.skipped);
  const all = measured.flatMap((r) => r.times).sort((a, b) => a - b);
  const over = measured.filter((r) => percentile(r.times, 95) > LIMIT_MS);
  console.log(`activities: list, all ${measured.length} cases pooled (${all.length} calls): p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, max ${ms(all.at(-1))}`);
  console.log(`activities: ${over.length} of ${measured.length} cases over ${LIMIT_MS} ms p95${over.length ? `: ${over.map((r) => `${r.label} / ${r.name}`).join('; ')}` : ''}`);

  // activityCount: the same filters, without pages.
  const countFilters = filters.filter((f) => !f.page && !f.sort);
  const countResults = [];
  for (const [label, caller] of callers) {
    for (const f of countFilters) {
      let n = 0;
      const times = await time(async () => {
        n = await service.count(caller, f.filter);
      });
      countResults.push({ label, name: f.name, times, n });
    }
  }
  console.log(`\nactivities: ActivityQueries.count(caller, filter), 3 warm-up + ${runs} timed calls each (${load()} at the end)`);
  for (const [label] of callers) {
    console.log(`  ${label}:`);
    for (const r of countResults.filter((x) => x.label === label)) {
      const [p50, p95, max] = [percentile(r.times, 50), percentile(r.times, 95), r.times.at(-1)];
      const flag = p95 > LIMIT_MS ? `   ← over ${LIMIT_MS} ms` : '';
      console.log(`    ${r.name.padEnd(width)}  ${String(r.n).padStart(6)}  p50 ${ms(p50).padStart(9)}  p95 ${ms(p95).padStart(9)}  max ${ms(max).padStart(9)}${flag}`);
    }
  }
  const allCounts = countResults.flatMap((r) => r.times).sort((a, b) => a - b);
  console.log(
    `activities: count, all ${countResults.length} cases pooled: p50 ${ms(percentile(allCounts, 50))}, p95 ${ms(percentile(allCounts, 95))}, max ${ms(allCounts.at(-1))}; ${countResults.filter((r) => percentile(r.times, 95) > LIMIT_MS).length} cases over ${LIMIT_MS} ms p95`,
  );

  // One page through GraphQL over HTTP: the built app on this database, signed in as the kantor officer.
  await graphqlPage({ built, url, ds, hashPassword, username: ids.officeOfficer, runs, direct: results });

  // ── 4. Plans of the slowest cases ───────────────────────────────────────────────────────────────────────────
  const slowest = [...measured].sort((a, b) => percentile(b.times, 95) - percentile(a.times, 95)).slice(0, 5);
  for (const r of slowest) {
    await ds.query(`EXPLAIN (ANALYZE) ${r.query.sql}`, r.query.params); // warm, as the timed calls were
    const plan = (await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${r.query.sql}`, r.query.params)).map((p) => p['QUERY PLAN']);
    console.log(`\nactivities: EXPLAIN (ANALYZE, BUFFERS) ${r.label} / ${r.name} (p95 ${ms(percentile(r.times, 95))}), lookups of users' names left out:`);
    for (const line of withoutUserLookups(plan)) console.log(`    ${line}`);
  }

  await ds.destroy();
  if (keep) console.log(`\nactivities: kept database ${dbName} (--keep)`);
  else await dropDatabase(dbName);
}

/** The signed-in caller the API would build for `username`: role, agency, permissions and scope. */
export async function callerFor(ds, built, username) {
  const require = createRequire(import.meta.url);
  const { scopeFor, permissionsFor } = require(join(built, 'common/access/caller.js'));
  const [u] = await ds.query(
    `SELECT u.id, u.username, u.full_name, u.role, u.must_change_password, g.id AS agency_id, g.parent_id, g.type,
       array(SELECT region_code FROM agency_working_areas w WHERE w.agency_id = g.id ORDER BY region_code) AS area
     FROM users u JOIN agencies g ON g.id = u.agency_id WHERE u.username = $1`,
    [username],
  );
  return {
    userId: u.id,
    username: u.username,
    fullName: u.full_name,
    role: u.role,
    agencyId: u.agency_id,
    agencyParentId: u.parent_id,
    agencyType: u.type,
    mustChangePassword: u.must_change_password,
    permissions: permissionsFor(u.role),
    scope: scopeFor(u.role, u.type, u.area),
  };
}

/** The comment a generating run left on the database (what it holds), or null when there is no such database. */
export async function databaseComment(urlFor, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]);
    return rows[0]?.comment ?? null;
  } finally {
    await client.end();
  }
}

/** What the measurements need from a kept dataset: the same rows generate() returned when it built it. */
async function datasetIds(ds) {
  const [office] = await ds.query(`SELECT g.id FROM agencies g JOIN agency_working_areas w ON w.agency_id = g.id WHERE g.type = 'KANTOR_IMIGRASI' AND w.region_code = '15.02'`);
  const returned = await ds.query(
    `SELECT u.username FROM activities a JOIN users u ON u.id = a.submitted_by WHERE a.status = 'RETURNED' AND a.lead_agency_id = $1
     GROUP BY u.username ORDER BY count(*) DESC, u.username LIMIT 1`,
    [office.id],
  );
  const [officer] = await ds.query(`SELECT username FROM users WHERE agency_id = $1 AND role = 'OFFICER' ORDER BY username LIMIT 1`, [office.id]);
  const [items, topics] = await Promise.all([ds.query(`SELECT id, number FROM programme_items`), ds.query(`SELECT id, name FROM topics`)]);
  return {
    officeAgency: office.id,
    officeOfficer: returned[0]?.username ?? officer.username,
    desaUser: 'desa.15.02.10.2001',
    items: Object.fromEntries(items.map((i) => [i.number, i.id])),
    topics: Object.fromEntries(topics.map((t) => [t.name, t.id])),
  };
}

/** A plan without the subtrees that only read `users` (the names of creator, submitter and verifier). */
function withoutUserLookups(lines) {
  const indent = (l) => l.search(/\S/);
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('->')) {
      let end = i + 1;
      while (end < lines.length && indent(lines[end]) > indent(lines[i])) end++;
      const subtree = lines.slice(i, end).join('\n');
      if (/ on users /.test(subtree) && !/ on activities /.test(subtree)) {
        i = end - 1;
        continue;
      }
    }
    out.push(lines[i]);
  }
  return out;
}

/** Times `activities(filter: { regionCode }, first: 20)` with the fields a list row shows, through HTTP and GraphQL. */
async function graphqlPage({ built, url, ds, hashPassword, username, runs, direct }) {
  const port = 3291;
  const password = 'bench-only-Password-1';
  await ds.query(`UPDATE users SET password_hash = $2 WHERE username = $1`, [username, await hashPassword(password)]);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    DEMO_MODE: 'false',
    JWT_SECRET: 'bench-only-secret-bench-only-secret-0001',
    RATE_LIMIT_PER_MINUTE: '10000000',
  };
  const child = spawn(process.execPath, [join(built, 'main.js')], { env, stdio: 'ignore' });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error('the app did not answer /health within 60 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const post = graphqlPoster(port);
    const { login } = await post('mutation($u:String!,$p:String!){login(username:$u,password:$p){accessToken}}', { u: username, p: password });
    const rowFields = 'id type status title startsAt endsAt timeZone venueName leadAgency{name} villageCount participantTotals{total} allowedActions';
    const baseline = [];
    for (let i = 0; i < 3 + runs; i++) {
      const t = performance.now();
      await post('{topics{id}}', {}, login.accessToken);
      if (i >= 3) baseline.push(performance.now() - t);
    }
    baseline.sort((a, b) => a - b);
    console.log(`activities: GraphQL over HTTP, signed in, \`{ topics { id } }\` (the floor: auth, GraphQL, HTTP): p50 ${ms(percentile(baseline, 50))}, p95 ${ms(percentile(baseline, 95))}`);
    for (const [name, filter, fields] of [
      ['none', {}, 'id'],
      ['none', {}, rowFields],
      ['region kabupaten 15.02', { regionCode: '15.02' }, rowFields],
    ]) {
      const query = `query($f:ActivityFilter){activities(filter:$f,first:20){nodes{${fields}} pageInfo{endCursor hasNextPage}}}`;
      const times = [];
      for (let i = 0; i < 3 + runs; i++) {
        const t = performance.now();
        await post(query, { f: filter }, login.accessToken);
        if (i >= 3) times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const same = direct.find((r) => r.label === 'kanim officer' && r.name === name);
      console.log(
        `activities: GraphQL over HTTP, kanim officer / ${name}, 20 rows, ${fields === 'id' ? 'id only' : 'with leadAgency, villageCount, participantTotals, allowedActions'}: ` +
          `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1))}` +
          (same ? ` (list() alone: p95 ${ms(percentile(same.times, 95))})` : ''),
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
}

// ── Generation ───────────────────────────────────────────────────────────────────────────────────────────────

const TYPES = [
  ['SOSIALISASI', 45],
  ['PENYULUHAN', 20],
  ['RAPAT_KOORDINASI', 12],
  ['PEMBENTUKAN_DESA_BINAAN', 6],
  ['MONITORING', 12],
  ['LAINNYA', 5],
];
const TITLES = {
  SOSIALISASI: [
    'Sosialisasi Pencegahan TPPO dan TPPM bagi Perangkat Desa Kecamatan {kec}',
    'Sosialisasi Pencegahan TPPO di Desa {desa}',
    'Sosialisasi Migrasi Aman dan Prosedur PMI di Kecamatan {kec}',
    'Sosialisasi Bahaya Perdagangan Orang bagi Pelajar {kab}',
  ],
  PENYULUHAN: [
    'Penyuluhan Hukum Pencegahan TPPO di Desa {desa}',
    'Penyuluhan Keimigrasian dan Layanan Paspor bagi Calon PMI Kecamatan {kec}',
    'Penyuluhan Bahaya Penyelundupan Manusia di Kecamatan {kec}',
  ],
  RAPAT_KOORDINASI: ['Rapat Koordinasi Tim Pengawasan Orang Asing {kab}', 'Rapat Koordinasi Satgas TPPO {kab}'],
  PEMBENTUKAN_DESA_BINAAN: ['Pembentukan Desa Binaan Imigrasi {desa}'],
  MONITORING: ['Monitoring Desa Binaan {desa}', 'Monitoring Tindak Lanjut Sosialisasi di Kecamatan {kec}'],
  LAINNYA: ['Pelayanan Paspor Keliling di Kecamatan {kec}', 'Bimbingan Teknis Aparatur Desa {desa}'],
};
const REACH_BY_TYPE = {
  SOSIALISASI: 'OFFICIALS_ATTENDED',
  PENYULUHAN: 'RESIDENTS_ATTENDED',
  RAPAT_KOORDINASI: 'OFFICIALS_ATTENDED',
  PEMBENTUKAN_DESA_BINAAN: 'OFFICIALS_ATTENDED',
  MONITORING: 'OFFICIALS_ATTENDED',
  LAINNYA: 'RESIDENTS_ATTENDED',
};
const CATEGORIES = ['CAMAT', 'LURAH', 'KEPALA_DESA', 'PERANGKAT_DESA', 'TOKOH_MASYARAKAT', 'MASYARAKAT_UMUM', 'CALON_PMI', 'PELAJAR', 'LAINNYA'];
const RETURN_REASONS = ['Daftar hadir belum dilampirkan.', 'Jumlah peserta tidak sesuai dengan daftar hadir.', 'Desa yang dijangkau perlu diperiksa kembali.'];

/**
 * Inserts `rows` (an object of equally long column arrays) with one INSERT … SELECT FROM unnest per chunk. A column's
 * spec is its array element type, or [type, expression of the unnested value] when it needs converting.
 */
export async function insert(ds, table, columns, rows, chunk = 100_000) {
  const names = Object.keys(columns);
  const n = rows[names[0]].length;
  const typeOf = (c) => (Array.isArray(columns[c]) ? columns[c][0] : columns[c]);
  const exprOf = (c) => (Array.isArray(columns[c]) ? columns[c][1](`u.${c}`) : `u.${c}`);
  for (let start = 0; start < n; start += chunk) {
    const params = names.map((c) => rows[c].slice(start, start + chunk));
    const arrays = names.map((c, i) => `$${i + 1}::${typeOf(c)}[]`).join(', ');
    await ds.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.map(exprOf).join(', ')} FROM unnest(${arrays}) AS u(${names.join(', ')})`, params);
  }
}

const columnsOf = (spec) => Object.fromEntries(Object.keys(spec).map((c) => [c, []]));

/**
 * Builds the national dataset described by `profile` (see LIST_PROFILE) and inserts it set-based. `timings`, when
 * given, receives milliseconds per phase: agencies, build (the PRNG loop in memory), activities, links
 * (activity_villages), other (co-organisers, participants, topics, programme items).
 */
export async function generate(ds, domain, profile, timings = {}) {
  const { activities: activityCount, windowStart: WINDOW_START, windowEnd: WINDOW_END, asOf: AS_OF } = profile;
  let clock = performance.now();
  const lap = (phase) => {
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + (now - clock);
    clock = now;
  };
  // The shared generator (libs/shared/domain seededRandom): the same sequence, so the same dataset, as ever.
  const random = domain.seededRandom(SEED);
  const regions = await ds.query(`SELECT code, name, depth FROM regions ORDER BY code COLLATE "C"`);
  const nameOf = new Map(regions.map((r) => [r.code, r.name]));
  const provinces = regions.filter((r) => r.depth === 1).map((r) => r.code);
  const kabupaten = regions.filter((r) => r.depth === 2).map((r) => r.code);
  const villagesOf = new Map(kabupaten.map((k) => [k, []]));
  for (const r of regions) if (r.depth === 4) villagesOf.get(r.code.slice(0, 5)).push(r.code);
  const [topics, items] = await Promise.all([ds.query(`SELECT id, name FROM topics ORDER BY position`), ds.query(`SELECT id, number FROM programme_items ORDER BY number`)]);

  // Agencies: the directorate general, a kanwil per provinsi, 151 kantor imigrasi over consecutive kabupaten/kota
  // (20 with 2, 50 with 3, 81 with 4: all 514 covered), a dinas per kabupaten/kota, a desa government per kantor.
  const agencySpec = { id: 'uuid', name: 'varchar', short_name: 'varchar', type: 'agency_type', parent_id: 'uuid', home_region_code: 'varchar' };
  const agencies = columnsOf(agencySpec);
  const areas = { agency_id: [], region_code: [] };
  const userSpec = { id: 'uuid', username: 'varchar', full_name: 'varchar', password_hash: 'varchar', agency_id: 'uuid', role: 'user_role' };
  const users = columnsOf(userSpec);
  const officersOf = new Map();
  const headOf = new Map();
  const addAgency = (name, shortName, type, parentId, home, area) => {
    const id = random.uuid();
    for (const [c, v] of Object.entries({ id, name, short_name: shortName, type, parent_id: parentId, home_region_code: home })) agencies[c].push(v);
    for (const code of area) {
      areas.agency_id.push(id);
      areas.region_code.push(code);
    }
    return id;
  };
  const addUser = (agencyId, username, role) => {
    const id = random.uuid();
    for (const [c, v] of Object.entries({ id, username, full_name: `Pengguna ${username}`, password_hash: 'bench-not-a-password-hash', agency_id: agencyId, role })) users[c].push(v);
    if (role === 'OFFICER') officersOf.set(agencyId, [...(officersOf.get(agencyId) ?? []), id]);
    if (role === 'HEAD') headOf.set(agencyId, id);
    return id;
  };
  const ditjen = addAgency('Direktorat Jenderal Imigrasi', 'Ditjenim', 'DITJEN', null, null, []);
  addUser(ditjen, 'ditjen.admin', 'ADMIN');
  for (let i = 1; i <= 3; i++) addUser(ditjen, `ditjen.viewer${i}`, 'VIEWER');
  const kanwilOf = new Map();
  for (const p of provinces) {
    const id = addAgency(`Kantor Wilayah ${nameOf.get(p)}`, `Kanwil ${nameOf.get(p)}`.slice(0, 60), 'KANWIL', ditjen, p, [p]);
    kanwilOf.set(p, id);
    for (let i = 1; i <= 2; i++) addUser(id, `kanwil.${p}.viewer${i}`, 'VIEWER');
  }
  const sizes = [...Array(20).fill(2), ...Array(50).fill(3), ...Array(81).fill(4)];
  for (let i = sizes.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [sizes[i], sizes[j]] = [sizes[j], sizes[i]];
  }
  const offices = [];
  const officeOfKab = new Map();
  let next = 0;
  for (const [n, size] of sizes.entries()) {
    const area = kabupaten.slice(next, next + size);
    next += size;
    const home = area[0];
    const name = `Kantor Imigrasi ${nameOf.get(home).replace(/^(Kabupaten|Kota) /, '')}`;
    const id = addAgency(name, `Kanim ${String(n + 1).padStart(3, '0')}`, 'KANTOR_IMIGRASI', kanwilOf.get(home.slice(0, 2)), home, area);
    const office = { id, area, villages: area.flatMap((k) => villagesOf.get(k)), key: `kanim${String(n + 1).padStart(3, '0')}` };
    offices.push(office);
    for (const k of area) officeOfKab.set(k, office);
    addUser(id, `${office.key}.kepala`, 'HEAD');
    for (let i = 1; i <= 4; i++) addUser(id, `${office.key}.petugas${i}`, 'OFFICER');
  }
  const dinasOfKab = new Map();
  const dinas = kabupaten.map((k) => {
    const id = addAgency(`Dinas PMPTSP-TK ${nameOf.get(k)}`, `Disnaker ${k}`, 'DINAS', null, k, [k]);
    dinasOfKab.set(k, id);
    addUser(id, `dinas.${k}.kepala`, 'HEAD');
    for (let i = 1; i <= 2; i++) addUser(id, `dinas.${k}.petugas${i}`, 'OFFICER');
    return { id, area: [k], villages: villagesOf.get(k) };
  });
  const merangin = officeOfKab.get('15.02');
  let desaUser = null;
  for (const office of offices) {
    const village = office === merangin ? '15.02.10.2001' : random.pick(office.villages);
    const id = addAgency(`Pemerintah Desa ${nameOf.get(village)}`, `Desa ${nameOf.get(village)}`.slice(0, 60), 'DESA_KELURAHAN', null, village, [village]);
    const username = `desa.${village}`;
    addUser(id, username, 'LOCAL');
    if (office === merangin) desaUser = username;
  }
  await insert(ds, 'agencies', agencySpec, agencies);
  await insert(ds, 'agency_working_areas', { agency_id: 'uuid', region_code: 'varchar' }, areas);
  await ds.query(
    `UPDATE agencies g SET village_count = s.n FROM (
       SELECT w.agency_id, sum(CASE WHEN r.depth = 4 THEN 1 ELSE r.village_count END)::int AS n
       FROM agency_working_areas w JOIN regions r ON r.code = w.region_code GROUP BY w.agency_id) s
     WHERE s.agency_id = g.id`,
  );
  await insert(ds, 'users', userSpec, users);
  lap('agencies');
  // Clustering (profile.clustered): each lead has a home kecamatan (its own PRNG, so the sequence above is untouched);
  // an activity starts in a kecamatan drawn with weight 1/(1+d)^1.6, d the distance from home in the code order of the
  // area's kecamatan (codes run roughly along the map), at a random village of it, and runs on through consecutive
  // villages, so a big one spills into the next kecamatan. About 2/5 start in the home kecamatan, 3/4 within two.
  const placement = domain.seededRandom(SEED + 1);
  const kecamatanOf = (lead) => {
    if (lead.kecamatan) return lead.kecamatan;
    const list = [];
    for (const [i, code] of lead.villages.entries()) {
      if (list.at(-1)?.code !== code.slice(0, 8)) list.push({ code: code.slice(0, 8), first: i, size: 0 });
      list.at(-1).size++;
    }
    const inHome = list.filter((k) => k.code.startsWith(`${lead.area[0]}.`)).length;
    const home = placement.int(inHome);
    let total = 0;
    const cumulative = list.map((_, i) => (total += 1 / (1 + Math.abs(i - home)) ** 1.6));
    lead.kecamatan = { list, cumulative, total };
    return lead.kecamatan;
  };
  const clusteredStart = (lead) => {
    const { list, cumulative, total } = kecamatanOf(lead);
    const r = random.next() * total;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return list[lo].first + random.int(list[lo].size);
  };

  // Activities: 62% led by a kantor imigrasi, 38% by a dinas; villages a run of consecutive codes (so mostly one
  // or two kecamatan) of the lead's area; the venue the first village or its kecamatan.
  const activitySpec = {
    id: 'uuid',
    type: 'activity_type',
    status: 'activity_status',
    title: 'varchar',
    description: 'text',
    starts_at: 'timestamptz',
    ends_at: 'timestamptz',
    venue_name: 'varchar',
    venue_region_code: 'varchar',
    time_zone: 'varchar',
    lead_agency_id: 'uuid',
    reach_codes: ['text', (v) => `string_to_array(${v}, ',')::varchar[]`],
    search_text: 'text',
    return_reason: 'text',
    created_by: 'uuid',
    submitted_by: 'uuid',
    submitted_at: 'timestamptz',
    verified_by: 'uuid',
    verified_at: 'timestamptz',
    version: 'int',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  };
  const acts = columnsOf(activitySpec);
  const villages = { activity_id: [], village_code: [], reach: [] };
  const coOrganisers = { activity_id: [], agency_id: [], status: [], invited_at: [], answered_at: [] };
  const participants = { activity_id: [], agency_id: [], category: [], male: [], female: [] };
  const topicLinks = { activity_id: [], topic_id: [] };
  const itemLinks = { activity_id: [], programme_item_id: [] };
  const itemId = Object.fromEntries(items.map((i) => [i.number, i.id]));
  const iso = (t) => new Date(t).toISOString();
  const kabName = (code) => nameOf.get(code.slice(0, 5));

  for (let n = 0; n < activityCount; n++) {
    const lead = random.next() < 0.62 ? random.pick(offices) : random.pick(dinas);
    const type = random.weighted(TYPES);
    const count = Math.min(lead.villages.length, 5 + Math.floor(26 * random.next() ** 1.5));
    const start = profile.clustered ? clusteredStart(lead) : random.int(lead.villages.length);
    const chosen = Array.from({ length: count }, (_, k) => lead.villages[(start + k) % lead.villages.length]);
    const first = chosen[0];
    const atVillage = random.next() < 0.5;
    const venue = atVillage ? first : first.slice(0, 8);
    const venueName = atVillage ? `${random.pick(['Balai Desa', 'Kantor Kepala Desa'])} ${nameOf.get(first)}` : `Aula Kantor Camat ${nameOf.get(first.slice(0, 8))}`;
    const title = random
      .pick(TITLES[type])
      .replace('{desa}', nameOf.get(first))
      .replace('{kec}', nameOf.get(first.slice(0, 8)))
      .replace('{kab}', kabName(first));
    const startsAt = WINDOW_START + Math.floor((random.next() * (WINDOW_END - WINDOW_START)) / DAY) * DAY + (1 + random.int(6)) * 3600 * 1000;
    const endsAt = startsAt + (random.next() < 0.05 ? (1 + random.int(2)) * DAY : (2 + random.int(5)) * 3600 * 1000);
    const recent = AS_OF - startsAt < 45 * DAY;
    const status =
      startsAt >= AS_OF
        ? 'PLANNED'
        : profile.allVerified
          ? 'VERIFIED'
          : recent
            ? random.weighted([
                ['DRAFT', 30],
                ['SUBMITTED', 35],
                ['RETURNED', 10],
                ['VERIFIED', 25],
              ])
            : random.weighted([
                ['VERIFIED', 95],
                ['SUBMITTED', 2],
                ['RETURNED', 2],
                ['DRAFT', 1],
              ]);
    const officers = officersOf.get(lead.id);
    const createdBy = random.pick(officers);
    const createdAt = Math.min(startsAt - (1 + random.int(20)) * DAY, AS_OF);
    const submitted = ['SUBMITTED', 'VERIFIED', 'RETURNED'].includes(status);
    const submittedAt = submitted ? Math.min(endsAt + (1 + random.int(5)) * DAY, AS_OF) : null;
    const verifiedAt = status === 'VERIFIED' ? Math.min(submittedAt + (1 + random.int(7)) * DAY, AS_OF) : null;
    const id = random.uuid();
    const codes = new Set();
    for (const code of [venue, ...chosen]) {
      codes.add(code);
      for (const a of domain.ancestorCodes(code)) codes.add(a);
    }
    const row = {
      id,
      type,
      status,
      title,
      description: `Kegiatan ${type.toLowerCase().replace(/_/g, ' ')} tentang ruang lingkup TPPO dan TPPM, modus operandi, tantangan dan dampaknya, serta langkah pencegahan secara hukum dan sosial, bersama perangkat desa dan tokoh masyarakat ${kabName(first)}.`,
      starts_at: iso(startsAt),
      ends_at: iso(endsAt),
      venue_name: venueName,
      venue_region_code: venue,
      time_zone: domain.timeZoneOfRegion(venue),
      lead_agency_id: lead.id,
      reach_codes: [...codes].sort().join(','),
      search_text: domain.normalizeSearchText(`${title} ${venueName}`),
      return_reason: status === 'RETURNED' ? random.pick(RETURN_REASONS) : null,
      created_by: createdBy,
      submitted_by: submitted ? random.pick(officers) : null,
      submitted_at: submittedAt === null ? null : iso(submittedAt),
      verified_by: verifiedAt === null ? null : headOf.get(lead.id),
      verified_at: verifiedAt === null ? null : iso(verifiedAt),
      version: 1 + (submitted ? 1 : 0) + (verifiedAt ? 1 : 0) + random.int(3),
      created_at: iso(createdAt),
      updated_at: iso(verifiedAt ?? submittedAt ?? createdAt),
    };
    for (const [c, v] of Object.entries(row)) acts[c].push(v);
    for (const [k, code] of chosen.entries()) {
      villages.activity_id.push(id);
      villages.village_code.push(code);
      villages.reach.push(k === 0 && atVillage ? 'HELD_IN_VILLAGE' : REACH_BY_TYPE[type]);
    }
    const addParticipants = (agencyId, kinds) => {
      const categories = CATEGORIES.filter(() => random.next() < kinds / CATEGORIES.length);
      for (const category of categories.length ? categories : ['MASYARAKAT_UMUM']) {
        participants.activity_id.push(id);
        participants.agency_id.push(agencyId);
        participants.category.push(category);
        participants.male.push(random.int(40));
        participants.female.push(random.int(40));
      }
    };
    addParticipants(lead.id, 3);
    if (random.next() < 0.1) {
      const kab = first.slice(0, 5);
      const partner = lead.area.length === 1 ? officeOfKab.get(kab).id : dinasOfKab.get(kab);
      const answer = random.weighted([
        ['ACCEPTED', 80],
        ['INVITED', 10],
        ['DECLINED', 10],
      ]);
      coOrganisers.activity_id.push(id);
      coOrganisers.agency_id.push(partner);
      coOrganisers.status.push(answer);
      coOrganisers.invited_at.push(iso(createdAt));
      coOrganisers.answered_at.push(answer === 'INVITED' ? null : iso(createdAt + DAY));
      if (answer === 'ACCEPTED') addParticipants(partner, 1);
    }
    const topicCount = 1 + random.int(4);
    const firstTopic = random.int(topics.length);
    for (let k = 0; k < topicCount; k++) {
      topicLinks.activity_id.push(id);
      topicLinks.topic_id.push(topics[(firstTopic + k * 3) % topics.length].id);
    }
    const programme = random.weighted([
      [[8], 75],
      [[8, 1], 5],
      [[8, 3], 2],
      [[2], 3],
      [[], 15],
    ]);
    for (const number of programme) {
      itemLinks.activity_id.push(id);
      itemLinks.programme_item_id.push(itemId[number]);
    }
  }

  lap('build');
  await insert(ds, 'activities', activitySpec, acts, 25_000);
  lap('activities');
  await insert(ds, 'activity_villages', { activity_id: 'uuid', village_code: 'varchar', reach: 'village_reach' }, villages, 250_000);
  lap('links');
  await insert(ds, 'activity_agencies', { activity_id: 'uuid', agency_id: 'uuid', status: 'co_organiser_status', invited_at: 'timestamptz', answered_at: 'timestamptz' }, coOrganisers);
  await insert(ds, 'activity_participants', { activity_id: 'uuid', agency_id: 'uuid', category: 'participant_category', male: 'int', female: 'int' }, participants, 250_000);
  await insert(ds, 'activity_topics', { activity_id: 'uuid', topic_id: 'uuid' }, topicLinks, 250_000);
  await insert(ds, 'activity_programme_items', { activity_id: 'uuid', programme_item_id: 'uuid' }, itemLinks, 250_000);
  lap('other');

  const returned = await ds.query(
    `SELECT u.username FROM activities a JOIN users u ON u.id = a.submitted_by WHERE a.status = 'RETURNED' AND a.lead_agency_id = $1
     GROUP BY u.username ORDER BY count(*) DESC, u.username LIMIT 1`,
    [merangin.id],
  );
  return {
    officeAgency: merangin.id,
    officeOfficer: returned[0]?.username ?? `${merangin.key}.petugas1`,
    desaUser,
    items: itemId,
    topics: Object.fromEntries(topics.map((t) => [t.name, t.id])),
  };
}
