import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { AppConfig } from '../config/env';
import { ensureLoginRole, withRole } from './app-role';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  /** The role the running app connects as. */
  url: string;
  /** The owner of the tables, for migrations and grants; absent when one role does everything. */
  ownerUrl?: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The role the app runs as on the embedded database. */
export const EMBEDDED_APP_ROLE = 'jangkau_app';

/**
 * DATABASE_URL (and DATABASE_OWNER_URL) when configured; otherwise an embedded PostgreSQL under EMBEDDED_PG_DIR,
 * where the superuser owns the tables and the app runs as jangkau_app, created here with a password generated
 * once and kept beside the data (like the JWT secret).
 */
export async function resolveDatabase(config: AppConfig, log: (message: string) => void): Promise<ResolvedDatabase> {
  if (config.db.url) return { url: config.db.url, ownerUrl: config.db.ownerUrl, embedded: false, stop: async () => undefined };
  const handle = await startEmbeddedPostgres({
    dir: config.db.embedded.dir,
    port: config.db.embedded.port,
    database: 'jangkau',
    log,
  });
  try {
    const password = appRolePassword(config.db.embedded.dir);
    await ensureLoginRole(handle.adminUrl, EMBEDDED_APP_ROLE, password);
    log(`Embedded PostgreSQL is running on 127.0.0.1:${config.db.embedded.port} (data in ${config.db.embedded.dir})`);
    return { url: withRole(handle.url, EMBEDDED_APP_ROLE, password), ownerUrl: handle.url, embedded: true, stop: () => handle.stop() };
  } catch (error) {
    await handle.stop();
    throw error;
  }
}

function appRolePassword(dataDir: string): string {
  const file = resolve(dataDir, '..', `${basename(resolve(dataDir))}-app-password`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}
