import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { anyOf, db } from '../../../database/kysely';

/** The boundary import's SQL: registry lookups while checking a file, and writing and switching a set. */

type Source = EntityManager | DataSource;

export async function registryRegions(source: Source, codes: readonly string[]): Promise<Array<{ code: string; name: string; parentCode: string | null }>> {
  return db(source).selectFrom('regions').select(['code', 'name', 'parent_code as parentCode']).where('code', '=', anyOf(codes, 'varchar')).execute();
}

/** Regions of the level (under these parents, below provinces) that the file does not cover, by code. */
export async function missingRegions(source: Source, level: number, parents: readonly string[], covered: readonly string[]): Promise<Array<{ code: string; name: string; level: string }>> {
  let query = db(source).selectFrom('regions').select(['code', 'name', 'level']).where('depth', '=', level);
  if (level !== 1) query = query.where('parent_code', '=', anyOf(parents, 'varchar'));
  return query
    .where('code', '<>', sql<string>`ALL(${covered}::varchar[])`)
    .orderBy('code')
    .execute();
}

export interface SetInsert {
  level: number;
  status: 'IMPORTING';
  source: string;
  licence: string;
  fileName: string;
  sha256: string;
  featureCount: number;
  regionCount: number;
  missingCount: number;
  importedBy: string;
  report: string;
}

export async function insertSet(source: Source, v: SetInsert): Promise<string> {
  const row = await db(source)
    .insertInto('boundary_sets')
    .values({
      level: v.level,
      status: v.status,
      source: v.source,
      licence: v.licence,
      file_name: v.fileName,
      sha256: v.sha256,
      feature_count: v.featureCount,
      region_count: v.regionCount,
      missing_count: v.missingCount,
      imported_by: v.importedBy,
      report: v.report,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One chunk of a set's regions, column by column (one statement, any number of rows): clearest as SQL. */
export async function insertRegionChunk(
  manager: EntityManager,
  setId: string,
  c: {
    codes: string[];
    parentCodes: Array<string | null>;
    geometries: [string[], string[], string[]];
    points: [number[], number[], number[]];
    minLon: number[];
    minLat: number[];
    maxLon: number[];
    maxLat: number[];
    labelLon: number[];
    labelLat: number[];
  },
): Promise<void> {
  await sql`INSERT INTO boundary_regions (set_id, region_code, parent_code, geometry_0, geometry_1, geometry_2, points_0, points_1, points_2,
                                          min_lon, min_lat, max_lon, max_lat, label_lon, label_lat)
    SELECT ${setId}, * FROM unnest(${c.codes}::varchar[], ${c.parentCodes}::varchar[], ${c.geometries[0]}::text[], ${c.geometries[1]}::text[], ${c.geometries[2]}::text[],
      ${c.points[0]}::int[], ${c.points[1]}::int[], ${c.points[2]}::int[], ${c.minLon}::float8[], ${c.minLat}::float8[], ${c.maxLon}::float8[], ${c.maxLat}::float8[],
      ${c.labelLon}::float8[], ${c.labelLat}::float8[])`.execute(db(manager));
}

/** One switch per level at a time, until the transaction ends. */
export async function lockLevelSwitch(manager: EntityManager, lockClass: number, level: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${lockClass}, ${level})`.execute(db(manager));
}

/** The level's active set, locked. */
export async function activeSetForUpdate(manager: EntityManager, level: number) {
  return db(manager)
    .selectFrom('boundary_sets')
    .select(['id', 'source', 'licence', 'file_name as fileName', 'sha256', 'region_count as regionCount', 'imported_at as importedAt'])
    .where('level', '=', level)
    .where('status', '=', 'ACTIVE')
    .forUpdate()
    .executeTakeFirst();
}

/** The old set is replaced: its regions go. */
export async function retireSet(manager: EntityManager, setId: string): Promise<void> {
  await db(manager).updateTable('boundary_sets').set({ status: 'REPLACED' }).where('id', '=', setId).execute();
  await db(manager).deleteFrom('boundary_regions').where('set_id', '=', setId).execute();
}

export async function activateSet(manager: EntityManager, setId: string, report: string): Promise<void> {
  await db(manager)
    .updateTable('boundary_sets')
    .set({ status: 'ACTIVE', activated_at: sql<Date>`now()`, report })
    .where('id', '=', setId)
    .execute();
}

/** Sets of the level left IMPORTING over an hour ago (an import that died half-way), other than `keepId`. */
export async function deleteAbandonedImports(manager: EntityManager, level: number, keepId: string): Promise<void> {
  await db(manager)
    .deleteFrom('boundary_sets')
    .where('level', '=', level)
    .where('status', '=', 'IMPORTING')
    .where('id', '<>', keepId)
    .where('imported_at', '<', sql<Date>`now() - interval '1 hour'`)
    .execute();
}

export async function deleteSet(source: Source, setId: string): Promise<void> {
  await db(source).deleteFrom('boundary_sets').where('id', '=', setId).execute();
}
