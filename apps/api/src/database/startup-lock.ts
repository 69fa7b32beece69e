import { Logger } from '@nestjs/common';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * The one session-level advisory lock under which an instance prepares the database at start (migrations, the
 * region registry, the app role's grants). Several instances starting together (a rolling update, `--scale app=2`,
 * a Kubernetes rollout beside the migration job) take turns: the first migrates, the others wait, then find nothing
 * pending. Session-level, not transaction-level: migrations run in a transaction each, and the lock must span them.
 * A key of its own, apart from the region loader (7318001), seeding (7318002), imports (7318003) and grants
 * (7318013), which run inside it on other connections and would otherwise wait for their own instance.
 */
export const STARTUP_LOCK_KEY = 7_318_020;

/** Runs `work` holding the start-up lock on a connection of its own; waits for another instance's turn to end. */
export async function underStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Asked again every half second rather than waited for in one statement: a wait of minutes (the first start loads
    // 91,599 regions) is then not logged as a slow query, and the log says how long this instance has waited.
    const started = Date.now();
    for (let attempt = 0; !(await tryLock(runner)); attempt++) {
      if (attempt % 20 === 0) {
        const waited = Math.round((Date.now() - started) / 1000);
        new Logger('Database').log(`Another instance is preparing the database (migrations, regions); waiting for it to finish${waited ? ` (${waited} s so far)` : ''}.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

async function tryLock(runner: QueryRunner): Promise<boolean> {
  const [row] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [STARTUP_LOCK_KEY])) as Array<{ locked: boolean }>;
  return row?.locked === true;
}
