// `npm run bench -- mail [--down-minutes=10] [--messages=2000]`: issue 15's e-mail figures. Only when named.
//   1. a database `jangkau_bench_mail` (migrations, one agency, 50 people with addresses), a real SMTP server in this
//      process (the `smtp-server` package, accepting everything), and the built app in its own process as the one
//      mail worker (MAIL_POLL_MS=1000, SMTP_URL pointing here);
//   2. throughput: N messages written to the outbox at once; time until the SMTP server has received all of them
//      → e-mails per second by one worker (each its own SMTP transaction, as the worker sends them);
//   3. the server down: the SMTP port closed for --down-minutes while the app goes on queueing (one message every
//      6 s, as people keep working); printed each minute: messages waiting, the most attempts any had, the
//      outbox table's size; then the server back on the same port: time until every message is received, and
//      whether any was lost or received twice (by Message-ID).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const DB_NAME = 'jangkau_bench_mail';
const PORT = 3295;
const SMTP_PORT = 2595;

export async function benchMail({ built, freshDatabase, dropDatabase, args }) {
  const require = createRequire(import.meta.url);
  const { createDataSource } = require(join(built, 'database/data-source.js'));
  const { SMTPServer } = require('smtp-server');
  const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const downMinutes = option('down-minutes', 10);
  const messages = option('messages', 2000);

  const url = await freshDatabase(DB_NAME);
  const ds = createDataSource({ url, slowQueryMs: 600_000, applicationName: 'jangkau-bench' });
  await ds.initialize();
  await ds.runMigrations();
  const [{ id: agencyId }] = await ds.query(`INSERT INTO agencies (name, short_name, type) VALUES ('Bench Mail', 'Bench Mail', 'LAINNYA') RETURNING id`);
  const users = await ds.query(
    `INSERT INTO users (username, email, full_name, agency_id, role, password_hash)
     SELECT 'bench.mail.' || n, 'bench.mail.' || n || '@jangkau.example', 'Bench ' || n, $1, 'OFFICER', 'x' FROM generate_series(1, 50) n RETURNING id, email`,
    [agencyId],
  );
  let seq = 0;
  /** Queues `count` messages as the app would (one outbox row each, a unique occasion key). */
  const enqueue = (count) =>
    ds.query(
      `INSERT INTO mail_outbox (dedupe_key, user_id, kind, to_address, subject, text_body, html_body)
       SELECT 'bench:' || ($1::int + n), (u->>'id')::uuid, 'IMMEDIATE', u->>'email', 'Bench ' || ($1::int + n),
         'Pesan uji ' || ($1::int + n) || E'\\nhttps://jangkau.example.go.id/kegiatan/bench', '<p>Pesan uji ' || ($1::int + n) || '</p>'
       FROM generate_series(1, $2::int) n, LATERAL (SELECT ($3::json)->((n - 1) % 50) AS u) pick`,
      [(seq += count) - count, count, JSON.stringify(users)],
    );

  const received = new Map();
  let duplicates = 0;
  const makeServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData(stream, _session, callback) {
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => {
          const id = /^Message-ID:\s*(.+)$/im.exec(Buffer.concat(chunks).toString('utf8'))?.[1].trim() ?? '';
          if (received.has(id)) duplicates++;
          received.set(id, Date.now());
          callback();
        });
      },
    });
  const listen = (server) => new Promise((resolve) => server.listen(SMTP_PORT, '127.0.0.1', resolve));
  const close = (server) => new Promise((resolve) => server.close(resolve));
  let smtp = makeServer();
  await listen(smtp);

  const child = spawn(process.execPath, [join(built, 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      DEMO_MODE: 'false',
      REGION_AUTOLOAD: 'false',
      JWT_SECRET: 'bench-only-secret-bench-only-secret-0001',
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      MAIL_FROM: 'Jangkau Bench <bench@jangkau.example>',
      MAIL_POLL_MS: '1000',
      SCHEDULER: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const waitFor = async (what, probe, ms) => {
    const deadline = Date.now() + ms;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    await waitFor(
      'the app to answer /health',
      () =>
        fetch(`http://127.0.0.1:${PORT}/health`).then(
          (r) => r.ok,
          () => false,
        ),
      60_000,
    );
    console.log(`\nmail: the built app in its own process as the only worker; a real SMTP server in the bench process`);

    // Throughput.
    const t0 = Date.now();
    await enqueue(messages);
    await waitFor(`${messages} messages`, () => received.size >= messages, 600_000);
    const seconds = (Date.now() - t0) / 1000;
    console.log(
      `mail throughput: ${messages} messages in ${seconds.toFixed(1)} s = ${(messages / seconds).toFixed(0)} e-mails/s by one worker (one pooled connection, one SMTP transaction per message)`,
    );

    // The server down.
    await close(smtp);
    const downAt = Date.now();
    const before = received.size;
    console.log(`mail: SMTP server down for ${downMinutes} min; one message queued every 6 s meanwhile`);
    const queued = setInterval(() => void enqueue(1), 6_000);
    for (let minute = 1; minute <= downMinutes; minute++) {
      await new Promise((r) => setTimeout(r, Math.max(0, downAt + minute * 60_000 - Date.now())));
      const [row] = await ds.query(
        `SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL AND skipped_at IS NULL)::int AS waiting, max(attempts)::int AS attempts,
           count(failed_at)::int AS failed, pg_size_pretty(pg_total_relation_size('mail_outbox')) AS size FROM mail_outbox`,
      );
      console.log(`  minute ${minute}: ${row.waiting} waiting, at most ${row.attempts} attempts, ${row.failed} given up, outbox ${row.size}`);
    }
    clearInterval(queued);
    smtp = makeServer();
    await listen(smtp);
    const backAt = Date.now();
    const [{ total }] = await ds.query(`SELECT count(*)::int AS total FROM mail_outbox`);
    await waitFor('every message after the server came back', () => received.size >= total, 30 * 60_000);
    console.log(
      `mail: server back; all ${total - before} messages of the outage received ${((Date.now() - backAt) / 1000).toFixed(1)} s later; ` +
        `lost ${total - received.size}, received twice ${duplicates}`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    await close(smtp).catch(() => undefined);
    await ds.destroy();
    if (!args.includes('--keep')) await dropDatabase(DB_NAME);
  }
}
