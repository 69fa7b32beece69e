/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
import { loadConfig } from '../config/env';
import { createDataSource } from '../database/data-source';
import { resolveDatabase } from '../database/database-url';

async function main() {
  const config = loadConfig();
  const db = await resolveDatabase(config, console.log);
  const dataSource = createDataSource({ url: db.url, applicationName: 'jangkau-migrate' });
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied ${applied.length} migrations: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
