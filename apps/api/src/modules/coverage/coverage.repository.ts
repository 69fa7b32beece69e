import type { ActivityType, AgencyType, ParticipantCategory } from '@jangkau/shared-domain';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { agencyVisible } from '../../common/access/scoped-sql';
import { anyOf, db, numbered, onlyRow, scoped } from '../../database/kysely';
import { attendanceInArea, notByVillage, officialsSum } from '../activity/rollups/coverage-attendance';
import { type AreaCodes, villageInArea } from './coverage-area';
import type { AreaRegion, CoverageQuery } from './coverage.service';

/**
 * The coverage module's SQL: the regions and agencies an area is resolved from, and the figures read from the
 * rollups (coverage_activities, coverage_attendance, coverage_reach, coverage_village_months,
 * coverage_region_periods). The aggregates are clearest as SQL: Kysely's sql tag, typed rows, its own parameters.
 */

type Source = EntityManager | DataSource;

/** What a figure's rows are filtered by: the range and the activity filters (programme item, type, agencies). */
type Filters = Pick<CoverageQuery, 'from' | 'to' | 'programmeItemId' | 'type' | 'leadAgencyId' | 'contributedBy'>;

/** The region's code as stored, when there is one. */
export async function regionCodeOf(source: Source, code: string): Promise<string | undefined> {
  const row = await db(source).selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
  return row?.code;
}

/** The agency's type when the caller (anyone, when null) may see it. */
export async function visibleAgencyType(source: Source, caller: Caller | null, agencyId: string): Promise<AgencyType | undefined> {
  let query = db(source).selectFrom('agencies as a').select('a.type').where('a.id', '=', agencyId);
  if (caller) query = query.where(scoped((params) => agencyVisible(caller, 'a', params)));
  const row = await query.executeTakeFirst();
  return row?.type as AgencyType | undefined;
}

/** An agency's working-area codes, by code. */
export async function workingAreaCodes(source: Source, agencyId: string): Promise<string[]> {
  const rows = await db(source).selectFrom('agency_working_areas').select('region_code as code').where('agency_id', '=', agencyId).orderBy('code').execute();
  return rows.map((r) => r.code);
}

/** Provinces for the country; a region's children (`parentCode`); otherwise these regions themselves. */
export async function areaRegions(source: Source, of: 'NATIONAL' | { parentCode: string } | { codes: readonly string[] }): Promise<AreaRegion[]> {
  let query = db(source)
    .selectFrom('regions')
    .select(['code', 'name', 'level', 'depth', sql<number>`CASE WHEN depth = 4 THEN 1 ELSE village_count END`.as('villagesTotal')]);
  if (of === 'NATIONAL') query = query.where('depth', '=', 1);
  else if ('parentCode' in of) query = query.where('parent_code', '=', of.parentCode);
  else query = query.where('code', '=', anyOf(of.codes, 'varchar'));
  return query.orderBy('code').execute();
}

/** Conditions on a coverage_activities or coverage_reach row (alias) for the query's filters, each `AND …`. */
function filtered(q: Filters, alias: 'c' | 'r' | 'x'): RawBuilder<unknown> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const where: RawBuilder<unknown>[] = [];
  if (q.programmeItemId) where.push(sql`AND ${column('programme_item_ids')} @> ARRAY[${q.programmeItemId}::uuid]`);
  if (q.type) where.push(sql`AND ${column('type')} = ${q.type}::activity_type`);
  if (q.leadAgencyId) where.push(sql`AND ${column('lead_agency_id')} = ${q.leadAgencyId}::uuid`);
  if (q.contributedBy) where.push(sql`AND ${column('agency_ids')} @> ARRAY[${q.contributedBy}::uuid]`);
  return sql.join(where, sql` `);
}

/** "This village code lies in the area" (coverage-area.ts), or TRUE for the whole country. */
function villageIn(column: string, codes: AreaCodes): RawBuilder<SqlBool> {
  if (codes === 'NATIONAL') return sql<SqlBool>`TRUE`;
  const params: unknown[] = [];
  return numbered<SqlBool>(villageInArea(column, codes, params), params);
}

/** "This coverage_attendance row counts in the area" (activity/rollups/coverage-attendance.ts). */
function attendanceIn(alias: string, codes: AreaCodes): RawBuilder<SqlBool> {
  const params: unknown[] = [];
  return numbered<SqlBool>(attendanceInArea(alias, codes, params), params);
}

/** The verified activities of a question (alias `c`: coverage_activities): in the range, touching the area, filtered. */
function activityWhere(codes: AreaCodes, q: Filters): RawBuilder<SqlBool> {
  const inArea = codes === 'NATIONAL' ? sql`` : sql`AND c.reach_codes && ${codes}::varchar[]`;
  return sql<SqlBool>`c.day BETWEEN ${q.from} AND ${q.to} ${inArea} ${filtered(q, 'c')}`;
}

/** Each village's last day reached in the range: from the facts (`byDay`: any range, any filter) or the month rows. */
function reachedVillages(alias: 'r' | 'x', codes: AreaCodes, q: Filters, byDay: boolean): RawBuilder<{ village_code: string; last: Date }> {
  const a = sql.table(alias);
  const village = `${alias}.village_code`;
  return byDay
    ? sql`SELECT ${sql.ref(village)}, max(${sql.ref(`${alias}.day`)}) AS last FROM coverage_reach ${a}
         WHERE ${sql.ref(`${alias}.day`)} BETWEEN ${q.from} AND ${q.to} AND ${villageIn(village, codes)} ${filtered(q, alias)} GROUP BY ${sql.ref(village)}`
    : sql`SELECT ${sql.ref(village)}, max(${sql.ref(`${alias}.last_day`)}) AS last FROM coverage_village_months ${a}
         WHERE ${sql.ref(`${alias}.month`)} BETWEEN ${q.from} AND ${q.to} AND ${villageIn(village, codes)} GROUP BY ${sql.ref(village)}`;
}

/** These villages reached in the range, with the last day: facts (`byDay`) or month rows. */
export async function villagesReached(source: Source, villages: readonly string[], q: Filters, byDay: boolean): Promise<Array<{ code: string; last: string }>> {
  const query = byDay
    ? sql<{ code: string; last: string }>`SELECT village_code AS code, max(day)::text AS last FROM coverage_reach r
       WHERE village_code = ANY(${villages}::varchar[]) AND day BETWEEN ${q.from} AND ${q.to} ${filtered(q, 'r')} GROUP BY village_code`
    : sql<{ code: string; last: string }>`SELECT village_code AS code, max(last_day)::text AS last FROM coverage_village_months
       WHERE village_code = ANY(${villages}::varchar[]) AND month BETWEEN ${q.from} AND ${q.to} GROUP BY village_code`;
  return (await query.execute(db(source))).rows;
}

/** The counters: villages reached per region in a period (a month, quarter or year). */
export async function periodCounts(source: Source, period: string, regions: readonly string[]): Promise<Array<{ code: string; n: number }>> {
  return db(source)
    .selectFrom('coverage_region_periods')
    .select(['region_code as code', 'villages_reached as n'])
    .where('period', '=', period)
    .where('region_code', '=', anyOf(regions, 'varchar'))
    .execute();
}

/**
 * Villages reached per kecamatan, with the last day, over the area's villages (`regions`, or the country). Two
 * steps, each a hash aggregate: villages first (one row each, with its last day), then kecamatan. A single
 * count(DISTINCT) sorted 140,000 national rows and spilled to disk (190 ms against 117 ms this way).
 */
export async function reachedPerKecamatan(source: Source, regions: AreaCodes, q: Filters, byDay: boolean): Promise<Array<{ kec: string; n: number; last: string }>> {
  const { rows } = await sql<{ kec: string; n: number; last: string }>`SELECT left(v.village_code, 8) AS kec, count(*)::int AS n, max(v.last)::text AS last
    FROM (${reachedVillages('r', regions, q, byDay)}) v GROUP BY 1`.execute(db(source));
  return rows;
}

/** Every village of the area, with its last day reached in the range (null when not reached). */
export async function villagesWithReach(
  source: Source,
  codes: string[],
  q: Filters,
  byDay: boolean,
): Promise<Array<{ code: string; name: string; level: string; parentCode: string; last: string | null }>> {
  const { rows } = await sql<{ code: string; name: string; level: string; parentCode: string; last: string | null }>`SELECT r.code, r.name, r.level, r.parent_code AS "parentCode", v.last::text AS last
    FROM regions r LEFT JOIN (${reachedVillages('x', codes, q, byDay)}) v ON v.village_code = r.code
    WHERE r.depth = 4 AND ${villageIn('r.code', codes)} ORDER BY r.code`.execute(db(source));
  return rows;
}

/** Verified activities touching the area. */
export async function activityCount(source: Source, codes: AreaCodes, q: Filters): Promise<number> {
  const { rows } = await sql<{ activities: number }>`SELECT count(*)::int AS activities FROM coverage_activities c WHERE ${activityWhere(codes, q)}`.execute(db(source));
  return onlyRow(rows).activities;
}

export interface AttendanceTotals {
  participants: number;
  officials: number;
  participantsNotByVillage: number;
  officialsNotByVillage: number;
}

/** Attendance counted in the area, of the activities touching it; and of that, what is not broken down by village. */
export async function attendanceTotals(source: Source, codes: AreaCodes, q: Filters): Promise<AttendanceTotals> {
  const notByVillageSql = sql.raw(notByVillage('t'));
  const { rows } = await sql<AttendanceTotals>`SELECT coalesce(sum(t.male + t.female), 0)::int AS participants, ${sql.raw(officialsSum('t'))} AS officials,
       coalesce(sum(t.male + t.female) FILTER (WHERE ${notByVillageSql}), 0)::int AS "participantsNotByVillage",
       coalesce(sum(t.male + t.female) FILTER (WHERE ${notByVillageSql} AND t.category IN ('CAMAT', 'LURAH', 'KEPALA_DESA')), 0)::int AS "officialsNotByVillage"
     FROM coverage_attendance t JOIN coverage_activities c ON c.activity_id = t.activity_id
     WHERE ${activityWhere(codes, q)} AND ${attendanceIn('t', codes)}`.execute(db(source));
  return onlyRow(rows);
}

/**
 * Desa Binaan designated in the range in the area, by `designator` when given. Designations are not activities:
 * programme item and type filters do not apply to them.
 */
export async function desaBinaanFormed(source: Source, codes: AreaCodes, from: string, to: string, designator: string | null | undefined): Promise<number> {
  const by = designator ? sql`AND d.agency_id = ${designator}::uuid` : sql``;
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM desa_binaan d
    WHERE d.sk_date BETWEEN ${from} AND ${to} AND ${villageIn('d.village_code', codes)} ${by}`.execute(db(source));
  return onlyRow(rows).n;
}

export async function activitiesByType(source: Source, codes: AreaCodes, q: Filters): Promise<Array<{ type: ActivityType; activities: number }>> {
  const { rows } = await sql<{ type: ActivityType; activities: number }>`SELECT c.type, count(*)::int AS activities FROM coverage_activities c
    WHERE ${activityWhere(codes, q)} GROUP BY c.type ORDER BY 2 DESC, 1`.execute(db(source));
  return rows;
}

export async function activitiesByProgrammeItem(
  source: Source,
  codes: AreaCodes,
  q: Filters,
): Promise<Array<{ id: string; number: number; title: string; frameworkId: string; frameworkName: string; activities: number }>> {
  const { rows } = await sql<{ id: string; number: number; title: string; frameworkId: string; frameworkName: string; activities: number }>`SELECT i.id, i.number, i.title,
       i.framework_id AS "frameworkId", f.name AS "frameworkName", x.activities
     FROM (SELECT item, count(*)::int AS activities FROM coverage_activities c, unnest(c.programme_item_ids) AS item
           WHERE ${activityWhere(codes, q)} GROUP BY item) x
     JOIN programme_items i ON i.id = x.item JOIN programme_frameworks f ON f.id = i.framework_id
     ORDER BY f.valid_from DESC, i.number`.execute(db(source));
  return rows;
}

export async function participantsByCategory(source: Source, codes: AreaCodes, q: Filters): Promise<Array<{ category: ParticipantCategory; male: number; female: number }>> {
  const { rows } = await sql<{ category: ParticipantCategory; male: number; female: number }>`SELECT t.category, sum(t.male)::int AS male, sum(t.female)::int AS female
    FROM coverage_activities c JOIN coverage_attendance t ON t.activity_id = c.activity_id
    WHERE ${activityWhere(codes, q)} AND ${attendanceIn('t', codes)} GROUP BY t.category ORDER BY t.category`.execute(db(source));
  return rows;
}

/** Activities per calendar month (the month's first day, YYYY-MM-DD). */
export async function activitiesPerMonth(source: Source, codes: AreaCodes, q: Filters): Promise<Array<{ month: string; activities: number }>> {
  const { rows } = await sql<{ month: string; activities: number }>`SELECT to_char(date_trunc('month', c.day), 'YYYY-MM-DD') AS month, count(*)::int AS activities
    FROM coverage_activities c WHERE ${activityWhere(codes, q)} GROUP BY 1`.execute(db(source));
  return rows;
}

/** Participants counted in the area per calendar month. */
export async function participantsPerMonth(source: Source, codes: AreaCodes, q: Filters): Promise<Array<{ month: string; participants: number }>> {
  const { rows } = await sql<{ month: string; participants: number }>`SELECT to_char(date_trunc('month', c.day), 'YYYY-MM-DD') AS month,
       coalesce(sum(t.male + t.female), 0)::int AS participants
     FROM coverage_activities c JOIN coverage_attendance t ON t.activity_id = c.activity_id
     WHERE ${activityWhere(codes, q)} AND ${attendanceIn('t', codes)} GROUP BY 1`.execute(db(source));
  return rows;
}

/** The counters summed over these regions, per period (YYYY-MM keys). */
export async function periodCountsSummed(source: Source, regions: readonly string[], periods: readonly string[]): Promise<Array<{ period: string; n: number }>> {
  return db(source)
    .selectFrom('coverage_region_periods')
    .select(['period', sql<number>`sum(villages_reached)::int`.as('n')])
    .where('region_code', '=', anyOf(regions, 'varchar'))
    .where('period', '=', anyOf(periods, 'varchar'))
    .groupBy('period')
    .execute();
}

/** How many of these villages were reached per month of the range (months YYYY-MM-DD). */
export async function villagesReachedPerMonth(source: Source, villages: readonly string[], from: string, to: string): Promise<Array<{ month: string; n: number }>> {
  const { rows } = await sql<{ month: string; n: number }>`SELECT month::text AS month, count(*)::int AS n FROM coverage_village_months
    WHERE village_code = ANY(${villages}::varchar[]) AND month BETWEEN ${from} AND ${to} GROUP BY 1`.execute(db(source));
  return rows;
}

/** Distinct villages of the area reached per calendar month, from the facts (any range, any filter). */
export async function distinctVillagesPerMonth(source: Source, codes: AreaCodes, q: Filters): Promise<Array<{ month: string; n: number }>> {
  const { rows } = await sql<{ month: string; n: number }>`SELECT to_char(date_trunc('month', r.day), 'YYYY-MM-DD') AS month, count(DISTINCT r.village_code)::int AS n
    FROM coverage_reach r
    WHERE r.day BETWEEN ${q.from} AND ${q.to} AND ${villageIn('r.village_code', codes)} ${filtered(q, 'r')} GROUP BY 1`.execute(db(source));
  return rows;
}

export interface NotReachedOptions {
  staleMonths: number | null;
  asOf: string;
  upTo?: string;
  sort: 'NAME' | 'CODE' | 'LAST_REACHED';
  descending?: boolean;
  first: number;
  offset: number;
}

export type NotReachedRow = { code: string; name: string; level: string; parentCode: string; lastReachedOn: string | null; activities: number };

/** Villages of the area not reached (see CoverageService.villagesNotReached): how many, and one page of them. */
export async function villagesNotReached(source: Source, codes: AreaCodes, options: NotReachedOptions): Promise<{ total: number; rows: NotReachedRow[] }> {
  const cutoff = options.staleMonths !== null ? sql`s.last_day < (${options.asOf}::date - make_interval(months => ${options.staleMonths}::int))::date` : sql`FALSE`;
  // upTo: reach after that day does not count (a report on a past period).
  const until = options.upTo ? sql`AND m.month <= ${options.upTo}::date` : sql``;
  const from = sql`FROM regions r LEFT JOIN LATERAL (SELECT max(m.last_day) AS last_day, sum(m.activities)::int AS activities
                  FROM coverage_village_months m WHERE m.village_code = r.code ${until}) s ON TRUE
                  WHERE r.depth = 4 AND ${villageIn('r.code', codes)} AND (s.last_day IS NULL OR ${cutoff})`;
  const dir = options.descending ? 'DESC' : 'ASC';
  // Never-reached villages are the oldest: first when ascending, last when descending.
  const order = { NAME: `r.name ${dir}, r.code ${dir}`, CODE: `r.code ${dir}`, LAST_REACHED: `s.last_day ${dir} NULLS ${options.descending ? 'LAST' : 'FIRST'}, r.code` }[options.sort];
  const { rows: counted } = await sql<{ total: number }>`SELECT count(*)::int AS total ${from}`.execute(db(source));
  const { rows } = await sql<NotReachedRow>`SELECT r.code, r.name, r.level, r.parent_code AS "parentCode", s.last_day::text AS "lastReachedOn",
       coalesce(s.activities, 0) AS activities
     ${from} ORDER BY ${sql.raw(order)} LIMIT ${options.first} OFFSET ${options.offset}`.execute(db(source));
  return { total: onlyRow(counted).total, rows };
}

/** The last day reached within the range per region (codes of `length` characters) over the month rows. */
export async function lastReachedPerRegion(source: Source, regions: string[], fromMonth: string, to: string, length: number): Promise<Array<{ code: string; last: string }>> {
  const { rows } = await sql<{ code: string; last: string }>`SELECT left(m.village_code, ${length}) AS code, max(m.last_day)::text AS last FROM coverage_village_months m
    WHERE m.month BETWEEN ${fromMonth} AND ${to} AND ${villageIn('m.village_code', regions)} GROUP BY 1`.execute(db(source));
  return rows;
}

/** The coverage generation cached figures are stamped with (coverage-cache.ts); '0' when the row is missing. */
export async function coverageGeneration(source: Source): Promise<string> {
  const row = await db(source)
    .selectFrom('coverage_generation')
    .select(sql<string>`value::text`.as('value'))
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.value ?? '0';
}
