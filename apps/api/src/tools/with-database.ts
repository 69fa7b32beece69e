import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env';
import { createDataSource } from '../database/data-source';
import { resolveDatabase } from '../database/database-url';

/**
 * The frame of every command-line tool: DATABASE_URL (or the embedded database), migrations applied, the work
 * done, everything closed again; a failure prints its message and exits 1.
 */
export function runWithDatabase(applicationName: string, work: (dataSource: DataSource) => Promise<void>): void {
  const main = async () => {
    const db = await resolveDatabase(loadConfig(), console.log);
    const dataSource = createDataSource({ url: db.url, applicationName });
    try {
      await dataSource.initialize();
      await work(dataSource);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await db.stop();
    }
  };
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
