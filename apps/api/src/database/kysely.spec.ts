import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import type { DB } from './db-types';
import { anyOf, numbered, onlyRow, scoped } from './kysely';

/** Compiles without a database, to read the SQL and parameters Kysely would send. */
const compiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (k) => new PostgresIntrospector(k),
  },
});

describe('typed data access helpers', () => {
  it('onlyRow returns the one row, and names what is missing', () => {
    expect(onlyRow([{ id: 'a' }])).toEqual({ id: 'a' });
    expect(() => onlyRow([], 'target just written')).toThrow('Expected one target just written, found none');
  });

  it('numbered renumbers a numbered-parameter fragment wherever it is placed', () => {
    const fragment = numbered('(r.code = $2 OR r.code LIKE $1)', ['15.%', '15']);
    const compiled = sql`SELECT 1 FROM regions r WHERE r.depth = ${4} AND ${fragment}`.compile(compiler);
    expect(compiled.sql).toBe('SELECT 1 FROM regions r WHERE r.depth = $1 AND (r.code = $2 OR r.code LIKE $3)');
    expect(compiled.parameters).toEqual([4, '15', '15.%']);
  });

  it('scoped places a visibility condition in a typed query', () => {
    const compiled = compiler
      .selectFrom('agencies as a')
      .select('a.id')
      .where('a.id', '=', 'x')
      .where(scoped((params) => (params.push('own'), { sql: `a.id = $${params.length}::uuid` })))
      .where('a.id', '=', anyOf(['p', 'q'], 'uuid'))
      .compile();
    expect(compiled.sql).toBe('select "a"."id" from "agencies" as "a" where "a"."id" = $1 and (a.id = $2::uuid) and "a"."id" = any($3::uuid[])');
    expect(compiled.parameters).toEqual(['x', 'own', ['p', 'q']]);
  });
});
