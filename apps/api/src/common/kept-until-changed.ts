import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import type { ChangeListener } from './change-listener';

/**
 * Answers kept in this process until anything they depend on is written, for caches whose source tables notify a
 * channel at commit (a trigger per table, in the migrations):
 * - a notification on any of the channels forgets every entry (in every instance: each hears it);
 * - a transaction committed by this process forgets them too, before the writer's request returns, so whoever
 *   wrote sees it in their very next request without waiting for the notification;
 * - while the listening connection is down nothing is kept: every answer is computed.
 * Bounded (least recently asked out first); concurrent askers of one key share one computation; a failed one is not
 * kept. Keys must hold everything an answer depends on, the asker's identity included where it matters.
 */
export class KeptUntilChanged<T> {
  private readonly entries = new Map<string, Promise<T>>();
  private listening = false;
  hits = 0;
  misses = 0;

  constructor(readonly max: number) {}

  /**
   * Kept current by `changes` on `channels` (the first says whether it listens) and by `dataSource`'s commits.
   * `concerns`: which notifications touch these answers (all, unless it says no), for a channel whose payload names
   * what changed.
   */
  watch(changes: ChangeListener | undefined, dataSource: DataSource, channels: readonly [string, ...string[]], concerns: (channel: string, payload: string) => boolean = () => true): this {
    if (!changes) return this;
    const [first, ...others] = channels;
    changes.subscribe(first, {
      changed: (payload) => concerns(first, payload) && this.forget(),
      listening: (on) => {
        this.forget();
        this.listening = on;
      },
    });
    for (const channel of others) changes.subscribe(channel, { changed: (payload) => concerns(channel, payload) && this.forget(), listening: () => this.forget() });
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (event) => {
        // The outer transaction's commit, not a savepoint's release inside it.
        if (!event.queryRunner.isTransactionActive) this.forget();
      },
    };
    dataSource.subscribers.push(subscriber);
    return this;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every entry goes: the next question of each kind is computed again. */
  forget() {
    this.entries.clear();
  }

  /** The answer for `key`: kept (and shared by concurrent askers) while changes are heard, else computed. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.listening) return compute();
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      // The map's order is least recently asked first.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const value = compute();
    this.entries.set(key, value);
    // A failed computation is not kept. One begun before a forget was cleared with it and is not put back.
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
