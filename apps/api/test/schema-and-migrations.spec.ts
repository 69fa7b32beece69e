import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../src/database/data-source';
import { generateDbTypes } from '../src/database/db-types-generator';
import { pendingSchemaChanges } from '../src/database/schema-drift';
import { buildSchemaSdl } from '../src/graphql/schema-sdl';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp } from './test-app';
import { createTestDatabase, withAdmin } from './test-database';
import { ActivitySelfVerifiedBackfill1796520000001 } from '../src/database/migrations/1796520000001-ActivitySelfVerifiedBackfill';

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

  it('apps/api/src/database/db-types.ts matches the migrated schema (run `npm run db:types` when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '../src/database/db-types.ts'), 'utf8');
    const db = await createTestDatabase();
    try {
      const generated = await withAdmin(db.url, (c) => generateDbTypes(async (text, params) => (await c.query(text, params)).rows));
      expect(generated).toBe(committed);
    } finally {
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

describe('data migrations', () => {
  it('marks activities verified by their creator or submitter as self-verified (1796520000001), and no other', async () => {
    // The demo's activities, recorded through the services; then older rows as they were before self_verified existed.
    const t = await startTestApp();
    const sql = (query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows);
    try {
      const [kepala] = await sql(`SELECT id FROM users WHERE username = 'kepala.kerinci'`);
      const [petugas] = await sql(`SELECT id FROM users WHERE username = 'petugas.kerinci'`);
      // The founding story (verified, Kanim Kerinci's) and three more; the fourth is left unverified.
      const rows = await sql(`SELECT id FROM activities ORDER BY (status = 'VERIFIED') DESC, id LIMIT 4`);
      expect(rows).toHaveLength(4);
      const [created, submitted, other, draft] = rows.map((r: { id: string }) => r.id);
      await sql(`UPDATE activities SET status = 'VERIFIED', verified_at = now() WHERE id = ANY($1::uuid[])`, [[created, submitted, other]]);
      await sql(`UPDATE activities SET status = 'DRAFT', verified_by = NULL, verified_at = NULL WHERE id = $1`, [draft]);
      await sql(`UPDATE activities SET self_verified = FALSE`);
      // Created by the head who verified it (the officer submitted); submitted by the head who verified it (the officer
      // created it); created and submitted by the officer, verified by the head (not self-verified).
      await sql(`UPDATE activities SET created_by = $2, submitted_by = $3, verified_by = $2 WHERE id = $1`, [created, kepala.id, petugas.id]);
      await sql(`UPDATE activities SET created_by = $3, submitted_by = $2, verified_by = $2 WHERE id = $1`, [submitted, kepala.id, petugas.id]);
      await sql(`UPDATE activities SET created_by = $3, submitted_by = $3, verified_by = $2 WHERE id = $1`, [other, kepala.id, petugas.id]);
      // Not verified: no verifier, never marked.
      await sql(`UPDATE activities SET created_by = $2, submitted_by = $2 WHERE id = $1`, [draft, kepala.id]);

      await withAdmin(t.db.url, async (c) => {
        const queryRunner = { query: async (text: string, params?: unknown[]) => (await c.query(text, params as unknown[])).rows } as never;
        await new ActivitySelfVerifiedBackfill1796520000001().up(queryRunner);
      });
      const marked = await sql(`SELECT id FROM activities WHERE self_verified ORDER BY id`);
      expect(marked.map((r: { id: string }) => r.id).sort()).toEqual([created, submitted].sort());
      expect((await sql(`SELECT self_verified FROM activities WHERE id = ANY($1::uuid[])`, [[other, draft]])).every((r: { self_verified: boolean }) => !r.self_verified)).toBe(true);
      // The activity page reads it.
      const read = await t.gql(`query ($id: ID!) { activity(id: $id) { selfVerified } }`, { id: created }, await t.as('kepala.kerinci'));
      expect(read.data?.activity).toEqual({ selfVerified: true });
      // Run twice: nothing more changes.
      await withAdmin(t.db.url, async (c) => {
        await new ActivitySelfVerifiedBackfill1796520000001().up({ query: (text: string) => c.query(text) } as never);
      });
      expect(await sql(`SELECT count(*)::int AS n FROM activities WHERE self_verified`)).toEqual([{ n: 2 }]);
    } finally {
      await t.close();
    }
  });
});
