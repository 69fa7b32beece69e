import { Caller } from './caller';

/**
 * THE place where row visibility is decided: every list, count, lookup and (later) export or map layer builds
 * its WHERE clause from these, with the caller first. What a caller may not see simply is not there: a lookup
 * of an invisible row finds nothing and is answered "not found".
 *
 * Each helper returns a SQL condition and appends its parameters to `params` (positional, $n).
 */
export interface SqlCondition {
  sql: string;
}

/** A region code column inside the caller's scope (the region itself or anything below it). */
export function regionInScope(caller: Caller, column: string, params: unknown[]): SqlCondition {
  if (caller.scope.kind === 'NATIONAL') return { sql: 'TRUE' };
  if (caller.scope.regionCodes.length === 0) return { sql: 'FALSE' };
  params.push(
    caller.scope.regionCodes,
    caller.scope.regionCodes.map((code) => `${code}.%`),
  );
  return { sql: `(${column} = ANY($${params.length - 1}::varchar[]) OR ${column} LIKE ANY($${params.length}::varchar[]))` };
}

/** Agencies a caller may see: their own, its parent, and every agency whose home region lies in their scope. */
export function agencyVisible(caller: Caller, alias: string, params: unknown[]): SqlCondition {
  if (caller.scope.kind === 'NATIONAL') return { sql: 'TRUE' };
  params.push(caller.agencyId);
  const own = `$${params.length}::uuid`;
  const parent = caller.agencyParentId ? (params.push(caller.agencyParentId), ` OR ${alias}.id = $${params.length}::uuid`) : '';
  const inArea = regionInScope(caller, `${alias}.home_region_code`, params);
  return { sql: `(${alias}.id = ${own}${parent} OR ${inArea.sql})` };
}

/**
 * Desa Binaan designations a caller may see (`alias` is a `desa_binaan` row): those whose village lies in the
 * caller's scope, and every one their own agency made (an office may adopt a village outside a reader's area, but
 * always sees its own). National readers and administrators: all of them.
 */
export function desaBinaanVisible(caller: Caller, alias: string, params: unknown[]): SqlCondition {
  if (caller.scope.kind === 'NATIONAL') return { sql: 'TRUE' };
  params.push(caller.agencyId);
  const own = `${alias}.agency_id = $${params.length}::uuid`;
  return { sql: `(${own} OR ${regionInScope(caller, `${alias}.village_code`, params).sql})` };
}

/** People a caller may see: everyone (admins), their own agency's (heads), themselves (everyone else). */
export function userVisible(caller: Caller, alias: string, params: unknown[]): SqlCondition {
  if (caller.role === 'ADMIN') return { sql: 'TRUE' };
  if (caller.role === 'HEAD') {
    params.push(caller.agencyId);
    return { sql: `${alias}.agency_id = $${params.length}::uuid` };
  }
  params.push(caller.userId);
  return { sql: `${alias}.id = $${params.length}::uuid` };
}

/**
 * Audit entries a caller may see: all (admins); those about their own agency's records (heads), whoever made
 * them; none otherwise. Not "made by" the agency: an admin who belongs to it acts nationwide.
 */
export function auditVisible(caller: Caller, alias: string, params: unknown[]): SqlCondition {
  if (caller.role === 'ADMIN') return { sql: 'TRUE' };
  if (caller.role !== 'HEAD') return { sql: 'FALSE' };
  params.push(caller.agencyId);
  return { sql: `${alias}.subject_agency_id = $${params.length}::uuid` };
}

/**
 * Activities a caller may see (`alias` is an `activities` row):
 *   - administrators: all of them;
 *   - the lead agency and every co-organiser invited or accepted: theirs, in every state, drafts included (an
 *     agency that declined, or was withdrawn, is back to what everyone else sees: its access ends at once);
 *   - everyone else: planned and verified activities that touch their scope (the venue or a village reached lies
 *     inside it; national readers: all planned and verified ones).
 * Drafts, submissions and returned records stay inside the agencies that organise them. `reach_codes` holds every
 * region code the activity touches at every level, so the scope test is one GIN-indexed array overlap.
 */
export function activityVisible(caller: Caller, alias: string, params: unknown[]): SqlCondition {
  if (caller.role === 'ADMIN') return { sql: 'TRUE' };
  params.push(caller.agencyId);
  const own = `$${params.length}::uuid`;
  // The co-organised ids as one uncorrelated array, not a correlated EXISTS: inside this OR an EXISTS becomes a
  // hashed subplan no index can serve, and a village head's list walked all 100,000 activities (120 ms) to find
  // ten; this way the lead index, the primary key and the reach GIN index combine (0.2 ms).
  const organiser = `(${alias}.lead_agency_id = ${own} OR ${alias}.id = ANY (ARRAY(SELECT vis_aa.activity_id FROM activity_agencies vis_aa WHERE vis_aa.agency_id = ${own} AND vis_aa.status <> 'DECLINED')))`;
  let inScope: string;
  if (caller.scope.kind === 'NATIONAL') inScope = 'TRUE';
  else if (caller.scope.regionCodes.length === 0) inScope = 'FALSE';
  else {
    params.push(caller.scope.regionCodes);
    inScope = `${alias}.reach_codes && $${params.length}::varchar[]`;
  }
  return { sql: `(${organiser} OR (${alias}.status IN ('PLANNED', 'VERIFIED') AND ${inScope}))` };
}
