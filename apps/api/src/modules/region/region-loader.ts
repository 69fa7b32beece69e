import { DataSource, QueryRunner } from 'typeorm';
import { RegionDataset } from './region-source';

export interface RegionLoadReport {
  status: 'unchanged' | 'loaded' | 'updated';
  source: string;
  version: string;
  previousVersion: string | null;
  total: number;
  added: string[];
  renamed: { code: string; from: string; to: string }[];
  removed: string[];
  /** Gone from the new list but still referenced by other records: kept, and reported here. */
  keptReferenced: { code: string; name: string; referencedBy: string[] }[];
  durationMs: number;
}

/** The version of `source` the registry holds, or null before the first load. */
export async function loadedRegionVersion(db: Pick<DataSource, 'query'>, source: string): Promise<string | null> {
  const [row] = await db.query('SELECT version FROM region_data_versions WHERE source = $1 ORDER BY id DESC LIMIT 1', [source]);
  return row?.version ?? null;
}

// Serialises loaders across API instances starting at once against one database.
const LOCK_KEY = 7_318_001;

/**
 * Loads an official region list into `regions`, in one transaction, set-based:
 *  - the same source and version as the last load: nothing to do (a restart costs one indexed lookup);
 *  - otherwise the list goes into a temporary table in one statement and is applied as a diff: codes added,
 *    names changed, codes removed. A removed code that other records still reference is kept and reported, never
 *    deleted silently. Descendant counts are then recomputed in one statement.
 */
export async function loadRegions(dataSource: DataSource, dataset: RegionDataset, options: { force?: boolean } = {}): Promise<RegionLoadReport> {
  const started = performance.now();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const previousVersion = await loadedRegionVersion(runner, dataset.source);
    const report: RegionLoadReport = {
      status: 'unchanged',
      source: dataset.source,
      version: dataset.version,
      previousVersion,
      total: dataset.records.length,
      added: [],
      renamed: [],
      removed: [],
      keptReferenced: [],
      durationMs: 0,
    };
    if (previousVersion === dataset.version && !options.force) {
      await runner.commitTransaction();
      report.durationMs = Math.round(performance.now() - started);
      return report;
    }

    const [{ existing }] = await runner.query('SELECT count(*)::int AS existing FROM regions');
    if (existing === 0) {
      report.added = await firstLoad(runner, dataset);
    } else {
      await stageIncoming(runner, dataset);
      const added: { code: string }[] = await runner.query(`
        INSERT INTO regions (code, name, level, depth, parent_code, name_search, name_key)
        SELECT i.code, i.name, i.level::region_level, i.depth, i.parent_code, i.name_search, i.name_key
        FROM incoming i
        WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = i.code)
        RETURNING code`);
      report.added = added.map((r) => r.code).sort();
      await applyRenamesAndRemovals(runner, report);
      // Rows written into a live GIN index wait in its pending list, which every search would then read through:
      // merge them into the index now rather than whenever autovacuum comes by.
      await runner.query(
        `SELECT gin_clean_pending_list(c.oid::regclass) FROM pg_index x
         JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_am a ON a.oid = c.relam
         WHERE x.indrelid = 'regions'::regclass AND a.amname = 'gin'`,
      );
    }

    await recomputeCounts(runner);
    // The word list behind typo correction, rebuilt from the names as they now are.
    await withIndexesRebuilt(runner, 'region_words', async () => {
      await runner.query('DELETE FROM region_words');
      await runner.query(
        `INSERT INTO region_words (word) SELECT DISTINCT w FROM regions, unnest(string_to_array(name_search, ' ')) AS w WHERE w <> ''`,
      );
    });
    await runner.query('ANALYZE region_words');
    // Fresh statistics, or the planner guesses from an empty table and search picks the wrong index.
    await runner.query('ANALYZE regions');
    report.status = existing === 0 ? 'loaded' : 'updated';
    report.durationMs = Math.round(performance.now() - started);
    await runner.query(
      `INSERT INTO region_data_versions (source, version, duration_ms, total, added, renamed, removed, kept_referenced, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        dataset.source,
        dataset.version,
        report.durationMs,
        report.total,
        report.added.length,
        report.renamed.length,
        report.removed.length,
        report.keptReferenced.length,
        // A first load lists no codes: all 91,599 are new, and the count says so.
        JSON.stringify({ ...report, added: report.status === 'loaded' ? [] : report.added }),
      ],
    );
    await runner.commitTransaction();
    return report;
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** Names changed and codes gone, against the staged list; referenced codes are kept and reported. */
async function applyRenamesAndRemovals(runner: QueryRunner, report: RegionLoadReport) {
  const [renamed]: [{ code: string; from: string; to: string }[], number] = await runner.query(`
    WITH changed AS (
      SELECT r.code, r.name AS old_name, i.name AS new_name, i.name_search, i.name_key
      FROM regions r JOIN incoming i ON i.code = r.code
      WHERE r.name IS DISTINCT FROM i.name
    )
    UPDATE regions r SET name = c.new_name, name_search = c.name_search, name_key = c.name_key
    FROM changed c WHERE r.code = c.code
    RETURNING r.code, c.old_name AS "from", c.new_name AS "to"`);
  report.renamed = (renamed ?? []).sort((a, b) => a.code.localeCompare(b.code));

  const gone: { code: string; name: string }[] = await runner.query(`
    SELECT r.code, r.name FROM regions r
    WHERE NOT EXISTS (SELECT 1 FROM incoming i WHERE i.code = r.code)`);
  if (gone.length) {
    const referenced = await findReferences(runner, gone.map((g) => g.code));
    // A kept code keeps its ancestors too, or its parent link would dangle.
    const keep = new Set<string>();
    for (const code of referenced.keys()) {
      const parts = code.split('.');
      for (let i = 1; i <= parts.length; i++) keep.add(parts.slice(0, i).join('.'));
    }
    const names = new Map(gone.map((g) => [g.code, g.name]));
    const deletable = gone.map((g) => g.code).filter((code) => !keep.has(code));
    if (deletable.length) await runner.query('DELETE FROM regions WHERE code = ANY($1::varchar[])', [deletable]);
    report.removed = deletable.sort();
    report.keptReferenced = [...keep]
      .filter((code) => names.has(code))
      .sort()
      .map((code) => ({ code, name: names.get(code)!, referencedBy: referenced.get(code) ?? ['regions (children still referenced)'] }));
  }
}

/** An empty registry gets the list straight from the parameter arrays, its secondary indexes rebuilt after. */
async function firstLoad(runner: QueryRunner, dataset: RegionDataset): Promise<string[]> {
  await withIndexesRebuilt(runner, 'regions', () =>
    runner.query(
      `INSERT INTO regions (code, name, level, depth, parent_code, name_search, name_key)
       SELECT code, name, level::region_level, depth, parent_code, name_search, name_key
       FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::smallint[], $5::varchar[], $6::varchar[], $7::varchar[])
         AS t(code, name, level, depth, parent_code, name_search, name_key)`,
      columnArrays(dataset),
    ),
  );
  return dataset.records.map((x) => x.code).sort();
}

/**
 * Runs a bulk write with the table's secondary indexes dropped, then rebuilds them from their own definitions:
 * a GIN index built in one pass is several times faster to make than one grown row by row, and it has no pending
 * list that every later search would have to read through.
 */
async function withIndexesRebuilt(runner: QueryRunner, table: string, work: () => Promise<unknown>) {
  const indexes: { name: string; definition: string }[] = await runner.query(
    `SELECT i.indexname AS name, i.indexdef AS definition
     FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname
     JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = current_schema() AND i.tablename = $1 AND NOT x.indisprimary AND NOT x.indisunique`,
    [table],
  );
  for (const index of indexes) await runner.query(`DROP INDEX ${quote(index.name)}`);
  await work();
  for (const index of indexes) await runner.query(index.definition);
}

function columnArrays(dataset: RegionDataset) {
  const r = dataset.records;
  return [r.map((x) => x.code), r.map((x) => x.name), r.map((x) => x.level), r.map((x) => x.depth), r.map((x) => x.parentCode), r.map((x) => x.nameSearch), r.map((x) => x.nameKey)];
}

async function stageIncoming(runner: QueryRunner, dataset: RegionDataset) {
  await runner.query(`
    CREATE TEMP TABLE incoming (
      code varchar(13) PRIMARY KEY, name varchar(255) NOT NULL, level text NOT NULL, depth smallint NOT NULL,
      parent_code varchar(13), name_search varchar(255) NOT NULL, name_key varchar(255) NOT NULL
    ) ON COMMIT DROP`);
  // One statement for the whole list: seven arrays unnested server-side.
  await runner.query(
    `INSERT INTO incoming (code, name, level, depth, parent_code, name_search, name_key)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::smallint[], $5::varchar[], $6::varchar[], $7::varchar[])`,
    columnArrays(dataset),
  );
}

/** For each code, the tables (other than regions itself) whose foreign keys still point at it. */
async function findReferences(runner: QueryRunner, codes: string[]): Promise<Map<string, string[]>> {
  const foreignKeys: { table: string; column: string }[] = await runner.query(`
    SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid = 'regions'::regclass AND c.conrelid <> 'regions'::regclass
      AND array_length(c.conkey, 1) = 1`);
  const found = new Map<string, string[]>();
  for (const fk of foreignKeys) {
    const rows: { code: string }[] = await runner.query(
      `SELECT DISTINCT ${quote(fk.column)} AS code FROM ${fk.table} WHERE ${quote(fk.column)} = ANY($1::varchar[])`,
      [codes],
    );
    for (const { code } of rows) found.set(code, [...(found.get(code) ?? []), fk.table]);
  }
  return found;
}

function quote(identifier: string) {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** Descendant counts for every region, in one statement; only rows whose counts change are written. */
async function recomputeCounts(runner: QueryRunner) {
  await runner.query(`
    WITH links AS (
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
      IS DISTINCT FROM (t.kabupaten, t.kota, t.kecamatan, t.desa, t.kelurahan, t.desa_adat)`);
}
