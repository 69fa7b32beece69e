import type { AgencyType } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { agencyVisible, desaBinaanVisible } from '../../common/access/scoped-sql';
import { db, scoped } from '../../database/kysely';

/** The SQL behind the list of villages not reached: where each lies, the offices responsible, the nearest Desa Binaan. */

type Source = EntityManager | DataSource;

/** Each village's kecamatan and kabupaten/kota names. */
export async function villagePlaces(source: Source, codes: readonly string[]): Promise<{ code: string; kecamatan: string; kabupaten: string }[]> {
  return db(source)
    .selectFrom('regions as v')
    .innerJoin('regions as k', 'k.code', 'v.parent_code')
    .innerJoin('regions as b', 'b.code', 'k.parent_code')
    .select(['v.code', 'k.name as kecamatan', 'b.name as kabupaten'])
    .where(sql<boolean>`v.code = ANY(${codes}::varchar[])`)
    .execute();
}

/** For each village, the short names of the active offices of `type` whose working area holds it and the caller may see. */
export async function villageOffices(source: Source, caller: Caller, codes: readonly string[], type: AgencyType): Promise<{ code: string; offices: string[] }[]> {
  const visible = scoped((params) => agencyVisible(caller, 'a', params));
  const { rows } = await sql<{ code: string; offices: string[] }>`SELECT v.code, array_agg(DISTINCT a.short_name ORDER BY a.short_name) AS offices
    FROM unnest(${codes}::varchar[]) AS v(code)
    JOIN agency_working_areas w ON w.region_code IN (left(v.code, 2), left(v.code, 5), left(v.code, 8), v.code)
    JOIN agencies a ON a.id = w.agency_id AND a.type = ${type} AND a.active AND ${visible}
    GROUP BY v.code`.execute(db(source));
  return rows;
}

/** How the nearest Desa Binaan was chosen: by straight-line distance between the villages' label points, or by sharing a kecamatan / kabupaten. */
export type NearestBasis = 'DISTANCE' | 'KECAMATAN' | 'KABUPATEN';

export interface NearestRow {
  code: string;
  /** The Desa Binaan's village code. */
  binaan: string;
  name: string;
  agency: string;
  km: number | null;
  basis: NearestBasis;
}

/**
 * For each village, the nearest active Desa Binaan designated up to `to` that the caller may see: by great-circle
 * distance between label points where the active village boundaries give both one, else in the same kecamatan,
 * else in the same kabupaten/kota (none beyond: no row).
 */
export async function nearestDesaBinaan(source: Source, caller: Caller, codes: readonly string[], to: string): Promise<NearestRow[]> {
  const visible = scoped((params) => desaBinaanVisible(caller, 'd', params));
  const points = sql`SELECT b.region_code, b.label_lon AS lon, b.label_lat AS lat FROM boundary_regions b
    JOIN boundary_sets s ON s.id = b.set_id AND s.status = 'ACTIVE' AND s.level = 4`;
  const km = sql`2 * 6371 * asin(sqrt(power(sin(radians(dp.lat - vp.lat) / 2), 2) + cos(radians(vp.lat)) * cos(radians(dp.lat)) * power(sin(radians(dp.lon - vp.lon) / 2), 2)))`;
  const { rows } = await sql<NearestRow>`WITH pts AS (${points})
    SELECT v.code, n.binaan, n.name, n.agency, n.km, n.basis FROM unnest(${codes}::varchar[]) AS v(code)
    LEFT JOIN pts vp ON vp.region_code = v.code
    CROSS JOIN LATERAL (
      SELECT d.village_code AS binaan, r.name, a.short_name AS agency,
        CASE WHEN dp.region_code IS NOT NULL AND vp.region_code IS NOT NULL THEN ${km} END AS km,
        CASE WHEN dp.region_code IS NOT NULL AND vp.region_code IS NOT NULL THEN 'DISTANCE'
             WHEN left(d.village_code, 8) = left(v.code, 8) THEN 'KECAMATAN' ELSE 'KABUPATEN' END AS basis
      FROM desa_binaan d JOIN regions r ON r.code = d.village_code JOIN agencies a ON a.id = d.agency_id
      LEFT JOIN pts dp ON dp.region_code = d.village_code
      WHERE d.status = 'ACTIVE' AND d.sk_date <= ${to} AND ${visible}
        AND ((dp.region_code IS NOT NULL AND vp.region_code IS NOT NULL) OR left(d.village_code, 5) = left(v.code, 5))
      ORDER BY 4 NULLS LAST, (left(d.village_code, 8) = left(v.code, 8)) DESC, r.name, d.village_code
      LIMIT 1) n`.execute(db(source));
  return rows;
}
