import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntitySubscriberInterface, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';
import { CALLER_CHANGED_CHANNEL } from '../../common/access/caller-cache.module';
import { ChangeListener } from '../../common/change-listener';
import { COVERAGE_MOVED } from '../activity/rollups/coverage-maintenance';
import { coverageGeneration } from './coverage.repository';

const MAX_ENTRIES = 2_000;
/** The channel the coverage_changed trigger (migration CoverageChanged) notifies on, with the new generation. */
export const COVERAGE_CHANGED_CHANNEL = 'coverage_changed';

/**
 * Figures computed once and handed to everyone who asks the same question over the same (already scope-narrowed)
 * area, until the coverage generation moves. Fifty heads of office opening the national dashboard at nine o'clock
 * cost one computation, not fifty. Correct across processes without any message: each request reads the current
 * generation (one primary-key read) and an entry from an older generation is never served.
 *
 * The key must hold everything the answer depends on: the operation, the narrowed area codes and the query.
 * Callers never put a caller's identity in the value, only figures.
 *
 * The generation itself is known without a read while the instance's ChangeListener hears `coverage_changed` (each
 * commit that moves it notifies the new value, in every instance). A commit in this process puts the known value
 * aside before its transaction returns, so whoever made a change sees it in their very next request; a change made
 * through another instance is seen once its notification arrives (at its commit, a few milliseconds). While the
 * listening connection is down, every request reads the generation, as before.
 */
@Injectable()
export class CoverageCache {
  private readonly entries = new Map<string, { generation: string; value: Promise<unknown> }>();
  hits = 0;
  misses = 0;
  /** Requests answered from the known generation, and those that read it from the database. */
  generationsKnown = 0;
  generationsRead = 0;
  private listening = false;
  /** The generation as last heard or read while listening; null: not known, read it. */
  private known: bigint | null = null;
  /** Moves whenever the known generation is put aside: a read that began before is not kept. */
  private epoch = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() changes?: ChangeListener,
  ) {
    if (!changes) return;
    changes.subscribe(COVERAGE_CHANGED_CHANNEL, { changed: (payload) => this.heard(payload), listening: (on) => this.setListening(on) });
    // An agency or its working area changed (or everything, after a TRUNCATE): areas and agency names kept by
    // `remember` are put aside at once, not after their minute.
    changes.subscribe(CALLER_CHANGED_CHANNEL, {
      changed: (payload) => {
        if (!payload.startsWith('u:')) this.timed.clear();
      },
      listening: () => this.timed.clear(),
    });
    // A transaction of this process that moved the generation: at its commit the known value is put aside before
    // the writer's request returns, not only when the notification arrives.
    watchCommits(dataSource, this);
  }

  /** The known generation is put aside: the next request reads it (a commit of this process moved it, watchCommits). */
  forgetGeneration() {
    this.known = null;
    this.epoch++;
  }

  private setListening(on: boolean) {
    this.forgetGeneration();
    this.listening = on;
  }

  /** A coverage_changed payload: the committed new generation. */
  private heard(payload: string) {
    if (!/^\d{1,19}$/.test(payload)) return this.forgetGeneration();
    const value = BigInt(payload);
    if (this.known === null || value > this.known) this.known = value;
  }

  private readonly timed = new Map<string, { until: number; value: Promise<unknown> }>();

  /**
   * For what does not move with coverage (an area's regions and village totals): kept `ttlMs`. Keys hold the
   * caller's scope, so a stale entry can only ever be narrower or wider within what the caller may see now.
   */
  remember<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const found = this.timed.get(key);
    if (found && found.until > now) return found.value as Promise<T>;
    const value = compute();
    this.timed.set(key, { until: now + ttlMs, value });
    value.catch(() => this.timed.delete(key));
    while (this.timed.size > MAX_ENTRIES) this.timed.delete(this.timed.keys().next().value!);
    return value;
  }

  /** The coverage generation: the primary's (known while listening), or (`source`) a replica's, read each time. */
  async generation(source: DataSource = this.dataSource): Promise<string> {
    if (source !== this.dataSource) return coverageGeneration(source);
    if (this.listening && this.known !== null) {
      this.generationsKnown++;
      return this.known.toString();
    }
    this.generationsRead++;
    const epoch = this.epoch;
    const value = await coverageGeneration(source);
    // Kept only if nothing was put aside meanwhile; never lowered (a later notification may have come first).
    if (this.listening && epoch === this.epoch && (this.known === null || BigInt(value) > this.known)) this.known = BigInt(value);
    return value;
  }

  /** The cached value for `key` at the current generation, or `compute()`'s (shared by concurrent askers). */
  async get<T>(key: string, generation: string, compute: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found && found.generation === generation) {
      this.hits++;
      // Refresh its place: the map's order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value as Promise<T>;
    }
    this.misses++;
    const value = compute();
    this.entries.set(key, { generation, value });
    // A failed computation is not remembered.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/** The coverage caches of each data source, told when one of its transactions that moved the generation commits. */
const cachesOf = new WeakMap<DataSource, Set<CoverageCache>>();

/**
 * One TypeORM subscriber per data source: a transaction marked by bumpCoverageGeneration (COVERAGE_MOVED in its query
 * runner's `data`) tells every coverage cache of the data source when it commits, and only then: a savepoint's
 * release inside it does not count, a rollback only removes the mark. The data source must be initialized (its
 * subscriber list is built then).
 */
function watchCommits(dataSource: DataSource, cache: CoverageCache) {
  const known = cachesOf.get(dataSource);
  if (known) {
    known.add(cache);
    return;
  }
  const caches = new Set([cache]);
  cachesOf.set(dataSource, caches);
  const ended = (event: TransactionCommitEvent | TransactionRollbackEvent, committed: boolean) => {
    if (event.queryRunner.isTransactionActive) return;
    const data = event.queryRunner.data as Record<string, unknown>;
    if (!data[COVERAGE_MOVED]) return;
    delete data[COVERAGE_MOVED];
    if (committed) for (const c of caches) c.forgetGeneration();
  };
  const subscriber: EntitySubscriberInterface = {
    afterTransactionCommit: (event) => ended(event, true),
    afterTransactionRollback: (event) => ended(event, false),
  };
  dataSource.subscribers.push(subscriber);
}
