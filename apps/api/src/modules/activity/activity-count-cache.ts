import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { CALLER_CHANGED_CHANNEL } from '../../common/access/caller-cache.module';
import { ChangeListener } from '../../common/change-listener';
import { KeptUntilChanged } from '../../common/kept-until-changed';
import type { ActivityFilter } from './dto/activity.input';

/** The channel the activities_changed trigger (migration ActivitiesChanged) notifies on, once per writing statement. */
export const ACTIVITIES_CHANGED_CHANNEL = 'activities_changed';
/** The most counts kept; past it the least recently asked goes. */
export const ACTIVITY_COUNT_CACHE_MAX = 5_000;

/**
 * Activity counts ("N kegiatan" over the list, the work queue's badges) kept in this process until anything they
 * could depend on is written (common/kept-until-changed.ts), so fifty people opening the national list at once cost
 * one count, not fifty (a national year is ~33,000 rows to count: 50–90 ms each). Exact, never an estimate:
 * activities, their co-organisers, topics and programme items notify `activities_changed`; users and agencies (who
 * sees what, who heads an office) notify `caller_changed`. Keys hold the caller's identity, role, agency, scope and
 * permissions and the whole filter: a count is only ever handed to the person whose question it answered.
 */
@Injectable()
export class ActivityCountCache {
  private readonly kept = new KeptUntilChanged<number>(ACTIVITY_COUNT_CACHE_MAX);

  constructor(@InjectDataSource() dataSource: DataSource, @Optional() changes?: ChangeListener) {
    this.kept.watch(changes, dataSource, [ACTIVITIES_CHANGED_CHANNEL, CALLER_CHANGED_CHANNEL]);
  }

  get size(): number {
    return this.kept.size;
  }
  get hits(): number {
    return this.kept.hits;
  }
  get misses(): number {
    return this.kept.misses;
  }

  /** The count of `filter` for `caller`: kept while changes are heard. */
  count(caller: Caller, filter: ActivityFilter, compute: () => Promise<number>): Promise<number> {
    const key = JSON.stringify([caller.userId, caller.role, caller.agencyId, caller.scope, [...caller.permissions].sort(), filter]);
    return this.kept.get(key, compute);
  }
}
