import { normalizeSearchText, Permission } from '@jangkau/shared-domain';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { activityVisible } from '../../common/access/scoped-sql';
import { isUuid } from '../../common/uuid';
import { db, onlyRow, scoped } from '../../database/kysely';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import type { ActivityExportRow, ActivityRow } from './activity.rows';
import type { ActivityFilter } from './dto/activity.input';

/**
 * The SQL of activities read as lists (ActivityQueries): an activity row, the filter's conditions, a keyset page, a
 * count, an export batch, co-organiser candidates and the calendar's overlaps. Scoped to what the caller may see.
 */

type Source = EntityManager | DataSource;
type Condition = RawBuilder<SqlBool>;

const COLUMNS = sql.raw(`a.id, a.type, a.status, a.title, a.description, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.time_zone AS "timeZone",
  a.venue_name AS "venueName", a.venue_region_code AS "venueRegionCode", a.lead_agency_id AS "leadAgencyId", a.return_reason AS "returnReason",
  a.submitted_by AS "submittedById", su.full_name AS "submittedByName", a.submitted_at AS "submittedAt", vu.full_name AS "verifiedByName",
  a.verified_at AS "verifiedAt", a.self_verified AS "selfVerified", a.created_by AS "createdById", cu.full_name AS "createdByName", a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt"`);
const FROM = sql.raw(`activities a JOIN users cu ON cu.id = a.created_by LEFT JOIN users su ON su.id = a.submitted_by LEFT JOIN users vu ON vu.id = a.verified_by`);

/** The keyset of a list: the sort column and its direction. */
export interface ListOrder {
  key: 'a.updated_at' | 'a.starts_at';
  descending: boolean;
}

/** What a page or batch continues after: the last row's sort value (PostgreSQL's text) and id. */
export interface Cursor {
  at: string;
  id: string;
}

const and = (conditions: Condition[]) => sql<SqlBool>`${sql.join(conditions, sql` AND `)}`;

/** `(key, a.id)` beyond the cursor, in the order's direction. */
const after = (order: ListOrder, cursor: Cursor): Condition =>
  sql<SqlBool>`(${sql.raw(order.key)}, a.id) ${sql.raw(order.descending ? '<' : '>')} (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;

/** The activities among `ids` the caller may see; the others are simply absent. */
export async function visibleActivities(source: Source, caller: Caller, ids: readonly string[]): Promise<ActivityRow[]> {
  const visible = scoped((params) => activityVisible(caller, 'a', params));
  const { rows } = await sql<ActivityRow>`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = ANY(${ids.filter(isUuid)}::uuid[]) AND ${visible}`.execute(db(source));
  return rows;
}

/** One page of `limit` rows after the cursor, each with its sort key as PostgreSQL's text. */
export async function activityPage(source: Source, conditions: Condition[], order: ListOrder, cursor: Cursor | null, limit: number): Promise<(ActivityRow & { sortKey: string })[]> {
  const where = cursor ? [...conditions, after(order, cursor)] : conditions;
  const key = sql.raw(order.key);
  const direction = sql.raw(order.descending ? 'DESC' : 'ASC');
  const { rows } = await sql<ActivityRow & { sortKey: string }>`SELECT ${COLUMNS}, ${key}::text AS "sortKey" FROM ${FROM} WHERE ${and(where)}
       ORDER BY ${key} ${direction}, a.id ${direction} LIMIT ${limit}`.execute(db(source));
  return rows;
}

/** How many activities meet the conditions. */
export async function countActivities(source: Source, conditions: Condition[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM activities a WHERE ${and(conditions)}`.execute(db(source));
  return onlyRow(rows, 'count').n;
}

/** One export batch of `size` rows after the cursor: each activity with its lists and sums joined in. */
export async function exportBatch(source: Source, conditions: Condition[], order: ListOrder, cursor: Cursor | null, size: number): Promise<(ActivityExportRow & { sortKey: string })[]> {
  const where = cursor ? [...conditions, after(order, cursor)] : conditions;
  const key = sql.raw(order.key);
  const direction = sql.raw(order.descending ? 'DESC' : 'ASC');
  const { rows } = await sql<
    ActivityExportRow & { sortKey: string }
  >`SELECT a.id, a.title, a.type, a.status, a.starts_at AS "startsAt", a.time_zone AS "timeZone", a.venue_name AS "venueName",
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
         WHERE ${and(where)}
         ORDER BY ${key} ${direction}, a.id ${direction} LIMIT ${size}`.execute(db(source));
  return rows;
}

/** The conditions (on `a`) of the caller's visibility and the filter. */
export function filterConditions(caller: Caller, filter: ActivityFilter): Condition[] {
  const where: Condition[] = [scoped((params) => activityVisible(caller, 'a', params))];
  const never = sql<SqlBool>`FALSE`;
  if (filter.from && filter.to && filter.to <= filter.from) {
    throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: 'to ≤ from' }, 'filter.to');
  }
  if (filter.from) where.push(sql`a.ends_at >= ${filter.from}`);
  if (filter.to) where.push(sql`a.starts_at < ${filter.to}`);
  if (filter.statuses?.length) where.push(sql`a.status = ANY(${filter.statuses}::activity_status[])`);
  if (filter.types?.length) where.push(sql`a.type = ANY(${filter.types}::activity_type[])`);
  if (filter.agencyId) {
    const agencyId = filter.agencyId;
    if (!isUuid(agencyId)) where.push(never);
    // Uncorrelated, for the same reason as in activityVisible.
    else
      where.push(
        sql`(a.lead_agency_id = ${agencyId}::uuid OR a.id = ANY (ARRAY(SELECT f_aa.activity_id FROM activity_agencies f_aa WHERE f_aa.agency_id = ${agencyId}::uuid AND f_aa.status <> 'DECLINED')))`,
      );
  }
  if (filter.regionCode) where.push(sql`a.reach_codes @> ARRAY[${filter.regionCode.trim()}::varchar]`);
  if (filter.programmeItemId) {
    if (!isUuid(filter.programmeItemId)) where.push(never);
    else where.push(sql`EXISTS (SELECT 1 FROM activity_programme_items f_pi WHERE f_pi.activity_id = a.id AND f_pi.programme_item_id = ${filter.programmeItemId}::uuid)`);
  }
  if (filter.topicId) {
    if (!isUuid(filter.topicId)) where.push(never);
    else where.push(sql`EXISTS (SELECT 1 FROM activity_topics f_t WHERE f_t.activity_id = a.id AND f_t.topic_id = ${filter.topicId}::uuid)`);
  }
  const search = normalizeSearchText(filter.search ?? '');
  if (search) {
    if (search.length > 100) throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: 'search > 100' }, 'filter.search');
    // Every word must appear; each LIKE is served by the trigram index.
    for (const word of search.split(' ')) where.push(sql`a.search_text LIKE ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  }
  if (filter.returnedToMe) where.push(sql`(a.status = 'RETURNED' AND a.submitted_by = ${caller.userId}::uuid)`);
  if (filter.awaitingMyVerification) {
    // What the caller's "Menunggu verifikasi" counts: their agency's submissions a head may verify (nothing for
    // others), less their own work while another active head exists (separation of duties leaves it to that one).
    if (!caller.permissions.includes(Permission.ACTIVITY_VERIFY)) where.push(never);
    else {
      where.push(sql`(a.status = 'SUBMITTED' AND a.lead_agency_id = ${caller.agencyId}::uuid)`);
      where.push(sql`NOT ((a.created_by = ${caller.userId}::uuid OR a.submitted_by = ${caller.userId}::uuid)
                  AND EXISTS (SELECT 1 FROM users f_h WHERE f_h.agency_id = a.lead_agency_id AND f_h.role = 'HEAD' AND f_h.active AND f_h.id <> ${caller.userId}::uuid))`);
    }
  }
  if (filter.invitationsToMe) {
    where.push(sql`a.id = ANY (ARRAY(SELECT f_inv.activity_id FROM activity_agencies f_inv WHERE f_inv.agency_id = ${caller.agencyId}::uuid AND f_inv.status = 'INVITED'))`);
    where.push(sql`a.status <> 'VERIFIED'`);
  }
  return where;
}

export interface CoOrganiserCandidate {
  id: string;
  name: string;
  shortName: string;
  type: string;
  worksInArea: boolean;
}

/**
 * Active agencies other than the caller's whose working area touches the codes, and (with a LIKE pattern) any
 * active agency by name; those working in the area first.
 */
export async function coOrganiserCandidates(source: Source, callerAgencyId: string, codes: string[], pattern: string | null, limit: number): Promise<CoOrganiserCandidate[]> {
  const match = pattern ? sql`(g.name ILIKE ${pattern} OR g.short_name ILIKE ${pattern})` : sql`FALSE`;
  const { rows } = await sql<CoOrganiserCandidate>`SELECT * FROM (
         SELECT g.id, g.name, g.short_name AS "shortName", g.type,
           EXISTS (SELECT 1 FROM agency_working_areas w, unnest(${codes}::varchar[]) c(code) WHERE w.agency_id = g.id
                    AND (c.code = w.region_code OR c.code LIKE w.region_code || '.%' OR w.region_code LIKE c.code || '.%')) AS "worksInArea",
           ${match} AS matches
         FROM agencies g WHERE g.active AND g.id <> ${callerAgencyId}
       ) x WHERE x.matches OR (x."worksInArea" AND ${sql.raw(pattern ? 'FALSE' : 'TRUE')})
       ORDER BY x."worksInArea" DESC, x.name, x.id LIMIT ${limit}`.execute(db(source));
  return rows;
}

/**
 * Planned activities in [from, to) the caller may see (in the region, when given), each with the ids of the planned
 * activities of *other* lead agencies sharing a kecamatan with it and starting within `windowDays` of it (visible
 * ones only), and those kecamatan.
 */
export async function calendarOverlaps(
  source: Source,
  caller: Caller,
  from: Date,
  to: Date,
  regionCode: string | null,
  windowDays: number,
): Promise<{ id: string; overlapIds: string[] | null; shared: string[] | null }[]> {
  const visibleA = scoped((params) => activityVisible(caller, 'a', params));
  const visibleB = scoped((params) => activityVisible(caller, 'b', params));
  const region = regionCode !== null ? sql`a.reach_codes @> ARRAY[${regionCode}::varchar]` : sql`TRUE`;
  const window = sql.raw(`interval '${Number(windowDays)} days'`);
  const { rows } = await sql<{ id: string; overlapIds: string[] | null; shared: string[] | null }>`SELECT a.id,
         (SELECT array_agg(DISTINCT b.id) FROM activities b
           WHERE b.status = 'PLANNED' AND b.lead_agency_id <> a.lead_agency_id
             AND b.starts_at BETWEEN a.starts_at - ${window} AND a.starts_at + ${window}
             AND EXISTS (SELECT 1 FROM unnest(b.reach_codes) bc WHERE length(bc) = 8 AND bc = ANY(a.reach_codes))
             AND ${visibleB}) AS "overlapIds",
         (SELECT array_agg(DISTINCT bc) FROM activities b, unnest(b.reach_codes) bc
           WHERE b.status = 'PLANNED' AND b.lead_agency_id <> a.lead_agency_id
             AND b.starts_at BETWEEN a.starts_at - ${window} AND a.starts_at + ${window}
             AND length(bc) = 8 AND bc = ANY(a.reach_codes) AND ${visibleB}) AS shared
       FROM activities a
       WHERE a.status = 'PLANNED' AND a.starts_at < ${to} AND a.ends_at >= ${from} AND ${visibleA} AND ${region}
       ORDER BY a.starts_at, a.id LIMIT 1000`.execute(db(source));
  return rows;
}
