import {
  ACTIVITY_LIMITS,
  ActivityAction,
  ActivityStatus,
  allowedActivityActions,
  ancestorCodes,
  attendanceOverTotal,
  attributableRegions,
  CoOrganiserStatus,
  FollowUpStatus,
  isCalendarDate,
  isFrameworkInForce,
  localDate,
  normalizeSearchText,
  ParticipantCategory,
  Permission,
  requiredHomeDepth,
  timeZoneOfRegion,
  tryParseRegionCode,
} from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { activityVisible, agencyVisible } from '../../common/access/scoped-sql';
import { isUuid } from '../../common/uuid';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { ActivityNotifier, NOTHING_NOTIFIED, type Notified } from './activity-notifier';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import { ActivityFilter, ActivityInput, ActivitySort, AttendanceInput, FollowUpInput, ParticipantInput } from './dto/activity.input';
import { CoverageEvents } from './rollups/coverage-events';
import { applyCoverageChange } from './rollups/coverage-maintenance';

type Context = AuditContext & { caller: Caller };

/** One activity row as the API reads it (names of the people involved joined in). */
export interface ActivityRow {
  id: string;
  type: string;
  status: ActivityStatus;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string;
  venueRegionCode: string;
  leadAgencyId: string;
  returnReason: string | null;
  submittedById: string | null;
  submittedByName: string | null;
  submittedAt: Date | null;
  verifiedByName: string | null;
  verifiedAt: Date | null;
  /** Verified by its own creator or submitter, the agency's only active head then. */
  selfVerified: boolean;
  createdById: string;
  createdByName: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One activity as the exports write it: its lists joined into text, its participants summed. */
export interface ActivityExportRow {
  id: string;
  title: string;
  type: string;
  status: ActivityStatus;
  startsAt: Date;
  timeZone: string;
  venueName: string;
  venueRegionCode: string;
  venueRegionName: string;
  leadAgency: string;
  coOrganisers: string;
  villages: number;
  /** What the villages' own governments answered (confirmation module): named per answer, unanswered counted. */
  villageConfirmations: string;
  male: number;
  female: number;
  officials: number;
  programmeItems: string;
  topics: string;
  selfVerified: boolean;
}

const COLUMNS = `a.id, a.type, a.status, a.title, a.description, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.time_zone AS "timeZone",
  a.venue_name AS "venueName", a.venue_region_code AS "venueRegionCode", a.lead_agency_id AS "leadAgencyId", a.return_reason AS "returnReason",
  a.submitted_by AS "submittedById", su.full_name AS "submittedByName", a.submitted_at AS "submittedAt", vu.full_name AS "verifiedByName",
  a.verified_at AS "verifiedAt", a.self_verified AS "selfVerified", a.created_by AS "createdById", cu.full_name AS "createdByName", a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;
const FROM = `activities a JOIN users cu ON cu.id = a.created_by LEFT JOIN users su ON su.id = a.submitted_by LEFT JOIN users vu ON vu.id = a.verified_by`;

/** A follow-up as the API answers it, with its responsible agency's name. */
const FOLLOW_UPS = `SELECT f.id, f.activity_id AS "activityId", f.text, f.due_on::text AS "dueOn", f.status, f.version, f.updated_at AS "updatedAt",
    json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name) AS "responsibleAgency"
  FROM activity_follow_ups f JOIN agencies g ON g.id = f.responsible_agency_id`;

const DAY = 24 * 3600 * 1000;

/** The lead agency's own values, validated and normalised: what is written and what the audit trail compares. */
export interface ActivityValues {
  type: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueRegionCode: string;
  timeZone: string;
  programmeItemIds: string[];
  topicIds: string[];
  coOrganiserIds: string[];
  villages: { code: string; reach: string }[];
  participants: { category: string; male: number; female: number }[];
  /** The part of the participants attributed to listed regions (issue 14). */
  attendance: { regionCode: string; category: string; male: number; female: number }[];
}

@Injectable()
export class ActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly coverageEvents: CoverageEvents,
    private readonly notifications: ActivityNotifier,
  ) {}

  // ── Reading ────────────────────────────────────────────────────────────────────────────────────────────────

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

  // ── Details, batched for DataLoaders ─────────────────────────────────────────────────────────────────────────

  async villagesOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT v.activity_id AS "activityId", v.village_code AS code, v.reach,
         NOT EXISTS (SELECT 1 FROM agency_working_areas w WHERE w.agency_id = a.lead_agency_id
                      AND (v.village_code = w.region_code OR v.village_code LIKE w.region_code || '.%')) AS "outsideLeadArea"
       FROM activity_villages v JOIN activities a ON a.id = v.activity_id
       WHERE v.activity_id = ANY($1::uuid[]) ORDER BY v.village_code`,
      [activityIds],
    ) as Promise<{ activityId: string; code: string; reach: string; outsideLeadArea: boolean }[]>;
  }

  async participantsOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT p.activity_id AS "activityId", p.category, p.male, p.female, p.male + p.female AS total,
         json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name) AS agency
       FROM activity_participants p JOIN agencies g ON g.id = p.agency_id
       WHERE p.activity_id = ANY($1::uuid[]) ORDER BY p.activity_id, (p.agency_id <> (SELECT lead_agency_id FROM activities WHERE id = p.activity_id)), g.name, p.category`,
      [activityIds],
    ) as Promise<{ activityId: string; category: string; male: number; female: number; total: number; agency: { id: string; name: string; shortName: string } }[]>;
  }

  /** Attendance attributed to regions, with each region's name and level. */
  async attendanceOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT t.activity_id AS "activityId", t.region_code AS "regionCode", r.name AS "regionName", r.level AS "regionLevel", t.category, t.male, t.female,
         t.male + t.female AS total, json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name) AS agency
       FROM activity_attendance t JOIN regions r ON r.code = t.region_code JOIN agencies g ON g.id = t.agency_id
       WHERE t.activity_id = ANY($1::uuid[]) ORDER BY t.activity_id, t.region_code, t.category`,
      [activityIds],
    ) as Promise<
      { activityId: string; regionCode: string; regionName: string; regionLevel: string; category: string; male: number; female: number; total: number; agency: { id: string; name: string; shortName: string } }[]
    >;
  }

  async coOrganisersOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT c.activity_id AS "activityId", c.status, c.invited_at AS "invitedAt", c.answered_at AS "answeredAt",
         json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name) AS agency
       FROM activity_agencies c JOIN agencies g ON g.id = c.agency_id
       WHERE c.activity_id = ANY($1::uuid[]) ORDER BY g.name`,
      [activityIds],
    ) as Promise<{ activityId: string; status: CoOrganiserStatus; invitedAt: Date; answeredAt: Date | null; agency: { id: string; name: string; shortName: string } }[]>;
  }

  async agencyRefs(ids: readonly string[]) {
    return this.dataSource.query(`SELECT id, name, short_name AS "shortName" FROM agencies WHERE id = ANY($1::uuid[])`, [ids]) as Promise<
      { id: string; name: string; shortName: string }[]
    >;
  }

  async topicsOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT at.activity_id AS "activityId", t.id, t.name, t.active FROM activity_topics at JOIN topics t ON t.id = at.topic_id
       WHERE at.activity_id = ANY($1::uuid[]) ORDER BY t.position, t.name`,
      [activityIds],
    ) as Promise<{ activityId: string; id: string; name: string; active: boolean }[]>;
  }

  async programmeItemsOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT ap.activity_id AS "activityId", i.id, i.number, i.title, f.id AS "frameworkId", f.name AS "frameworkName"
       FROM activity_programme_items ap JOIN programme_items i ON i.id = ap.programme_item_id JOIN programme_frameworks f ON f.id = i.framework_id
       WHERE ap.activity_id = ANY($1::uuid[]) ORDER BY f.valid_from, i.number`,
      [activityIds],
    ) as Promise<{ activityId: string; id: string; number: number; title: string; frameworkId: string; frameworkName: string }[]>;
  }

  async followUpsOf(activityIds: readonly string[]) {
    return this.dataSource.query(`${FOLLOW_UPS} WHERE f.activity_id = ANY($1::uuid[]) ORDER BY f.activity_id, f.due_on NULLS LAST, f.created_at`, [activityIds]);
  }

  /**
   * Audit entries about the activities, their follow-ups and the evidence files they hold, oldest first; each part
   * is an indexed lookup on (entity, entity_id). A removed file's entries stay in the audit log, not on the page.
   */
  async historyOf(activityIds: readonly string[]) {
    return this.dataSource.query(
      `SELECT h."activityId", l.id, l.at, l.actor_user_id, l.actor_username, l.actor_agency_id, l.operation, l.entity, l.entity_id, l.changes
       FROM (
         SELECT a AS "activityId", 'Activity' AS entity, a AS entity_id FROM unnest($1::text[]) a
         UNION ALL SELECT f.activity_id::text, 'FollowUp', f.id::text FROM activity_follow_ups f WHERE f.activity_id = ANY($1::uuid[])
         UNION ALL SELECT e.activity_id::text, 'Evidence', e.id::text FROM activity_evidence e WHERE e.activity_id = ANY($1::uuid[])
       ) h JOIN audit_log l ON l.entity = h.entity AND l.entity_id = h.entity_id
       ORDER BY l.id`,
      [activityIds],
    ) as Promise<({ activityId: string } & Record<string, unknown>)[]>;
  }

  /**
   * The caller's agency's invitation status on each activity (absent: not a co-organiser). Inside a transaction
   * pass its manager: a second pool connection taken while the activity's row is locked could wait forever.
   */
  async invitationsOf(caller: Caller, activityIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CoOrganiserStatus>> {
    const rows: { activityId: string; status: CoOrganiserStatus }[] = await manager.query(
      `SELECT activity_id AS "activityId", status FROM activity_agencies WHERE agency_id = $1 AND activity_id = ANY($2::uuid[])`,
      [caller.agencyId, activityIds.filter(isUuid)],
    );
    return new Map(rows.map((r) => [r.activityId, r.status]));
  }

  /** The caller's invitation on one activity, through the given transaction; null when not invited. */
  async invitationOf(manager: EntityManager, caller: Caller, activityId: string): Promise<CoOrganiserStatus | null> {
    return (await this.invitationsOf(caller, [activityId], manager)).get(activityId) ?? null;
  }

  /**
   * The active heads of each agency (id and name), for separation of duties, the names of who will verify and
   * the "no active head" warnings.
   */
  async activeHeadsOf(agencyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, { id: string; fullName: string }[]>> {
    const rows: { agencyId: string; id: string; fullName: string }[] = await manager.query(
      `SELECT agency_id AS "agencyId", id, full_name AS "fullName" FROM users WHERE agency_id = ANY($1::uuid[]) AND role = 'HEAD' AND active ORDER BY full_name, id`,
      [agencyIds.filter(isUuid)],
    );
    const byAgency = new Map<string, { id: string; fullName: string }[]>();
    for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), { id: row.id, fullName: row.fullName }]);
    return byAgency;
  }

  /**
   * Separation of duties, from the facts: `userId` made or submitted the activity, and another active head of the
   * lead agency exists, who verifies it instead.
   */
  ownWorkWithAnotherHead(userId: string, activity: Pick<ActivityRow, 'createdById' | 'submittedById'>, heads: { id: string }[]): boolean {
    const own = activity.createdById === userId || activity.submittedById === userId;
    return own && heads.some((h) => h.id !== userId);
  }

  /**
   * Who will verify: the lead agency's active heads, less those separation of duties keeps from it. Empty when
   * nobody can (no active head): the submitter is warned.
   */
  verifiersOf(activity: Pick<ActivityRow, 'createdById' | 'submittedById'>, heads: { id: string; fullName: string }[]): string[] {
    return heads.filter((h) => !this.ownWorkWithAnotherHead(h.id, activity, heads)).map((h) => h.fullName);
  }

  /** What the caller may do to the activity now; the mutations below enforce exactly this. */
  actionsFor(
    caller: Caller,
    activity: Pick<ActivityRow, 'status' | 'leadAgencyId' | 'startsAt'>,
    invitation: CoOrganiserStatus | null,
    now = new Date(),
    ownWorkWithAnotherHead = false,
  ): ActivityAction[] {
    return allowedActivityActions({
      ownWorkWithAnotherHead,
      status: activity.status,
      relation: activity.leadAgencyId === caller.agencyId ? 'LEAD' : invitation ? 'CO_ORGANISER' : 'NONE',
      coOrganiserStatus: invitation,
      canWrite: caller.permissions.includes(Permission.ACTIVITY_WRITE),
      canVerify: caller.permissions.includes(Permission.ACTIVITY_VERIFY),
      startsInFuture: new Date(activity.startsAt) > now,
    });
  }

  // ── Writing ──────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Creates an activity led by the caller's agency. Idempotent on the client's id: a repeated create (a retry
   * after a lost reply, even one racing the first) returns the activity the first one made and writes nothing.
   */
  async create(context: Context, id: string, input: ActivityInput, planned: boolean): Promise<ActivityRow> {
    const { caller } = context;
    if (!isUuid(id)) throw new ActivityError(ActivityErrorCode.ID_INVALID, {}, 'id');
    let notified = NOTHING_NOTIFIED;
    const row = await this.dataSource.transaction(async (manager) => {
      // A retry after the first committed finds it here; one racing the first waits on the primary key at INSERT
      // (ON CONFLICT DO NOTHING) until that commits, then finds it below.
      const existing = await this.existing(manager, caller, id);
      if (existing) return existing;
      const values = await this.validate(manager, caller.agencyId, input);
      if (planned && values.startsAt <= new Date()) throw new ActivityError(ActivityErrorCode.PLANNED_IN_PAST, {}, 'startsAt');
      const inserted = await this.insert(manager, context, id, values, planned ? ActivityStatus.PLANNED : ActivityStatus.DRAFT);
      if (!inserted) {
        const raced = await this.existing(manager, caller, id);
        if (raced) return raced;
        throw new ActivityError(ActivityErrorCode.ID_TAKEN, {}, 'id');
      }
      // The invited agencies see it from now on (drafts included): they are told.
      notified = await this.notifications.activityChanged(manager, caller, id, { invited: values.coOrganiserIds });
      return (await this.findVisible(caller, [id], manager))[0];
    });
    this.notifications.announce(notified);
    return row;
  }

  /**
   * Writes a validated activity led by the caller's agency, with its lists and its audit entry, inside the
   * caller's transaction (creation and bulk import share it). False when the id already exists.
   */
  async insert(manager: EntityManager, context: Context, id: string, values: ActivityValues, status: ActivityStatus): Promise<boolean> {
    return (await this.insertMany(manager, context, [{ id, values }], status)).length === 1;
  }

  /**
   * insert for many activities at once, set-based: one statement per table whatever the number of rows (a bulk
   * import writes thousands), one audit entry per activity. Returns the ids written; ids that exist are skipped.
   */
  async insertMany(manager: EntityManager, context: Context, rows: { id: string; values: ActivityValues }[], status: ActivityStatus): Promise<string[]> {
    if (!rows.length) return [];
    const { caller } = context;
    const submitted = status === ActivityStatus.SUBMITTED;
    const records = rows.map(({ id, values }) => ({
      id,
      type: values.type,
      title: values.title,
      description: values.description,
      startsAt: new Date(values.startsAt).toISOString(),
      endsAt: new Date(values.endsAt).toISOString(),
      venueName: values.venueName,
      venueRegionCode: values.venueRegionCode,
      timeZone: values.timeZone,
      reachCodes: reachCodes(values),
      searchText: searchText(values),
    }));
    // The rows travel as one JSON parameter: no limit on bind parameters, and one round trip for all of them.
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO activities (id, type, status, title, description, starts_at, ends_at, venue_name, venue_region_code, time_zone,
         lead_agency_id, reach_codes, search_text, created_by, submitted_by, submitted_at)
       SELECT r."id", r."type"::activity_type, $2::activity_status, r."title", r."description", r."startsAt", r."endsAt", r."venueName",
         r."venueRegionCode", r."timeZone", $3, ARRAY(SELECT json_array_elements_text(r."reachCodes"))::varchar[], r."searchText", $4, $5, $6
       FROM json_to_recordset($1::json) AS r("id" uuid, "type" text, "title" text, "description" text, "startsAt" timestamptz, "endsAt" timestamptz,
         "venueName" text, "venueRegionCode" text, "timeZone" text, "reachCodes" json, "searchText" text)
       ON CONFLICT (id) DO NOTHING RETURNING id::text`,
      [JSON.stringify(records), status, caller.agencyId, caller.userId, submitted ? caller.userId : null, submitted ? new Date() : null],
    );
    const written = new Set(inserted.map((r) => r.id));
    const fresh = rows.filter((r) => written.has(r.id));
    await this.insertDetails(manager, caller.agencyId, fresh);
    await this.audit.recordMany(
      manager,
      context,
      fresh.map(({ id, values }) => ({ entity: 'Activity', entityId: id, subjectAgencyId: caller.agencyId, before: null, after: { ...auditable(values), status } })),
    );
    return fresh.map((r) => r.id);
  }

  /** An id already used: the caller's own earlier create (returned as is), or someone else's (refused). */
  private async existing(manager: EntityManager, caller: Caller, id: string): Promise<ActivityRow | null> {
    const [row] = await manager.query(`SELECT lead_agency_id AS "leadAgencyId", created_by AS "createdBy" FROM activities WHERE id = $1`, [id]);
    if (!row) return null;
    if (row.createdBy !== caller.userId) throw new ActivityError(ActivityErrorCode.ID_TAKEN, {}, 'id');
    return (await this.findVisible(caller, [id], manager))[0] ?? null;
  }

  async update(context: Context, id: string, version: number, input: ActivityInput): Promise<ActivityRow> {
    return this.change(context, id, version, 'EDIT', async (manager, current) => {
      const values = await this.validate(manager, current.leadAgencyId, input);
      if (current.status === ActivityStatus.PLANNED && values.startsAt <= new Date() && +values.startsAt !== +current.startsAt) {
        throw new ActivityError(ActivityErrorCode.PLANNED_IN_PAST, {}, 'startsAt');
      }
      const before = await this.currentValues(manager, current);
      await manager.query(
        `UPDATE activities SET type = $2, title = $3, description = $4, starts_at = $5, ends_at = $6, venue_name = $7,
           venue_region_code = $8, time_zone = $9, reach_codes = $10, search_text = $11 WHERE id = $1`,
        [id, values.type, values.title, values.description, values.startsAt, values.endsAt, values.venueName, values.venueRegionCode, values.timeZone, reachCodes(values), searchText(values)],
      );
      await this.writeDetails(manager, id, current.leadAgencyId, values, before.coOrganiserIds);
      const invited = values.coOrganiserIds.filter((agencyId) => !before.coOrganiserIds.includes(agencyId));
      return { before: auditable(before), after: auditable(values), notify: { invited } };
    });
  }

  async markHeld(context: Context, id: string, version: number): Promise<ActivityRow> {
    return this.change(context, id, version, 'MARK_HELD', async (manager) => {
      await manager.query(`UPDATE activities SET status = 'DRAFT' WHERE id = $1`, [id]);
      return { before: { status: ActivityStatus.PLANNED }, after: { status: ActivityStatus.DRAFT } };
    });
  }

  async submit(context: Context, id: string, version: number): Promise<ActivityRow> {
    return this.change(context, id, version, 'SUBMIT', async (manager, current) => {
      await manager.query(`UPDATE activities SET status = 'SUBMITTED', submitted_by = $2, submitted_at = now() WHERE id = $1`, [id, context.caller.userId]);
      return { before: { status: current.status }, after: { status: ActivityStatus.SUBMITTED } };
    });
  }

  /**
   * Verifying counts the activity in coverage in the same transaction (coverage-maintenance.ts says why).
   * Separation of duties: whoever created or submitted it leaves verifying to another active head of the agency;
   * a head who is alone may verify their own work, and the activity and its audit entry say so.
   */
  async verify(context: Context, id: string, version: number): Promise<ActivityRow> {
    const { caller } = context;
    const row = await this.change(context, id, version, 'VERIFY', async (manager, current) => {
      // Heads are read inside the transaction: one deactivated a moment ago no longer counts as "another head".
      const heads = (await this.activeHeadsOf([current.leadAgencyId], manager)).get(current.leadAgencyId) ?? [];
      if (this.ownWorkWithAnotherHead(caller.userId, current, heads)) throw new ActivityError(ActivityErrorCode.OWN_WORK_VERIFICATION, {}, 'id');
      const selfVerified = current.createdById === caller.userId || current.submittedById === caller.userId;
      await manager.query(`UPDATE activities SET status = 'VERIFIED', verified_by = $2, verified_at = now(), return_reason = NULL, self_verified = $3 WHERE id = $1`, [
        id,
        caller.userId,
        selfVerified,
      ]);
      await applyCoverageChange(manager, id, 'ADD');
      return { before: { status: current.status }, after: { status: ActivityStatus.VERIFIED, ...(selfVerified ? { selfVerified: true } : {}) } };
    });
    await this.announceCoverageChange(id, 'VERIFIED');
    return row;
  }

  /** After commit: open dashboards over the activity's regions refetch. */
  private async announceCoverageChange(id: string, kind: 'VERIFIED' | 'REOPENED'): Promise<void> {
    // The change is committed: a failure to announce it must not turn the answer into an error (open dashboards
    // then show it at their next load instead of at once).
    try {
      const [found] = await this.dataSource.query(`SELECT reach_codes AS "reachCodes" FROM activities WHERE id = $1`, [id]);
      if (found) this.coverageEvents.publish({ activityId: id, kind, reachCodes: found.reachCodes, at: new Date().toISOString() });
    } catch {
      // nothing more to do: the figures themselves are already right
    }
  }

  /** Return a submission, or reopen a verified activity: back to the submitter as RETURNED, with the reason. */
  async sendBack(context: Context, id: string, version: number, reasonInput: string, action: 'RETURN' | 'REOPEN'): Promise<ActivityRow> {
    const reason = reasonInput?.trim() ?? '';
    if (reason.length < ACTIVITY_LIMITS.reasonMin || reason.length > ACTIVITY_LIMITS.reasonMax) {
      throw new ActivityError(ActivityErrorCode.REASON_INVALID, { min: ACTIVITY_LIMITS.reasonMin, max: ACTIVITY_LIMITS.reasonMax }, 'reason');
    }
    const row = await this.change(context, id, version, action, async (manager, current) => {
      await manager.query(`UPDATE activities SET status = 'RETURNED', return_reason = $2, verified_by = NULL, verified_at = NULL, self_verified = FALSE WHERE id = $1`, [id, reason]);
      if (current.status === ActivityStatus.VERIFIED) await applyCoverageChange(manager, id, 'REMOVE');
      return { before: { status: current.status }, after: { status: ActivityStatus.RETURNED, returnReason: reason }, notify: { reason } };
    });
    if (action === 'REOPEN') await this.announceCoverageChange(id, 'REOPENED');
    return row;
  }

  /**
   * A co-organiser accepts or declines (and may change an accepted answer until the activity is verified). A
   * decline is final: joining again takes a new invitation (inviteAgain).
   */
  async answerInvitation(context: Context, id: string, accept: boolean): Promise<ActivityRow | null> {
    const { caller } = context;
    let notified = NOTHING_NOTIFIED;
    const row = await this.dataSource.transaction(async (manager) => {
      if (isUuid(id)) await manager.query('SELECT 1 FROM activities WHERE id = $1 FOR UPDATE', [id]);
      // Before visibility: the declined agency no longer sees a draft, but it knows the activity and is told why.
      const invitation = await this.invitationOf(manager, caller, id);
      if (invitation === CoOrganiserStatus.DECLINED) throw new ActivityError(ActivityErrorCode.INVITATION_DECLINED, {}, 'id');
      const current = await this.locked(manager, caller, id);
      if (!invitation) throw new ActivityError(ActivityErrorCode.NOT_INVITED, {}, 'id');
      this.assertAllowed(caller, current, invitation, 'ANSWER_INVITATION');
      const status = accept ? CoOrganiserStatus.ACCEPTED : CoOrganiserStatus.DECLINED;
      if (!accept) await this.assertNoContributions(manager, id, [caller.agencyId]);
      await manager.query(`UPDATE activity_agencies SET status = $3, answered_at = now() WHERE activity_id = $1 AND agency_id = $2`, [id, caller.agencyId, status]);
      await this.audit.record(manager, context, {
        entity: 'Activity',
        entityId: id,
        subjectAgencyId: current.leadAgencyId,
        before: { [`coOrganiser:${caller.agencyId}`]: invitation },
        after: { [`coOrganiser:${caller.agencyId}`]: status },
      });
      notified = await this.notifications.invitationAnswered(manager, caller, id, accept);
      return (await this.findVisible(caller, [id], manager))[0] ?? null;
    });
    this.notifications.announce(notified);
    return row;
  }

  /** The lead invites again an agency that declined: it is INVITED once more and sees the activity again. */
  async inviteAgain(context: Context, id: string, version: number, agencyId: string): Promise<ActivityRow> {
    return this.change(context, id, version, 'INVITE', async (manager) => {
      const [row] = isUuid(agencyId)
        ? await manager.query(`SELECT status FROM activity_agencies WHERE activity_id = $1 AND agency_id = $2 FOR UPDATE`, [id, agencyId])
        : [];
      if (row?.status !== CoOrganiserStatus.DECLINED) throw new ActivityError(ActivityErrorCode.NOT_DECLINED, {}, 'agencyId');
      await manager.query(`UPDATE activity_agencies SET status = 'INVITED', invited_at = now(), answered_at = NULL WHERE activity_id = $1 AND agency_id = $2`, [id, agencyId]);
      return {
        before: { [`coOrganiser:${agencyId}`]: CoOrganiserStatus.DECLINED },
        after: { [`coOrganiser:${agencyId}`]: CoOrganiserStatus.INVITED },
        notify: { invited: [agencyId] },
      };
    });
  }

  /** An accepted co-organiser reports its own participants; the lead's fields stay as they are. */
  async setCoOrganiserParticipants(context: Context, id: string, version: number, participants: ParticipantInput[]): Promise<ActivityRow> {
    const { caller } = context;
    const rows = validateParticipants(participants);
    return this.change(context, id, version, 'EDIT_OWN_PARTICIPANTS', async (manager) => {
      const before = await this.participantValues(manager, id, caller.agencyId);
      await this.replaceParticipants(manager, id, caller.agencyId, rows);
      return { before: { [`participants:${caller.agencyId}`]: before }, after: { [`participants:${caller.agencyId}`]: rows.map(participantKey) } };
    });
  }

  async addFollowUp(context: Context, activityId: string, input: FollowUpInput) {
    const { caller } = context;
    let notified = NOTHING_NOTIFIED;
    const followUp = await this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, caller, activityId);
      this.assertAllowed(caller, current, await this.invitationOf(manager, caller, activityId), 'ADD_FOLLOW_UP');
      const values = await this.validateFollowUp(manager, caller, input);
      const [{ id }] = await manager.query(
        `INSERT INTO activity_follow_ups (activity_id, text, responsible_agency_id, due_on, status) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [activityId, values.text, values.responsibleAgencyId, values.dueOn, values.status],
      );
      await this.audit.record(manager, context, { entity: 'FollowUp', entityId: id, subjectAgencyId: current.leadAgencyId, before: null, after: { activityId, ...values } });
      notified = await this.notifications.followUpAssigned(manager, caller, id);
      return this.followUpIn(manager, id);
    });
    this.notifications.announce(notified);
    return followUp;
  }

  /**
   * The lead agency edits a follow-up; the responsible agency (a kecamatan, a desa…) may move its status only.
   */
  async updateFollowUp(context: Context, id: string, version: number, input: FollowUpInput) {
    const { caller } = context;
    let notified = NOTHING_NOTIFIED;
    const followUp = await this.dataSource.transaction(async (manager) => {
      const [row] = isUuid(id) ? await manager.query(`SELECT * FROM activity_follow_ups WHERE id = $1 FOR UPDATE`, [id]) : [];
      const [activity] = row ? await this.findVisible(caller, [row.activity_id], manager) : [];
      if (!row || !activity) throw new ActivityError(ActivityErrorCode.FOLLOW_UP_NOT_FOUND, {}, 'id');
      const isLead = activity.leadAgencyId === caller.agencyId && caller.permissions.includes(Permission.ACTIVITY_WRITE);
      const isResponsible = row.responsible_agency_id === caller.agencyId && caller.permissions.includes(Permission.FOLLOW_UP_UPDATE);
      if (!isLead && !isResponsible) throw new ActivityError(ActivityErrorCode.NOT_PERMITTED, { action: 'ADD_FOLLOW_UP' }, 'id');
      const before = { text: row.text, responsibleAgencyId: row.responsible_agency_id, dueOn: row.due_on ? toDateString(row.due_on) : null, status: row.status };
      const values = isLead ? await this.validateFollowUp(manager, caller, input) : { ...before, status: input.status ?? before.status };
      const updated = await manager.query(
        `UPDATE activity_follow_ups SET text = $3, responsible_agency_id = $4, due_on = $5, status = $6, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [id, version, values.text, values.responsibleAgencyId, values.dueOn, values.status],
      );
      if (updated[1] === 0) throw new ActivityError(ActivityErrorCode.FOLLOW_UP_VERSION_CONFLICT, await lastChange(manager, 'FollowUp', id), 'version');
      await this.audit.record(manager, context, { entity: 'FollowUp', entityId: id, subjectAgencyId: activity.leadAgencyId, before, after: values });
      // Handed to another agency: that agency is told.
      if (values.responsibleAgencyId !== before.responsibleAgencyId) notified = await this.notifications.followUpAssigned(manager, caller, id);
      return this.followUpIn(manager, id);
    });
    this.notifications.announce(notified);
    return followUp;
  }

  // ── The shape every change to an activity shares ────────────────────────────────────────────────────────

  /**
   * Lock the row, check the caller may do `action` now, check the version the client started from, apply, bump
   * the version, audit: one transaction, so a refused or failed change leaves nothing behind.
   */
  private async change(
    context: Context,
    id: string,
    version: number,
    action: ActivityAction,
    apply: (
      manager: EntityManager,
      current: ActivityRow,
    ) => Promise<{ before: Record<string, unknown>; after: Record<string, unknown>; notify?: { invited?: string[]; reason?: string } }>,
  ): Promise<ActivityRow> {
    const { caller } = context;
    let notified: Notified = NOTHING_NOTIFIED;
    const row = await this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, caller, id);
      this.assertAllowed(caller, current, await this.invitationOf(manager, caller, id), action);
      if (current.version !== version) throw new ActivityError(ActivityErrorCode.VERSION_CONFLICT, await lastChange(manager, 'Activity', id), 'version');
      const { before, after, notify } = await apply(manager, current);
      await manager.query(`UPDATE activities SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, context, { entity: 'Activity', entityId: id, subjectAgencyId: current.leadAgencyId, before, after });
      // Told in the same transaction: a change that rolls back tells nobody and queues no e-mail.
      notified = await this.notifications.activityChanged(manager, caller, id, { action, ...notify });
      return (await this.findVisible(caller, [id], manager))[0];
    });
    this.notifications.announce(notified);
    return row;
  }

  /** The visible activity, locked for this transaction; invisible or missing: not found. */
  private async locked(manager: EntityManager, caller: Caller, id: string): Promise<ActivityRow> {
    if (isUuid(id)) await manager.query('SELECT 1 FROM activities WHERE id = $1 FOR UPDATE', [id]);
    const [current] = await this.findVisible(caller, [id], manager);
    if (!current) throw new ActivityError(ActivityErrorCode.NOT_FOUND, {}, 'id');
    return current;
  }

  /** Refuses with the most useful reason: the state is wrong (CONFLICT), or this person never may (FORBIDDEN). */
  private assertAllowed(caller: Caller, current: ActivityRow, invitation: CoOrganiserStatus | null, action: ActivityAction): void {
    if (this.actionsFor(caller, current, invitation).includes(action)) return;
    const future = new Date(current.startsAt) > new Date();
    if (future && this.actionsFor(caller, { ...current, startsAt: new Date(0) }, invitation).includes(action)) {
      throw new ActivityError(ActivityErrorCode.NOT_HELD_YET, {}, 'id');
    }
    const inAnotherState = Object.values(ActivityStatus).some((status) =>
      this.actionsFor(caller, { ...current, status, startsAt: new Date(0) }, invitation ?? null).includes(action),
    );
    const acceptedWouldDo = invitation && this.actionsFor(caller, current, CoOrganiserStatus.ACCEPTED).includes(action);
    if (inAnotherState || acceptedWouldDo) throw new ActivityError(ActivityErrorCode.WRONG_STATUS, { status: current.status, action }, 'id');
    throw new ActivityError(ActivityErrorCode.NOT_PERMITTED, { action }, 'id');
  }

  private async currentValues(manager: EntityManager, current: ActivityRow): Promise<ActivityValues> {
    const id = current.id;
    const list = async (sql: string) => (await manager.query(sql, [id])).map((r: { v: string }) => r.v) as string[];
    return {
      type: current.type,
      title: current.title,
      description: current.description,
      startsAt: current.startsAt,
      endsAt: current.endsAt,
      venueName: current.venueName,
      venueRegionCode: current.venueRegionCode,
      timeZone: current.timeZone,
      programmeItemIds: await list(`SELECT programme_item_id::text AS v FROM activity_programme_items WHERE activity_id = $1`),
      topicIds: await list(`SELECT topic_id::text AS v FROM activity_topics WHERE activity_id = $1`),
      coOrganiserIds: await list(`SELECT agency_id::text AS v FROM activity_agencies WHERE activity_id = $1`),
      villages: await manager.query(`SELECT village_code AS code, reach::text FROM activity_villages WHERE activity_id = $1`, [id]),
      participants: await manager.query(`SELECT category::text, male, female FROM activity_participants WHERE activity_id = $1 AND agency_id = $2`, [id, current.leadAgencyId]),
      attendance: await manager.query(
        `SELECT region_code AS "regionCode", category::text, male, female FROM activity_attendance WHERE activity_id = $1 AND agency_id = $2 ORDER BY region_code, category`,
        [id, current.leadAgencyId],
      ),
    };
  }

  private async participantValues(manager: EntityManager, id: string, agencyId: string): Promise<string[]> {
    const rows = await manager.query(`SELECT category::text, male, female FROM activity_participants WHERE activity_id = $1 AND agency_id = $2`, [id, agencyId]);
    return rows.map(participantKey);
  }

  /** Replaces the lists under an activity set-based (delete, then one INSERT … SELECT per list). */
  private async writeDetails(manager: EntityManager, id: string, leadAgencyId: string, values: ActivityValues, previousCoOrganisers: string[]): Promise<void> {
    await manager.query(`DELETE FROM activity_villages WHERE activity_id = $1`, [id]);
    await manager.query(`DELETE FROM activity_topics WHERE activity_id = $1`, [id]);
    await manager.query(`DELETE FROM activity_programme_items WHERE activity_id = $1`, [id]);
    await manager.query(`DELETE FROM activity_participants WHERE activity_id = $1 AND agency_id = $2`, [id, leadAgencyId]);
    await manager.query(`DELETE FROM activity_attendance WHERE activity_id = $1 AND agency_id = $2`, [id, leadAgencyId]);
    const removed = previousCoOrganisers.filter((agencyId) => !values.coOrganiserIds.includes(agencyId));
    if (removed.length) {
      await this.assertNoContributions(manager, id, removed);
      await manager.query(`DELETE FROM activity_agencies WHERE activity_id = $1 AND agency_id = ANY($2::uuid[])`, [id, removed]);
    }
    await this.insertDetails(manager, leadAgencyId, [{ id, values }]);
  }

  /** The lists of activities that have none yet (new, or just cleared): one INSERT per list for all of them. */
  private async insertDetails(manager: EntityManager, leadAgencyId: string, rows: { id: string; values: ActivityValues }[]): Promise<void> {
    const flat = <T>(pick: (values: ActivityValues) => T[]) => rows.flatMap(({ id, values }) => pick(values).map((item) => ({ id, item })));
    const villages = flat((v) => v.villages);
    if (villages.length) {
      await manager.query(
        `INSERT INTO activity_villages (activity_id, village_code, reach) SELECT a, code, reach::village_reach FROM unnest($1::uuid[], $2::varchar[], $3::text[]) AS v(a, code, reach)`,
        [villages.map((v) => v.id), villages.map((v) => v.item.code), villages.map((v) => v.item.reach)],
      );
    }
    const topics = flat((v) => v.topicIds);
    if (topics.length) {
      await manager.query(`INSERT INTO activity_topics (activity_id, topic_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [topics.map((t) => t.id), topics.map((t) => t.item)]);
    }
    const items = flat((v) => v.programmeItemIds);
    if (items.length) {
      await manager.query(`INSERT INTO activity_programme_items (activity_id, programme_item_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [items.map((i) => i.id), items.map((i) => i.item)]);
    }
    const participants = flat((v) => v.participants.filter((p) => p.male + p.female > 0));
    if (participants.length) {
      await manager.query(
        `INSERT INTO activity_participants (activity_id, agency_id, category, male, female)
         SELECT a, $1, c::participant_category, m, f FROM unnest($2::uuid[], $3::text[], $4::int[], $5::int[]) AS p(a, c, m, f)`,
        [leadAgencyId, participants.map((p) => p.id), participants.map((p) => p.item.category), participants.map((p) => p.item.male), participants.map((p) => p.item.female)],
      );
    }
    const attendance = flat((v) => (v.attendance ?? []).filter((p) => p.male + p.female > 0));
    if (attendance.length) {
      await manager.query(
        `INSERT INTO activity_attendance (activity_id, agency_id, region_code, category, male, female)
         SELECT a, $1, r, c::participant_category, m, f FROM unnest($2::uuid[], $3::varchar[], $4::text[], $5::int[], $6::int[]) AS p(a, r, c, m, f)`,
        [
          leadAgencyId,
          attendance.map((p) => p.id),
          attendance.map((p) => p.item.regionCode),
          attendance.map((p) => p.item.category),
          attendance.map((p) => p.item.male),
          attendance.map((p) => p.item.female),
        ],
      );
    }
    const coOrganisers = flat((v) => v.coOrganiserIds);
    if (coOrganisers.length) {
      await manager.query(
        `INSERT INTO activity_agencies (activity_id, agency_id, status) SELECT a, g, 'INVITED' FROM unnest($1::uuid[], $2::uuid[]) AS c(a, g) ON CONFLICT DO NOTHING`,
        [coOrganisers.map((c) => c.id), coOrganisers.map((c) => c.item)],
      );
    }
  }

  private async replaceParticipants(manager: EntityManager, id: string, agencyId: string, rows: { category: string; male: number; female: number }[]): Promise<void> {
    await manager.query(`DELETE FROM activity_participants WHERE activity_id = $1 AND agency_id = $2`, [id, agencyId]);
    const kept = rows.filter((r) => r.male + r.female > 0);
    await manager.query(
      `INSERT INTO activity_participants (activity_id, agency_id, category, male, female)
       SELECT $1, $2, c::participant_category, m, f FROM unnest($3::text[], $4::int[], $5::int[]) AS p(c, m, f)`,
      [id, agencyId, kept.map((r) => r.category), kept.map((r) => r.male), kept.map((r) => r.female)],
    );
  }

  /** A partner that already reported participants or evidence is not dropped silently. */
  private async assertNoContributions(manager: EntityManager, id: string, agencyIds: string[]): Promise<void> {
    const [found] = await manager.query(
      `SELECT 1 FROM activity_participants WHERE activity_id = $1 AND agency_id = ANY($2::uuid[])
       UNION ALL SELECT 1 FROM activity_evidence WHERE activity_id = $1 AND agency_id = ANY($2::uuid[]) LIMIT 1`,
      [id, agencyIds],
    );
    if (found) throw new ActivityError(ActivityErrorCode.CO_ORGANISER_HAS_CONTRIBUTIONS, {}, 'coOrganiserIds');
  }

  private async followUpIn(manager: EntityManager, id: string) {
    return (await manager.query(`${FOLLOW_UPS} WHERE f.id = $1`, [id]))[0];
  }

  private async validateFollowUp(manager: EntityManager, caller: Caller, input: FollowUpInput) {
    const text = input.text?.trim() ?? '';
    if (!text || text.length > ACTIVITY_LIMITS.followUpTextMax) throw new ActivityError(ActivityErrorCode.FOLLOW_UP_TEXT_INVALID, { max: ACTIVITY_LIMITS.followUpTextMax }, 'text');
    const dueOn = input.dueOn?.trim() || null;
    if (dueOn && !isCalendarDate(dueOn)) {
      throw new ActivityError(ActivityErrorCode.FOLLOW_UP_DUE_INVALID, {}, 'dueOn');
    }
    const params: unknown[] = [isUuid(input.responsibleAgencyId) ? input.responsibleAgencyId : null];
    const [agency] = await manager.query(`SELECT a.id FROM agencies a WHERE a.id = $1 AND ${agencyVisible(caller, 'a', params).sql}`, params);
    if (!agency) throw new ActivityError(ActivityErrorCode.AGENCY_NOT_FOUND, {}, 'responsibleAgencyId');
    return { text, responsibleAgencyId: agency.id as string, dueOn, status: input.status ?? FollowUpStatus.OPEN };
  }

  /** Checks and normalises the lead's fields; every problem names its field. Reads, never writes. */
  async validate(manager: EntityManager, leadAgencyId: string, input: ActivityInput): Promise<ActivityValues> {
    const [result] = await this.validateMany(manager, leadAgencyId, [input]);
    if (result instanceof ActivityError) throw result;
    return result;
  }

  /**
   * validate for many inputs at once: the same checks, in the same order, with each lookup (regions, villages of
   * a kecamatan, topics, programme items, agencies) made once for all of them, so a bulk import of thousands
   * costs a few queries. Each input gets its values or its first problem.
   */
  async validateMany(manager: EntityManager, leadAgencyId: string, inputs: ActivityInput[]): Promise<(ActivityValues | ActivityError)[]> {
    const codeOf = (code: string | undefined) => code?.trim() ?? '';
    const isArea = (code: string) => typeof tryParseRegionCode(code) !== 'string';
    const isVillageOrKecamatan = (code: string) => {
      const parsed = tryParseRegionCode(code);
      return typeof parsed !== 'string' && (parsed.depth === 3 || parsed.depth === 4);
    };
    const venueCodes = inputs.map((i) => codeOf(i.venueRegionCode)).filter(isArea);
    const villageCodes = inputs.flatMap((i) => (i.villages ?? []).map((v) => codeOf(v.code))).filter(isVillageOrKecamatan);
    const regions = new Set(await this.existingValues(manager, `SELECT code AS v FROM regions WHERE code = ANY($1::varchar[])`, [...venueCodes, ...villageCodes]));
    const kecamatan = [...new Set(villageCodes.filter((c) => c.length === 8 && regions.has(c)))];
    const villagesOf = new Map<string, string[]>();
    if (kecamatan.length) {
      const children: { code: string; parent: string }[] = await manager.query(
        `SELECT code, parent_code AS parent FROM regions WHERE parent_code = ANY($1::varchar[]) AND depth = 4 ORDER BY code`,
        [kecamatan],
      );
      for (const child of children) villagesOf.set(child.parent, [...(villagesOf.get(child.parent) ?? []), child.code]);
    }
    const ids = (pick: (i: ActivityInput) => string[] | undefined) => inputs.flatMap((i) => pick(i) ?? []).filter(isUuid);
    const topics = new Set(await this.existingValues(manager, `SELECT id::text AS v FROM topics WHERE id = ANY($1::uuid[])`, ids((i) => i.topicIds)));
    const itemIds = [...new Set(ids((i) => i.programmeItemIds))];
    const itemRows: ItemValidity[] = itemIds.length
      ? await manager.query(
          `SELECT i.id::text AS id, i.number, f.name AS framework, f.valid_from::text AS "validFrom", f.valid_to::text AS "validTo"
           FROM programme_items i JOIN programme_frameworks f ON f.id = i.framework_id WHERE i.id = ANY($1::uuid[])`,
          [itemIds],
        )
      : [];
    const items = new Map(itemRows.map((item) => [item.id.toLowerCase(), item]));
    const agencies = new Set(await this.existingValues(manager, `SELECT id::text AS v FROM agencies WHERE id = ANY($1::uuid[]) AND active`, ids((i) => i.coOrganiserIds)));
    // A village government records in its own village, a kecamatan government in its kecamatan.
    const [lead] = await manager.query(`SELECT type, home_region_code AS "homeRegionCode" FROM agencies WHERE id = $1`, [leadAgencyId]);
    const ownArea = lead && requiredHomeDepth(lead.type) ? (lead.homeRegionCode as string | null) : null;
    const known = { regions, villagesOf, topics, items, agencies, ownArea };
    return inputs.map((input) => {
      try {
        return this.check(leadAgencyId, input, known);
      } catch (error) {
        if (error instanceof ActivityError) return error;
        throw error;
      }
    });
  }

  /** Which of the values exist, by a query selecting them as `v`; no query for none. */
  private async existingValues(manager: EntityManager, sql: string, values: string[]): Promise<string[]> {
    const unique = [...new Set(values)];
    if (!unique.length) return [];
    return (await manager.query(sql, [unique])).map((r: { v: string }) => r.v.toLowerCase());
  }

  /** The checks of ActivityService.validate on one input, against what was looked up: the first problem throws. */
  private check(leadAgencyId: string, input: ActivityInput, known: Known): ActivityValues {
    const L = ACTIVITY_LIMITS;
    const title = input.title?.trim() ?? '';
    if (title.length < L.titleMin || title.length > L.titleMax) throw new ActivityError(ActivityErrorCode.TITLE_INVALID, { min: L.titleMin, max: L.titleMax }, 'title');
    const description = input.description?.trim() ?? '';
    if (description.length > L.descriptionMax) throw new ActivityError(ActivityErrorCode.DESCRIPTION_TOO_LONG, { max: L.descriptionMax }, 'description');
    const venueName = input.venueName?.trim() ?? '';
    if (!venueName || venueName.length > L.venueNameMax) throw new ActivityError(ActivityErrorCode.VENUE_NAME_INVALID, { max: L.venueNameMax }, 'venueName');

    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    const earliest = new Date(L.earliestStart);
    const latest = new Date(Date.now() + L.planAheadDays * DAY);
    const range = { from: toDateString(earliest), to: toDateString(latest) };
    if (Number.isNaN(+startsAt) || startsAt < earliest || startsAt > latest) throw new ActivityError(ActivityErrorCode.DATE_OUT_OF_RANGE, range, 'startsAt');
    if (Number.isNaN(+endsAt) || endsAt > new Date(+latest + L.maxDurationDays * DAY)) throw new ActivityError(ActivityErrorCode.DATE_OUT_OF_RANGE, range, 'endsAt');
    if (endsAt <= startsAt) throw new ActivityError(ActivityErrorCode.END_BEFORE_START, {}, 'endsAt');
    if (+endsAt - +startsAt > L.maxDurationDays * DAY) throw new ActivityError(ActivityErrorCode.TOO_LONG, { max: L.maxDurationDays }, 'endsAt');

    const venueRegionCode = input.venueRegionCode?.trim() ?? '';
    if (typeof tryParseRegionCode(venueRegionCode) === 'string' || !known.regions.has(venueRegionCode)) {
      throw new ActivityError(ActivityErrorCode.VENUE_REGION_NOT_FOUND, { code: venueRegionCode.slice(0, 20) }, 'venueRegionCode');
    }

    const tooMany = (list: unknown[] | undefined, max: number, field: string) => {
      if ((list?.length ?? 0) > max) throw new ActivityError(ActivityErrorCode.TOO_MANY, { max }, field);
    };
    tooMany(input.topicIds, L.topicsMax, 'topicIds');
    tooMany(input.programmeItemIds, L.programmeItemsMax, 'programmeItemIds');
    tooMany(input.coOrganiserIds, L.coOrganisersMax, 'coOrganiserIds');
    tooMany(input.villages, L.villagesMax, 'villages');

    const topicIds = [...new Set(input.topicIds ?? [])];
    if (topicIds.some((t) => !isUuid(t) || !known.topics.has(t.toLowerCase()))) throw new ActivityError(ActivityErrorCode.TOPIC_NOT_FOUND, {}, 'topicIds');

    const programmeItemIds = [...new Set(input.programmeItemIds ?? [])];
    if (programmeItemIds.some((t) => !isUuid(t) || !known.items.has(t.toLowerCase()))) throw new ActivityError(ActivityErrorCode.PROGRAMME_ITEM_NOT_FOUND, {}, 'programmeItemIds');
    // The shared rule: an activity names items of the frameworks in force on its date, the day it starts in its venue's zone.
    const date = localDate(startsAt, timeZoneOfRegion(venueRegionCode));
    const outside = programmeItemIds.map((t) => known.items.get(t.toLowerCase())!).find((item) => !isFrameworkInForce(item, date));
    if (outside) {
      const { number, framework, validFrom, validTo } = outside;
      throw new ActivityError(ActivityErrorCode.PROGRAMME_ITEM_NOT_IN_FORCE, { number, framework, validFrom, validTo, date }, 'programmeItemIds');
    }

    const coOrganiserIds = [...new Set(input.coOrganiserIds ?? [])];
    if (coOrganiserIds.includes(leadAgencyId)) throw new ActivityError(ActivityErrorCode.LEAD_AS_CO_ORGANISER, {}, 'coOrganiserIds');
    if (coOrganiserIds.some((t) => !isUuid(t) || !known.agencies.has(t.toLowerCase()))) throw new ActivityError(ActivityErrorCode.AGENCY_NOT_FOUND, {}, 'coOrganiserIds');

    const villages = this.expandVillages(input.villages ?? [], known);
    if (known.ownArea) {
      const area = known.ownArea;
      const inside = (code: string) => code === area || code.startsWith(`${area}.`);
      if (!inside(venueRegionCode)) throw new ActivityError(ActivityErrorCode.OUTSIDE_OWN_AREA, { code: area }, 'venueRegionCode');
      if (!villages.every((v) => inside(v.code))) throw new ActivityError(ActivityErrorCode.OUTSIDE_OWN_AREA, { code: area }, 'villages');
    }

    const participants = validateParticipants(input.participants ?? []);
    const attendance = validateAttendance(input.attendance ?? [], villages, venueRegionCode, participants);
    return {
      type: input.type,
      title,
      description,
      startsAt,
      endsAt,
      venueName,
      venueRegionCode,
      timeZone: timeZoneOfRegion(venueRegionCode),
      programmeItemIds,
      topicIds,
      coOrganiserIds,
      villages,
      participants,
      attendance,
    };
  }

  /** Villages as given, with each kecamatan replaced by all of its villages (an explicit village keeps its reach). */
  private expandVillages(input: { code: string; reach: string }[], known: Known): { code: string; reach: string }[] {
    const codes = input.map((v, i) => ({ code: v.code?.trim() ?? '', reach: v.reach, index: i }));
    for (const v of codes) {
      const parsed = tryParseRegionCode(v.code);
      if (typeof parsed === 'string' || (parsed.depth !== 3 && parsed.depth !== 4)) {
        throw new ActivityError(ActivityErrorCode.NOT_A_VILLAGE, { code: v.code.slice(0, 20) }, `villages[${v.index}].code`);
      }
    }
    const missing = codes.find((c) => !known.regions.has(c.code));
    if (missing) throw new ActivityError(ActivityErrorCode.VILLAGE_NOT_FOUND, { code: missing.code }, `villages[${missing.index}].code`);
    const result = new Map<string, string>();
    for (const v of codes) if (v.code.length > 8) result.set(v.code, v.reach);
    for (const k of codes.filter((c) => c.code.length === 8)) {
      for (const village of known.villagesOf.get(k.code) ?? []) if (!result.has(village)) result.set(village, k.reach);
    }
    if (result.size > ACTIVITY_LIMITS.villagesMax) throw new ActivityError(ActivityErrorCode.TOO_MANY, { max: ACTIVITY_LIMITS.villagesMax }, 'villages');
    return [...result].map(([code, reach]) => ({ code, reach })).sort((a, b) => a.code.localeCompare(b.code));
  }
}

/** A programme item with its framework's validity, for the check that the activity's date is within it. */
interface ItemValidity {
  id: string;
  number: number;
  framework: string;
  validFrom: string;
  validTo: string;
}

/** What validateMany looked up, for check. Ids in lower case. */
interface Known {
  regions: Set<string>;
  villagesOf: Map<string, string[]>;
  topics: Set<string>;
  items: Map<string, ItemValidity>;
  agencies: Set<string>;
  /** The lead's own region when it is a village or kecamatan government (it records inside it only). */
  ownArea: string | null;
}

function validateParticipants(input: ParticipantInput[]): { category: string; male: number; female: number }[] {
  const seen = new Set<string>();
  const max = ACTIVITY_LIMITS.participantsPerCellMax;
  input.forEach((p, i) => {
    if (seen.has(p.category)) throw new ActivityError(ActivityErrorCode.DUPLICATE_CATEGORY, { category: p.category }, `participants[${i}].category`);
    seen.add(p.category);
    for (const sex of ['male', 'female'] as const) {
      const n = p[sex];
      if (!Number.isInteger(n) || n < 0 || n > max) throw new ActivityError(ActivityErrorCode.PARTICIPANTS_INVALID, { max }, `participants[${i}].${sex}`);
    }
  });
  const order = Object.values(ParticipantCategory) as string[];
  return input.map((p) => ({ category: p.category, male: p.male, female: p.female })).sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}

/**
 * Attendance attributed to regions: each to a listed village or a region above one (the venue's without villages),
 * whole numbers, never more per category and sex than the participants. Rows of the same region and category add up.
 */
function validateAttendance(
  input: AttendanceInput[],
  villages: { code: string }[],
  venueRegionCode: string,
  participants: { category: string; male: number; female: number }[],
): ActivityValues['attendance'] {
  const max = ACTIVITY_LIMITS.participantsPerCellMax;
  if (input.length > ACTIVITY_LIMITS.villagesMax * 2) throw new ActivityError(ActivityErrorCode.TOO_MANY, { max: ACTIVITY_LIMITS.villagesMax * 2 }, 'attendance');
  const allowed = attributableRegions(
    villages.map((v) => v.code),
    venueRegionCode,
  );
  const merged = new Map<string, { regionCode: string; category: string; male: number; female: number }>();
  input.forEach((p, i) => {
    const regionCode = p.regionCode?.trim() ?? '';
    if (!allowed.has(regionCode)) throw new ActivityError(ActivityErrorCode.ATTENDANCE_REGION_NOT_LISTED, { code: regionCode.slice(0, 20) }, `attendance[${i}].regionCode`);
    for (const sex of ['male', 'female'] as const) {
      const n = p[sex];
      if (!Number.isInteger(n) || n < 0 || n > max) throw new ActivityError(ActivityErrorCode.PARTICIPANTS_INVALID, { max }, `attendance[${i}].${sex}`);
    }
    const key = `${regionCode}|${p.category}`;
    const row = merged.get(key) ?? { regionCode, category: p.category, male: 0, female: 0 };
    row.male += p.male;
    row.female += p.female;
    merged.set(key, row);
  });
  const rows = [...merged.values()].filter((r) => r.male + r.female > 0);
  const over = attendanceOverTotal(participants, rows);
  if (over) {
    const index = input.findIndex((p) => p.category === over.category);
    throw new ActivityError(ActivityErrorCode.ATTENDANCE_OVER_TOTAL, { category: over.category, attributed: over.attributed, total: over.total }, `attendance[${index}].${over.sex}`);
  }
  const order = Object.values(ParticipantCategory) as string[];
  return rows.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || order.indexOf(a.category) - order.indexOf(b.category));
}

/** Every region code the activity touches, at every level (see ActivityEntity.reachCodes). */
function reachCodes(values: Pick<ActivityValues, 'venueRegionCode' | 'villages'>): string[] {
  const codes = new Set<string>();
  for (const code of [values.venueRegionCode, ...values.villages.map((v) => v.code)]) {
    codes.add(code);
    for (const ancestor of ancestorCodes(code)) codes.add(ancestor);
  }
  return [...codes].sort();
}

function searchText(values: Pick<ActivityValues, 'title' | 'venueName'>): string {
  return normalizeSearchText(`${values.title} ${values.venueName}`);
}

const participantKey = (p: { category: string; male: number; female: number }) => `${p.category} L${p.male} P${p.female}`;

/** The values as the audit trail records them: lists as readable keys, so a diff names what changed. */
function auditable(values: ActivityValues): Record<string, unknown> {
  return {
    type: values.type,
    title: values.title,
    description: values.description,
    startsAt: new Date(values.startsAt),
    endsAt: new Date(values.endsAt),
    venueName: values.venueName,
    venueRegionCode: values.venueRegionCode,
    programmeItemIds: values.programmeItemIds,
    topicIds: values.topicIds,
    coOrganiserIds: values.coOrganiserIds,
    villages: values.villages.map((v) => `${v.code} ${v.reach}`),
    participants: values.participants.filter((p) => p.male + p.female > 0).map(participantKey),
    attendance: (values.attendance ?? []).map((p) => `${p.regionCode} ${participantKey(p)}`),
  };
}

function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}[ T][\d:.]+(Z|[+-]\d{2}(:?\d{2})?)?$/.test(at) && typeof id === 'string' && isUuid(id)) return { at, id };
  } catch {
    // fall through
  }
  throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: 'after' }, 'after');
}
