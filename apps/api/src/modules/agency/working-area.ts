import { isWithin } from '@jangkau/shared-domain';
import { EntityManager } from 'typeorm';

/** Drops codes already covered by a wider code of the same set: 15.02 makes 15.02.10 redundant. */
export function minimalArea(codes: string[]): string[] {
  const sorted = [...new Set(codes.map((c) => c.trim()))].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const code of sorted) if (!kept.some((wider) => isWithin(code, wider))) kept.push(code);
  return kept.sort();
}

/**
 * Replaces an agency's working area (already minimal) and recomputes its village count from the regions' own
 * counts, set-based; returns the count. Kerinci's 15.01 + 15.72 + 15.02 gives 571.
 */
export async function replaceWorkingArea(manager: EntityManager, agencyId: string, codes: string[]): Promise<number> {
  await manager.query(`DELETE FROM agency_working_areas WHERE agency_id = $1`, [agencyId]);
  await manager.query(`INSERT INTO agency_working_areas (agency_id, region_code) SELECT $1, unnest($2::varchar[])`, [agencyId, codes]);
  const [rows] = await manager.query(
    `UPDATE agencies SET village_count = (
       SELECT coalesce(sum(CASE WHEN r.depth = 4 THEN 1 ELSE r.village_count END), 0)::int
       FROM agency_working_areas w JOIN regions r ON r.code = w.region_code WHERE w.agency_id = $1)
     WHERE id = $1 RETURNING village_count AS count`,
    [agencyId],
  );
  return rows[0].count;
}
