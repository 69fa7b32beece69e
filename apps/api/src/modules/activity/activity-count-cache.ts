import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { CALLER_CHANGED_CHANNEL } from '../../common/access/caller-cache.module';
import { ChangeListener } from '../../common/change-listener';
import type { ActivityFilter } from './dto/activity.input';

/** The channel the activities_changed trigger (migration ActivitiesChanged) notifies on, once per writing statement. */
export const ACTIVITIES_CHANGED_CHANNEL = 'activities_changed';
/** The most counts kept; past it the least recently asked goes. */
export const ACTIVITY_COUNT_CACHE_MAX = 5_000;

/**
 * Activity counts ("N kegiatan" over the list, the work queue's badges) kept in this process until anything they
 * could depend on is written, so fifty people opening the national list at once cost one count, not fifty
 * (a national year is ~33,000 rows to count: 50–90 ms each). Exact, never an estimate:
 * - every statement writing activities, their co-organisers, topics or programme items notifies
 *   `activities_changed` at its commit (a trigger), and each instance forgets every count when it hears it;
 * - users and agencies (who sees what, who heads an office) notify `caller_changed`: forgotten too;
 * - a transaction committed by this process forgets them before the writer's request returns, so whoever wrote
 *   sees it in their very next request without waiting for the notification;
 * - while the listening connection is down nothing is kept: every count is counted.
 * Keys hold the caller's identity, role, agency, scope and permissions and the whole filter: a count is only ever
 * handed to the person whose question it answered.
 */
@Injectable()
export class ActivityCountCache {
  private readonly entries = new Map<string, Promise<number>>();
  private listening = false;
  hits = 0;
  misses = 0;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Optional() changes?: ChangeListener,
  ) {
    if (!changes) return;
    changes.subscribe(ACTIVITIES_CHANGED_CHANNEL, {
      changed: () => this.forget(),
      listening: (on) => {
        this.forget();
        this.listening = on;
      },
    });
    changes.subscribe(CALLER_CHANGED_CHANNEL, { changed: () => this.forget(), listening: () => this.forget() });
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (event) => {
        // The outer transaction's commit, not a savepoint's release inside it.
        if (!event.queryRunner.isTransactionActive) this.forget();
      },
    };
    dataSource.subscribers.push(subscriber);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every count goes: the next question of each kind is counted again. */
  forget() {
    this.entries.clear();
  }

  /** The count of `filter` for `caller`: kept (and shared by concurrent askers) while changes are heard. */
  count(caller: Caller, filter: ActivityFilter, compute: () => Promise<number>): Promise<number> {
    if (!this.listening) return compute();
    const key = JSON.stringify([caller.userId, caller.role, caller.agencyId, caller.scope, [...caller.permissions].sort(), filter]);
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
    // A failed count is not kept. One begun before a forget was cleared with it and is not put back.
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    while (this.entries.size > ACTIVITY_COUNT_CACHE_MAX) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
