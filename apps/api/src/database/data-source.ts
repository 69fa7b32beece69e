import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { TypeOrmLogger } from './typeorm-logger';

export interface DatabaseOptions {
  url: string;
  poolMax?: number;
  slowQueryMs?: number;
  applicationName?: string;
}

export function dataSourceOptions({ url, poolMax = 10, slowQueryMs = 500, applicationName = 'jangkau' }: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations, never at connect.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error', 'warn', 'migration'],
    logger: new TypeOrmLogger(['error', 'warn', 'migration']),
    maxQueryExecutionTime: slowQueryMs,
    applicationName,
    extra: {
      max: poolMax,
      // A dead database must turn into a 503 from /health quickly, not a hung request.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      // Region search's typo tier: 0.5 keeps one dropped or doubled letter ("bangkko barat" → Bangko Barat, 0.77)
      // while sparing the trigram index most of the rechecks that pg_trgm's default 0.3 causes on common trigrams.
      // JIT off: Jangkau's queries are short OLTP reads; measured at 100,000 activities, JIT compilation added
      // 15–52 ms to list queries whose plans (over-)estimated a large cost, and never paid itself back.
      options: '-c pg_trgm.similarity_threshold=0.5 -c jit=off',
    },
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
