import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const MAX_ENTRIES = 2_000;

/**
 * Figures computed once and handed to everyone who asks the same question over the same (already scope-narrowed)
 * area, until the coverage generation moves. Fifty heads of office opening the national dashboard at nine o'clock
 * cost one computation, not fifty. Correct across processes without any message: each request reads the current
 * generation (one primary-key read) and an entry from an older generation is never served.
 *
 * The key must hold everything the answer depends on: the operation, the narrowed area codes and the query.
 * Callers never put a caller's identity in the value, only figures.
 */
@Injectable()
export class CoverageCache {
  private readonly entries = new Map<string, { generation: string; value: Promise<unknown> }>();
  hits = 0;
  misses = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  /** The coverage generation: the primary's, or (`source`) a replica's, for figures read from it. */
  async generation(source: DataSource = this.dataSource): Promise<string> {
    const [row] = await source.query(`SELECT value::text AS value FROM coverage_generation WHERE id = 1`);
    return row?.value ?? '0';
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
