import { ActivityType, NATIONAL_AGENCY_TYPES, ParticipantCategory, daysBetween, isCalendarDate, isWithin, monthsBetween, periodOfRange } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { agencyVisible } from '../../common/access/scoped-sql';
import { isUuid } from '../../common/uuid';
import { attendanceInArea, notByVillage, officialsSum } from '../activity/rollups/coverage-attendance';
import { AreaCodes, intersectAreas, isVillageCode, villageInArea } from './coverage-area';
import { CoverageError, CoverageErrorCode } from './coverage.errors';

/** What a coverage or dashboard question asks: where, when, and which activities count. */
export interface CoverageQuery {
  regionCode?: string | null;
  agencyId?: string | null;
  /** Calendar dates, inclusive. */
  from: string;
  to: string;
  programmeItemId?: string | null;
  type?: ActivityType | null;
  leadAgencyId?: string | null;
  /** Only activities this agency led or co-organised (accepted): its own contribution, as targets measure it. */
  contributedBy?: string | null;
}

export interface AreaRegion {
  code: string;
  name: string;
  level: string;
  depth: number;
  villagesTotal: number;
}

/** The area a question is answered over, already narrowed to what the caller may see. */
export interface ResolvedArea {
  codes: AreaCodes;
  /** The region asked about (the area when it is that one region). */
  regionCode: string | null;
  agencyId: string | null;
  /** The caller may see only part of what was asked for; figures cover that part. */
  restricted: boolean;
  /** The parts figures are broken down by: provinces, a region's children, or an agency's working-area regions. */
  children: AreaRegion[];
  villagesTotal: number;
}

export interface ChildCoverage extends AreaRegion {
  villagesReached: number;
  lastReachedOn: string | null;
}

export interface CoverageFigures {
  area: ResolvedArea;
  from: string;
  to: string;
  villagesTotal: number;
  villagesReached: number;
  children: ChildCoverage[];
}

export interface ActivityFigures {
  activities: number;
  /** Attendance counted in the area: attributed inside it, or unattributed with all the villages inside it. */
  participants: number;
  officials: number;
  /** Of those, counted above the village level (a kecamatan, kabupaten/kota…): "tidak dirinci per desa". */
  participantsNotByVillage: number;
  officialsNotByVillage: number;
  desaBinaanFormed: number;
}

const MAX_RANGE_DAYS = 366 * 5 + 1;
/** A province's villages at once (the largest, Jawa Tengah, has 8,563); not the whole country. */
export const MAX_VILLAGES_AT_ONCE = 10_000;

/**
 * Coverage and the other indicators, read from the rollups that the workflow keeps (coverage-maintenance.ts).
 * Every answer is computed over an area already intersected with the caller's scope: a reader outside Jambi asking
 * about Jambi gets nothing (null, "not found"), a Kerinci head asking about Jambi gets Kerinci's working area.
 */
@Injectable()
export class CoverageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  validate(q: CoverageQuery): void {
    const valid = isCalendarDate;
    if (!valid(q.from)) throw new CoverageError(CoverageErrorCode.DATE_INVALID, { value: String(q.from ?? '') }, 'from');
    if (!valid(q.to)) throw new CoverageError(CoverageErrorCode.DATE_INVALID, { value: String(q.to ?? '') }, 'to');
    if (q.from > q.to) throw new CoverageError(CoverageErrorCode.RANGE_REVERSED, {}, 'to');
    if (daysBetween(q.from, q.to) > MAX_RANGE_DAYS) throw new CoverageError(CoverageErrorCode.RANGE_TOO_LONG, { years: 5 }, 'to');
    for (const [field, value] of [
      ['programmeItemId', q.programmeItemId],
      ['leadAgencyId', q.leadAgencyId],
      ['contributedBy', q.contributedBy],
      ['agencyId', q.agencyId],
    ] as const) {
      if (value && !isUuid(value)) throw new CoverageError(CoverageErrorCode.ID_INVALID, {}, field);
    }
  }

  /** The area a question names, within the caller's scope; null when the caller may see none of it. */
  async resolveArea(caller: Caller | null, q: Pick<CoverageQuery, 'regionCode' | 'agencyId'>): Promise<ResolvedArea | null> {
    let asked: AreaCodes = 'NATIONAL';
    let regionCode: string | null = null;
    let agencyId: string | null = q.agencyId ?? null;
    if (!q.regionCode && !agencyId) {
      if (!caller) return null;
      agencyId = caller.agencyId;
    }
    if (q.regionCode) {
      const [region] = await this.dataSource.query(`SELECT code FROM regions WHERE code = $1`, [q.regionCode.trim()]);
      if (!region) return null;
      regionCode = region.code;
      asked = [region.code];
    }
    if (agencyId) {
      const working = await this.workingAreaOf(caller, agencyId);
      if (!working) return null;
      asked = intersectAreas(asked, working);
    }
    const scope: AreaCodes = !caller || caller.scope.kind === 'NATIONAL' ? 'NATIONAL' : caller.scope.regionCodes;
    const codes = intersectAreas(asked, scope);
    if (codes !== 'NATIONAL' && codes.length === 0) return null;
    const restricted = codes !== asked && JSON.stringify(codes) !== JSON.stringify(asked === 'NATIONAL' ? asked : [...asked].sort());
    const children = await this.childrenOf(codes);
    return { codes, regionCode, agencyId, restricted, children, villagesTotal: children.reduce((s, c) => s + c.villagesTotal, 0) };
  }

  /** An agency's working area when the caller may see the agency; national offices cover the country. */
  private async workingAreaOf(caller: Caller | null, agencyId: string): Promise<AreaCodes | null> {
    const params: unknown[] = [agencyId];
    const visible = caller ? agencyVisible(caller, 'a', params).sql : 'TRUE';
    const [agency] = await this.dataSource.query(`SELECT a.type FROM agencies a WHERE a.id = $1 AND ${visible}`, params);
    if (!agency) return null;
    if (NATIONAL_AGENCY_TYPES.includes(agency.type)) return 'NATIONAL';
    const rows: { code: string }[] = await this.dataSource.query(`SELECT region_code AS code FROM agency_working_areas WHERE agency_id = $1 ORDER BY 1`, [agencyId]);
    return rows.map((r) => r.code);
  }

  /** Provinces for the country; a single region's children; otherwise the area's own regions. */
  private async childrenOf(codes: AreaCodes): Promise<AreaRegion[]> {
    const columns = `code, name, level, depth, CASE WHEN depth = 4 THEN 1 ELSE village_count END AS "villagesTotal"`;
    if (codes === 'NATIONAL') return this.dataSource.query(`SELECT ${columns} FROM regions WHERE depth = 1 ORDER BY code`);
    if (codes.length === 1 && !isVillageCode(codes[0])) {
      return this.dataSource.query(`SELECT ${columns} FROM regions WHERE parent_code = $1 ORDER BY code`, [codes[0]]);
    }
    return this.dataSource.query(`SELECT ${columns} FROM regions WHERE code = ANY($1::varchar[]) ORDER BY code`, [codes]);
  }

  private hasFilters(q: CoverageQuery): boolean {
    return Boolean(q.programmeItemId || q.type || q.leadAgencyId || q.contributedBy);
  }

  /** Conditions on a coverage_activities or coverage_reach row for the query's filters. */
  private filters(q: CoverageQuery, params: unknown[], alias: string): string[] {
    const where: string[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (q.programmeItemId) add((n) => `${alias}.programme_item_ids @> ARRAY[$${n}::uuid]`, q.programmeItemId);
    if (q.type) add((n) => `${alias}.type = $${n}::activity_type`, q.type);
    if (q.leadAgencyId) add((n) => `${alias}.lead_agency_id = $${n}::uuid`, q.leadAgencyId);
    if (q.contributedBy) add((n) => `${alias}.agency_ids @> ARRAY[$${n}::uuid]`, q.contributedBy);
    return where;
  }

  /** Villages reached per child of the area, and each child's last reached date (in the range). */
  async coverage(area: ResolvedArea, q: CoverageQuery): Promise<CoverageFigures> {
    const reached = await this.reachedPerChild(area, q);
    const children = area.children.map((child) => ({
      ...child,
      villagesReached: reached.get(child.code)?.count ?? 0,
      lastReachedOn: reached.get(child.code)?.last ?? null,
    }));
    return {
      area,
      from: q.from,
      to: q.to,
      villagesTotal: area.villagesTotal,
      villagesReached: children.reduce((s, c) => s + c.villagesReached, 0),
      children,
    };
  }

  private async reachedPerChild(area: ResolvedArea, q: CoverageQuery): Promise<Map<string, { count: number; last: string | null }>> {
    const result = new Map<string, { count: number; last: string | null }>();
    const childCodes = area.children.map((c) => c.code);
    if (childCodes.length === 0) return result;
    const villages = childCodes.filter(isVillageCode);
    const monthAligned = q.from.endsWith('-01') && q.to === lastDayOfMonth(q.to);
    const period = periodOfRange(q.from, q.to);

    // Village children (a kecamatan's villages): reached when they have a month row in range (no filters) or a fact.
    if (villages.length > 0) {
      const params: unknown[] = [villages, q.from, q.to];
      const sql = this.hasFilters(q) || !monthAligned
        ? `SELECT village_code AS code, 1 AS n, max(day)::text AS last FROM coverage_reach r
           WHERE village_code = ANY($1::varchar[]) AND day BETWEEN $2 AND $3 ${this.filters(q, params, 'r').map((w) => `AND ${w}`).join(' ')} GROUP BY village_code`
        : `SELECT village_code AS code, 1 AS n, max(last_day)::text AS last FROM coverage_village_months
           WHERE village_code = ANY($1::varchar[]) AND month BETWEEN $2 AND $3 GROUP BY village_code`;
      for (const row of await this.dataSource.query(sql, params)) result.set(row.code, { count: 1, last: row.last });
    }
    const regions = childCodes.filter((c) => !isVillageCode(c));
    if (regions.length === 0) return result;

    if (!this.hasFilters(q) && period) {
      // The common case, a month, quarter or year with no filter: the counters, a handful of rows.
      const rows: { code: string; n: number }[] = await this.dataSource.query(
        `SELECT region_code AS code, villages_reached AS n FROM coverage_region_periods WHERE period = $1 AND region_code = ANY($2::varchar[])`,
        [period.key, regions],
      );
      for (const row of rows) result.set(row.code, { count: row.n, last: null });
      // Last-reached dates need the village months; across the whole country that is a scan of every month row,
      // so national views leave them out (a province's own view has them).
      if (area.codes !== 'NATIONAL') await this.fillLastReached(result, regions, q);
      return result;
    }

    // Any other range or filter: count distinct villages per kecamatan (villages partition by kecamatan, so the
    // sums per child are exact), then fold kecamatan into the children.
    const params: unknown[] = [q.from, q.to];
    const inArea = area.codes === 'NATIONAL' ? 'TRUE' : villageInArea('r.village_code', regions, params);
    // Two steps, each a hash aggregate: villages first (one row each, with its last day), then kecamatan. A single
    // count(DISTINCT) sorted 140,000 national rows and spilled to disk (190 ms against 117 ms this way).
    const perVillage = this.hasFilters(q) || !monthAligned
      ? `SELECT r.village_code, max(r.day) AS last FROM coverage_reach r
         WHERE r.day BETWEEN $1 AND $2 AND ${inArea} ${this.filters(q, params, 'r').map((w) => `AND ${w}`).join(' ')} GROUP BY r.village_code`
      : `SELECT r.village_code, max(r.last_day) AS last FROM coverage_village_months r
         WHERE r.month BETWEEN $1 AND $2 AND ${inArea} GROUP BY r.village_code`;
    const sql = `SELECT left(v.village_code, 8) AS kec, count(*)::int AS n, max(v.last)::text AS last FROM (${perVillage}) v GROUP BY 1`;
    const rows: { kec: string; n: number; last: string }[] = await this.dataSource.query(sql, params);
    for (const row of rows) {
      const child = regions.find((c) => isWithin(row.kec, c) || row.kec === c);
      if (!child) continue;
      const entry = result.get(child) ?? { count: 0, last: null };
      entry.count += row.n;
      if (!entry.last || row.last > entry.last) entry.last = row.last;
      result.set(child, entry);
    }
    return result;
  }

  /**
   * Every village of the area with whether it was reached in the range (and when last): a map that draws a whole
   * province's villages at once. Limited to areas of at most MAX_VILLAGES_AT_ONCE villages (not the country).
   */
  async villages(area: ResolvedArea, q: CoverageQuery): Promise<(AreaRegion & { parentCode: string; villagesReached: number; lastReachedOn: string | null })[]> {
    if (area.codes === 'NATIONAL' || area.villagesTotal > MAX_VILLAGES_AT_ONCE) {
      throw new CoverageError(CoverageErrorCode.AREA_TOO_LARGE, { max: MAX_VILLAGES_AT_ONCE }, 'regionCode');
    }
    const params: unknown[] = [q.from, q.to];
    const inArea = villageInArea('r.code', area.codes, params);
    const reachArea = villageInArea('x.village_code', area.codes, params);
    const monthAligned = q.from.endsWith('-01') && q.to === lastDayOfMonth(q.to);
    const reached = this.hasFilters(q) || !monthAligned
      ? `SELECT x.village_code, max(x.day) AS last FROM coverage_reach x
         WHERE x.day BETWEEN $1 AND $2 AND ${reachArea} ${this.filters(q, params, 'x').map((w) => `AND ${w}`).join(' ')} GROUP BY x.village_code`
      : `SELECT x.village_code, max(x.last_day) AS last FROM coverage_village_months x
         WHERE x.month BETWEEN $1 AND $2 AND ${reachArea} GROUP BY x.village_code`;
    const rows: { code: string; name: string; level: string; parentCode: string; last: string | null }[] = await this.dataSource.query(
      `SELECT r.code, r.name, r.level, r.parent_code AS "parentCode", v.last::text AS last FROM regions r LEFT JOIN (${reached}) v ON v.village_code = r.code
       WHERE r.depth = 4 AND ${inArea} ORDER BY r.code`,
      params,
    );
    return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, depth: 4, villagesTotal: 1, villagesReached: r.last ? 1 : 0, lastReachedOn: r.last }));
  }

  /** Conditions selecting the verified activities of a question (alias `c`: coverage_activities). */
  private activityWhere(area: ResolvedArea, q: CoverageQuery, params: unknown[]): string {
    params.push(q.from, q.to);
    const where = [`c.day BETWEEN $${params.length - 1} AND $${params.length}`];
    if (area.codes !== 'NATIONAL') {
      params.push(area.codes);
      where.push(`c.reach_codes && $${params.length}::varchar[]`);
    }
    where.push(...this.filters(q, params, 'c'));
    return where.join(' AND ');
  }

  /** Activities touching the area, their participants and officials, and Desa Binaan formed there. */
  async activityFigures(area: ResolvedArea, q: CoverageQuery): Promise<ActivityFigures> {
    const params: unknown[] = [];
    const where = this.activityWhere(area, q, params);
    const binaanParams: unknown[] = [q.from, q.to];
    const binaanWhere = [`d.sk_date BETWEEN $1 AND $2`];
    if (area.codes !== 'NATIONAL') binaanWhere.push(villageInArea('d.village_code', area.codes, binaanParams));
    const designator = q.contributedBy ?? q.leadAgencyId;
    if (designator) {
      binaanParams.push(designator);
      binaanWhere.push(`d.agency_id = $${binaanParams.length}::uuid`);
    }
    const attendanceParams: unknown[] = [];
    const attendanceWhere = `${this.activityWhere(area, q, attendanceParams)} AND ${attendanceInArea('t', area.codes, attendanceParams)}`;
    const [[facts], [attendance], [binaan]] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS activities FROM coverage_activities c WHERE ${where}`, params),
      this.dataSource.query(
        `SELECT coalesce(sum(t.male + t.female), 0)::int AS participants, ${officialsSum('t')} AS officials,
           coalesce(sum(t.male + t.female) FILTER (WHERE ${notByVillage('t')}), 0)::int AS "participantsNotByVillage",
           coalesce(sum(t.male + t.female) FILTER (WHERE ${notByVillage('t')} AND t.category IN ('CAMAT', 'LURAH', 'KEPALA_DESA')), 0)::int AS "officialsNotByVillage"
         FROM coverage_attendance t JOIN coverage_activities c ON c.activity_id = t.activity_id WHERE ${attendanceWhere}`,
        attendanceParams,
      ),
      // Designations are not activities: programme item and type filters do not apply to them; whose they are does.
      this.dataSource.query(`SELECT count(*)::int AS n FROM desa_binaan d WHERE ${binaanWhere.join(' AND ')}`, binaanParams),
    ]);
    return { activities: facts.activities, ...attendance, desaBinaanFormed: binaan.n };
  }

  async byType(area: ResolvedArea, q: CoverageQuery): Promise<{ type: ActivityType; activities: number }[]> {
    const params: unknown[] = [];
    return this.dataSource.query(
      `SELECT c.type, count(*)::int AS activities FROM coverage_activities c WHERE ${this.activityWhere(area, q, params)} GROUP BY c.type ORDER BY 2 DESC, 1`,
      params,
    );
  }

  async byProgrammeItem(
    area: ResolvedArea,
    q: CoverageQuery,
  ): Promise<{ id: string; number: number; title: string; frameworkId: string; frameworkName: string; activities: number }[]> {
    const params: unknown[] = [];
    return this.dataSource.query(
      `SELECT i.id, i.number, i.title, i.framework_id AS "frameworkId", f.name AS "frameworkName", x.activities
       FROM (SELECT item, count(*)::int AS activities FROM coverage_activities c, unnest(c.programme_item_ids) AS item
             WHERE ${this.activityWhere(area, q, params)} GROUP BY item) x
       JOIN programme_items i ON i.id = x.item JOIN programme_frameworks f ON f.id = i.framework_id
       ORDER BY f.valid_from DESC, i.number`,
      params,
    );
  }

  async participantsByCategory(area: ResolvedArea, q: CoverageQuery): Promise<{ category: ParticipantCategory; male: number; female: number }[]> {
    const params: unknown[] = [];
    const where = `${this.activityWhere(area, q, params)} AND ${attendanceInArea('t', area.codes, params)}`;
    return this.dataSource.query(
      `SELECT t.category, sum(t.male)::int AS male, sum(t.female)::int AS female
       FROM coverage_activities c JOIN coverage_attendance t ON t.activity_id = c.activity_id
       WHERE ${where} GROUP BY t.category ORDER BY t.category`,
      params,
    );
  }

  /** Per calendar month of the range: activities, participants and distinct villages reached that month. */
  async monthly(area: ResolvedArea, q: CoverageQuery): Promise<{ month: string; activities: number; participants: number; villagesReached: number }[]> {
    const months = monthsBetween(q.from, q.to);
    const params: unknown[] = [];
    const attendanceParams: unknown[] = [];
    const attendanceWhere = `${this.activityWhere(area, q, attendanceParams)} AND ${attendanceInArea('t', area.codes, attendanceParams)}`;
    const [activityRows, attendanceRows]: [{ month: string; activities: number }[], { month: string; participants: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT to_char(date_trunc('month', c.day), 'YYYY-MM-DD') AS month, count(*)::int AS activities FROM coverage_activities c WHERE ${this.activityWhere(area, q, params)} GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT to_char(date_trunc('month', c.day), 'YYYY-MM-DD') AS month, coalesce(sum(t.male + t.female), 0)::int AS participants
         FROM coverage_activities c JOIN coverage_attendance t ON t.activity_id = c.activity_id WHERE ${attendanceWhere} GROUP BY 1`,
        attendanceParams,
      ),
    ]);
    const reached = new Map<string, number>();
    const regions = area.codes === 'NATIONAL' ? ['ID'] : area.codes.filter((c) => !isVillageCode(c));
    const villages = area.codes === 'NATIONAL' ? [] : area.codes.filter(isVillageCode);
    const monthAligned = q.from.endsWith('-01') && q.to === lastDayOfMonth(q.to);
    if (!this.hasFilters(q) && monthAligned) {
      const keys = months.map((m) => m.slice(0, 7));
      const rows: { period: string; n: number }[] = regions.length
        ? await this.dataSource.query(
            `SELECT period, sum(villages_reached)::int AS n FROM coverage_region_periods WHERE region_code = ANY($1::varchar[]) AND period = ANY($2::varchar[]) GROUP BY period`,
            [regions, keys],
          )
        : [];
      for (const row of rows) reached.set(`${row.period}-01`, row.n);
      if (villages.length) {
        const vrows: { month: string; n: number }[] = await this.dataSource.query(
          `SELECT month::text AS month, count(*)::int AS n FROM coverage_village_months WHERE village_code = ANY($1::varchar[]) AND month BETWEEN $2 AND $3 GROUP BY 1`,
          [villages, q.from, q.to],
        );
        for (const row of vrows) reached.set(row.month, (reached.get(row.month) ?? 0) + row.n);
      }
    } else {
      const p: unknown[] = [q.from, q.to];
      const inArea = area.codes === 'NATIONAL' ? 'TRUE' : villageInArea('r.village_code', area.codes, p);
      const rows: { month: string; n: number }[] = await this.dataSource.query(
        `SELECT to_char(date_trunc('month', r.day), 'YYYY-MM-DD') AS month, count(DISTINCT r.village_code)::int AS n FROM coverage_reach r
         WHERE r.day BETWEEN $1 AND $2 AND ${inArea} ${this.filters(q, p, 'r').map((w) => `AND ${w}`).join(' ')} GROUP BY 1`,
        p,
      );
      for (const row of rows) reached.set(row.month, row.n);
    }
    const byMonth = new Map(activityRows.map((r) => [r.month, r]));
    const attendanceByMonth = new Map(attendanceRows.map((r) => [r.month, r.participants]));
    return months.map((month) => ({
      month,
      activities: byMonth.get(month)?.activities ?? 0,
      participants: attendanceByMonth.get(month) ?? 0,
      villagesReached: reached.get(month) ?? 0,
    }));
  }

  /**
   * Villages of the area not reached: never (no verified activity ever lists them), or, with `staleMonths`, not
   * in the last N months before `asOf` (never-reached ones included, last reached date null). With `upTo`, only
   * reach up to that day counts. The report "Belum Terjangkau" lists and counts its villages through this too.
   */
  async villagesNotReached(
    area: ResolvedArea,
    options: { staleMonths: number | null; asOf: string; upTo?: string; sort: 'NAME' | 'CODE' | 'LAST_REACHED'; descending?: boolean; first: number; offset: number },
  ): Promise<{ total: number; rows: { code: string; name: string; level: string; parentCode: string; lastReachedOn: string | null; activities: number }[] }> {
    const params: unknown[] = [];
    const inArea = area.codes === 'NATIONAL' ? 'TRUE' : villageInArea('r.code', area.codes, params);
    let cutoff = 'FALSE';
    if (options.staleMonths !== null) {
      params.push(options.asOf, options.staleMonths);
      cutoff = `s.last_day < ($${params.length - 1}::date - make_interval(months => $${params.length}::int))::date`;
    }
    // upTo: reach after that day does not count (a report on a past period).
    let until = '';
    if (options.upTo) {
      params.push(options.upTo);
      until = `AND m.month <= $${params.length}::date`;
    }
    const from = `FROM regions r LEFT JOIN LATERAL (SELECT max(m.last_day) AS last_day, sum(m.activities)::int AS activities
                  FROM coverage_village_months m WHERE m.village_code = r.code ${until}) s ON TRUE
                  WHERE r.depth = 4 AND ${inArea} AND (s.last_day IS NULL OR ${cutoff})`;
    const dir = options.descending ? 'DESC' : 'ASC';
    // Never-reached villages are the oldest: first when ascending, last when descending.
    const order = { NAME: `r.name ${dir}, r.code ${dir}`, CODE: `r.code ${dir}`, LAST_REACHED: `s.last_day ${dir} NULLS ${options.descending ? 'LAST' : 'FIRST'}, r.code` }[options.sort];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    params.push(options.first, options.offset);
    const rows = await this.dataSource.query(
      `SELECT r.code, r.name, r.level, r.parent_code AS "parentCode", s.last_day::text AS "lastReachedOn", coalesce(s.activities, 0) AS activities
       ${from} ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { total, rows };
  }

  /** The last day each child region was reached within the range (counters carry counts, not dates). */
  private async fillLastReached(result: Map<string, { count: number; last: string | null }>, regions: string[], q: CoverageQuery): Promise<void> {
    const length = regions[0].split('.').length === 1 ? 2 : regions[0].split('.').length === 2 ? 5 : 8;
    if (!regions.every((c) => c.length === length)) return;
    const params: unknown[] = [q.from.slice(0, 8) + '01', q.to, length];
    const inArea = villageInArea('m.village_code', regions, params);
    const rows: { code: string; last: string }[] = await this.dataSource.query(
      `SELECT left(m.village_code, $3) AS code, max(m.last_day)::text AS last FROM coverage_village_months m
       WHERE m.month BETWEEN $1 AND $2 AND ${inArea} GROUP BY 1`,
      params,
    );
    for (const row of rows) {
      const entry = result.get(row.code);
      if (entry) entry.last = row.last;
    }
  }
}

/** The last calendar day of a date's month. */
function lastDayOfMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
