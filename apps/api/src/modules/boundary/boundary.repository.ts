import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { db, onlyRow } from '../../database/kysely';
import type { Detail } from './geometry/details';

/** The boundary views' SQL: active sets, regions with their stored geometry at one detail, sizes and boxes. */

export interface ShapeRow {
  code: string;
  name: string;
  level: string;
  geometry: string | null;
  labelLon: number | null;
  labelLat: number | null;
}

/** The active set of each level that has one, by level. */
export async function activeSetRows(dataSource: DataSource) {
  return db(dataSource).selectFrom('boundary_sets').select(['id', 'level', 'source', 'licence', 'imported_at as importedAt']).where('status', '=', 'ACTIVE').orderBy('level').execute();
}

/** The active sets with their counts. */
export async function activeSetSummaryRows(dataSource: DataSource) {
  return db(dataSource)
    .selectFrom('boundary_sets')
    .select([
      'id',
      'level',
      'source',
      'licence',
      'file_name as fileName',
      'sha256',
      'feature_count as featureCount',
      'region_count as regionCount',
      'missing_count as missingCount',
      'imported_at as importedAt',
    ])
    .where('status', '=', 'ACTIVE')
    .orderBy('level')
    .execute();
}

/** The levels with a set that finished importing (active or replaced). */
export async function importedLevels(dataSource: DataSource): Promise<number[]> {
  const rows = await db(dataSource).selectFrom('boundary_sets').select('level').distinct().where('status', '<>', 'IMPORTING').execute();
  return rows.map((r) => r.level);
}

const geometry = (detail: Detail) => sql<string | null>`${sql.ref(`b.geometry_${detail}`)}`;

/** Regions (provinces, or the children of `parentCode`; or the villages whose code matches `codeLike`) with their shape in the set, by code. */
export async function regionShapes(
  dataSource: DataSource,
  setId: string | null,
  detail: Detail,
  which: { provinces: true } | { parentCode: string } | { villagesLike: string },
): Promise<ShapeRow[]> {
  let query = db(dataSource)
    .selectFrom('regions as r')
    .leftJoin('boundary_regions as b', (join) => join.on('b.set_id', '=', sql<string>`${setId}::uuid`).onRef('b.region_code', '=', 'r.code'))
    .select(['r.code', 'r.name', 'r.level', geometry(detail).as('geometry'), 'b.label_lon as labelLon', 'b.label_lat as labelLat']);
  if ('provinces' in which) query = query.where('r.depth', '=', 1);
  else if ('parentCode' in which) query = query.where('r.parent_code', '=', which.parentCode);
  else query = query.where('r.depth', '=', 4).where('r.code', 'like', which.villagesLike);
  return query.orderBy('r.code').execute();
}

/** Every geometry of a set at one detail. */
export async function setGeometries(dataSource: DataSource, setId: string, detail: Detail): Promise<string[]> {
  const rows = await db(dataSource)
    .selectFrom('boundary_regions as b')
    .select(sql<string>`${sql.ref(`b.geometry_${detail}`)}`.as('geometry'))
    .where('b.set_id', '=', setId)
    .execute();
  return rows.map((r) => r.geometry);
}

/** One region's own shape in the set (named as given). */
export async function ownShape(dataSource: DataSource, setId: string, detail: Detail, region: { code: string; name: string; level: string }): Promise<ShapeRow | undefined> {
  return db(dataSource)
    .selectFrom('boundary_regions as b')
    .select([
      sql<string>`${region.code}::text`.as('code'),
      sql<string>`${region.name}::text`.as('name'),
      sql<string>`${region.level}::text`.as('level'),
      geometry(detail).as('geometry'),
      'b.label_lon as labelLon',
      'b.label_lat as labelLat',
    ])
    .where('b.set_id', '=', setId)
    .where('b.region_code', '=', region.code)
    .executeTakeFirst();
}

/** Positions at each detail over a set's regions: all, those under a parent (null: none), matching a code pattern, or one region. */
export async function pointSums(
  dataSource: DataSource,
  setId: string,
  which: { all: true } | { parentCode: string | null } | { codeLike: string } | { code: string },
): Promise<{ p0: string; p1: string; p2: string }> {
  let query = db(dataSource)
    .selectFrom('boundary_regions')
    .select([sql<string>`coalesce(sum(points_0), 0)`.as('p0'), sql<string>`coalesce(sum(points_1), 0)`.as('p1'), sql<string>`coalesce(sum(points_2), 0)`.as('p2')])
    .where('set_id', '=', setId);
  if ('all' in which) return query.executeTakeFirstOrThrow();
  if ('parentCode' in which) query = which.parentCode === null ? query.where('parent_code', 'is', null) : query.where('parent_code', '=', which.parentCode);
  else if ('codeLike' in which) query = query.where('region_code', 'like', which.codeLike);
  else query = query.where('region_code', '=', which.code);
  return query.executeTakeFirstOrThrow();
}

export async function regionBox(dataSource: DataSource, setId: string, code: string) {
  return db(dataSource)
    .selectFrom('boundary_regions')
    .select(['min_lon as minLon', 'min_lat as minLat', 'max_lon as maxLon', 'max_lat as maxLat'])
    .where('set_id', '=', setId)
    .where('region_code', '=', code)
    .executeTakeFirst();
}

/**
 * A region (null for the country), the region list's version and the active sets, in one round trip: what every
 * view's ETag is made of. Clearest as SQL.
 */
export async function viewKey(
  dataSource: DataSource,
  code: string | null,
): Promise<{
  region: { code: string; name: string; level: string; depth: number } | null;
  regionVersion: number | null;
  sets: Array<{ id: string; level: number; source: string; licence: string; importedAt: string }>;
}> {
  const { rows } = await sql<{
    region: { code: string; name: string; level: string; depth: number } | null;
    regionVersion: number | null;
    sets: Array<{ id: string; level: number; source: string; licence: string; importedAt: string }>;
  }>`SELECT (SELECT row_to_json(r) FROM (SELECT code, name, level, depth FROM regions WHERE code = ${code}) r) AS region,
      (SELECT max(id) FROM region_data_versions) AS "regionVersion",
      (SELECT coalesce(json_agg(json_build_object('id', id, 'level', level, 'source', source, 'licence', licence, 'importedAt', imported_at) ORDER BY level), '[]')
       FROM boundary_sets WHERE status = 'ACTIVE') AS sets`.execute(db(dataSource));
  return onlyRow(rows, 'view key');
}
