/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
import { grantAppRole, roleOf } from '../database/app-role';
import { runWithDatabase } from './with-database';

runWithDatabase('jangkau-migrate', async (dataSource, db) => {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(applied.length ? `Applied ${applied.length} migrations: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
  if (db.ownerUrl && roleOf(db.ownerUrl) !== roleOf(db.url)) {
    const runner = dataSource.createQueryRunner();
    try {
      await grantAppRole(runner, roleOf(db.url));
    } finally {
      await runner.release();
    }
    console.log(`Granted the app role "${roleOf(db.url)}" what the app needs.`);
  }
});
