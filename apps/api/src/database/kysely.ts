import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type RawBuilder,
  type SqlBool,
  sql,
} from 'kysely';
import { DataSource, EntityManager, type QueryRunner } from 'typeorm';
import type { SqlCondition } from '../common/access/scoped-sql';
import type { DB } from './db-types';

/**
 * The typed data-access layer's entry point: `db(manager)` is a Kysely<DB> whose queries run through TypeORM, on the
 * manager's own query runner when it has one (inside `dataSource.transaction(manager => …)`), so they join the
 * caller's transaction; on a pooled runner of their own otherwise (as `dataSource.query` does). The same pg driver,
 * type parsers, logger and slow-query log as every other query.
 *
 * Transactions stay TypeORM's: `db(…).transaction()` is refused; open one with `dataSource.transaction` and pass
 * its manager.
 */
export function db(source: EntityManager | DataSource): Kysely<DB> {
  const manager = source instanceof DataSource ? source.manager : source;
  let kysely = instances.get(manager);
  if (!kysely) {
    kysely = new Kysely<DB>({ dialect: new TypeOrmDialect(manager) });
    instances.set(manager, kysely);
  }
  return kysely;
}

/** One Kysely per manager (a transaction's manager, and with it its Kysely, is collected after the transaction). */
const instances = new WeakMap<EntityManager, Kysely<DB>>();

/**
 * The one row a statement must have returned (an INSERT … RETURNING, a SELECT by a key just written), with a clear
 * error naming what was expected when it is missing, instead of an unchecked `rows[0]`.
 */
export function onlyRow<T>(rows: readonly T[], what = 'row'): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`Expected one ${what}, found none`);
  return row;
}

/**
 * SQL written with numbered parameters ($1, $2 … into `params`, as the shared fragments of common/access and
 * coverage build it) as a Kysely expression, its parameters renumbered wherever it is placed.
 */
export function numbered<T = unknown>(text: string, params: readonly unknown[]): RawBuilder<T> {
  const parts: RawBuilder<unknown>[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    parts.push(sql.raw(text.slice(last, match.index)), sql.val(params[Number(match[1]) - 1]));
    last = match.index + match[0].length;
  }
  parts.push(sql.raw(text.slice(last)));
  return sql<T>`${sql.join(parts, sql``)}`;
}

/**
 * A visibility condition from common/access/scoped-sql.ts (THE place row visibility is decided) as a Kysely
 * expression: `.where(scoped((params) => agencyVisible(caller, 'a', params)))`.
 */
export function scoped(build: (params: unknown[]) => SqlCondition): RawBuilder<SqlBool> {
  const params: unknown[] = [];
  const text = build(params).sql;
  return sql<SqlBool>`(${numbered(text, params)})`;
}

/** `= any($1::type[])`: one array parameter for a list of any length (`in (…)` takes one parameter per value). */
export function anyOf<T>(values: readonly T[], type: 'uuid' | 'text' | 'varchar' = 'text'): RawBuilder<T> {
  return sql<T>`any(${values}::${sql.raw(type)}[])`;
}

class TypeOrmDialect implements Dialect {
  constructor(private readonly manager: EntityManager) {}

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new TypeOrmDriver(this.manager);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createIntrospector(kysely: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(kysely);
  }
}

class TypeOrmDriver implements Driver {
  private readonly connection: TypeOrmConnection;

  constructor(manager: EntityManager) {
    this.connection = new TypeOrmConnection(manager);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }

  async beginTransaction(): Promise<void> {
    throw new Error('Open transactions with TypeORM (dataSource.transaction) and pass its manager to db()');
  }

  async commitTransaction(): Promise<void> {
    throw new Error('Transactions belong to TypeORM');
  }

  async rollbackTransaction(): Promise<void> {
    throw new Error('Transactions belong to TypeORM');
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {}
}

class TypeOrmConnection implements DatabaseConnection {
  constructor(private readonly manager: EntityManager) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const own = this.manager.queryRunner;
    const runner: QueryRunner = own && !own.isReleased ? own : this.manager.connection.createQueryRunner();
    try {
      const result = await runner.query(compiled.sql, [...compiled.parameters], true);
      const rows = (result.records ?? []) as R[];
      const affected = typeof result.affected === 'number' ? BigInt(result.affected) : undefined;
      return { rows, numAffectedRows: affected };
    } finally {
      if (runner !== own) await runner.release();
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported through TypeORM');
  }
}
