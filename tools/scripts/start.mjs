// `npm start`: builds what changed (Nx caches the rest), then runs the app and restarts it if it crashes. Without
// DATABASE_URL the app starts an embedded PostgreSQL with its data under .data/ and stops it again on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const stamp = join(root, 'dist/.build-stamp');
const SOURCES = ['apps/api/src', 'apps/web', 'libs', 'tools/scripts/build-api.mjs', 'package-lock.json', 'tsconfig.base.json'];

/** Newest modification time under the sources the app is built from. */
function newestSource(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((n) => n !== 'node_modules')
      .map((n) => newestSource(join(path, n))),
  );
}

// A restart with nothing changed skips even Nx's cache check (a few seconds on a small server).
const upToDate = existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...SOURCES.map((s) => newestSource(join(root, s))));
if (!upToDate) build();

function build() {
  const nx = join(root, 'node_modules/.bin/nx');
  const result = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) {
    console.error('Jangkau: the build failed; see above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, new Date().toISOString());
}

// The app runs supervised: when it dies unexpectedly (out of memory, a fatal bug, kill -9) it is started again,
// after 1, 2, 4 … seconds; its embedded PostgreSQL, left running by the crash, is recognised and restarted by the
// new app (clearLeftover in embedded-postgres.ts), the data intact. Five crashes within a minute is a loop that a
// restart will not fix: then we stop and say so. A configuration error (exit 78) is never retried.
const RAPID_CRASHES = 5;
const RAPID_WINDOW_MS = 60_000;
const CONFIG_ERROR = 78;
const crashes = [];
let app;
let stopping = false;
let restartTimer;

function run() {
  app = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { NODE_ENV: 'production', ...process.env },
  });
  app.on('exit', (code, signal) => {
    if (stopping || code === 0) process.exit(code ?? 0);
    if (code === CONFIG_ERROR) process.exit(code);
    const now = Date.now();
    crashes.push(now);
    while (crashes[0] < now - RAPID_WINDOW_MS) crashes.shift();
    const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
    if (crashes.length >= RAPID_CRASHES) {
      console.error(`Jangkau: the app ${how}, its ${crashes.length}th crash within a minute; not restarting it. See the log above.`);
      process.exit(code ?? 1);
    }
    const delay = 1000 * 2 ** (crashes.length - 1);
    console.error(`Jangkau: the app ${how}; starting it again in ${delay / 1000} s …`);
    restartTimer = setTimeout(run, delay);
  });
}
run();

// Ctrl-C reaches the app too (same process group); it shuts PostgreSQL down and exits. We wait for that. Between
// a crash and its restart there is no app: then we simply leave (the next start clears the leftover database).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    clearTimeout(restartTimer);
    if (app.exitCode === null && app.signalCode === null) app.kill(signal);
    else process.exit(0);
  });
}
