import { DataSource, EntityManager } from 'typeorm';
import { RegionDataset } from './region-source';
import * as repository from './region.repository';

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
export async function loadedRegionVersion(db: DataSource | EntityManager, source: string): Promise<string | null> {
  return repository.loadedVersion(db, source);
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
  // Every statement below runs on this runner, in its transaction (db(manager) uses the manager's runner).
  const manager = runner.manager;
  try {
    await repository.lockLoad(manager, LOCK_KEY);
    const previousVersion = await loadedRegionVersion(manager, dataset.source);
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

    const existing = await repository.regionCount(manager);
    if (existing === 0) {
      report.added = await firstLoad(manager, dataset);
    } else {
      await repository.stageIncoming(manager, columnArrays(dataset));
      report.added = (await repository.insertNewRegions(manager)).sort();
      await applyRenamesAndRemovals(manager, report);
      // Rows written into a live GIN index wait in its pending list, which every search would then read through:
      // merge them into the index now rather than whenever autovacuum comes by.
      await repository.cleanGinPendingLists(manager);
    }

    await repository.recomputeCounts(manager);
    // The word list behind typo correction, rebuilt from the names as they now are.
    await withIndexesRebuilt(manager, 'region_words', async () => {
      await repository.clearWords(manager);
      await repository.insertWords(manager);
    });
    await repository.analyze(manager, 'region_words');
    // Fresh statistics, or the planner guesses from an empty table and search picks the wrong index.
    await repository.analyze(manager, 'regions');
    report.status = existing === 0 ? 'loaded' : 'updated';
    report.durationMs = Math.round(performance.now() - started);
    await repository.recordLoad(manager, {
      source: dataset.source,
      version: dataset.version,
      durationMs: report.durationMs,
      total: report.total,
      added: report.added.length,
      renamed: report.renamed.length,
      removed: report.removed.length,
      keptReferenced: report.keptReferenced.length,
      // A first load lists no codes: all 91,599 are new, and the count says so.
      report: JSON.stringify({ ...report, added: report.status === 'loaded' ? [] : report.added }),
    });
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
async function applyRenamesAndRemovals(manager: EntityManager, report: RegionLoadReport) {
  report.renamed = (await repository.applyRenames(manager)).sort((a, b) => a.code.localeCompare(b.code));

  const gone = await repository.regionsNotStaged(manager);
  if (gone.length) {
    const referenced = await findReferences(
      manager,
      gone.map((g) => g.code),
    );
    // A kept code keeps its ancestors too, or its parent link would dangle.
    const keep = new Set<string>();
    for (const code of referenced.keys()) {
      const parts = code.split('.');
      for (let i = 1; i <= parts.length; i++) keep.add(parts.slice(0, i).join('.'));
    }
    const names = new Map(gone.map((g) => [g.code, g.name]));
    const deletable = gone.map((g) => g.code).filter((code) => !keep.has(code));
    if (deletable.length) await repository.deleteRegions(manager, deletable);
    report.removed = deletable.sort();
    report.keptReferenced = [...keep]
      .filter((code) => names.has(code))
      .sort()
      .map((code) => ({ code, name: names.get(code)!, referencedBy: referenced.get(code) ?? ['regions (children still referenced)'] }));
  }
}

/** An empty registry gets the list straight from the parameter arrays, its secondary indexes rebuilt after. */
async function firstLoad(manager: EntityManager, dataset: RegionDataset): Promise<string[]> {
  await withIndexesRebuilt(manager, 'regions', () => repository.insertAllRegions(manager, columnArrays(dataset)));
  return dataset.records.map((x) => x.code).sort();
}

/**
 * Runs a bulk write with the table's secondary indexes dropped, then rebuilds them from their own definitions:
 * a GIN index built in one pass is several times faster to make than one grown row by row, and it has no pending
 * list that every later search would have to read through.
 */
async function withIndexesRebuilt(manager: EntityManager, table: string, work: () => Promise<unknown>) {
  const indexes = await repository.secondaryIndexes(manager, table);
  for (const index of indexes) await repository.dropIndex(manager, index.name);
  await work();
  for (const index of indexes) await repository.createIndex(manager, index.definition);
}

function columnArrays(dataset: RegionDataset): repository.RegionColumns {
  const r = dataset.records;
  return {
    code: r.map((x) => x.code),
    name: r.map((x) => x.name),
    level: r.map((x) => x.level),
    depth: r.map((x) => x.depth),
    parentCode: r.map((x) => x.parentCode),
    nameSearch: r.map((x) => x.nameSearch),
    nameKey: r.map((x) => x.nameKey),
  };
}

/** For each code, the tables (other than regions itself) whose foreign keys still point at it. */
async function findReferences(manager: EntityManager, codes: string[]): Promise<Map<string, string[]>> {
  const foreignKeys = await repository.foreignKeysToRegions(manager);
  const found = new Map<string, string[]>();
  for (const fk of foreignKeys) {
    for (const code of await repository.referencedCodes(manager, fk, codes)) found.set(code, [...(found.get(code) ?? []), fk.table]);
  }
  return found;
}
