import type { ParticipantCategory } from '@jangkau/shared-domain';
import { sql, type RawBuilder } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { db, onlyRow } from '../../database/kysely';
import { VILLAGE_CONFIRMED_SQL, VILLAGE_DISPUTED_SQL } from '../coverage/confirmation-counting';

/**
 * The report rollups' SQL: every row's figures and the total over the coverage rollups, set-based. Clearest as SQL.
 * A report's rows are (row key, region code) pairs, `pairs` below ('ID' stands for the whole country); each figure
 * joins the rollups to them on the code and groups by row key. Totals count DISTINCT over the union, never row sums.
 */

type Source = EntityManager | DataSource;

/** The (row key, region code) pairs of a report's rows: `keys[i]` is the row of `codes[i]`. */
export interface Pairs {
  keys: string[];
  codes: string[];
}

/**
 * What every figure query over coverage rows asks: the pairs, the period, the programme item and activity type
 * filters, and whether the rows are agencies (then an activity counts in a row only with the agency among its
 * organisers: its own contribution).
 */
export interface RowQuestion extends Pairs {
  from: string;
  to: string;
  programmeItemId: string | null;
  type: string | null;
  agencyRows: boolean;
}

const pairsOf = (p: Pairs) => sql`pairs AS (SELECT * FROM unnest(${p.keys}::text[], ${p.codes}::varchar[]) AS p(key, code))`;

/** A village's codes at every level (and 'ID'), to join to a pair on equality (a hash join, not 514 LIKEs). */
const ancestors = (column: string) => sql.raw(`(VALUES ('ID'), (left(${column}, 2)), (left(${column}, 5)), (left(${column}, 8)), (${column}))`);

/** The period on `x.day`, then the filters (on `x`) and, for agency rows, the agency's own contribution (on `x` and the pair `p`). */
function inPeriodFiltered(q: RowQuestion): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`x.day BETWEEN ${q.from} AND ${q.to}`];
  if (q.agencyRows) parts.push(sql`AND x.agency_ids @> ARRAY[p.key::uuid]`);
  if (q.programmeItemId) parts.push(sql`AND x.programme_item_ids @> ARRAY[${q.programmeItemId}::uuid]`);
  if (q.type) parts.push(sql`AND x.type = ${q.type}::activity_type`);
  return sql.join(parts, sql` `);
}

/** Each (row, village reached). */
const reach = (q: RowQuestion) => sql`SELECT DISTINCT p.key, x.village_code FROM coverage_reach x CROSS JOIN LATERAL ${ancestors('x.village_code')} AS u(code)
  JOIN pairs p ON p.code = u.code WHERE ${inPeriodFiltered(q)}`;

/** Each (row, activity). */
const acts = (q: RowQuestion) => sql`SELECT DISTINCT p.key, x.activity_id FROM coverage_activities x CROSS JOIN LATERAL unnest(x.reach_codes || ARRAY['ID']::varchar[]) AS u(code)
  JOIN pairs p ON p.code = u.code WHERE ${inPeriodFiltered(q)}`;

/**
 * Each (row, attendance line). Attendance counts in a row where it is attributed (or, unattributed, where all the
 * activity's villages lie): coverage_attendance.counted_in holds that region and every region above it, with 'ID'.
 */
const attendance = (q: RowQuestion) => sql`SELECT DISTINCT p.key, t.activity_id, t.region_code, t.category, t.male, t.female, t.male + t.female AS n,
    CASE WHEN t.category IN ('CAMAT', 'LURAH', 'KEPALA_DESA') THEN t.male + t.female ELSE 0 END AS officials
  FROM coverage_attendance t JOIN coverage_activities x ON x.activity_id = t.activity_id CROSS JOIN LATERAL unnest(t.counted_in) AS u(code)
  JOIN pairs p ON p.code = u.code WHERE ${inPeriodFiltered(q)}`;

/**
 * Desa Binaan joined to the rows whose area holds their village, designated in the period; for agency rows, by the
 * agency. Designations are not activities: programme item and type filters do not apply to them (as in coverage).
 */
const designated = (q: RowQuestion) => sql`desa_binaan d CROSS JOIN LATERAL ${ancestors('d.village_code')} AS u(code)
  JOIN pairs p ON p.code = u.code WHERE d.sk_date BETWEEN ${q.from} AND ${q.to} ${q.agencyRows ? sql`AND d.agency_id = p.key::uuid` : sql``}`;

export interface KeyCount {
  key: string;
  n: number;
}

/** Villages reached, per row. */
export async function reachedPerRow(source: Source, q: RowQuestion): Promise<KeyCount[]> {
  const { rows } = await sql<KeyCount>`WITH ${pairsOf(q)} SELECT key, count(*)::int AS n FROM (${reach(q)}) r GROUP BY key`.execute(db(source));
  return rows;
}

/** Villages reached in all rows, each once. */
export async function reachedTotal(source: Source, q: RowQuestion): Promise<number> {
  const { rows } = await sql<{ n: number }>`WITH ${pairsOf(q)} SELECT count(DISTINCT village_code)::int AS n FROM (${reach(q)}) r`.execute(db(source));
  return onlyRow(rows, 'count').n;
}

/** Activities, per row. */
export async function activitiesPerRow(source: Source, q: RowQuestion): Promise<{ key: string; activities: number }[]> {
  const { rows } = await sql<{ key: string; activities: number }>`WITH ${pairsOf(q)} SELECT a.key, count(*)::int AS activities FROM (${acts(q)}) a GROUP BY a.key`.execute(db(source));
  return rows;
}

/** Activities in all rows, each once. */
export async function activitiesTotal(source: Source, q: RowQuestion): Promise<number> {
  const { rows } = await sql<{ activities: number }>`WITH ${pairsOf(q)} SELECT count(*)::int AS activities FROM coverage_activities c
    WHERE c.activity_id IN (SELECT activity_id FROM (${acts(q)}) a)`.execute(db(source));
  return onlyRow(rows, 'count').activities;
}

/** Desa Binaan designated in the period, per row. */
export async function desaBinaanPerRow(source: Source, q: RowQuestion): Promise<KeyCount[]> {
  const { rows } = await sql<KeyCount>`WITH ${pairsOf(q)} SELECT key, count(*)::int AS n FROM (SELECT DISTINCT p.key, d.id FROM ${designated(q)}) b GROUP BY key`.execute(db(source));
  return rows;
}

/** Desa Binaan designated in the period in all rows, each once. */
export async function desaBinaanTotal(source: Source, q: RowQuestion): Promise<number> {
  const { rows } = await sql<{ n: number }>`WITH ${pairsOf(q)} SELECT count(DISTINCT d.id)::int AS n FROM ${designated(q)}`.execute(db(source));
  return onlyRow(rows, 'count').n;
}

/** Villages in each row's area: the codes are disjoint within a row, so their village counts add up. */
export async function villagesPerRow(source: Source, p: Pairs): Promise<{ key: string; n: number | null }[]> {
  const { rows } = await sql<{ key: string; n: number | null }>`WITH ${pairsOf(p)}
    SELECT p.key, sum(CASE WHEN p.code = 'ID' THEN (SELECT sum(village_count) FROM regions WHERE depth = 1) WHEN r.depth = 4 THEN 1 ELSE r.village_count END)::int AS n
    FROM pairs p LEFT JOIN regions r ON r.code = p.code GROUP BY p.key`.execute(db(source));
  return rows;
}

/** Villages in the area of these disjoint codes ('ID': the whole country). */
export async function villagesIn(source: Source, codes: string[]): Promise<number> {
  const { rows } = codes.includes('ID')
    ? await sql<{ n: number }>`SELECT coalesce(sum(village_count), 0)::int AS n FROM regions WHERE depth = 1`.execute(db(source))
    : await sql<{ n: number }>`SELECT coalesce(sum(CASE WHEN depth = 4 THEN 1 ELSE village_count END), 0)::int AS n FROM regions WHERE code = ANY(${codes}::varchar[])`.execute(db(source));
  return onlyRow(rows, 'count').n;
}

export interface CategoryCount {
  category: ParticipantCategory;
  male: number;
  female: number;
}

/** Participants of all rows by category and sex, each attendance line once. */
export async function participantsByCategory(source: Source, q: RowQuestion): Promise<CategoryCount[]> {
  const { rows } = await sql<CategoryCount>`WITH ${pairsOf(q)} SELECT t.category, sum(t.male)::int AS male, sum(t.female)::int AS female FROM coverage_attendance t
    WHERE (t.activity_id, t.region_code, t.category) IN (SELECT activity_id, region_code, category FROM (${attendance(q)}) a)
    GROUP BY t.category ORDER BY t.category`.execute(db(source));
  return rows;
}

/** Per row and category in one pass: the row's participants and officials are the sums over its categories. */
export async function attendancePerRow(source: Source, q: RowQuestion): Promise<(CategoryCount & { key: string; officials: number })[]> {
  const { rows } = await sql<CategoryCount & { key: string; officials: number }>`WITH ${pairsOf(q)}
    SELECT a.key, a.category, sum(a.male)::int AS male, sum(a.female)::int AS female, coalesce(sum(a.officials), 0)::int AS officials
    FROM (${attendance(q)}) a GROUP BY a.key, a.category ORDER BY a.key, a.category`.execute(db(source));
  return rows;
}

/** Participants and officials of all rows, each attendance line once. */
export async function attendanceTotal(source: Source, q: RowQuestion): Promise<{ participants: number; officials: number }> {
  const { rows } = await sql<{ participants: number; officials: number }>`WITH ${pairsOf(q)}
    SELECT coalesce(sum(n), 0)::int AS participants, coalesce(sum(officials), 0)::int AS officials
    FROM (SELECT DISTINCT a.activity_id, a.region_code, a.category, a.n, a.officials FROM (${attendance(q)}) a) d`.execute(db(source));
  return onlyRow(rows, 'sums');
}

export interface NotReachedCount {
  never: number;
  stale: number;
}

/**
 * Villages of each row's area (and of all rows, each once: agency rows' areas may overlap) never reached by a
 * verified activity up to `to`, and not reached in the `staleMonths` before `asOf`. One pass over the villages.
 */
export async function notReachedCounts(
  source: Source,
  p: Pairs,
  to: string,
  staleMonths: number,
  asOf: string,
): Promise<{ perRow: (NotReachedCount & { key: string })[]; all: NotReachedCount }> {
  const head = sql`WITH ${pairsOf(p)},
      last AS (SELECT village_code, max(last_day) AS last_day FROM coverage_village_months WHERE month <= ${to}::date GROUP BY village_code),
      v AS (SELECT DISTINCT p.key, r.code, l.last_day FROM regions r
            CROSS JOIN LATERAL ${ancestors('r.code')} AS u(code)
            JOIN pairs p ON p.code = u.code LEFT JOIN last l ON l.village_code = r.code WHERE r.depth = 4)`;
  const counts = sql`count(DISTINCT code) FILTER (WHERE last_day IS NULL)::int AS never,
      count(DISTINCT code) FILTER (WHERE last_day IS NULL OR last_day < (${asOf}::date - make_interval(months => ${staleMonths}::int))::date)::int AS stale`;
  const [perRow, all] = await Promise.all([
    sql<NotReachedCount & { key: string }>`${head} SELECT key, ${counts} FROM v GROUP BY key`.execute(db(source)),
    sql<NotReachedCount>`${head} SELECT ${counts} FROM v`.execute(db(source)),
  ]);
  return { perRow: perRow.rows, all: onlyRow(all.rows, 'total') };
}

export interface DesaBinaanCount {
  designated: number;
  activities: number;
}

/**
 * Desa Binaan designated up to `to` in each row's area (and in all rows, each once; agency rows: by the agency),
 * and the verified activities from–to that reached those villages.
 */
export async function desaBinaanCounts(
  source: Source,
  p: Pairs,
  agencyRows: boolean,
  q: { from: string; to: string },
): Promise<{ perRow: (DesaBinaanCount & { key: string })[]; all: DesaBinaanCount }> {
  const own = agencyRows ? sql`AND d.agency_id = p.key::uuid` : sql``;
  const head = sql`WITH ${pairsOf(p)}, d AS (SELECT DISTINCT p.key, d.id, d.village_code FROM desa_binaan d
      CROSS JOIN LATERAL ${ancestors('d.village_code')} AS u(code)
      JOIN pairs p ON p.code = u.code WHERE d.sk_date <= ${q.to} ${own})`;
  const [perRow, all] = await Promise.all([
    sql<DesaBinaanCount & { key: string }>`${head} SELECT d.key, count(DISTINCT d.id)::int AS designated, count(DISTINCT r.activity_id)::int AS activities
      FROM d LEFT JOIN coverage_reach r ON r.village_code = d.village_code AND r.day BETWEEN ${q.from} AND ${q.to} GROUP BY d.key`.execute(db(source)),
    sql<DesaBinaanCount>`${head} SELECT count(DISTINCT d.id)::int AS designated,
      (SELECT count(DISTINCT r.activity_id) FROM coverage_reach r WHERE r.day BETWEEN ${q.from} AND ${q.to} AND r.village_code IN (SELECT village_code FROM d))::int AS activities
      FROM d`.execute(db(source)),
  ]);
  return { perRow: perRow.rows, all: onlyRow(all.rows, 'total') };
}

export interface ConfirmationCount {
  reached: number;
  confirmed: number;
  disputed: number;
}

/**
 * Villages reached per row (and in all rows, each once) and of them those their own government confirmed on any
 * of the row's activities there, else disputed (confirmation-counting.ts).
 */
export async function confirmationCounts(source: Source, q: RowQuestion): Promise<{ perRow: (ConfirmationCount & { key: string })[]; all: ConfirmationCount }> {
  // One row per (report row, village reached, activity): the answers are on the activity's listed village.
  const reached = sql`WITH ${pairsOf(q)},
      reached AS (SELECT DISTINCT p.key, x.village_code, x.activity_id FROM coverage_reach x
        CROSS JOIN LATERAL ${ancestors('x.village_code')} AS u(code)
        JOIN pairs p ON p.code = u.code WHERE ${inPeriodFiltered(q)})`;
  const answers = sql`FROM reached x JOIN activities a ON a.id = x.activity_id
      LEFT JOIN activity_village_confirmations c ON c.activity_id = x.activity_id AND c.village_code = x.village_code`;
  const counts = sql`count(*)::int AS reached, count(*) FILTER (WHERE confirmed)::int AS confirmed, count(*) FILTER (WHERE NOT confirmed AND disputed)::int AS disputed`;
  const confirmed = sql.raw(VILLAGE_CONFIRMED_SQL);
  const disputed = sql.raw(VILLAGE_DISPUTED_SQL);
  const [perRow, all] = await Promise.all([
    sql<ConfirmationCount & { key: string }>`${reached} SELECT key, ${counts} FROM (SELECT x.key, x.village_code, ${confirmed} AS confirmed, ${disputed} AS disputed
      ${answers} GROUP BY x.key, x.village_code) s GROUP BY key`.execute(db(source)),
    sql<ConfirmationCount>`${reached} SELECT ${counts} FROM (SELECT x.village_code, ${confirmed} AS confirmed, ${disputed} AS disputed
      ${answers} GROUP BY x.village_code) s`.execute(db(source)),
  ]);
  return { perRow: perRow.rows, all: onlyRow(all.rows, 'total') };
}
