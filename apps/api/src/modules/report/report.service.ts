import {
  AgencyType,
  Indicator,
  NATIONAL_AGENCY_TYPES,
  ParticipantCategory,
  TargetStatus,
  daysBetween,
  frameworkOverlaps,
  localDate,
  parsePeriod,
  parsePeriodText,
  periodOfRange,
  sameRangeLastYear,
} from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { ReadReplica } from '../../database/read-replica';
import { minimalArea } from '../agency/working-area';
import { AreaCodes, intersectAreas } from '../coverage/coverage-area';
import { CoverageCache } from '../coverage/coverage-cache';
import { CoverageError, CoverageErrorCode } from '../coverage/coverage.errors';
import { CoverageService } from '../coverage/coverage.service';
import { TargetService } from '../target/target.service';
import { ReportCompare, ReportInput, ReportRows, StandardReportKey } from './dto/report.input';
import { ReportError, ReportErrorCode } from './report.errors';
import * as figuresSql from './report-figures.repository';
import { programmeItemWithFramework } from '../programme/programme.repository';
import { regionCode, regionsAtDepth, visibleAgenciesOfType } from './report.repository';
import { capaianItem, capaianTitles, STALE_MONTHS, unreachedAsOf } from './standard-reports';

/** Region rows' depth: 1 provinsi, 2 kabupaten/kota, 3 kecamatan. */
type RegionDepth = 1 | 2 | 3;
const REGION_DEPTH: Partial<Record<ReportRows, RegionDepth>> = { [ReportRows.PROVINSI]: 1, [ReportRows.KABUPATEN_KOTA]: 2, [ReportRows.KECAMATAN]: 3 };
/** The length of a region code at each depth ("15", "15.71", "15.71.01"). */
const CODE_LENGTH: Record<RegionDepth, number> = { 1: 2, 2: 5, 3: 8 };
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
    const region = await regionCode(this.dataSource, withinRegion.trim());
    if (!region) return null;
    const codes = intersectAreas([region], scope);
    if (codes !== 'NATIONAL' && codes.length === 0) return null;
    return { codes, restricted: JSON.stringify(codes) !== JSON.stringify([region]) };
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
      this.cache.get(JSON.stringify(['report', rows.map((r) => [r.key, r.codes]), agencyRows, range, filters]), generation, () => this.figures(rows, agencyRows, { ...range, ...filters }));
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
    const item = isUuid(input.programmeItemId) ? await programmeItemWithFramework(this.dataSource, input.programmeItemId) : undefined;
    if (item && !frameworkOverlaps(item, from, to)) {
      throw new ReportError(ReportErrorCode.PROGRAMME_ITEM_NOT_IN_PERIOD, { ...item, from, to, ...capaianTitles() }, 'programmeItemId');
    }
    return input;
  }

  /** Regions at the depth visible in the area: each whole when inside it, else the visible part (restricted). */
  private async regionRows(area: AreaCodes, depth: RegionDepth): Promise<RowSpec[]> {
    const length = CODE_LENGTH[depth];
    if (area === 'NATIONAL') {
      const rows = await regionsAtDepth(this.dataSource, depth);
      return rows.map((r) => ({ key: r.code, label: r.name, kind: 'REGION', codes: [r.code], restricted: false }));
    }
    const exact = area.filter((c) => c.length >= length).map((c) => c.slice(0, length));
    const under = area.filter((c) => c.length < length).map((c) => `${c}.%`);
    const rows = await regionsAtDepth(this.dataSource, depth, { exact, under });
    return rows.map((r) => {
      const codes = intersectAreas([r.code], area) as string[];
      return { key: r.code, label: r.name, kind: 'REGION', codes, restricted: !(codes.length === 1 && codes[0] === r.code) };
    });
  }

  /** Agencies of the type the caller may see, each over its working area within the area (none there: no row). */
  private async agencyRows(caller: Caller, area: AreaCodes, type: AgencyType): Promise<RowSpec[]> {
    const agencies = await visibleAgenciesOfType(this.dataSource, caller, type);
    const rows: RowSpec[] = [];
    for (const agency of agencies) {
      const working: AreaCodes = NATIONAL_AGENCY_TYPES.includes(agency.type) ? 'NATIONAL' : (agency.codes ?? []);
      const codes = intersectAreas(working, area);
      if (codes === 'NATIONAL') {
        rows.push({ key: agency.id, label: agency.name, shortLabel: agency.shortName, kind: 'AGENCY', codes: ['ID'], restricted: false });
        continue;
      }
      if (codes.length === 0) continue;
      rows.push({
        key: agency.id,
        label: agency.name,
        shortLabel: agency.shortName,
        kind: 'AGENCY',
        codes,
        restricted: JSON.stringify(codes) !== JSON.stringify(minimalArea(working as string[])),
      });
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
    const question = rowQuestion(rows, agencyRows, q);
    const { keys, codes } = question;
    const reads = this.reads.source;
    const [reachRows, reachTotal, actRows, actTotal, binaanRows, binaanTotal, villageRows, villageTotal, byCategory, attendanceRows, attendanceTotal] = await Promise.all([
      figuresSql.reachedPerRow(reads, question),
      figuresSql.reachedTotal(reads, question),
      figuresSql.activitiesPerRow(reads, question),
      figuresSql.activitiesTotal(reads, question),
      figuresSql.desaBinaanPerRow(reads, question),
      figuresSql.desaBinaanTotal(reads, question),
      figuresSql.villagesPerRow(reads, question),
      figuresSql.villagesIn(this.dataSource, minimalArea(codes)),
      figuresSql.participantsByCategory(reads, question),
      figuresSql.attendancePerRow(reads, question),
      figuresSql.attendanceTotal(reads, question),
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
      activities: actTotal,
      participants: attendanceTotal.participants,
      officials: attendanceTotal.officials,
      villagesReached: reachTotal,
      villagesTotal: villageTotal,
      desaBinaan: binaanTotal,
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
    // The total counts each village once: agency rows' areas may overlap.
    const { perRow, all } = await figuresSql.notReachedCounts(this.reads.source, { keys, codes }, to, STALE_MONTHS, unreachedAsOf(to));
    for (const figures of result.values()) Object.assign(figures, { villagesNeverReached: 0, villagesNotRecentlyReached: 0 });
    for (const row of perRow) Object.assign(result.get(row.key)!, { villagesNeverReached: row.never, villagesNotRecentlyReached: row.stale });
    Object.assign(total, { villagesNeverReached: all.never, villagesNotRecentlyReached: all.stale });
  }

  /**
   * Desa Binaan designated up to `to` in each row's area (agency rows: by the agency), and the verified activities
   * of the period that reached those villages. The areas lie inside the caller's scope, so every designation
   * counted is one the caller may see (desaBinaanVisible).
   */
  private async desaBinaan(result: Map<string, Figures>, total: Figures, keys: string[], codes: string[], agencyRows: boolean, q: { from: string; to: string }): Promise<void> {
    const { perRow, all } = await figuresSql.desaBinaanCounts(this.reads.source, { keys, codes }, agencyRows, q);
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
  ): Promise<{
    rows: Map<string, Pick<Figures, 'villagesConfirmed' | 'villagesDisputed' | 'villagesUnanswered'>>;
    total: Pick<Figures, 'villagesConfirmed' | 'villagesDisputed' | 'villagesUnanswered'>;
  }> {
    const { perRow, all } = await figuresSql.confirmationCounts(this.dataSource, rowQuestion(rows, agencyRows, q));
    const split = (row: { reached: number; confirmed: number; disputed: number } | undefined) => ({
      villagesConfirmed: row?.confirmed ?? 0,
      villagesDisputed: row?.disputed ?? 0,
      villagesUnanswered: row ? row.reached - row.confirmed - row.disputed : 0,
    });
    const byKey = new Map(perRow.map((r) => [r.key, r]));
    return { rows: new Map(rows.map((r) => [r.key, split(byKey.get(r.key))])), total: split(all) };
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

/** The question every figure query over coverage rows asks (report-figures.repository.ts): the rows as (row key, region code) pairs, the period and filters. */
function rowQuestion(rows: RowSpec[], agencyRows: boolean, q: { from: string; to: string; programmeItemId: string | null; type: string | null }): figuresSql.RowQuestion {
  return {
    keys: rows.flatMap((r) => r.codes.map(() => r.key)),
    codes: rows.flatMap((r) => r.codes),
    from: q.from,
    to: q.to,
    programmeItemId: q.programmeItemId,
    type: q.type,
    agencyRows,
  };
}
