/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
import { grantAppRole, roleOf } from '../database/app-role';
import { underStartupLock } from '../database/startup-lock';
import { runWithDatabase } from './with-database';

runWithDatabase('jangkau-migrate', async (dataSource, db) => {
  // Under the lock the app instances take at start: a migration job beside a rollout never migrates twice.
  const applied = await underStartupLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
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
