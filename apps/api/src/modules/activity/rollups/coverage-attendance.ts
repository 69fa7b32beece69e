import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { db, numbered } from '../../../database/kysely';

/*
 * Attendance by the region it counts in (issue 14; the rule is libs/shared/domain attendance.ts), as SQL: the facts
 * the workflow writes to coverage_attendance, and the conditions figures read them with. Coverage, reports and
 * targets all go through these, so a region's participants and officials mean the same everywhere.
 */

/**
 * The lowest region holding every village of the activity (`a`, grouped with its villages `v`), else its venue. Codes
 * have fixed-width segments (15.02.10.2001), so the common prefix of the smallest and largest code is everyone's.
 */
export const ATTENDANCE_HOME_SQL = `CASE WHEN count(v.village_code) = 0 THEN a.venue_region_code
  WHEN min(v.village_code) = max(v.village_code) THEN min(v.village_code)
  WHEN left(min(v.village_code), 8) = left(max(v.village_code), 8) THEN left(min(v.village_code), 8)
  WHEN left(min(v.village_code), 5) = left(max(v.village_code), 5) THEN left(min(v.village_code), 5)
  WHEN left(min(v.village_code), 2) = left(max(v.village_code), 2) THEN left(min(v.village_code), 2)
  ELSE 'ID' END`;

/** The code `column` and every region above it, with 'ID' (countedIn of the shared lib). */
const countedInSql = (column: string) =>
  `CASE WHEN ${column} = 'ID' THEN ARRAY['ID']::varchar[]
   ELSE ARRAY['ID']::varchar[] || ARRAY(SELECT left(${column}, n) FROM unnest(ARRAY[2, 5, 8, 13]) AS n WHERE n <= length(${column}))::varchar[] END`;

/**
 * Writes coverage_attendance for the verified activities matching `where` (on `a`), whose coverage_activities rows
 * exist: each attributed part at its region, and per category the rest (totals minus attributed) at the home region.
 */
export async function insertAttendanceFacts(manager: EntityManager, where: string, params: unknown[]): Promise<void> {
  await sql`WITH acts AS (
       SELECT a.id, ${sql.raw(ATTENDANCE_HOME_SQL)} AS home FROM activities a LEFT JOIN activity_villages v ON v.activity_id = a.id
       WHERE a.status = 'VERIFIED' AND ${numbered(where, params)} GROUP BY a.id),
     parts AS (
       SELECT t.activity_id, t.region_code, t.category, sum(t.male)::int AS m, sum(t.female)::int AS f
       FROM activity_attendance t JOIN acts ON acts.id = t.activity_id GROUP BY 1, 2, 3),
     attributed AS (SELECT activity_id, category, sum(m)::int AS m, sum(f)::int AS f FROM parts GROUP BY 1, 2),
     totals AS (
       SELECT p.activity_id, p.category, sum(p.male)::int AS m, sum(p.female)::int AS f
       FROM activity_participants p JOIN acts ON acts.id = p.activity_id GROUP BY 1, 2),
     rest AS (
       SELECT t.activity_id, acts.home AS region_code, t.category, greatest(t.m - coalesce(x.m, 0), 0) AS m, greatest(t.f - coalesce(x.f, 0), 0) AS f
       FROM totals t JOIN acts ON acts.id = t.activity_id LEFT JOIN attributed x ON x.activity_id = t.activity_id AND x.category = t.category)
     INSERT INTO coverage_attendance (activity_id, region_code, category, counted_in, rest, male, female)
     SELECT u.activity_id, u.region_code, u.category, ${sql.raw(countedInSql('u.region_code'))}, bool_and(u.rest), sum(u.m)::int, sum(u.f)::int
     FROM (SELECT activity_id, region_code, category, FALSE AS rest, m, f FROM parts
           UNION ALL SELECT activity_id, region_code, category, TRUE, m, f FROM rest) u
     JOIN coverage_activities c ON c.activity_id = u.activity_id
     GROUP BY u.activity_id, u.region_code, u.category HAVING sum(u.m) + sum(u.f) > 0`.execute(db(manager));
}

/** Recomputes coverage_attendance for every verified activity (the backfill; rebuildCoverage's last step). */
export async function rebuildAttendance(manager: EntityManager): Promise<void> {
  await db(manager).deleteFrom('coverage_attendance').execute();
  await insertAttendanceFacts(manager, 'TRUE', []);
}

/**
 * The condition "this coverage_attendance row (alias) counts in the area": every row for the whole country, else its
 * region lies in one of the codes. Appends to `params`.
 */
export function attendanceInArea(alias: string, codes: 'NATIONAL' | string[], params: unknown[]): string {
  if (codes === 'NATIONAL') return 'TRUE';
  params.push(codes);
  return `${alias}.counted_in && $${params.length}::varchar[]`;
}

/** Officials (camat, lurah, kepala desa) among coverage_attendance rows, as a SQL sum expression. */
export const officialsSum = (alias: string) => `coalesce(sum(CASE WHEN ${alias}.category IN ('CAMAT', 'LURAH', 'KEPALA_DESA') THEN ${alias}.male + ${alias}.female ELSE 0 END), 0)::int`;

/** Rows counted above the village level (a kecamatan, kabupaten…: "tidak dirinci per desa"). */
export const notByVillage = (alias: string) => `length(${alias}.region_code) <> 13`;
