import { ACTIVITY_LIMITS, normalizeSearchText, Permission, tryParseRegionCode } from '@jangkau/shared-domain';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { ActivityCountCache } from './activity-count-cache';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import {
  activityPage,
  calendarOverlaps,
  coOrganiserCandidates,
  countActivities,
  type Cursor,
  exportBatch,
  filterConditions,
  type ListOrder,
  visibleActivities,
} from './activity-list.repository';
import { type ActivityExportRow, type ActivityRow, DAY } from './activity.rows';
import { ActivityFilter, ActivitySort } from './dto/activity.input';

/** Reading activities as lists: one page, a count, export batches, the calendar, the caller's work queue. Scoped to what the caller may see. */
@Injectable()
export class ActivityQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    /** Absent where the service is built by hand (the benches): every count is counted. */
    @Optional() private readonly counts?: ActivityCountCache,
  ) {}

  /** The activities among `ids` the caller may see; the others are simply absent. */
  async findVisible(caller: Caller, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ActivityRow[]> {
    return visibleActivities(manager, caller, ids);
  }

  /**
   * One page, keyset-paginated (the cursor carries the last row's sort value and id), so page 500 costs what
   * page 1 does. `first` + 1 rows are read to know whether another page follows.
   */
  async list(
    caller: Caller,
    filter: ActivityFilter,
    sort: ActivitySort,
    first: number,
    after: string | null,
  ): Promise<{ rows: ActivityRow[]; hasNextPage: boolean; endCursor: string | null }> {
    const conditions = filterConditions(caller, filter);
    const order = orderOf(sort);
    let cursor: Cursor | null = null;
    if (after) {
      cursor = decodeCursor(after);
      if (!cursor) throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: 'after' }, 'after');
    }
    const limit = Math.min(Math.max(first, 1), 100);
    const rows = await activityPage(this.dataSource, conditions, order, cursor, limit + 1);
    const hasNextPage = rows.length > limit;
    const page = rows.slice(0, limit);
    // The sort key travels as PostgreSQL's own text (microseconds kept), so no row is skipped or repeated.
    const last = page.at(-1) as (ActivityRow & { sortKey: string }) | undefined;
    const endCursor = last ? encodeCursor(last.sortKey, last.id) : null;
    for (const row of page) delete (row as Partial<ActivityRow & { sortKey: string }>).sortKey;
    return { rows: page, hasNextPage, endCursor };
  }

  /** How many activities the caller may see match the filter; exact, kept until activities change (ActivityCountCache). */
  async count(caller: Caller, filter: ActivityFilter): Promise<number> {
    const conditions = filterConditions(caller, filter);
    const compute = () => countActivities(this.dataSource, conditions);
    return this.counts ? this.counts.count(caller, filter, compute) : compute();
  }

  /**
   * Every activity of the list (same visibility, filter and order), a batch at a time for the exports: each batch
   * is one keyset query with its lists and sums joined in, so memory holds one batch, whatever the total.
   */
  async *exportBatches(caller: Caller, filter: ActivityFilter, sort: ActivitySort, batchSize = 2000): AsyncGenerator<ActivityExportRow[]> {
    const order = orderOf(sort);
    let cursor: Cursor | null = null;
    for (;;) {
      const rows = await exportBatch(this.dataSource, filterConditions(caller, filter), order, cursor, batchSize);
      const last = rows.at(-1);
      if (!last) return;
      cursor = { at: last.sortKey, id: last.id };
      for (const row of rows) delete (row as Partial<ActivityExportRow & { sortKey: string }>).sortKey;
      yield rows;
      if (rows.length < batchSize) return;
    }
  }

  /** The counts of the caller's work queue, each the count of the list its link opens (same filter). */
  async myWork(caller: Caller): Promise<{ awaitingVerification: number; returned: number; invitations: number }> {
    const [awaitingVerification, returned, invitations] = await Promise.all([
      caller.permissions.includes(Permission.ACTIVITY_VERIFY) ? this.count(caller, { awaitingMyVerification: true }) : 0,
      this.count(caller, { returnedToMe: true }),
      this.count(caller, { invitationsToMe: true }),
    ]);
    return { awaitingVerification, returned, invitations };
  }

  /**
   * Agencies the caller's agency may invite to co-organise: active ones whose working area touches the given
   * villages or venue (contains them, or lies inside a kecamatan given), and, with a search, any active agency by
   * name. Those working in the area first. Names of agencies are no secret: every activity shows its organisers.
   */
  async coOrganiserCandidates(caller: Caller, villageCodes: string[], venueRegionCode: string | null, search: string | null, first: number) {
    const codes = [...new Set([...villageCodes, ...(venueRegionCode ? [venueRegionCode] : [])].map((c) => c?.trim() ?? '').filter((c) => typeof tryParseRegionCode(c) !== 'string'))].slice(
      0,
      ACTIVITY_LIMITS.villagesMax,
    );
    const words = normalizeSearchText(search ?? '').slice(0, 100);
    const pattern = words ? `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return coOrganiserCandidates(this.dataSource, caller.agencyId, codes, pattern, Math.min(Math.max(first, 1), 20));
  }

  /**
   * Planned activities in [from, to) the caller may see, each with the planned activities of *other* lead agencies
   * that share a kecamatan with it and start within 7 days of it (visible ones only).
   */
  async calendar(caller: Caller, from: Date, to: Date, regionCode: string | null) {
    if (!(to > from) || to.getTime() - from.getTime() > 400 * DAY) {
      throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: 'from < to, at most 400 days' }, 'to');
    }
    const window = ACTIVITY_LIMITS.overlapWindowDays;
    const rows = await calendarOverlaps(this.dataSource, caller, from, to, regionCode ? regionCode.trim() : null, window);
    const ids = [...new Set(rows.flatMap((r) => [r.id, ...(r.overlapIds ?? [])]))];
    const byId = new Map((await this.findVisible(caller, ids)).map((a) => [a.id, a]));
    return rows
      .filter((r) => byId.has(r.id))
      .map((r) => ({
        activity: byId.get(r.id)!,
        overlapsWith: (r.overlapIds ?? []).map((id) => byId.get(id)).filter((a): a is ActivityRow => !!a),
        sharedKecamatanCodes: r.shared ?? [],
      }));
  }
}

/** The keyset order of a sort. */
function orderOf(sort: ActivitySort): ListOrder {
  return { key: sort === ActivitySort.UPDATED_AT_DESC ? 'a.updated_at' : 'a.starts_at', descending: sort !== ActivitySort.STARTS_AT_ASC };
}
