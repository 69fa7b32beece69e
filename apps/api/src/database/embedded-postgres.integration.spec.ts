import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { inspectPostmaster, readPostmasterPid } from './embedded-postgres';
import { freePort } from '../../test/free-port';
import { group } from '@jangkau/shared-domain';

/**
 * `npm start` after a crash: the app dies (kill -9, out of memory) and its embedded PostgreSQL lives on,
 * re-parented to init. The next start must recognise that server as its own leftover, stop it and start again
 * on the same data, with no hand work; a server that a running Jangkau owns must be refused with a clear message.
 */
const FIXTURE = join(__dirname, '../../test/fixtures/embedded-app.cjs');

let root: string;
let dir: string;
let port: number;
const children: ChildProcess[] = [];

/**
 * The app side in its own process (as `npm start` runs it; jest's module sandbox cannot load the ES-only
 * embedded-postgres either): starts the embedded database as the app does and reports its URL, or why not.
 */
function startAppSide(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [FIXTURE, dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const ready = /READY (\S+)/.exec(out);
      if (ready) resolve({ child, url: group(ready, 1) });
      const failed = /FAILED (.*)/.exec(out);
      if (failed) reject(new Error(failed[1]));
    });
    child.on('exit', () => reject(new Error(`the app side exited before it was ready: ${out}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, ms = 10_000) {
  const until = Date.now() + ms;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  expect(condition()).toBe(true);
}

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jangkau-restart-'));
  // As root (CI) PostgreSQL runs as the "postgres" user, which must be able to reach the data folder.
  chmodSync(root, 0o755);
  dir = join(root, 'postgres');
  port = await freePort();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  const lock = readPostmasterPid(dir);
  if (lock && alive(lock.pid)) process.kill(lock.pid, 'SIGQUIT');
  rmSync(root, { recursive: true, force: true });
});

it('starts again on the same data after the app was killed with SIGKILL and its PostgreSQL lived on', async () => {
  const first = await startAppSide();
  await sql(first.url, `CREATE TABLE survived (note text); INSERT INTO survived VALUES ('written before the crash')`);
  const lock = readPostmasterPid(dir)!;

  first.child.kill('SIGKILL');
  await exited(first.child);
  // The crash as it happens in the field: the app is gone, its database still runs and holds the data folder.
  expect(alive(lock.pid)).toBe(true);
  expect(inspectPostmaster(dir)).toEqual({ kind: 'leftover', pid: lock.pid, port });

  const started = Date.now();
  const again = await startAppSide();
  const restartMs = Date.now() - started;
  try {
    expect(alive(lock.pid)).toBe(false);
    expect(await sql(again.url, 'SELECT note FROM survived')).toEqual([{ note: 'written before the crash' }]);
    expect(restartMs).toBeLessThan(30_000);
  } finally {
    // Ctrl-C: the app side stops its PostgreSQL and the lock file goes with it.
    again.child.kill('SIGINT');
    await exited(again.child);
  }
  await waitFor(() => readPostmasterPid(dir) === null);
});

it('refuses, and says why, when another running Jangkau owns the data folder', async () => {
  const running = await startAppSide();
  const lock = readPostmasterPid(dir)!;
  try {
    await expect(startAppSide()).rejects.toThrow(new RegExp(`Another Jangkau is already running on this data folder .*belongs to process ${running.child.pid}`));
    // Left alone: the running one keeps its database.
    expect(alive(lock.pid)).toBe(true);
  } finally {
    running.child.kill('SIGINT');
    await exited(running.child);
  }
});

it('names the real cause when the port is taken by another program', async () => {
  const squatter: Server = createServer();
  await new Promise<void>((r) => squatter.listen(port, '127.0.0.1', r));
  try {
    const failure = await startAppSide().then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(new RegExp(`Another program listens on port ${port}: set EMBEDDED_PG_PORT`));
    expect(failure).toMatch(/Cause: .*(could not bind|Address already in use)/i);
    expect(failure).not.toMatch(/undefined/);
  } finally {
    await new Promise((r) => squatter.close(r));
  }
});
