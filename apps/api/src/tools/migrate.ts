/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
import { runWithDatabase } from './with-database';

runWithDatabase('jangkau-migrate', async (dataSource) => {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(applied.length ? `Applied ${applied.length} migrations: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
});
