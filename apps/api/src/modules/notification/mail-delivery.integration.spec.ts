import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { startTestApp, TEST_JWT_SECRET, TestApp } from '../../../test/test-app';
import { recordAndSubmit } from '../../../test/submitted-activity';
import { withAdmin } from '../../../test/test-database';
import { NotificationService } from './notification.service';
import { freePort } from '../../../test/free-port';
import { waitFor } from '../../../test/wait-for';
import { at } from '@jangkau/shared-domain';

/**
 * E-mail through a real SMTP server (the `smtp-server` package, in this test) from real API processes: the API is
 * built and started twice as child processes on the test database, both running the mail worker. Activities are
 * submitted through a third instance (this test's own, no worker). Exactly one message per recipient and event,
 * whichever process sends it; a process killed between claiming a message and sending it leaves it to another,
 * which sends it once; a change that rolled back sends nothing.
 */
const ROOT = resolve(__dirname, '../../../../..');
const BUILD_DIR = join(ROOT, 'tmp', `api-mail-spec-${process.pid}`);
const LEASE_SECONDS = 2;

interface Received {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  html: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** waitFor (test/wait-for.ts), named by what it waits for first. */
const until = <T>(what: string, probe: () => T | Promise<T>, timeoutMs = 30_000) => waitFor(probe, { what, timeoutMs, intervalMs: 50 });

describe('e-mail from two API processes through a real SMTP server', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let smtpPort: number;
  const received: Received[] = [];
  /** Set to hold the next message's DATA without answering (the sender then dies mid-send). */
  let stallNext = false;
  let stalled: (() => void) | null = null;
  const children = new Map<string, { process: ChildProcess; output: string[] }>();
  const evidenceDir = mkdtempSync(join(tmpdir(), 'jangkau-mail-spec-'));
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);

  /** Starts the built API as a child process with the mail worker on; resolves when it answers /health. */
  async function startApi(name: string): Promise<void> {
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(process.execPath, [join(BUILD_DIR, 'apps/api/src/main.js')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: t.db.appUrl,
        DATABASE_OWNER_URL: t.db.url,
        JWT_SECRET: TEST_JWT_SECRET,
        DEMO_MODE: 'false',
        REGION_AUTOLOAD: 'false',
        GEO_DATA_DIR: '/nonexistent',
        WEB_DIST_DIR: '/nonexistent',
        EVIDENCE_DIR: evidenceDir,
        LOG_LEVEL: 'warn',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: 'Jangkau <jangkau@jangkau.example>',
        MAIL_WORKER: 'true',
        MAIL_POLL_MS: '200',
        MAIL_LEASE_SECONDS: String(LEASE_SECONDS),
        SCHEDULER: 'false',
        PUBLIC_URL: 'https://jangkau.example.go.id',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => output.push(String(d)));
    child.stderr!.on('data', (d) => output.push(String(d)));
    children.set(name, { process: child, output });
    await until(
      `API process ${name} to answer (output: ${output.join('').slice(-2000)})`,
      async () => {
        if (child.exitCode !== null) throw new Error(`API process ${name} exited ${child.exitCode}: ${output.join('').slice(-2000)}`);
        return fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.ok,
          () => false,
        );
      },
      60_000,
    );
  }

  async function stopApi(name: string, signal: NodeJS.Signals): Promise<void> {
    const child = children.get(name)?.process;
    children.delete(name);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  /** petugas.kerinci records and submits an activity; the heads of Kanim Kerinci are told. */
  const submit = async (title: string) => (await recordAndSubmit(t, title)).id;
  const about = (id: string) => received.filter((m) => m.text.includes(id));

  beforeAll(async () => {
    execFileSync(process.execPath, ['tools/scripts/build-api.mjs'], { cwd: ROOT, env: { ...process.env, API_BUILD_DIR: BUILD_DIR }, stdio: 'pipe' });
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        const hold = stallNext;
        stallNext = false;
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (hold) {
            // Never answered: the message is not accepted. The test kills the sender now.
            stalled?.();
            return;
          }
          // Read as a mail client would (MIME, encoded words, both alternatives).
          simpleParser(Buffer.concat(chunks)).then(
            (mail) => {
              received.push({
                to: session.envelope.rcptTo.map((r) => r.address),
                messageId: mail.messageId ?? '',
                subject: mail.subject ?? '',
                text: mail.text ?? '',
                html: typeof mail.html === 'string' ? mail.html : '',
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    smtpPort = await freePort();
    await new Promise<void>((done) => smtp.listen(smtpPort, '127.0.0.1', () => done()));
    // Messages are written where the change happens (this instance): it links to the same PUBLIC_URL as the others.
    t = await startTestApp({ PUBLIC_URL: 'https://jangkau.example.go.id' });
    // A second head at Kanim Kerinci: each submission is told to two people.
    await sql(
      `INSERT INTO users (username, email, full_name, agency_id, role, password_hash)
       SELECT 'kepala2.kerinci', 'kepala2.kerinci@jangkau.example', 'Wakil Kepala Kantor Imigrasi Kerinci', agency_id, 'HEAD', password_hash FROM users WHERE username = 'kepala.kerinci'`,
    );
    await Promise.all([startApi('one'), startApi('two')]);
  }, 180_000);

  afterAll(async () => {
    for (const name of [...children.keys()]) await stopApi(name, 'SIGTERM');
    await t?.close();
    await new Promise<void>((done) => (smtp ? smtp.close(() => done()) : done()));
    rmSync(BUILD_DIR, { recursive: true, force: true });
    rmSync(evidenceDir, { recursive: true, force: true });
  });

  it('sends exactly one message per recipient and submission, however the two workers share the work', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 10; i++) ids.push(await submit(`Sosialisasi TPPO ke-${i} (dua proses)`));
    await until('20 messages', () => ids.every((id) => about(id).length >= 2), 60_000);
    // Time for a duplicate to arrive, were one on its way: several polls and a whole lease.
    await sleep(LEASE_SECONDS * 1000 + 1500);
    for (const id of ids) {
      const messages = about(id);
      expect(messages.map((m) => m.to.join(',')).sort()).toEqual(['kepala.kerinci@jangkau.example', 'kepala2.kerinci@jangkau.example']);
      expect(at(messages, 0, 'message').subject).toMatch(/^\[Jangkau\] Menunggu verifikasi: “Sosialisasi TPPO ke-\d+ \(dua proses\)” diajukan oleh Petugas Kantor Imigrasi Kerinci$/);
      expect(at(messages, 0, 'message').text).toContain(`Buka: https://jangkau.example.go.id/kegiatan/${id}`);
      expect(at(messages, 0, 'message').html).toContain(`href="https://jangkau.example.go.id/kegiatan/${id}"`);
    }
    expect(new Set(received.map((m) => m.messageId)).size).toBe(received.length);
    const rows = await sql(`SELECT sent_at, attempts FROM mail_outbox WHERE kind = 'IMMEDIATE' AND text_body LIKE '%Sosialisasi TPPO ke-%'`);
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.sent_at && r.attempts === 1)).toBe(true);
  }, 120_000);

  it('a process killed between claiming a message and sending it: another sends it once, after the lease', async () => {
    await stopApi('two', 'SIGTERM');
    const held = new Promise<void>((done) => (stalled = done));
    stallNext = true;
    const id = await submit('Sosialisasi TPPO (pengirim mati di tengah jalan)');
    await held; // process one claimed both messages and is inside the SMTP transaction of the first
    await stopApi('one', 'SIGKILL');
    const lost = await sql(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL AND text_body LIKE $1`, [`%${id}%`]);
    expect(lost[0].n).toBe(2);
    expect(about(id)).toHaveLength(0);

    await startApi('three');
    await until('both messages after the lease', () => about(id).length >= 2, 30_000);
    await sleep(LEASE_SECONDS * 1000 + 1500);
    expect(
      about(id)
        .map((m) => m.to.join(','))
        .sort(),
    ).toEqual(['kepala.kerinci@jangkau.example', 'kepala2.kerinci@jangkau.example']);
    const rows = await sql(`SELECT attempts, sent_at FROM mail_outbox WHERE text_body LIKE $1 ORDER BY id`, [`%${id}%`]);
    expect(rows.every((r) => r.sent_at)).toBe(true);
    // The one the dead process was sending took a second attempt; none was sent twice.
    expect(rows.map((r) => r.attempts).sort()).toEqual([2, 2]);
  }, 120_000);

  it('a change that rolled back sends nothing', async () => {
    const id = await submit('Sosialisasi TPPO (perubahan yang dibatalkan)');
    await until('the submission e-mails', () => about(id).length >= 2, 30_000);
    const [officer] = await sql(`SELECT id, full_name FROM users WHERE username = 'kepala.kerinci'`);
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        await t.app.get(NotificationService).activityChanged(manager, { userId: officer.id, fullName: officer.full_name } as never, id, { action: 'RETURN', reason: 'dibatalkan' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await sleep(LEASE_SECONDS * 1000 + 1500);
    expect(about(id).filter((m) => m.subject.includes('Dikembalikan'))).toEqual([]);
    expect(about(id)).toHaveLength(2);
  }, 60_000);
});
