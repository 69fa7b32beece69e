import { ACTIVITY_LIMITS, normalizeSearchText, Permission, tryParseRegionCode } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { activityVisible } from '../../common/access/scoped-sql';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { isUuid } from '../../common/uuid';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import { type ActivityExportRow, type ActivityRow, DAY } from './activity.rows';
import { ActivityFilter, ActivitySort } from './dto/activity.input';

const COLUMNS = `a.id, a.type, a.status, a.title, a.description, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.time_zone AS "timeZone",
  a.venue_name AS "venueName", a.venue_region_code AS "venueRegionCode", a.lead_agency_id AS "leadAgencyId", a.return_reason AS "returnReason",
  a.submitted_by AS "submittedById", su.full_name AS "submittedByName", a.submitted_at AS "submittedAt", vu.full_name AS "verifiedByName",
  a.verified_at AS "verifiedAt", a.self_verified AS "selfVerified", a.created_by AS "createdById", cu.full_name AS "createdByName", a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;
const FROM = `activities a JOIN users cu ON cu.id = a.created_by LEFT JOIN users su ON su.id = a.submitted_by LEFT JOIN users vu ON vu.id = a.verified_by`;

/** Reading activities as lists: one page, a count, export batches, the calendar, the caller's work queue. Scoped to what the caller may see. */
@Injectable()
export class ActivityQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The activities among `ids` the caller may see; the others are simply absent. */
  async findVisible(caller: Caller, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ActivityRow[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const visible = activityVisible(caller, 'a', params).sql;
    return manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = ANY($1::uuid[]) AND ${visible}`, params);
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
    const params: unknown[] = [];
    const where = this.filterConditions(caller, filter, params);
    const key = sort === ActivitySort.UPDATED_AT_DESC ? 'a.updated_at' : 'a.starts_at';
    const descending = sort !== ActivitySort.STARTS_AT_ASC;
    if (after) {
      const cursor = decodeCursor(after);
      if (!cursor) throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: 'after' }, 'after');
      params.push(cursor.at, cursor.id);
      where.push(`(${key}, a.id) ${descending ? '<' : '>'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const limit = Math.min(Math.max(first, 1), 100);
    params.push(limit + 1);
    const direction = descending ? 'DESC' : 'ASC';
    const rows: ActivityRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, ${key}::text AS "sortKey" FROM ${FROM} WHERE ${where.join(' AND ')}
       ORDER BY ${key} ${direction}, a.id ${direction} LIMIT $${params.length}`,
      params,
    );
    const hasNextPage = rows.length > limit;
    const page = rows.slice(0, limit);
    // The sort key travels as PostgreSQL's own text (microseconds kept), so no row is skipped or repeated.
    const last = page.at(-1) as (ActivityRow & { sortKey: string }) | undefined;
    const endCursor = last ? encodeCursor(last.sortKey, last.id) : null;
    for (const row of page) delete (row as Partial<ActivityRow & { sortKey: string }>).sortKey;
    return { rows: page, hasNextPage, endCursor };
  }

  async count(caller: Caller, filter: ActivityFilter): Promise<number> {
    const params: unknown[] = [];
    const where = this.filterConditions(caller, filter, params);
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM activities a WHERE ${where.join(' AND ')}`, params);
    return n;
  }

  /**
   * Every activity of the list (same visibility, filter and order), a batch at a time for the exports: each batch
   * is one keyset query with its lists and sums joined in, so memory holds one batch, whatever the total.
   */
  async *exportBatches(caller: Caller, filter: ActivityFilter, sort: ActivitySort, batchSize = 2000): AsyncGenerator<ActivityExportRow[]> {
    const key = sort === ActivitySort.UPDATED_AT_DESC ? 'a.updated_at' : 'a.starts_at';
    const direction = sort === ActivitySort.STARTS_AT_ASC ? 'ASC' : 'DESC';
    let cursor: { at: string; id: string } | null = null;
    for (;;) {
      const params: unknown[] = [];
      const where = this.filterConditions(caller, filter, params);
      if (cursor) {
        params.push(cursor.at, cursor.id);
        where.push(`(${key}, a.id) ${direction === 'DESC' ? '<' : '>'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
      }
      params.push(batchSize);
      const rows: (ActivityExportRow & { sortKey: string })[] = await this.dataSource.query(
        `SELECT a.id, a.title, a.type, a.status, a.starts_at AS "startsAt", a.time_zone AS "timeZone", a.venue_name AS "venueName",
           a.venue_region_code AS "venueRegionCode", coalesce(r.name, '') AS "venueRegionName", g.name AS "leadAgency",
           coalesce((SELECT string_agg(cg.name, '; ' ORDER BY cg.name) FROM activity_agencies c JOIN agencies cg ON cg.id = c.agency_id
                     WHERE c.activity_id = a.id AND c.status <> 'DECLINED'), '') AS "coOrganisers",
           (SELECT count(*) FROM activity_villages v WHERE v.activity_id = a.id)::int AS villages,
           CASE WHEN a.status = 'VERIFIED' OR EXISTS (SELECT 1 FROM activity_village_confirmations ce WHERE ce.activity_id = a.id) THEN
             (SELECT concat_ws('; ',
                'Dikonfirmasi: ' || string_agg(vr.name, ', ' ORDER BY vr.name) FILTER (WHERE vc.answer = 'CONFIRMED'),
                'Disanggah: ' || string_agg(vr.name, ', ' ORDER BY vr.name) FILTER (WHERE vc.answer = 'DISPUTED' AND NOT coalesce(a.verified_at > vc.answered_at, FALSE)),
                'Dikoreksi: ' || string_agg(vr.name, ', ' ORDER BY vr.name) FILTER (WHERE vc.answer = 'DISPUTED' AND a.verified_at > vc.answered_at),
                'Belum dijawab: ' || nullif(count(*) FILTER (WHERE vc.answer IS NULL), 0))
              FROM activity_villages vv JOIN regions vr ON vr.code = vv.village_code
              LEFT JOIN activity_village_confirmations vc ON vc.activity_id = vv.activity_id AND vc.village_code = vv.village_code
              WHERE vv.activity_id = a.id)
           ELSE '' END AS "villageConfirmations",
           coalesce(p.male, 0)::int AS male, coalesce(p.female, 0)::int AS female, coalesce(p.officials, 0)::int AS officials,
           coalesce((SELECT string_agg(i.number::text, '; ' ORDER BY i.number) FROM activity_programme_items ap
                     JOIN programme_items i ON i.id = ap.programme_item_id WHERE ap.activity_id = a.id), '') AS "programmeItems",
           coalesce((SELECT string_agg(t.name, '; ' ORDER BY t.position, t.name) FROM activity_topics at
                     JOIN topics t ON t.id = at.topic_id WHERE at.activity_id = a.id), '') AS topics,
           a.self_verified AS "selfVerified",
           ${key}::text AS "sortKey"
         FROM activities a JOIN agencies g ON g.id = a.lead_agency_id LEFT JOIN regions r ON r.code = a.venue_region_code
         LEFT JOIN LATERAL (SELECT sum(pp.male) AS male, sum(pp.female) AS female,
                              sum(pp.male + pp.female) FILTER (WHERE pp.category IN ('CAMAT', 'LURAH', 'KEPALA_DESA')) AS officials
                            FROM activity_participants pp WHERE pp.activity_id = a.id) p ON TRUE
         WHERE ${where.join(' AND ')}
         ORDER BY ${key} ${direction}, a.id ${direction} LIMIT $${params.length}`,
        params,
      );
      if (!rows.length) return;
      const last = rows[rows.length - 1];
      cursor = { at: last.sortKey, id: last.id };
      for (const row of rows) delete (row as Partial<ActivityExportRow & { sortKey: string }>).sortKey;
      yield rows;
      if (rows.length < batchSize) return;
    }
  }

  /** The WHERE conditions (on `a`) of the caller's visibility and the filter; values go to `params`. */
  private filterConditions(caller: Caller, filter: ActivityFilter, params: unknown[]): string[] {
    const where = [activityVisible(caller, 'a', params).sql];
    const add = (condition: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(condition(params.length));
    };
    if (filter.from && filter.to && filter.to <= filter.from) {
      throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: 'to ≤ from' }, 'filter.to');
    }
    if (filter.from) add((n) => `a.ends_at >= $${n}`, filter.from);
    if (filter.to) add((n) => `a.starts_at < $${n}`, filter.to);
    if (filter.statuses?.length) add((n) => `a.status = ANY($${n}::activity_status[])`, filter.statuses);
    if (filter.types?.length) add((n) => `a.type = ANY($${n}::activity_type[])`, filter.types);
    if (filter.agencyId) {
      if (!isUuid(filter.agencyId)) where.push('FALSE');
      // Uncorrelated, for the same reason as in activityVisible.
      else add((n) => `(a.lead_agency_id = $${n}::uuid OR a.id = ANY (ARRAY(SELECT f_aa.activity_id FROM activity_agencies f_aa WHERE f_aa.agency_id = $${n}::uuid AND f_aa.status <> 'DECLINED')))`, filter.agencyId);
    }
    if (filter.regionCode) add((n) => `a.reach_codes @> ARRAY[$${n}::varchar]`, filter.regionCode.trim());
    if (filter.programmeItemId) {
      if (!isUuid(filter.programmeItemId)) where.push('FALSE');
      else add((n) => `EXISTS (SELECT 1 FROM activity_programme_items f_pi WHERE f_pi.activity_id = a.id AND f_pi.programme_item_id = $${n}::uuid)`, filter.programmeItemId);
    }
    if (filter.topicId) {
      if (!isUuid(filter.topicId)) where.push('FALSE');
      else add((n) => `EXISTS (SELECT 1 FROM activity_topics f_t WHERE f_t.activity_id = a.id AND f_t.topic_id = $${n}::uuid)`, filter.topicId);
    }
    const search = normalizeSearchText(filter.search ?? '');
    if (search) {
      if (search.length > 100) throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: 'search > 100' }, 'filter.search');
      // Every word must appear; each LIKE is served by the trigram index.
      for (const word of search.split(' ')) add((n) => `a.search_text LIKE $${n}`, `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    if (filter.returnedToMe) add((n) => `(a.status = 'RETURNED' AND a.submitted_by = $${n}::uuid)`, caller.userId);
    if (filter.awaitingMyVerification) {
      // What the caller's "Menunggu verifikasi" counts: their agency's submissions a head may verify (nothing for
      // others), less their own work while another active head exists (separation of duties leaves it to that one).
      if (!caller.permissions.includes(Permission.ACTIVITY_VERIFY)) where.push('FALSE');
      else {
        add((n) => `(a.status = 'SUBMITTED' AND a.lead_agency_id = $${n}::uuid)`, caller.agencyId);
        add(
          (n) =>
            `NOT ((a.created_by = $${n}::uuid OR a.submitted_by = $${n}::uuid)
                  AND EXISTS (SELECT 1 FROM users f_h WHERE f_h.agency_id = a.lead_agency_id AND f_h.role = 'HEAD' AND f_h.active AND f_h.id <> $${n}::uuid))`,
          caller.userId,
        );
      }
    }
    if (filter.invitationsToMe) {
      add((n) => `a.id = ANY (ARRAY(SELECT f_inv.activity_id FROM activity_agencies f_inv WHERE f_inv.agency_id = $${n}::uuid AND f_inv.status = 'INVITED'))`, caller.agencyId);
      where.push(`a.status <> 'VERIFIED'`);
    }
    return where;
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
    const params: unknown[] = [codes, caller.agencyId, Math.min(Math.max(first, 1), 20)];
    let match = 'FALSE';
    if (words) {
      params.push(`%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      match = `(g.name ILIKE $${params.length} OR g.short_name ILIKE $${params.length})`;
    }
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT g.id, g.name, g.short_name AS "shortName", g.type,
           EXISTS (SELECT 1 FROM agency_working_areas w, unnest($1::varchar[]) c(code) WHERE w.agency_id = g.id
                    AND (c.code = w.region_code OR c.code LIKE w.region_code || '.%' OR w.region_code LIKE c.code || '.%')) AS "worksInArea",
           ${match} AS matches
         FROM agencies g WHERE g.active AND g.id <> $2
       ) x WHERE x.matches OR (x."worksInArea" AND ${words ? 'FALSE' : 'TRUE'})
       ORDER BY x."worksInArea" DESC, x.name, x.id LIMIT $3`,
      params,
    ) as Promise<{ id: string; name: string; shortName: string; type: string; worksInArea: boolean }[]>;
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
    const params: unknown[] = [from, to];
    const visibleA = activityVisible(caller, 'a', params).sql;
    const visibleB = activityVisible(caller, 'b', params).sql;
    let region = 'TRUE';
    if (regionCode) {
      params.push(regionCode.trim());
      region = `a.reach_codes @> ARRAY[$${params.length}::varchar]`;
    }
    const rows: { id: string; overlapIds: string[] | null; shared: string[] | null }[] = await this.dataSource.query(
      `SELECT a.id,
         (SELECT array_agg(DISTINCT b.id) FROM activities b
           WHERE b.status = 'PLANNED' AND b.lead_agency_id <> a.lead_agency_id
             AND b.starts_at BETWEEN a.starts_at - interval '${window} days' AND a.starts_at + interval '${window} days'
             AND EXISTS (SELECT 1 FROM unnest(b.reach_codes) bc WHERE length(bc) = 8 AND bc = ANY(a.reach_codes))
             AND ${visibleB}) AS "overlapIds",
         (SELECT array_agg(DISTINCT bc) FROM activities b, unnest(b.reach_codes) bc
           WHERE b.status = 'PLANNED' AND b.lead_agency_id <> a.lead_agency_id
             AND b.starts_at BETWEEN a.starts_at - interval '${window} days' AND a.starts_at + interval '${window} days'
             AND length(bc) = 8 AND bc = ANY(a.reach_codes) AND ${visibleB}) AS shared
       FROM activities a
       WHERE a.status = 'PLANNED' AND a.starts_at < $2 AND a.ends_at >= $1 AND ${visibleA} AND ${region}
       ORDER BY a.starts_at, a.id LIMIT 1000`,
      params,
    );
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
