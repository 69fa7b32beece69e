import { parsePeriod, periodKeysOf, at } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { db, numbered } from '../../../database/kysely';
import { insertAttendanceFacts } from './coverage-attendance';
import { activityDaySql } from '../../../common/sql-time';

/*
 * Why coverage is kept this way.
 *
 * The question people ask is "how many distinct villages of this area were reached in this period", at any level
 * from one kecamatan to the whole country, and the answer must include a verification the moment `verify` returns.
 * Distinct counts do not add up (a village reached in March and in May is one village in the year), so a
 * per-month counter cannot give a quarter or a year, and counting distinct villages over 1.5 million links for the
 * national figure costs hundreds of milliseconds.
 *
 * So the workflow change itself keeps, in the same transaction as the status change (never a nightly job):
 *   1. `coverage_activities` / `coverage_reach`: the verified activities and their villages, with the attributes
 *      people filter by (day in the venue's zone, lead and co-organising agencies, type, programme items): any
 *      date range and any filter is one indexed query over these, limited to the area;
 *   2. `coverage_village_months`: one row per village and month reached: month-aligned ranges, last-reached dates,
 *      "never reached" and "not reached for N months" lists read this;
 *   3. `coverage_region_periods`: the distinct count of villages reached per region (province, kabupaten/kota,
 *      kecamatan, and 'ID' for Indonesia) per month, quarter and year. A village moves these counters only when it
 *      becomes reached, or stops being reached, in that period, which the transaction sees by comparing the
 *      village's months before and after the change. A dashboard for a standard period then reads a handful of
 *      rows whatever the size of the area.
 * A reopened activity is removed from all three the same way, so its figures move back.
 *
 * Two transactions changing the same village at once would both see "not reached before" and count it twice:
 * each takes a transaction-scoped advisory lock per village it touches (in code order, so two of them never wait
 * on each other in a cycle) before reading the before-state, and the region counters are upserted in a fixed
 * order for the same reason.
 */

/** The venue's calendar date of an activity's start, in SQL (`a` is an activities row). */
const ACTIVITY_DAY = sql.raw(activityDaySql('a'));

/** Facts of the verified activities matching `where` (on `a`), written to coverage_activities, coverage_reach and coverage_attendance. */
async function insertFacts(manager: EntityManager, where: string, params: unknown[]): Promise<void> {
  const condition = numbered<boolean>(where, params);
  await sql`INSERT INTO coverage_activities (activity_id, day, lead_agency_id, agency_ids, type, programme_item_ids, reach_codes, participants, officials)
     SELECT a.id, ${ACTIVITY_DAY}, a.lead_agency_id,
            ARRAY[a.lead_agency_id] || coalesce((SELECT array_agg(aa.agency_id ORDER BY aa.agency_id) FROM activity_agencies aa
                                                  WHERE aa.activity_id = a.id AND aa.status = 'ACCEPTED'), '{}'),
            a.type,
            coalesce((SELECT array_agg(pi.programme_item_id ORDER BY pi.programme_item_id) FROM activity_programme_items pi WHERE pi.activity_id = a.id), '{}'),
            a.reach_codes,
            coalesce((SELECT sum(p.male + p.female) FROM activity_participants p WHERE p.activity_id = a.id), 0),
            coalesce((SELECT sum(p.male + p.female) FROM activity_participants p
                      WHERE p.activity_id = a.id AND p.category IN ('CAMAT', 'LURAH', 'KEPALA_DESA')), 0)
     FROM activities a WHERE a.status = 'VERIFIED' AND ${condition}`.execute(db(manager));
  await sql`INSERT INTO coverage_reach (activity_id, village_code, day, lead_agency_id, agency_ids, type, programme_item_ids)
     SELECT c.activity_id, v.village_code, c.day, c.lead_agency_id, c.agency_ids, c.type, c.programme_item_ids
     FROM coverage_activities c JOIN activity_villages v ON v.activity_id = c.activity_id
     JOIN activities a ON a.id = c.activity_id WHERE ${condition}`.execute(db(manager));
  if (await hasAttendance(manager)) await insertAttendanceFacts(manager, where, params);
}

/**
 * Whether coverage_attendance exists yet. The 2025 coverage backfill migration runs rebuildCoverage before the
 * attendance migration creates that table; from then on it always exists (and its own backfill fills it).
 */
async function hasAttendance(manager: EntityManager): Promise<boolean> {
  const { rows } = await sql<{ exists: boolean }>`SELECT to_regclass('coverage_attendance') IS NOT NULL AS exists`.execute(db(manager));
  return rows[0]?.exists ?? false;
}

interface Touched {
  villages: string[];
  /** Period keys (month, quarter, year) per village, parallel arrays for unnest. */
  pairs: { village: string[]; key: string[]; from: string[]; to: string[] };
  months: string[];
}

function touched(rows: { village_code: string; day: string }[]): Touched {
  const seen = new Set<string>();
  const pairs = { village: [] as string[], key: [] as string[], from: [] as string[], to: [] as string[] };
  const months = new Set<string>();
  for (const { village_code: village, day } of rows) {
    months.add(`${day.slice(0, 7)}-01`);
    for (const key of periodKeysOf(day)) {
      const id = `${village}|${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const period = parsePeriod(key)!;
      pairs.village.push(village);
      pairs.key.push(key);
      pairs.from.push(period.from);
      pairs.to.push(period.to);
    }
  }
  return { villages: [...new Set(rows.map((r) => r.village_code))].sort(), pairs, months: [...months] };
}

/** Which (village, period) pairs are reached right now, as "village|key". */
async function reachedPairs(manager: EntityManager, t: Touched): Promise<Set<string>> {
  const { rows } = await sql<{
    v: string;
    k: string;
  }>`SELECT t.v, t.k FROM unnest(${t.pairs.village}::varchar[], ${t.pairs.key}::varchar[], ${t.pairs.from}::date[], ${t.pairs.to}::date[]) AS t(v, k, f, e)
     WHERE EXISTS (SELECT 1 FROM coverage_village_months m WHERE m.village_code = t.v AND m.month BETWEEN t.f AND t.e)`.execute(db(manager));
  return new Set(rows.map((r) => `${r.v}|${r.k}`));
}

/** The regions whose counters a village feeds: Indonesia, its province, kabupaten/kota and kecamatan. */
export function counterRegionsOf(village: string): string[] {
  return ['ID', village.slice(0, 2), village.slice(0, 5), village.slice(0, 8)];
}

/**
 * Coverage maintenance as a declared dependency. A writer that changes what coverage counts (the workflow verifying
 * or reopening an activity, Desa Binaan designations) receives it through its constructor and calls it inside its
 * own transaction, so the dependency shows in the constructor instead of being a function each writer must remember.
 * The free functions below stay for code that runs without the Nest container: migrations (the coverage backfill),
 * the benchmark, and the demo seeds that write set-based and rebuild.
 */
@Injectable()
export class CoverageMaintenance {
  /** Counts (`ADD`) or uncounts (`REMOVE`) a verified activity; after the status change, in its transaction (applyCoverageChange). */
  applyChange(manager: EntityManager, activityId: string, change: 'ADD' | 'REMOVE'): Promise<string[]> {
    return applyCoverageChange(manager, activityId, change);
  }

  /** Retires every process's cached figures at this transaction's commit (bumpCoverageGeneration). */
  bumpGeneration(manager: EntityManager): Promise<void> {
    return bumpCoverageGeneration(manager);
  }
}

/**
 * Adds (`verified`) or removes a verified activity's contribution, inside the caller's transaction. Call after the
 * status change is written: adding reads the activity as VERIFIED, removing reads what was recorded for it.
 */
export async function applyCoverageChange(manager: EntityManager, activityId: string, change: 'ADD' | 'REMOVE'): Promise<string[]> {
  const source =
    change === 'ADD'
      ? sql<{
          village_code: string;
          day: string;
        }>`SELECT v.village_code, ${ACTIVITY_DAY}::text AS day FROM activities a JOIN activity_villages v ON v.activity_id = a.id WHERE a.id = ${activityId}`
      : sql<{ village_code: string; day: string }>`SELECT village_code, day::text AS day FROM coverage_reach WHERE activity_id = ${activityId}`;
  const { rows } = await source.execute(db(manager));
  const t = touched(rows);
  if (t.villages.length > 0) {
    await sql`SELECT pg_advisory_xact_lock(hashtext('coverage:' || v)) FROM unnest(${t.villages}::varchar[]) AS v ORDER BY v`.execute(db(manager));
  }
  const before = t.villages.length > 0 ? await reachedPairs(manager, t) : new Set<string>();

  await db(manager).deleteFrom('coverage_activities').where('activity_id', '=', activityId).execute();
  if (change === 'ADD') await insertFacts(manager, 'a.id = $1', [activityId]);
  await bumpCoverageGeneration(manager);
  if (t.villages.length === 0) return [];

  // The touched villages' months, recomputed from the facts (a village can have other activities that month).
  await sql`DELETE FROM coverage_village_months WHERE village_code = ANY(${t.villages}::varchar[]) AND month = ANY(${t.months}::date[])`.execute(db(manager));
  await sql`INSERT INTO coverage_village_months (village_code, month, activities, last_day)
     SELECT village_code, date_trunc('month', day)::date, count(*)::int, max(day)
     FROM coverage_reach WHERE village_code = ANY(${t.villages}::varchar[]) AND date_trunc('month', day)::date = ANY(${t.months}::date[])
     GROUP BY 1, 2`.execute(db(manager));
  const after = await reachedPairs(manager, t);

  const deltas = new Map<string, number>();
  for (let i = 0; i < t.pairs.village.length; i++) {
    const village = at(t.pairs.village, i, 'village of pair');
    const key = at(t.pairs.key, i, 'key of pair');
    const id = `${village}|${key}`;
    const delta = (after.has(id) ? 1 : 0) - (before.has(id) ? 1 : 0);
    if (delta === 0) continue;
    for (const region of counterRegionsOf(village)) {
      const counter = `${region}|${key}`;
      deltas.set(counter, (deltas.get(counter) ?? 0) + delta);
    }
  }
  const counters = [...deltas.entries()].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (counters.length > 0) {
    const regions = counters.map(([k]) => k.split('|')[0]);
    const periods = counters.map(([k]) => k.split('|')[1]);
    const changes = counters.map(([, d]) => d);
    await sql`INSERT INTO coverage_region_periods (region_code, period, villages_reached)
       SELECT r, p, d FROM unnest(${regions}::varchar[], ${periods}::varchar[], ${changes}::int[]) WITH ORDINALITY AS t(r, p, d, o) ORDER BY o
       ON CONFLICT (region_code, period) DO UPDATE SET villages_reached = coverage_region_periods.villages_reached + EXCLUDED.villages_reached`.execute(db(manager));
  }
  return [...new Set(t.villages.map((v) => v.slice(0, 5)))];
}

/** The mark, in a query runner's `data`, of a transaction that moved the coverage generation. */
export const COVERAGE_MOVED = 'coverageGenerationMoved';

/**
 * Cached figures (coverage-cache.ts) are stamped with this number; bumping it in the changing transaction retires
 * them in every process at the commit, never before (a sequence would move before the commit and let a reader
 * cache old figures under the new number). Verifications are minutes apart nationally, so the one hot row costs
 * nothing; Desa Binaan changes bump it too.
 */
export async function bumpCoverageGeneration(manager: EntityManager): Promise<void> {
  // Marks the transaction, so the coverage cache of this process forgets the generation it knows at the commit.
  if (manager.queryRunner) manager.queryRunner.data = { ...manager.queryRunner.data, [COVERAGE_MOVED]: true };
  await db(manager)
    .updateTable('coverage_generation')
    .set({ value: sql`value + 1` })
    .where('id', '=', 1)
    .execute();
}

/**
 * Recomputes every coverage table from the activities, set-based: for a database filled without the workflow
 * (the demo seed, the benchmark's generator) and as the reference the incremental path is checked against.
 */
export async function rebuildCoverage(manager: EntityManager): Promise<void> {
  const attendance = (await hasAttendance(manager)) ? 'coverage_attendance, ' : '';
  await sql`TRUNCATE ${sql.raw(attendance)}coverage_reach, coverage_activities, coverage_village_months, coverage_region_periods`.execute(db(manager));
  await insertFacts(manager, 'TRUE', []);
  await sql`INSERT INTO coverage_village_months (village_code, month, activities, last_day)
     SELECT village_code, date_trunc('month', day)::date, count(*)::int, max(day) FROM coverage_reach GROUP BY 1, 2`.execute(db(manager));
  await sql`INSERT INTO coverage_region_periods (region_code, period, villages_reached)
     SELECT r.code, vp.period, count(*)::int
     FROM (SELECT DISTINCT village_code, p.period
           FROM coverage_village_months m
           CROSS JOIN LATERAL (VALUES (to_char(m.month, 'YYYY-MM')),
                                      (to_char(m.month, 'YYYY') || '-Q' || extract(quarter FROM m.month)),
                                      (to_char(m.month, 'YYYY'))) AS p(period)) vp
     CROSS JOIN LATERAL (VALUES ('ID'), (left(vp.village_code, 2)), (left(vp.village_code, 5)), (left(vp.village_code, 8))) AS r(code)
     GROUP BY r.code, vp.period`.execute(db(manager));
  // (Running processes' caches: callers that rebuild under a live app bump the generation themselves.)
}
