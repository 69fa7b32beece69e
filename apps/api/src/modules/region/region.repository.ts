import type { RegionLevel } from '@jangkau/shared-domain';
import { sql, type RawBuilder } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { anyOf, db, onlyRow } from '../../database/kysely';
import type { RegionCounts } from './models/region.model';
import type { RegionEntity } from './region.entity';

/**
 * The region module's SQL: the name search, the national counts, and the registry load (staging, diff, counts,
 * word list). Search tiers, the load's set-based statements and its catalogue reads are clearest as SQL: Kysely's
 * sql tag, typed rows, its own parameters.
 */

type Source = EntityManager | DataSource;

/** A region as read by a search, under RegionEntity's property names (a plain row, not an entity instance). */
export type RegionRow = Omit<RegionEntity, 'parent'>;

/** The columns of RegionEntity under their property names. */
const REGION_COLUMNS = sql.raw(`r.code, r.name, r.level, r.depth, r.parent_code AS "parentCode", r.name_search AS "nameSearch", r.name_key AS "nameKey",
  r.kabupaten_count AS "kabupatenCount", r.kota_count AS "kotaCount", r.kecamatan_count AS "kecamatanCount",
  r.desa_count AS "desaCount", r.kelurahan_count AS "kelurahanCount", r.desa_adat_count AS "desaAdatCount",
  r.village_count AS "villageCount"`);

/** Names and levels of every provinsi, kabupaten/kota and kecamatan. */
export async function ancestorRegions(source: Source): Promise<Array<{ code: string; name: string; level: RegionLevel }>> {
  const rows = await db(source).selectFrom('regions').select(['code', 'name', 'level']).where('depth', '<', 4).execute();
  return rows.map((r) => ({ ...r, level: r.level as RegionLevel }));
}

/** The country's regions counted by level (the provinces' descendant counts summed). */
export async function nationalCounts(source: Source): Promise<RegionCounts> {
  const { rows } = await sql<RegionCounts>`SELECT count(*)::int AS provinsi, coalesce(sum(kabupaten_count), 0)::int AS kabupaten, coalesce(sum(kota_count), 0)::int AS kota,
      coalesce(sum(kecamatan_count), 0)::int AS kecamatan, coalesce(sum(desa_count), 0)::int AS desa,
      coalesce(sum(kelurahan_count), 0)::int AS kelurahan, coalesce(sum(desa_adat_count), 0)::int AS "desaAdat",
      coalesce(sum(village_count), 0)::int AS villages
    FROM regions WHERE depth = 1`.execute(db(source));
  return onlyRow(rows, 'national count');
}

/** One search tier's question: the normalised query, a level or within-code (or null), how many, codes already found. */
export interface TierSearch {
  query: string;
  level: string | null;
  within: string | null;
  limit: number;
  exclude: readonly string[];
}

/**
 * The search tiers (RegionService.search): 'start', exact names then names starting with the query (tiers 1 and 2,
 * one round trip); 'substring', a word start before any other substring (3 and 4, one trigram index scan);
 * 'fuzzy', names spelled alike (5).
 */
export type SearchTier = 'start' | 'substring' | 'fuzzy';

export async function searchTier(source: Source, tier: SearchTier, p: TierSearch): Promise<RegionRow[]> {
  const filters = sql`(${p.level}::region_level IS NULL OR r.level = ${p.level}::region_level)
    AND (${p.within}::text IS NULL OR r.code LIKE ${p.within}::text || '.%')
    AND NOT (r.code = ANY(${p.exclude}::varchar[]))`;
  // One branch per depth, so each is an index range scan on (depth, name_key) that stops at the limit.
  const perDepth = (match: RawBuilder<unknown>) =>
    sql.join(
      [1, 2, 3, 4].map((depth) => sql`(SELECT ${REGION_COLUMNS} FROM regions r WHERE r.depth = ${sql.lit(depth)} AND ${match} AND ${filters} ORDER BY r.name_key, r.code LIMIT ${p.limit})`),
      sql` UNION ALL `,
    );
  const ranked = (match: RawBuilder<unknown>, order: RawBuilder<unknown>) =>
    sql<RegionRow>`SELECT ${REGION_COLUMNS} FROM regions r WHERE ${match} AND ${filters} ORDER BY ${order} LIMIT ${p.limit}`;
  const q = p.query;
  const query =
    tier === 'start'
      ? sql<RegionRow>`SELECT code, name, level, depth, "parentCode", "nameSearch", "nameKey", "kabupatenCount", "kotaCount", "kecamatanCount",
            "desaCount", "kelurahanCount", "desaAdatCount", "villageCount"
          FROM (
            SELECT 1 AS tier, * FROM (${perDepth(sql`r.name_key = ${q}`)}) exact
            UNION ALL
            SELECT 2 AS tier, * FROM (${perDepth(sql`r.name_key LIKE ${q}::text || '%' AND r.name_key <> ${q}`)}) prefix
          ) r
          ORDER BY tier, depth, "nameKey", code LIMIT ${p.limit}`
      : tier === 'substring'
        ? ranked(
            sql`r.name_search LIKE '%' || ${q}::text || '%'`,
            sql`(' ' || r.name_search LIKE '% ' || ${q}::text || '%') DESC, r.depth, similarity(r.name_key, ${q}) DESC, r.name, r.code`,
          )
        : ranked(sql`r.name_search % ${q}`, sql`similarity(r.name_search, ${q}) DESC, r.depth, r.name, r.code`);
  return (await query.execute(db(source))).rows;
}

/** Which of `words` are words of some region name, and whether some word starts with `last`. */
export async function knownWords(source: Source, words: readonly string[], last: string): Promise<{ known: string[]; lastStarts: boolean }> {
  const { rows } = await sql<{ known: string[]; lastStarts: boolean }>`SELECT array(SELECT word FROM region_words WHERE word = ANY(${words}::varchar[])) AS known,
      EXISTS (SELECT 1 FROM region_words WHERE word >= ${last} AND word < ${`${last}\u{10FFFF}`}) AS "lastStarts"`.execute(db(source));
  return onlyRow(rows);
}

/**
 * For the rest of the transaction: the planner prices similarity() far below its real cost and would compare every
 * word; with scans other than bitmap ones off, it uses the trigram index.
 */
export async function preferTrigramIndex(manager: EntityManager): Promise<void> {
  await sql`SET LOCAL enable_seqscan = off`.execute(db(manager));
  await sql`SET LOCAL enable_indexscan = off`.execute(db(manager));
  await sql`SET LOCAL enable_indexonlyscan = off`.execute(db(manager));
}

/** The region-name word most similar to `word`, if one is similar enough (threshold in data-source.ts). */
export async function closestWord(manager: EntityManager, word: string): Promise<string | undefined> {
  const row = await db(manager)
    .selectFrom('region_words')
    .select('word')
    .where(sql<boolean>`word % ${word}`)
    .orderBy(sql`similarity(word, ${word})`, 'desc')
    .orderBy('word')
    .limit(1)
    .executeTakeFirst();
  return row?.word;
}

// ---- The registry load (region-loader.ts), in its transaction: `manager` is its query runner's. ----

/** The version of `source` the registry holds, or null before the first load. */
export async function loadedVersion(source: Source, dataSource: string): Promise<string | null> {
  const row = await db(source).selectFrom('region_data_versions').select('version').where('source', '=', dataSource).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.version ?? null;
}

/** Serialises loaders: held until the transaction ends. */
export async function lockLoad(manager: EntityManager, key: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${key})`.execute(db(manager));
}

export async function regionCount(manager: EntityManager): Promise<number> {
  const row = await db(manager)
    .selectFrom('regions')
    .select(sql<number>`count(*)::int`.as('existing'))
    .executeTakeFirstOrThrow();
  return row.existing;
}

/** A region list as seven parallel arrays, unnested server-side in one statement. */
export interface RegionColumns {
  code: string[];
  name: string[];
  level: string[];
  depth: number[];
  parentCode: (string | null)[];
  nameSearch: string[];
  nameKey: string[];
}

const unnested = (c: RegionColumns) =>
  sql`unnest(${c.code}::varchar[], ${c.name}::varchar[], ${c.level}::text[], ${c.depth}::smallint[], ${c.parentCode}::varchar[], ${c.nameSearch}::varchar[], ${c.nameKey}::varchar[])`;

/** The whole list into an empty registry. Bulk: clearest as SQL. */
export async function insertAllRegions(manager: EntityManager, columns: RegionColumns): Promise<void> {
  await sql`INSERT INTO regions (code, name, level, depth, parent_code, name_search, name_key)
    SELECT code, name, level::region_level, depth, parent_code, name_search, name_key
    FROM ${unnested(columns)} AS t(code, name, level, depth, parent_code, name_search, name_key)`.execute(db(manager));
}

/** The list staged in a temporary table `incoming`, dropped at commit. */
export async function stageIncoming(manager: EntityManager, columns: RegionColumns): Promise<void> {
  await sql`CREATE TEMP TABLE incoming (
      code varchar(13) PRIMARY KEY, name varchar(255) NOT NULL, level text NOT NULL, depth smallint NOT NULL,
      parent_code varchar(13), name_search varchar(255) NOT NULL, name_key varchar(255) NOT NULL
    ) ON COMMIT DROP`.execute(db(manager));
  await sql`INSERT INTO incoming (code, name, level, depth, parent_code, name_search, name_key)
    SELECT * FROM ${unnested(columns)}`.execute(db(manager));
}

/** Staged codes the registry lacks, added; their codes. */
export async function insertNewRegions(manager: EntityManager): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`INSERT INTO regions (code, name, level, depth, parent_code, name_search, name_key)
    SELECT i.code, i.name, i.level::region_level, i.depth, i.parent_code, i.name_search, i.name_key
    FROM incoming i
    WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = i.code)
    RETURNING code`.execute(db(manager));
  return rows.map((r) => r.code);
}

/** Names changed in the staged list, applied; each code with its old and new name. */
export async function applyRenames(manager: EntityManager): Promise<Array<{ code: string; from: string; to: string }>> {
  const { rows } = await sql<{ code: string; from: string; to: string }>`WITH changed AS (
      SELECT r.code, r.name AS old_name, i.name AS new_name, i.name_search, i.name_key
      FROM regions r JOIN incoming i ON i.code = r.code
      WHERE r.name IS DISTINCT FROM i.name
    )
    UPDATE regions r SET name = c.new_name, name_search = c.name_search, name_key = c.name_key
    FROM changed c WHERE r.code = c.code
    RETURNING r.code, c.old_name AS "from", c.new_name AS "to"`.execute(db(manager));
  return rows;
}

/** Registry codes missing from the staged list. */
export async function regionsNotStaged(manager: EntityManager): Promise<Array<{ code: string; name: string }>> {
  const { rows } = await sql<{ code: string; name: string }>`SELECT r.code, r.name FROM regions r
    WHERE NOT EXISTS (SELECT 1 FROM incoming i WHERE i.code = r.code)`.execute(db(manager));
  return rows;
}

export async function deleteRegions(manager: EntityManager, codes: readonly string[]): Promise<void> {
  await db(manager).deleteFrom('regions').where('code', '=', anyOf(codes, 'varchar')).execute();
}

/** Merges the GIN indexes' pending lists of `regions` into the indexes. */
export async function cleanGinPendingLists(manager: EntityManager): Promise<void> {
  await sql`SELECT gin_clean_pending_list(c.oid::regclass) FROM pg_index x
    JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_am a ON a.oid = c.relam
    WHERE x.indrelid = 'regions'::regclass AND a.amname = 'gin'`.execute(db(manager));
}

/** The table's indexes other than primary and unique ones, each with its CREATE statement. */
export async function secondaryIndexes(manager: EntityManager, table: string): Promise<Array<{ name: string; definition: string }>> {
  const { rows } = await sql<{ name: string; definition: string }>`SELECT i.indexname AS name, i.indexdef AS definition
    FROM pg_indexes i
    JOIN pg_class c ON c.relname = i.indexname
    JOIN pg_index x ON x.indexrelid = c.oid
    WHERE i.schemaname = current_schema() AND i.tablename = ${table} AND NOT x.indisprimary AND NOT x.indisunique`.execute(db(manager));
  return rows;
}

export async function dropIndex(manager: EntityManager, name: string): Promise<void> {
  await sql`DROP INDEX ${sql.id(name)}`.execute(db(manager));
}

/** Runs an index definition as pg_indexes gave it (secondaryIndexes). */
export async function createIndex(manager: EntityManager, definition: string): Promise<void> {
  await sql.raw(definition).execute(db(manager));
}

/** The single-column foreign keys (other than regions' own) that point at regions. */
export async function foreignKeysToRegions(manager: EntityManager): Promise<Array<{ table: string; column: string }>> {
  const { rows } = await sql<{ table: string; column: string }>`SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid = 'regions'::regclass AND c.conrelid <> 'regions'::regclass
      AND array_length(c.conkey, 1) = 1`.execute(db(manager));
  return rows;
}

/** Those of `codes` that `table.column` (a foreign key from foreignKeysToRegions) holds. */
export async function referencedCodes(manager: EntityManager, fk: { table: string; column: string }, codes: readonly string[]): Promise<string[]> {
  // regclass::text gives the table name as SQL writes it (already quoted where needed): raw, not an identifier.
  const { rows } = await sql<{ code: string }>`SELECT DISTINCT ${sql.id(fk.column)} AS code FROM ${sql.raw(fk.table)} WHERE ${sql.id(fk.column)} = ANY(${codes}::varchar[])`.execute(
    db(manager),
  );
  return rows.map((r) => r.code);
}

/** Descendant counts for every region, in one statement; only rows whose counts change are written. */
export async function recomputeCounts(manager: EntityManager): Promise<void> {
  await sql`WITH links AS (
      SELECT left(code, 2) AS ancestor, level FROM regions WHERE depth >= 2
      UNION ALL SELECT left(code, 5), level FROM regions WHERE depth >= 3
      UNION ALL SELECT left(code, 8), level FROM regions WHERE depth = 4
    ),
    agg AS (
      SELECT ancestor,
        count(*) FILTER (WHERE level = 'KABUPATEN')::int AS kabupaten,
        count(*) FILTER (WHERE level = 'KOTA')::int AS kota,
        count(*) FILTER (WHERE level = 'KECAMATAN')::int AS kecamatan,
        count(*) FILTER (WHERE level = 'DESA')::int AS desa,
        count(*) FILTER (WHERE level = 'KELURAHAN')::int AS kelurahan,
        count(*) FILTER (WHERE level = 'DESA_ADAT')::int AS desa_adat
      FROM links GROUP BY ancestor
    ),
    target AS (
      SELECT r.code,
        coalesce(a.kabupaten, 0) AS kabupaten, coalesce(a.kota, 0) AS kota, coalesce(a.kecamatan, 0) AS kecamatan,
        coalesce(a.desa, 0) AS desa, coalesce(a.kelurahan, 0) AS kelurahan, coalesce(a.desa_adat, 0) AS desa_adat
      FROM regions r LEFT JOIN agg a ON a.ancestor = r.code
    )
    UPDATE regions r SET
      kabupaten_count = t.kabupaten, kota_count = t.kota, kecamatan_count = t.kecamatan,
      desa_count = t.desa, kelurahan_count = t.kelurahan, desa_adat_count = t.desa_adat,
      village_count = t.desa + t.kelurahan + t.desa_adat
    FROM target t
    WHERE r.code = t.code AND (r.kabupaten_count, r.kota_count, r.kecamatan_count, r.desa_count, r.kelurahan_count, r.desa_adat_count)
      IS DISTINCT FROM (t.kabupaten, t.kota, t.kecamatan, t.desa, t.kelurahan, t.desa_adat)`.execute(db(manager));
}

/** The word list behind typo correction emptied (rebuildWords fills it again). */
export async function clearWords(manager: EntityManager): Promise<void> {
  await db(manager).deleteFrom('region_words').execute();
}

/** The word list rebuilt from the names as they now are. */
export async function insertWords(manager: EntityManager): Promise<void> {
  await sql`INSERT INTO region_words (word) SELECT DISTINCT w FROM regions, unnest(string_to_array(name_search, ' ')) AS w WHERE w <> ''`.execute(db(manager));
}

/** Fresh statistics, or the planner guesses from an empty table and search picks the wrong index. */
export async function analyze(manager: EntityManager, table: 'regions' | 'region_words'): Promise<void> {
  await sql`ANALYZE ${sql.table(table)}`.execute(db(manager));
}

export interface LoadRecord {
  source: string;
  version: string;
  durationMs: number;
  total: number;
  added: number;
  renamed: number;
  removed: number;
  keptReferenced: number;
  /** The load report, as JSON. */
  report: string;
}

export async function recordLoad(manager: EntityManager, load: LoadRecord): Promise<void> {
  await db(manager)
    .insertInto('region_data_versions')
    .values({
      source: load.source,
      version: load.version,
      duration_ms: load.durationMs,
      total: load.total,
      added: load.added,
      renamed: load.renamed,
      removed: load.removed,
      kept_referenced: load.keptReferenced,
      report: load.report,
    })
    .execute();
}
