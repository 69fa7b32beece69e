// `npm start`: builds what changed (Nx caches the rest), then runs the app. Without DATABASE_URL the app starts an
// embedded PostgreSQL with its data under .data/ and stops it again on Ctrl-C.
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
  return Math.max(0, ...readdirSync(path).filter((n) => n !== 'node_modules').map((n) => newestSource(join(path, n))));
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

const app = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/apps/api/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
// Ctrl-C reaches the app too (same process group); it shuts PostgreSQL down and exits. We wait for that.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
