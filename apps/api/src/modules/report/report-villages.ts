import { AgencyType } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { agencyVisible, desaBinaanVisible } from '../../common/access/scoped-sql';
import { minimalArea } from '../agency/working-area';
import { CoverageService, MAX_VILLAGES_AT_ONCE, ResolvedArea } from '../coverage/coverage.service';
import type { ComputedReport } from './report.service';
import { STALE_MONTHS, unreachedAsOf } from './standard-reports';

/** How the nearest Desa Binaan was chosen: by straight-line distance between the villages' label points, or by sharing a kecamatan / kabupaten. */
export type NearestBasis = 'DISTANCE' | 'KECAMATAN' | 'KABUPATEN';

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
    const rows: { code: string; kecamatan: string; kabupaten: string }[] = await this.dataSource.query(
      `SELECT v.code, k.name AS kecamatan, b.name AS kabupaten FROM regions v JOIN regions k ON k.code = v.parent_code JOIN regions b ON b.code = k.parent_code
       WHERE v.code = ANY($1::varchar[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r]));
  }

  private async offices(caller: Caller, codes: string[], type: AgencyType): Promise<Map<string, string[]>> {
    const params: unknown[] = [codes, type];
    const visible = agencyVisible(caller, 'a', params).sql;
    const rows: { code: string; offices: string[] }[] = await this.dataSource.query(
      `SELECT v.code, array_agg(DISTINCT a.short_name ORDER BY a.short_name) AS offices FROM unnest($1::varchar[]) AS v(code)
       JOIN agency_working_areas w ON w.region_code IN (left(v.code, 2), left(v.code, 5), left(v.code, 8), v.code)
       JOIN agencies a ON a.id = w.agency_id AND a.type = $2 AND a.active AND ${visible}
       GROUP BY v.code`,
      params,
    );
    return new Map(rows.map((r) => [r.code, r.offices]));
  }

  private async nearest(caller: Caller, codes: string[], to: string): Promise<Map<string, UnreachedVillageRow['nearestDesaBinaan']>> {
    const params: unknown[] = [codes, to];
    const visible = desaBinaanVisible(caller, 'd', params).sql;
    const points = `SELECT b.region_code, b.label_lon AS lon, b.label_lat AS lat FROM boundary_regions b
                    JOIN boundary_sets s ON s.id = b.set_id AND s.status = 'ACTIVE' AND s.level = 4`;
    const km = `2 * 6371 * asin(sqrt(power(sin(radians(dp.lat - vp.lat) / 2), 2) + cos(radians(vp.lat)) * cos(radians(dp.lat)) * power(sin(radians(dp.lon - vp.lon) / 2), 2)))`;
    const rows: { code: string; binaan: string; name: string; agency: string; km: number | null; basis: NearestBasis }[] = await this.dataSource.query(
      `WITH pts AS (${points})
       SELECT v.code, n.binaan, n.name, n.agency, n.km, n.basis FROM unnest($1::varchar[]) AS v(code)
       LEFT JOIN pts vp ON vp.region_code = v.code
       CROSS JOIN LATERAL (
         SELECT d.village_code AS binaan, r.name, a.short_name AS agency,
           CASE WHEN dp.region_code IS NOT NULL AND vp.region_code IS NOT NULL THEN ${km} END AS km,
           CASE WHEN dp.region_code IS NOT NULL AND vp.region_code IS NOT NULL THEN 'DISTANCE'
                WHEN left(d.village_code, 8) = left(v.code, 8) THEN 'KECAMATAN' ELSE 'KABUPATEN' END AS basis
         FROM desa_binaan d JOIN regions r ON r.code = d.village_code JOIN agencies a ON a.id = d.agency_id
         LEFT JOIN pts dp ON dp.region_code = d.village_code
         WHERE d.status = 'ACTIVE' AND d.sk_date <= $2 AND ${visible}
           AND ((dp.region_code IS NOT NULL AND vp.region_code IS NOT NULL) OR left(d.village_code, 5) = left(v.code, 5))
         ORDER BY 4 NULLS LAST, (left(d.village_code, 8) = left(v.code, 8)) DESC, r.name, d.village_code
         LIMIT 1) n`,
      params,
    );
    return new Map(
      rows.map((r) => [r.code, { code: r.binaan, name: r.name, agency: r.agency, distanceKm: r.km === null ? null : Math.round(r.km * 10) / 10, basis: r.basis }]),
    );
  }
}
