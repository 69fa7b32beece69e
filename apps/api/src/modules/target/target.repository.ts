import type { Indicator } from '@jangkau/shared-domain';
import { sql, type Kysely } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { DB } from '../../database/db-types';
import { anyOf, db } from '../../database/kysely';

/** The target module's SQL: targets with their agency and programme item, and the checks a write makes. */

type Source = EntityManager | DataSource;

export interface TargetRow {
  id: string;
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  homeRegionCode: string | null;
  period: string;
  indicator: Indicator;
  programmeItemId: string | null;
  value: number;
  version: number;
  updatedAt: Date;
  itemNumber: number | null;
  itemTitle: string | null;
  itemFrameworkId: string | null;
  itemFrameworkName: string | null;
}

/** targets t with the agency (a), the programme item (pi) and its framework (pf): a TargetRow each. */
function targets(k: Kysely<DB>) {
  return k
    .selectFrom('targets as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .leftJoin('programme_items as pi', 'pi.id', 't.programme_item_id')
    .leftJoin('programme_frameworks as pf', 'pf.id', 'pi.framework_id')
    .select([
      't.id',
      't.agency_id as agencyId',
      'a.name as agencyName',
      'a.short_name as agencyShortName',
      'a.home_region_code as homeRegionCode',
      't.period',
      't.indicator',
      't.programme_item_id as programmeItemId',
      sql<number>`t.value::float8`.as('value'),
      't.version',
      't.updated_at as updatedAt',
      'pi.number as itemNumber',
      'pi.title as itemTitle',
      'pi.framework_id as itemFrameworkId',
      'pf.name as itemFrameworkName',
    ]);
}

/** The database's indicator is the shared enum's value. */
function toRow<R extends { indicator: string }>(row: R): Omit<R, 'indicator'> & { indicator: Indicator } {
  return { ...row, indicator: row.indicator as Indicator };
}

/** An agency's targets (whose period's first year is in `years`, when given), in the order a list shows them. */
export async function agencyTargets(source: Source, agencyId: string, years: { from: string; to: string } | null): Promise<TargetRow[]> {
  let query = targets(db(source)).where('t.agency_id', '=', agencyId);
  if (years) query = query.where(sql<string>`left(t.period, 4)`, '>=', years.from).where(sql<string>`left(t.period, 4)`, '<=', years.to);
  const rows = await query
    .orderBy(sql`left(t.period, 4)`)
    .orderBy(sql`length(t.period)`)
    .orderBy('t.period')
    .orderBy('t.indicator')
    .orderBy('t.programme_item_id', (ob) => ob.asc().nullsFirst())
    .execute();
  return rows.map(toRow);
}

/** Targets of several agencies for one period key, programme item (null: none) and set of indicators. */
export async function targetsOfAgencies(source: Source, agencyIds: string[], period: string, programmeItemId: string | null, indicators: Indicator[]): Promise<TargetRow[]> {
  const rows = await targets(db(source))
    .where('t.agency_id', '=', anyOf(agencyIds, 'uuid'))
    .where('t.period', '=', period)
    .where('t.programme_item_id', 'is not distinct from', programmeItemId)
    .where(sql<string>`t.indicator::text`, '=', anyOf(indicators, 'text'))
    .execute();
  return rows.map(toRow);
}

/** The target with this id (none or one), locked for the write when `forUpdate`. */
export async function targetsById(source: Source, id: string, forUpdate = false): Promise<TargetRow[]> {
  const query = targets(db(source)).where('t.id', '=', id);
  return (await (forUpdate ? query.forUpdate('t') : query).execute()).map(toRow);
}

/** The target for an agency × period × indicator × item, locked for the write. */
export async function targetForKeyForUpdate(
  manager: EntityManager,
  key: { agencyId: string; period: string; indicator: Indicator; programmeItemId: string | null },
): Promise<TargetRow | undefined> {
  const row = await targets(db(manager))
    .where('t.agency_id', '=', key.agencyId)
    .where('t.period', '=', key.period)
    .where('t.indicator', '=', key.indicator)
    .where('t.programme_item_id', 'is not distinct from', key.programmeItemId)
    .forUpdate('t')
    .executeTakeFirst();
  return row && toRow(row);
}

export async function updateTargetValue(manager: EntityManager, id: string, value: number): Promise<void> {
  await db(manager)
    .updateTable('targets')
    .set((eb) => ({ value, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', id)
    .execute();
}

/** The new target's id; undefined when a concurrent create of the same target won the unique key. */
export async function insertTarget(
  manager: EntityManager,
  values: { agencyId: string; period: string; indicator: Indicator; programmeItemId: string | null; value: number },
): Promise<string | undefined> {
  const row = await db(manager)
    .insertInto('targets')
    .values({ agency_id: values.agencyId, period: values.period, indicator: values.indicator, programme_item_id: values.programmeItemId, value: values.value })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function deleteTarget(manager: EntityManager, id: string): Promise<void> {
  await db(manager).deleteFrom('targets').where('id', '=', id).execute();
}
