import { AgencyType } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { minimalArea } from '../agency/working-area';
import { CoverageService, MAX_VILLAGES_AT_ONCE, ResolvedArea } from '../coverage/coverage.service';
import type { ComputedReport } from './report.service';
import { nearestDesaBinaan, villageOffices, villagePlaces, type NearestBasis } from './report-villages.repository';
import { STALE_MONTHS, unreachedAsOf } from './standard-reports';

export type { NearestBasis };

export interface UnreachedVillageRow {
  code: string;
  name: string;
  kecamatan: string;
  kabupaten: string;
  /** The last day a verified activity reached it up to the report's end; null: never. */
  lastReachedOn: string | null;
  nearestDesaBinaan: { code: string; name: string; agency: string; distanceKm: number | null; basis: NearestBasis } | null;
  /** Short names of the offices (of the report's row type, else Kantor Imigrasi) whose working area holds it and the caller may see. */
  offices: string[];
}

export interface UnreachedVillageList {
  /** Every unreached village of the report's area (not only those listed). */
  total: number;
  asOf: string;
  rows: UnreachedVillageRow[];
}

/** The most villages a file lists (a province at once); beyond it the file says how many more there are. */
export const MAX_UNREACHED_IN_FILE = MAX_VILLAGES_AT_ONCE;

/**
 * The villages behind "Desa/Kelurahan Belum Terjangkau": the union of the report's row areas (each already within
 * the caller's scope and, for office rows, the office's working area), and of them the villages not reached in the
 * last STALE_MONTHS (never reached ones included), decided by CoverageService.villagesNotReached, so the list and
 * the coverage page's list always agree. Each with its kecamatan and kabupaten/kota, when it was last reached, the
 * nearest Desa Binaan the caller may see, and the offices responsible.
 *
 * Nearest Desa Binaan: where the active village boundaries give both villages a point (the demo has them for
 * Jambi), the closest by straight-line (great-circle) distance; otherwise a Desa Binaan in the same kecamatan,
 * else in the same kabupaten/kota; none beyond that.
 */
@Injectable()
export class ReportVillagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coverage: CoverageService,
  ) {}

  async unreached(caller: Caller, report: ComputedReport, officeType: AgencyType, page: { first: number; offset: number }): Promise<UnreachedVillageList> {
    const asOf = unreachedAsOf(report.to);
    const codes = report.rows.flatMap((r) => r.codes);
    if (codes.length === 0) return { total: 0, asOf, rows: [] };
    const area = { codes: codes.includes('ID') ? 'NATIONAL' : minimalArea(codes) } as ResolvedArea;
    const { total, rows } = await this.coverage.villagesNotReached(area, {
      staleMonths: STALE_MONTHS,
      asOf,
      upTo: report.to,
      sort: 'CODE',
      first: page.first,
      offset: page.offset,
    });
    if (rows.length === 0) return { total, asOf, rows: [] };
    const villageCodes = rows.map((r) => r.code);
    const [places, offices, nearest] = await Promise.all([this.places(villageCodes), this.offices(caller, villageCodes, officeType), this.nearest(caller, villageCodes, report.to)]);
    return {
      total,
      asOf,
      rows: rows.map((r) => ({
        code: r.code,
        name: r.name,
        kecamatan: places.get(r.code)?.kecamatan ?? '',
        kabupaten: places.get(r.code)?.kabupaten ?? '',
        lastReachedOn: r.lastReachedOn,
        nearestDesaBinaan: nearest.get(r.code) ?? null,
        offices: offices.get(r.code) ?? [],
      })),
    };
  }

  private async places(codes: string[]): Promise<Map<string, { kecamatan: string; kabupaten: string }>> {
    const rows = await villagePlaces(this.dataSource, codes);
    return new Map(rows.map((r) => [r.code, r]));
  }

  private async offices(caller: Caller, codes: string[], type: AgencyType): Promise<Map<string, string[]>> {
    const rows = await villageOffices(this.dataSource, caller, codes, type);
    return new Map(rows.map((r) => [r.code, r.offices]));
  }

  private async nearest(caller: Caller, codes: string[], to: string): Promise<Map<string, UnreachedVillageRow['nearestDesaBinaan']>> {
    const rows = await nearestDesaBinaan(this.dataSource, caller, codes, to);
    return new Map(rows.map((r) => [r.code, { code: r.binaan, name: r.name, agency: r.agency, distanceKm: r.km === null ? null : Math.round(r.km * 10) / 10, basis: r.basis }]));
  }
}
