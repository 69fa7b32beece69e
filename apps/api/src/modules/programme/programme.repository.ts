import type { Indicator } from '@jangkau/shared-domain';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { anyOf, db } from '../../database/kysely';

/** The programme module's SQL: frameworks and their numbered items. */

type Source = EntityManager | DataSource;

export interface FrameworkRow {
  id: string;
  name: string;
  validFrom: string;
  validTo: string;
  version: number;
}

export interface ItemRow {
  id: string;
  number: number;
  title: string;
  indicators: Indicator[];
  version: number;
  frameworkId: string;
  frameworkName: string;
}

function frameworkRows(source: Source) {
  return db(source)
    .selectFrom('programme_frameworks as f')
    .select(['f.id', 'f.name', sql<string>`f.valid_from::text`.as('validFrom'), sql<string>`f.valid_to::text`.as('validTo'), 'f.version']);
}

function itemRows(source: Source) {
  return (
    db(source)
      .selectFrom('programme_items as i')
      .innerJoin('programme_frameworks as f', 'f.id', 'i.framework_id')
      // indicators::text[]: node-postgres parses arrays of built-in types only; an enum array would arrive as '{A,B}'.
      .select(['i.id', 'i.number', 'i.title', sql<Indicator[]>`i.indicators::text[]`.as('indicators'), 'i.version', 'f.id as frameworkId', 'f.name as frameworkName'])
  );
}

/** Frameworks (those with these ids, when given), newest first. */
export async function frameworks(source: Source, ids?: readonly string[]): Promise<FrameworkRow[]> {
  let query = frameworkRows(source);
  if (ids) query = query.where('f.id', '=', anyOf(ids, 'uuid'));
  return query.orderBy('f.valid_from', 'desc').orderBy('f.name').execute();
}

/** Items by number, of the frameworks with these ids when given. */
export async function itemsOfFrameworks(source: Source, frameworkIds?: readonly string[]): Promise<ItemRow[]> {
  let query = itemRows(source);
  if (frameworkIds) query = query.where('f.id', '=', anyOf(frameworkIds, 'uuid'));
  return query.orderBy('i.number').execute();
}

export async function itemsById(source: Source, ids: readonly string[]): Promise<ItemRow[]> {
  return itemRows(source).where('i.id', '=', anyOf(ids, 'uuid')).execute();
}

/** The framework, locked for a write. */
export async function frameworkForUpdate(manager: EntityManager, id: string): Promise<FrameworkRow | undefined> {
  return frameworkRows(manager).where('f.id', '=', id).forUpdate().executeTakeFirst();
}

export interface FrameworkValues {
  name: string;
  validFrom: string;
  validTo: string;
}

export async function insertFramework(manager: EntityManager, v: FrameworkValues): Promise<string> {
  const row = await db(manager).insertInto('programme_frameworks').values({ name: v.name, valid_from: v.validFrom, valid_to: v.validTo }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** false when the version is stale. */
export async function updateFramework(manager: EntityManager, id: string, version: number, v: FrameworkValues): Promise<boolean> {
  const rows = await db(manager)
    .updateTable('programme_frameworks')
    .set((eb) => ({ name: v.name, valid_from: v.validFrom, valid_to: v.validTo, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .execute();
  return rows.length > 0;
}

export interface ItemValues {
  number: number;
  title: string;
  indicators: Indicator[];
}

function indicatorArray(indicators: Indicator[]) {
  return sql<string>`${indicators}::indicator[]`;
}

export async function insertItem(manager: EntityManager, frameworkId: string, v: ItemValues): Promise<string> {
  const row = await db(manager)
    .insertInto('programme_items')
    .values({ framework_id: frameworkId, number: v.number, title: v.title, indicators: indicatorArray(v.indicators) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** false when the version is stale. */
export async function updateItem(manager: EntityManager, id: string, version: number, v: ItemValues): Promise<boolean> {
  const rows = await db(manager)
    .updateTable('programme_items')
    .set((eb) => ({ number: v.number, title: v.title, indicators: indicatorArray(v.indicators), version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Whether another item (not `selfId`) of the framework has the number. */
export async function itemNumberTaken(source: Source, frameworkId: string, number: number, selfId: string | null): Promise<boolean> {
  const row = await db(source)
    .selectFrom('programme_items')
    .select(sql<number>`1`.as('one'))
    .where('framework_id', '=', frameworkId)
    .where('number', '=', number)
    .where('id', 'is distinct from', selfId)
    .executeTakeFirst();
  return row !== undefined;
}

/** A programme item's number and its framework's name and validity (dates as text), when there is one by this id. */
export async function programmeItemWithFramework(source: Source, id: string): Promise<{ number: number; framework: string; validFrom: string; validTo: string } | undefined> {
  return db(source)
    .selectFrom('programme_items as i')
    .innerJoin('programme_frameworks as f', 'f.id', 'i.framework_id')
    .select(['i.number', 'f.name as framework', sql<string>`f.valid_from::text`.as('validFrom'), sql<string>`f.valid_to::text`.as('validTo')])
    .where('i.id', '=', id)
    .executeTakeFirst();
}
