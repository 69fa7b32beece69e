import { AgencyType, Indicator, NATIONAL_AGENCY_TYPES, ParticipantCategory, TargetStatus, daysBetween, frameworkOverlaps, localDate, parsePeriod, parsePeriodText, periodOfRange, sameRangeLastYear } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { agencyVisible } from '../../common/access/scoped-sql';
import { isUuid } from '../../common/uuid';
import { ReadReplica } from '../../database/read-replica';
import { minimalArea } from '../agency/working-area';
import { AreaCodes, intersectAreas } from '../coverage/coverage-area';
import { CoverageCache } from '../coverage/coverage-cache';
import { CoverageError, CoverageErrorCode } from '../coverage/coverage.errors';
import { VILLAGE_CONFIRMED_SQL, VILLAGE_DISPUTED_SQL } from '../coverage/confirmation-counting';
import { CoverageService } from '../coverage/coverage.service';
import { TargetService } from '../target/target.service';
import { ReportCompare, ReportInput, ReportRows, StandardReportKey } from './dto/report.input';
import { ReportError, ReportErrorCode } from './report.errors';
import { capaianItem, capaianTitles, STALE_MONTHS, unreachedAsOf } from './standard-reports';

const REGION_DEPTH: Partial<Record<ReportRows, number>> = { [ReportRows.PROVINSI]: 1, [ReportRows.KABUPATEN_KOTA]: 2, [ReportRows.KECAMATAN]: 3 };
export const AGENCY_TYPE: Partial<Record<ReportRows, AgencyType>> = {
  [ReportRows.KANTOR_IMIGRASI]: AgencyType.KANTOR_IMIGRASI,
  [ReportRows.KANWIL]: AgencyType.KANWIL,
  [ReportRows.DINAS]: AgencyType.DINAS,
};

/** Raw figures of one row (or the total) for one period. */
export interface Figures {
  activities: number;
  participants: number;
  officials: number;
  villagesReached: number;
  villagesTotal: number;
  desaBinaan: number;
  villagesNeverReached?: number;
  villagesNotRecentlyReached?: number;
  desaBinaanDesignated?: number;
  desaBinaanActivities?: number;
  /** With confirmation: of villagesReached, those their own government confirmed, disputed, or left unanswered. */
  villagesConfirmed?: number;
  villagesDisputed?: number;
  villagesUnanswered?: number;
  /** Participants by category and sex (rows; the total's are ComputedReport.participantsByCategory). */
  byCategory?: ParticipantCount[];
}

export interface ParticipantCount {
  category: ParticipantCategory;
  male: number;
  female: number;
}

export interface RowSpec {
  key: string;
  label: string;
  /** Agencies: the short name people use in tables (Kanim Kerinci). */
  shortLabel?: string;
  kind: 'REGION' | 'AGENCY';
  /** The row's area within the caller's scope: disjoint region codes. */
  codes: string[];
  restricted: boolean;
}

export interface TargetCell {
  agencyId: string;
  indicator: Indicator;
  value: number;
  achieved: number;
  progress: number | null;
  expected: number;
  status: TargetStatus;
}

export interface ComputedReport {
  from: string;
  to: string;
  previous: { from: string; to: string } | null;
  restricted: boolean;
  rows: RowSpec[];
  figures: Map<string, Figures>;
  previousFigures: Map<string, Figures> | null;
  total: Figures;
  previousTotal: Figures | null;
  participantsByCategory: ParticipantCount[];
  targets: TargetCell[];
  /** Leave out rows with no activity (asked for, or by default for a report over the whole country). */
  hideEmptyRows: boolean;
  /** Target columns for agency rows (Capaian, or asked for). */
  withTargets: boolean;
  /** Each row's villages reached split by their government's answer: confirmed, disputed, unanswered (asked for). */
  withConfirmation: boolean;
  /** The filters the figures follow (Capaian: the programme item that applies). */
  programmeItemId: string | null;
  type: string | null;
}

const EMPTY: Figures = { activities: 0, participants: 0, officials: 0, villagesReached: 0, villagesTotal: 0, desaBinaan: 0 };

export function indicatorValue(f: Figures, indicator: Indicator): number {
  switch (indicator) {
    case Indicator.ACTIVITIES:
      return f.activities;
    case Indicator.VILLAGES_REACHED:
      return f.villagesReached;
    case Indicator.COVERAGE_RATIO:
      return f.villagesTotal > 0 ? f.villagesReached / f.villagesTotal : 0;
    case Indicator.PARTICIPANTS:
      return f.participants;
    case Indicator.OFFICIALS_REACHED:
      return f.officials;
    case Indicator.DESA_BINAAN_FORMED:
      return f.desaBinaan;
  }
}

/** The period compared with: the one just before (a whole month/quarter/year shifts by one), or a year earlier. */
export function comparisonRange(from: string, to: string, compare: ReportCompare): { from: string; to: string } | null {
  if (compare === ReportCompare.SAME_PERIOD_LAST_YEAR) return sameRangeLastYear(from, to);
  if (compare !== ReportCompare.PREVIOUS_PERIOD) return null;
  const period = periodOfRange(from, to);
  if (period) {
    const end = addDays(from, -1);
    const key = period.kind === 'MONTH' ? end.slice(0, 7) : period.kind === 'YEAR' ? end.slice(0, 4) : `${end.slice(0, 4)}-Q${Math.floor((Number(end.slice(5, 7)) - 1) / 3) + 1}`;
    const previous = parsePeriod(key)!;
    return { from: previous.from, to: previous.to };
  }
  const days = daysBetween(from, to);
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Reports: rows × indicators × period, set-based. Every row's area is intersected with the caller's scope before
 * any figure is computed, so rows and totals contain only what the caller may see. All rows are computed at once:
 * the rows become (row key, region code) pairs, and each indicator family is one query joining the rollups to
 * those pairs on the code (each reach row's village code and its ancestors; each activity's reach_codes), grouped
 * by row key. Totals come from the same joins counted DISTINCT over the union, never from row sums.
 */
@Injectable()
export class ReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coverage: CoverageService,
    private readonly targets: TargetService,
    private readonly cache: CoverageCache,
    private readonly reads: ReadReplica,
  ) {}

  /** from/to from the input (or its period key), validated. */
  range(input: ReportInput): { from: string; to: string } {
    let from = input.from ?? null;
    let to = input.to ?? null;
    if (input.period) {
      // The same parser as the web's period box: "2025-Q4", "Triwulan IV 2025", "Des 2025", ranges. Anything else is
      // refused in words, never read as some default period.
      const parsed = parsePeriodText(input.period);
      if (!parsed.ok) {
        if (parsed.error === 'REVERSED') throw new CoverageError(CoverageErrorCode.RANGE_REVERSED, {}, 'period');
        if (parsed.error === 'TOO_LONG') throw new CoverageError(CoverageErrorCode.RANGE_TOO_LONG, { years: 5 }, 'period');
        throw new CoverageError(CoverageErrorCode.PERIOD_INVALID, { value: input.period.trim().slice(0, 100) }, 'period');
      }
      from = parsed.period.from;
      to = parsed.period.to;
    }
    if (!from) throw new CoverageError(CoverageErrorCode.DATE_INVALID, { value: '' }, 'from');
    if (!to) throw new CoverageError(CoverageErrorCode.DATE_INVALID, { value: '' }, 'to');
    this.coverage.validate({ from, to, programmeItemId: input.programmeItemId, type: input.type });
    return { from, to };
  }

  /** The caller's area (optionally within one region); null when none of it is visible. */
  private async scopeArea(caller: Caller, withinRegion: string | null | undefined): Promise<{ codes: AreaCodes; restricted: boolean } | null> {
    const scope: AreaCodes = caller.scope.kind === 'NATIONAL' ? 'NATIONAL' : caller.scope.regionCodes;
    if (!withinRegion) return { codes: scope, restricted: scope !== 'NATIONAL' };
    const [region] = await this.dataSource.query(`SELECT code FROM regions WHERE code = $1`, [withinRegion.trim()]);
    if (!region) return null;
    const codes = intersectAreas([region.code], scope);
    if (codes !== 'NATIONAL' && codes.length === 0) return null;
    return { codes, restricted: JSON.stringify(codes) !== JSON.stringify([region.code]) };
  }

  async compute(caller: Caller, given: ReportInput): Promise<ComputedReport | null> {
    const { from, to } = this.range(given);
    const input = given.standard === StandardReportKey.CAPAIAN_AKSELERASI ? await this.capaianInput(given, from, to) : given;
    const area = await this.scopeArea(caller, input.withinRegion);
    if (!area) return null;
    const rows = REGION_DEPTH[input.rows] ? await this.regionRows(area.codes, REGION_DEPTH[input.rows]!) : await this.agencyRows(caller, area.codes, AGENCY_TYPE[input.rows]!);
    const agencyRows = !REGION_DEPTH[input.rows];
    const previous = comparisonRange(from, to, input.compare ?? ReportCompare.NONE);
    // Figures come from the replica when there is one (DATABASE_READ_URL): keyed by the generation it has reached.
    const generation = await this.cache.generation(this.reads.source);
    const filters = { programmeItemId: input.programmeItemId ?? null, type: input.type ?? null, standard: input.standard ?? null };
    const withConfirmation = Boolean(input.withConfirmation);
    // The key holds the narrowed rows (their areas) and the question: two callers with the same view share it.
    // Answers are not activities: a new one changes no cache generation, so the confirmation figures are read fresh.
    const figuresFor = (range: { from: string; to: string }) =>
      this.cache.get(JSON.stringify(['report', rows.map((r) => [r.key, r.codes]), agencyRows, range, filters]), generation, () =>
        this.figures(rows, agencyRows, { ...range, ...filters }),
      );
    const [current, before, targets, confirmation] = await Promise.all([
      figuresFor({ from, to }),
      previous ? figuresFor(previous) : Promise.resolve(null),
      agencyRows ? this.targetsFor(rows, input, from, to) : Promise.resolve([]),
      withConfirmation ? this.confirmations(rows, agencyRows, { from, to, ...filters }) : Promise.resolve(null),
    ]);
    const figures = confirmation ? new Map([...current.rows].map(([key, f]) => [key, { ...f, ...confirmation.rows.get(key)! }])) : current.rows;
    return {
      from,
      to,
      previous,
      restricted: area.restricted || rows.some((r) => r.restricted),
      rows,
      figures,
      previousFigures: before?.rows ?? null,
      total: confirmation ? { ...current.total, ...confirmation.total } : current.total,
      previousTotal: before?.total ?? null,
      participantsByCategory: current.participantsByCategory,
      targets,
      // By default only a report over the whole country (no region asked for, a national viewer) hides its empty
      // rows: there most of the 514 kabupaten/kota are zeros; a region's or an office's rows are few and all wanted.
      hideEmptyRows: input.hideEmptyRows ?? area.codes === 'NATIONAL',
      withTargets: agencyRows && (input.standard === StandardReportKey.CAPAIAN_AKSELERASI || Boolean(input.withTargets)),
      withConfirmation,
      programmeItemId: input.programmeItemId ?? null,
      type: input.type ?? null,
    };
  }

  /**
   * Capaian Program Akselerasi follows item 8 of the framework that applies to its period: without an item, that
   * one (so a card run for another period follows that period's framework); with one, only an item whose framework
   * overlaps the period. When no framework applies the report is refused in words, never drawn over every activity
   * or an older framework's item.
   */
  private async capaianInput(input: ReportInput, from: string, to: string): Promise<ReportInput> {
    const applying = await capaianItem(this.dataSource, from, to, localDate(new Date()));
    if (applying instanceof ReportError && applying.code === ReportErrorCode.NO_FRAMEWORK_IN_FORCE) throw applying;
    if (!input.programmeItemId) {
      if (applying instanceof ReportError) throw applying;
      return { ...input, programmeItemId: applying.id };
    }
    const [item]: { number: number; framework: string; validFrom: string; validTo: string }[] = isUuid(input.programmeItemId)
      ? await this.dataSource.query(
          `SELECT i.number, f.name AS framework, f.valid_from::text AS "validFrom", f.valid_to::text AS "validTo"
           FROM programme_items i JOIN programme_frameworks f ON f.id = i.framework_id WHERE i.id = $1`,
          [input.programmeItemId],
        )
      : [];
    if (item && !frameworkOverlaps(item, from, to)) {
      throw new ReportError(ReportErrorCode.PROGRAMME_ITEM_NOT_IN_PERIOD, { ...item, from, to, ...capaianTitles() }, 'programmeItemId');
    }
    return input;
  }

  /** Regions at the depth visible in the area: each whole when inside it, else the visible part (restricted). */
  private async regionRows(area: AreaCodes, depth: number): Promise<RowSpec[]> {
    const length = [0, 2, 5, 8][depth];
    if (area === 'NATIONAL') {
      const rows: { code: string; name: string }[] = await this.dataSource.query(`SELECT code, name FROM regions WHERE depth = $1 ORDER BY code`, [depth]);
      return rows.map((r) => ({ key: r.code, label: r.name, kind: 'REGION', codes: [r.code], restricted: false }));
    }
    const exact = area.filter((c) => c.length >= length).map((c) => c.slice(0, length));
    const under = area.filter((c) => c.length < length).map((c) => `${c}.%`);
    const rows: { code: string; name: string }[] = await this.dataSource.query(
      `SELECT code, name FROM regions WHERE depth = $1 AND (code = ANY($2::varchar[]) OR code LIKE ANY($3::varchar[])) ORDER BY code`,
      [depth, exact, under],
    );
    return rows.map((r) => {
      const codes = intersectAreas([r.code], area) as string[];
      return { key: r.code, label: r.name, kind: 'REGION', codes, restricted: !(codes.length === 1 && codes[0] === r.code) };
    });
  }

  /** Agencies of the type the caller may see, each over its working area within the area (none there: no row). */
  private async agencyRows(caller: Caller, area: AreaCodes, type: AgencyType): Promise<RowSpec[]> {
    const params: unknown[] = [type];
    const visible = agencyVisible(caller, 'a', params).sql;
    const agencies: { id: string; name: string; shortName: string; type: AgencyType; codes: string[] | null }[] = await this.dataSource.query(
      `SELECT a.id, a.name, a.short_name AS "shortName", a.type, (SELECT array_agg(w.region_code ORDER BY w.region_code) FROM agency_working_areas w WHERE w.agency_id = a.id) AS codes
       FROM agencies a WHERE a.type = $1 AND ${visible} ORDER BY a.name`,
      params,
    );
    const rows: RowSpec[] = [];
    for (const agency of agencies) {
      const working: AreaCodes = NATIONAL_AGENCY_TYPES.includes(agency.type) ? 'NATIONAL' : (agency.codes ?? []);
      const codes = intersectAreas(working, area);
      if (codes === 'NATIONAL') {
        rows.push({ key: agency.id, label: agency.name, shortLabel: agency.shortName, kind: 'AGENCY', codes: ['ID'], restricted: false });
        continue;
      }
      if (codes.length === 0) continue;
      rows.push({ key: agency.id, label: agency.name, shortLabel: agency.shortName, kind: 'AGENCY', codes, restricted: JSON.stringify(codes) !== JSON.stringify(minimalArea(working as string[])) });
    }
    return rows;
  }

  /**
   * Every row's figures and the total in five queries. `pairs` is (row key, region code); 'ID' stands for the
   * whole country. Agency rows also require the agency among the activity's organisers (its own contribution).
   */
  private async figures(
    rows: RowSpec[],
    agencyRows: boolean,
    q: { from: string; to: string; programmeItemId: string | null; type: string | null; standard: StandardReportKey | null },
  ): Promise<{ rows: Map<string, Figures>; total: Figures; participantsByCategory: ComputedReport['participantsByCategory'] }> {
    const keys = rows.flatMap((r) => r.codes.map(() => r.key));
    const codes = rows.flatMap((r) => r.codes);
    const { params, own, filters } = rowFilters(rows, agencyRows, q);
    const pairs = `pairs AS (SELECT * FROM unnest($1::text[], $2::varchar[]) AS p(key, code))`;
    // A village's codes at every level (and 'ID'), to join to a pair on equality (a hash join, not 514 LIKEs).
    const ancestors = (column: string) => `(VALUES ('ID'), (left(${column}, 2)), (left(${column}, 5)), (left(${column}, 8)), (${column}))`;
    const reach = `SELECT DISTINCT p.key, x.village_code FROM coverage_reach x CROSS JOIN LATERAL ${ancestors('x.village_code')} AS u(code)
                   JOIN pairs p ON p.code = u.code WHERE x.day BETWEEN $3 AND $4 ${own} ${filters}`;
    const acts = `SELECT DISTINCT p.key, x.activity_id FROM coverage_activities x CROSS JOIN LATERAL unnest(x.reach_codes || ARRAY['ID']::varchar[]) AS u(code)
                  JOIN pairs p ON p.code = u.code WHERE x.day BETWEEN $3 AND $4 ${own} ${filters}`;
    // Attendance counts in a row where it is attributed (or, unattributed, where all the activity's villages lie):
    // coverage_attendance.counted_in holds that region and every region above it, with 'ID'.
    const attendance = `SELECT DISTINCT p.key, t.activity_id, t.region_code, t.category, t.male, t.female, t.male + t.female AS n,
                          CASE WHEN t.category IN ('CAMAT', 'LURAH', 'KEPALA_DESA') THEN t.male + t.female ELSE 0 END AS officials
                        FROM coverage_attendance t JOIN coverage_activities x ON x.activity_id = t.activity_id CROSS JOIN LATERAL unnest(t.counted_in) AS u(code)
                        JOIN pairs p ON p.code = u.code WHERE x.day BETWEEN $3 AND $4 ${own} ${filters}`;
    const binaanOwn = agencyRows ? `AND d.agency_id = p.key::uuid` : '';
    // Designations are not activities: programme item and type filters do not apply to them (as in coverage).
    const binaanParams = params.slice(0, 4);
    const [reachRows, reachTotal, actRows, actTotal, binaanRows, binaanTotal, villageRows, villageTotal, byCategory, attendanceRows, attendanceTotal] = await Promise.all([
      this.reads.source.query(`WITH ${pairs} SELECT key, count(*)::int AS n FROM (${reach}) r GROUP BY key`, params),
      this.reads.source.query(`WITH ${pairs} SELECT count(DISTINCT village_code)::int AS n FROM (${reach}) r`, params),
      this.reads.source.query(
        `WITH ${pairs} SELECT a.key, count(*)::int AS activities FROM (${acts}) a GROUP BY a.key`,
        params,
      ),
      this.reads.source.query(
        `WITH ${pairs} SELECT count(*)::int AS activities FROM coverage_activities c WHERE c.activity_id IN (SELECT activity_id FROM (${acts}) a)`,
        params,
      ),
      this.reads.source.query(
        `WITH ${pairs} SELECT key, count(*)::int AS n FROM (SELECT DISTINCT p.key, d.id FROM desa_binaan d CROSS JOIN LATERAL ${ancestors('d.village_code')} AS u(code)
         JOIN pairs p ON p.code = u.code WHERE d.sk_date BETWEEN $3 AND $4 ${binaanOwn}) b GROUP BY key`,
        binaanParams,
      ),
      this.reads.source.query(
        `WITH ${pairs} SELECT count(DISTINCT d.id)::int AS n FROM desa_binaan d CROSS JOIN LATERAL ${ancestors('d.village_code')} AS u(code)
         JOIN pairs p ON p.code = u.code WHERE d.sk_date BETWEEN $3 AND $4 ${binaanOwn}`,
        binaanParams,
      ),
      // Villages in each row's area: the codes are disjoint within a row, so their village counts add up.
      this.reads.source.query(
        `WITH ${pairs} SELECT p.key, sum(CASE WHEN p.code = 'ID' THEN (SELECT sum(village_count) FROM regions WHERE depth = 1) WHEN r.depth = 4 THEN 1 ELSE r.village_count END)::int AS n
         FROM pairs p LEFT JOIN regions r ON r.code = p.code GROUP BY p.key`,
        [keys, codes],
      ),
      this.villagesIn(minimalArea(codes)),
      this.reads.source.query(
        `WITH ${pairs} SELECT t.category, sum(t.male)::int AS male, sum(t.female)::int AS female FROM coverage_attendance t
         WHERE (t.activity_id, t.region_code, t.category) IN (SELECT activity_id, region_code, category FROM (${attendance}) a) GROUP BY t.category ORDER BY t.category`,
        params,
      ),
      // Per row and category in one pass: the row's participants and officials are the sums over its categories.
      this.reads.source.query(
        `WITH ${pairs} SELECT a.key, a.category, sum(a.male)::int AS male, sum(a.female)::int AS female, coalesce(sum(a.officials), 0)::int AS officials
         FROM (${attendance}) a GROUP BY a.key, a.category ORDER BY a.key, a.category`,
        params,
      ),
      this.reads.source.query(
        `WITH ${pairs} SELECT coalesce(sum(n), 0)::int AS participants, coalesce(sum(officials), 0)::int AS officials
         FROM (SELECT DISTINCT a.activity_id, a.region_code, a.category, a.n, a.officials FROM (${attendance}) a) d`,
        params,
      ),
    ]);
    const result = new Map<string, Figures>(rows.map((r) => [r.key, { ...EMPTY }]));
    for (const row of reachRows) result.get(row.key)!.villagesReached = row.n;
    for (const row of actRows) result.get(row.key)!.activities = row.activities;
    for (const figures of result.values()) figures.byCategory = [];
    for (const row of attendanceRows) {
      const figures = result.get(row.key)!;
      figures.participants += row.male + row.female;
      figures.officials += row.officials;
      figures.byCategory!.push({ category: row.category, male: row.male, female: row.female });
    }
    for (const row of binaanRows) result.get(row.key)!.desaBinaan = row.n;
    for (const row of villageRows) result.get(row.key)!.villagesTotal = row.n ?? 0;
    const total: Figures = {
      activities: actTotal[0].activities,
      participants: attendanceTotal[0].participants,
      officials: attendanceTotal[0].officials,
      villagesReached: reachTotal[0].n,
      villagesTotal: villageTotal,
      desaBinaan: binaanTotal[0].n,
    };
    if (q.standard === StandardReportKey.BELUM_TERJANGKAU) await this.notReached(result, total, keys, codes, q.to);
    if (q.standard === StandardReportKey.DESA_BINAAN) await this.desaBinaan(result, total, keys, codes, agencyRows, q);
    return { rows: result, total, participantsByCategory: byCategory };
  }

  /**
   * Villages of each row's area never reached by a verified activity up to `to`, and not reached in the STALE_MONTHS
   * before `to` or today, whichever comes first (by anyone: what is left to do there), as villagesNotReached decides
   * (the list of them, report-villages.ts, is that query). One pass over the villages of all rows.
   */
  private async notReached(result: Map<string, Figures>, total: Figures, keys: string[], codes: string[], to: string): Promise<void> {
    const head = `WITH pairs AS (SELECT * FROM unnest($1::text[], $2::varchar[]) AS p(key, code)),
      last AS (SELECT village_code, max(last_day) AS last_day FROM coverage_village_months WHERE month <= $3::date GROUP BY village_code),
      v AS (SELECT DISTINCT p.key, r.code, l.last_day FROM regions r
            CROSS JOIN LATERAL (VALUES ('ID'), (left(r.code, 2)), (left(r.code, 5)), (left(r.code, 8)), (r.code)) AS u(code)
            JOIN pairs p ON p.code = u.code LEFT JOIN last l ON l.village_code = r.code WHERE r.depth = 4)`;
    const counts = `count(DISTINCT code) FILTER (WHERE last_day IS NULL)::int AS never,
      count(DISTINCT code) FILTER (WHERE last_day IS NULL OR last_day < ($5::date - make_interval(months => $4::int))::date)::int AS stale`;
    const params = [keys, codes, to, STALE_MONTHS, unreachedAsOf(to)];
    // The total counts each village once: agency rows' areas may overlap.
    const [perRow, [all]] = await Promise.all([
      this.reads.source.query(`${head} SELECT key, ${counts} FROM v GROUP BY key`, params),
      this.reads.source.query(`${head} SELECT ${counts} FROM v`, params),
    ]);
    for (const figures of result.values()) Object.assign(figures, { villagesNeverReached: 0, villagesNotRecentlyReached: 0 });
    for (const row of perRow) Object.assign(result.get(row.key)!, { villagesNeverReached: row.never, villagesNotRecentlyReached: row.stale });
    Object.assign(total, { villagesNeverReached: all.never, villagesNotRecentlyReached: all.stale });
  }

  /**
   * Desa Binaan designated up to `to` in each row's area (agency rows: by the agency), and the verified activities
   * of the period that reached those villages. The areas lie inside the caller's scope, so every designation
   * counted is one the caller may see (desaBinaanVisible).
   */
  private async desaBinaan(
    result: Map<string, Figures>,
    total: Figures,
    keys: string[],
    codes: string[],
    agencyRows: boolean,
    q: { from: string; to: string },
  ): Promise<void> {
    const own = agencyRows ? `AND d.agency_id = p.key::uuid` : '';
    const designations = `SELECT DISTINCT p.key, d.id, d.village_code FROM desa_binaan d
      CROSS JOIN LATERAL (VALUES ('ID'), (left(d.village_code, 2)), (left(d.village_code, 5)), (left(d.village_code, 8)), (d.village_code)) AS u(code)
      JOIN pairs p ON p.code = u.code WHERE d.sk_date <= $4 ${own}`;
    const head = `WITH pairs AS (SELECT * FROM unnest($1::text[], $2::varchar[]) AS p(key, code)), d AS (${designations})`;
    const params = [keys, codes, q.from, q.to];
    const [perRow, [all]] = await Promise.all([
      this.reads.source.query(
        `${head} SELECT d.key, count(DISTINCT d.id)::int AS designated, count(DISTINCT r.activity_id)::int AS activities
         FROM d LEFT JOIN coverage_reach r ON r.village_code = d.village_code AND r.day BETWEEN $3 AND $4 GROUP BY d.key`,
        params,
      ),
      this.reads.source.query(
        `${head} SELECT count(DISTINCT d.id)::int AS designated,
           (SELECT count(DISTINCT r.activity_id) FROM coverage_reach r WHERE r.day BETWEEN $3 AND $4 AND r.village_code IN (SELECT village_code FROM d))::int AS activities FROM d`,
        params,
      ),
    ]);
    for (const figures of result.values()) Object.assign(figures, { desaBinaanDesignated: 0, desaBinaanActivities: 0 });
    for (const row of perRow) Object.assign(result.get(row.key)!, { desaBinaanDesignated: row.designated, desaBinaanActivities: row.activities });
    Object.assign(total, { desaBinaanDesignated: all.designated, desaBinaanActivities: all.activities });
  }

  /**
   * Each row's villages reached (as figures counts them: verified activities of the period, the filters, agency rows
   * their own contribution) split by their own government's answer, as the dashboard's share counts them
   * (confirmation-counting.ts): confirmed on any of the row's activities there, else disputed, else unanswered. So
   * the three add up to the row's villages reached, and the total's (each village once over the union, its answers
   * on every row's activities) to the total's.
   */
  private async confirmations(
    rows: RowSpec[],
    agencyRows: boolean,
    q: { from: string; to: string; programmeItemId: string | null; type: string | null },
  ): Promise<{ rows: Map<string, Pick<Figures, 'villagesConfirmed' | 'villagesDisputed' | 'villagesUnanswered'>>; total: Pick<Figures, 'villagesConfirmed' | 'villagesDisputed' | 'villagesUnanswered'> }> {
    const { params, own, filters } = rowFilters(rows, agencyRows, q);
    // One row per (report row, village reached, activity): the answers are on the activity's listed village.
    const reached = `WITH pairs AS (SELECT * FROM unnest($1::text[], $2::varchar[]) AS p(key, code)),
      reached AS (SELECT DISTINCT p.key, x.village_code, x.activity_id FROM coverage_reach x
        CROSS JOIN LATERAL (VALUES ('ID'), (left(x.village_code, 2)), (left(x.village_code, 5)), (left(x.village_code, 8)), (x.village_code)) AS u(code)
        JOIN pairs p ON p.code = u.code WHERE x.day BETWEEN $3 AND $4 ${own} ${filters})`;
    const answers = `FROM reached x JOIN activities a ON a.id = x.activity_id
      LEFT JOIN activity_village_confirmations c ON c.activity_id = x.activity_id AND c.village_code = x.village_code`;
    const counts = `count(*)::int AS reached, count(*) FILTER (WHERE confirmed)::int AS confirmed, count(*) FILTER (WHERE NOT confirmed AND disputed)::int AS disputed`;
    const [perRow, [all]] = await Promise.all([
      this.dataSource.query(
        `${reached} SELECT key, ${counts} FROM (SELECT x.key, x.village_code, ${VILLAGE_CONFIRMED_SQL} AS confirmed, ${VILLAGE_DISPUTED_SQL} AS disputed
         ${answers} GROUP BY x.key, x.village_code) s GROUP BY key`,
        params,
      ),
      this.dataSource.query(
        `${reached} SELECT ${counts} FROM (SELECT x.village_code, ${VILLAGE_CONFIRMED_SQL} AS confirmed, ${VILLAGE_DISPUTED_SQL} AS disputed
         ${answers} GROUP BY x.village_code) s`,
        params,
      ),
    ]);
    const split = (row: { reached: number; confirmed: number; disputed: number } | undefined) => ({
      villagesConfirmed: row?.confirmed ?? 0,
      villagesDisputed: row?.disputed ?? 0,
      villagesUnanswered: row ? row.reached - row.confirmed - row.disputed : 0,
    });
    const byKey = new Map<string, { reached: number; confirmed: number; disputed: number }>(perRow.map((r: { key: string; reached: number; confirmed: number; disputed: number }) => [r.key, r]));
    return { rows: new Map(rows.map((r) => [r.key, split(byKey.get(r.key))])), total: split(all) };
  }

  private async villagesIn(codes: string[]): Promise<number> {
    if (codes.includes('ID')) {
      const [row] = await this.dataSource.query(`SELECT coalesce(sum(village_count), 0)::int AS n FROM regions WHERE depth = 1`);
      return row.n;
    }
    const [row] = await this.dataSource.query(
      `SELECT coalesce(sum(CASE WHEN depth = 4 THEN 1 ELSE village_count END), 0)::int AS n FROM regions WHERE code = ANY($1::varchar[])`,
      [codes],
    );
    return row.n;
  }

  /**
   * Targets of the row agencies for exactly the report's period (and programme item), with achievement and pacing
   * as the targets page shows them. Only for rows the caller sees whole: achievement covers the whole working area.
   */
  private async targetsFor(rows: RowSpec[], input: ReportInput, from: string, to: string): Promise<TargetCell[]> {
    const period = periodOfRange(from, to);
    const ids = rows.filter((r) => !r.restricted).map((r) => r.key);
    if (!period || ids.length === 0) return [];
    const progress = await this.targets.forAgencies(ids, period.key, input.programmeItemId ?? null, input.indicators);
    return progress.map((t) => ({ agencyId: t.agencyId, indicator: t.indicator, value: t.value, achieved: t.achieved, progress: t.progress, expected: t.expected, status: t.status }));
  }
}

/**
 * What every figure query over coverage rows shares: `$1`/`$2` the (row key, region code) pairs, `$3`/`$4` the
 * period, then the programme item and activity type filters (`filters`, on `x`), and for agency rows the agency's
 * own contribution (`own`, on `x` and the pair `p`).
 */
function rowFilters(
  rows: RowSpec[],
  agencyRows: boolean,
  q: { from: string; to: string; programmeItemId: string | null; type: string | null },
): { params: unknown[]; own: string; filters: string } {
  const params: unknown[] = [rows.flatMap((r) => r.codes.map(() => r.key)), rows.flatMap((r) => r.codes), q.from, q.to];
  const filters: string[] = [];
  if (q.programmeItemId) {
    params.push(q.programmeItemId);
    filters.push(`AND x.programme_item_ids @> ARRAY[$${params.length}::uuid]`);
  }
  if (q.type) {
    params.push(q.type);
    filters.push(`AND x.type = $${params.length}::activity_type`);
  }
  return { params, own: agencyRows ? `AND x.agency_ids @> ARRAY[p.key::uuid]` : '', filters: filters.join(' ') };
}
