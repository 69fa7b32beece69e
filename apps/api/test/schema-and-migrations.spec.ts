import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../src/database/data-source';
import { pendingSchemaChanges } from '../src/database/schema-drift';
import { buildSchemaSdl } from '../src/graphql/schema-sdl';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp } from './test-app';
import { createTestDatabase } from './test-database';

describe('generated artefacts are current', () => {
  it('apps/api/schema.gql matches the code-first schema (run `npm run codegen` when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '../schema.gql'), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });

  it('the running API serves exactly that schema (a resolver missing from graphql/resolvers.ts would leave it out)', async () => {
    const t = await startTestApp();
    try {
      const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
      expect(await buildSchemaSdl()).toContain(served);
    } finally {
      await t.close();
    }
  });

  it('entities and migrations agree (run `npm run db:generate -- <Name>` when this fails)', async () => {
    const db = await createTestDatabase();
    const dataSource = createDataSource({ url: db.url });
    try {
      await dataSource.initialize();
      expect(await dataSource.showMigrations()).toBe(false);
      expect((await pendingSchemaChanges(dataSource)).up).toEqual([]);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });

  it('every migration can be reverted and re-applied', async () => {
    const db = await createTestDatabase();
    const dataSource = createDataSource({ url: db.url });
    try {
      await dataSource.initialize();
      await dataSource.query('TRUNCATE regions, region_data_versions CASCADE');
      const count = dataSource.migrations.length;
      for (let i = 0; i < count; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'regions'`);
      expect(n).toBe(0);
      expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(count);
      expect((await pendingSchemaChanges(dataSource)).up).toEqual([]);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
