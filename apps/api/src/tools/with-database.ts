import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env';
import { createDataSource } from '../database/data-source';
import { ResolvedDatabase, resolveDatabase } from '../database/database-url';

/**
 * The frame of every command-line tool: DATABASE_URL (or the embedded database), migrations applied, the work
 * done, everything closed again; a failure prints its message and exits 1.
 */
export function runWithDatabase(applicationName: string, work: (dataSource: DataSource, db: ResolvedDatabase) => Promise<void>): void {
  const main = async () => {
    const db = await resolveDatabase(loadConfig(), console.log);
    // Tools are the operator's: they run as the owner of the tables (migrations, region loads) when there is one.
    const dataSource = createDataSource({ url: db.ownerUrl ?? db.url, applicationName });
    try {
      await dataSource.initialize();
      await work(dataSource, db);
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
