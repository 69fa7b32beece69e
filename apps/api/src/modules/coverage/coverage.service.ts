import { ActivityType, NATIONAL_AGENCY_TYPES, ParticipantCategory, at, daysBetween, isCalendarDate, isWithin, monthsBetween, periodOfRange } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { AreaCodes, intersectAreas, isVillageCode } from './coverage-area';
import { CoverageError, CoverageErrorCode } from './coverage.errors';
import * as repository from './coverage.repository';

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
      const code = await repository.regionCodeOf(this.dataSource, q.regionCode.trim());
      if (code === undefined) return null;
      regionCode = code;
      asked = [code];
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
    const type = await repository.visibleAgencyType(this.dataSource, caller, agencyId);
    if (type === undefined) return null;
    if (NATIONAL_AGENCY_TYPES.includes(type)) return 'NATIONAL';
    return repository.workingAreaCodes(this.dataSource, agencyId);
  }

  /** Provinces for the country; a single region's children; otherwise the area's own regions. */
  private async childrenOf(codes: AreaCodes): Promise<AreaRegion[]> {
    if (codes === 'NATIONAL') return repository.areaRegions(this.dataSource, 'NATIONAL');
    const [only] = codes;
    if (codes.length === 1 && only !== undefined && !isVillageCode(only)) return repository.areaRegions(this.dataSource, { parentCode: only });
    return repository.areaRegions(this.dataSource, { codes });
  }

  private hasFilters(q: CoverageQuery): boolean {
    return Boolean(q.programmeItemId || q.type || q.leadAgencyId || q.contributedBy);
  }

  /** Figures from the facts (any range, any filter), not the month rows (whole months, no filter). */
  private byDay(q: CoverageQuery): boolean {
    return this.hasFilters(q) || !(q.from.endsWith('-01') && q.to === lastDayOfMonth(q.to));
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
    const period = periodOfRange(q.from, q.to);

    // Village children (a kecamatan's villages): reached when they have a month row in range (no filters) or a fact.
    if (villages.length > 0) {
      for (const row of await repository.villagesReached(this.dataSource, villages, q, this.byDay(q))) result.set(row.code, { count: 1, last: row.last });
    }
    const regions = childCodes.filter((c) => !isVillageCode(c));
    if (regions.length === 0) return result;

    if (!this.hasFilters(q) && period) {
      // The common case, a month, quarter or year with no filter: the counters, a handful of rows.
      const rows = await repository.periodCounts(this.dataSource, period.key, regions);
      for (const row of rows) result.set(row.code, { count: row.n, last: null });
      // Last-reached dates need the village months; across the whole country that is a scan of every month row,
      // so national views leave them out (a province's own view has them).
      if (area.codes !== 'NATIONAL') await this.fillLastReached(result, regions, q);
      return result;
    }

    // Any other range or filter: count distinct villages per kecamatan (villages partition by kecamatan, so the
    // sums per child are exact), then fold kecamatan into the children.
    const rows = await repository.reachedPerKecamatan(this.dataSource, area.codes === 'NATIONAL' ? 'NATIONAL' : regions, q, this.byDay(q));
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
    const rows = await repository.villagesWithReach(this.dataSource, area.codes, q, this.byDay(q));
    return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, depth: 4, villagesTotal: 1, villagesReached: r.last ? 1 : 0, lastReachedOn: r.last }));
  }

  /** Activities touching the area, their participants and officials, and Desa Binaan formed there. */
  async activityFigures(area: ResolvedArea, q: CoverageQuery): Promise<ActivityFigures> {
    const [activities, attendance, desaBinaanFormed] = await Promise.all([
      repository.activityCount(this.dataSource, area.codes, q),
      repository.attendanceTotals(this.dataSource, area.codes, q),
      // Designations are not activities: programme item and type filters do not apply to them; whose they are does.
      repository.desaBinaanFormed(this.dataSource, area.codes, q.from, q.to, q.contributedBy ?? q.leadAgencyId),
    ]);
    return { activities, ...attendance, desaBinaanFormed };
  }

  async byType(area: ResolvedArea, q: CoverageQuery): Promise<{ type: ActivityType; activities: number }[]> {
    return repository.activitiesByType(this.dataSource, area.codes, q);
  }

  async byProgrammeItem(
    area: ResolvedArea,
    q: CoverageQuery,
  ): Promise<{ id: string; number: number; title: string; frameworkId: string; frameworkName: string; activities: number }[]> {
    return repository.activitiesByProgrammeItem(this.dataSource, area.codes, q);
  }

  async participantsByCategory(area: ResolvedArea, q: CoverageQuery): Promise<{ category: ParticipantCategory; male: number; female: number }[]> {
    return repository.participantsByCategory(this.dataSource, area.codes, q);
  }

  /** Per calendar month of the range: activities, participants and distinct villages reached that month. */
  async monthly(area: ResolvedArea, q: CoverageQuery): Promise<{ month: string; activities: number; participants: number; villagesReached: number }[]> {
    const months = monthsBetween(q.from, q.to);
    const [activityRows, attendanceRows] = await Promise.all([
      repository.activitiesPerMonth(this.dataSource, area.codes, q),
      repository.participantsPerMonth(this.dataSource, area.codes, q),
    ]);
    const reached = new Map<string, number>();
    const regions = area.codes === 'NATIONAL' ? ['ID'] : area.codes.filter((c) => !isVillageCode(c));
    const villages = area.codes === 'NATIONAL' ? [] : area.codes.filter(isVillageCode);
    if (!this.byDay(q)) {
      const keys = months.map((m) => m.slice(0, 7));
      const rows = regions.length ? await repository.periodCountsSummed(this.dataSource, regions, keys) : [];
      for (const row of rows) reached.set(`${row.period}-01`, row.n);
      if (villages.length) {
        const vrows = await repository.villagesReachedPerMonth(this.dataSource, villages, q.from, q.to);
        for (const row of vrows) reached.set(row.month, (reached.get(row.month) ?? 0) + row.n);
      }
    } else {
      const rows = await repository.distinctVillagesPerMonth(this.dataSource, area.codes, q);
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
    return repository.villagesNotReached(this.dataSource, area.codes, options);
  }

  /** The last day each child region was reached within the range (counters carry counts, not dates). */
  private async fillLastReached(result: Map<string, { count: number; last: string | null }>, regions: string[], q: CoverageQuery): Promise<void> {
    const parts = at(regions, 0, 'child region').split('.').length;
    const length = parts === 1 ? 2 : parts === 2 ? 5 : 8;
    if (!regions.every((c) => c.length === length)) return;
    const rows = await repository.lastReachedPerRegion(this.dataSource, regions, q.from.slice(0, 8) + '01', q.to, length);
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
