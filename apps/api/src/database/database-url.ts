import { AppConfig } from '../config/env';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when configured; otherwise an embedded PostgreSQL under EMBEDDED_PG_DIR. */
export async function resolveDatabase(config: AppConfig, log: (message: string) => void): Promise<ResolvedDatabase> {
  if (config.db.url) return { url: config.db.url, embedded: false, stop: async () => undefined };
  const handle = await startEmbeddedPostgres({
    dir: config.db.embedded.dir,
    port: config.db.embedded.port,
    database: 'jangkau',
    log,
  });
  log(`Embedded PostgreSQL is running on 127.0.0.1:${config.db.embedded.port} (data in ${config.db.embedded.dir})`);
  return { url: handle.url, embedded: true, stop: () => handle.stop() };
}
