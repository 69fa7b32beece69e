import { frameworksInForce, frameworksOverlapping, Indicator, isCalendarDate } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { onlyRow } from '../../database/kysely';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { ProgrammeFrameworkInput, ProgrammeItemInput } from './dto/programme.input';
import { FRAMEWORK_NAME_MAX, ITEM_NUMBER_MAX, ITEM_TITLE_MAX, ProgrammeError, ProgrammeErrorCode } from './programme.errors';
import { ProgrammeFramework, ProgrammeItem } from './models/programme.model';
import {
  frameworkForUpdate,
  frameworks as frameworkRows,
  insertFramework,
  insertItem,
  itemNumberTaken,
  itemsById,
  itemsOfFrameworks,
  updateFramework,
  updateItem,
} from './programme.repository';

type Ctx = AuditContext & { caller: Caller };

/**
 * The programme frameworks and their numbered items: reference data every agency reads and administrators keep.
 * Only the items known from published sources are seeded; the rest are entered here, never invented.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, each with its items by number. */
  async frameworks(manager: EntityManager = this.dataSource.manager, ids?: string[]): Promise<ProgrammeFramework[]> {
    const frameworks = await frameworkRows(manager, ids);
    const items = await itemsOfFrameworks(manager, ids);
    return frameworks.map((f) => ({ ...f, items: items.filter((i) => i.frameworkId === f.id) }));
  }

  /**
   * The frameworks that apply: those in force on `activeOn`, and/or those whose validity overlaps `from`–`to`
   * (the shared rule, as the web app applies it); every framework when neither is given. Newest first.
   */
  async applicable(query: { activeOn?: string | null; from?: string | null; to?: string | null }): Promise<ProgrammeFramework[]> {
    const { activeOn, from, to } = query;
    if (Boolean(from) !== Boolean(to) || (from && to && to < from)) throw new ProgrammeError(ProgrammeErrorCode.PERIOD_INVALID, {}, from ? 'to' : 'from');
    let frameworks = await this.frameworks();
    if (activeOn) frameworks = frameworksInForce(frameworks, activeOn);
    if (from && to) frameworks = frameworksOverlapping(frameworks, from, to);
    return frameworks;
  }

  async item(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProgrammeItem | null> {
    return (await this.items([id], manager))[0] ?? null;
  }

  /** For the per-request loader: items by id (reference data, visible to every reader). */
  async items(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ProgrammeItem[]> {
    return itemsById(manager, ids.filter(isUuid));
  }

  async createFramework(context: Ctx, input: ProgrammeFrameworkInput): Promise<ProgrammeFramework> {
    return this.dataSource.transaction(async (manager) => {
      const values = validateFramework(input);
      const id = await insertFramework(manager, values);
      await this.audit.record(manager, context, { entity: 'ProgrammeFramework', entityId: id, subjectAgencyId: null, before: null, after: values });
      return onlyRow(await this.frameworks(manager, [id]), 'framework just written');
    });
  }

  async updateFramework(context: Ctx, id: string, version: number, input: ProgrammeFrameworkInput): Promise<ProgrammeFramework> {
    return this.dataSource.transaction(async (manager) => {
      const current = isUuid(id) ? await frameworkForUpdate(manager, id) : undefined;
      if (!current) throw new ProgrammeError(ProgrammeErrorCode.FRAMEWORK_NOT_FOUND, {}, 'id');
      const values = validateFramework(input);
      if (!(await updateFramework(manager, id, version, values)))
        throw new ProgrammeError(ProgrammeErrorCode.FRAMEWORK_VERSION_CONFLICT, await lastChange(manager, 'ProgrammeFramework', id), 'version');
      const before = { name: current.name, validFrom: current.validFrom, validTo: current.validTo };
      await this.audit.record(manager, context, { entity: 'ProgrammeFramework', entityId: id, subjectAgencyId: null, before, after: values });
      return onlyRow(await this.frameworks(manager, [id]), 'framework just written');
    });
  }

  async createItem(context: Ctx, frameworkId: string, input: ProgrammeItemInput): Promise<ProgrammeItem> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: two administrators adding item 9 at once queue here, and the second is told it exists.
      const framework = isUuid(frameworkId) ? await frameworkForUpdate(manager, frameworkId) : undefined;
      if (!framework) throw new ProgrammeError(ProgrammeErrorCode.FRAMEWORK_NOT_FOUND, {}, 'frameworkId');
      const values = await this.validateItem(manager, framework, input, null);
      const id = await insertItem(manager, frameworkId, values);
      await this.audit.record(manager, context, { entity: 'ProgrammeItem', entityId: id, subjectAgencyId: null, before: null, after: { frameworkId, ...values } });
      return (await this.item(id, manager))!;
    });
  }

  async updateItem(context: Ctx, id: string, version: number, input: ProgrammeItemInput): Promise<ProgrammeItem> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.item(id, manager);
      if (!current) throw new ProgrammeError(ProgrammeErrorCode.ITEM_NOT_FOUND, {}, 'id');
      // The framework is locked as on creation, so a renumbering cannot race an insert of the same number.
      await frameworkForUpdate(manager, current.frameworkId);
      const values = await this.validateItem(manager, { id: current.frameworkId, name: current.frameworkName }, input, id);
      if (!(await updateItem(manager, id, version, values))) throw new ProgrammeError(ProgrammeErrorCode.ITEM_VERSION_CONFLICT, await lastChange(manager, 'ProgrammeItem', id), 'version');
      const before = { number: current.number, title: current.title, indicators: current.indicators ?? [] };
      await this.audit.record(manager, context, { entity: 'ProgrammeItem', entityId: id, subjectAgencyId: null, before, after: values });
      return (await this.item(id, manager))!;
    });
  }

  private async validateItem(manager: EntityManager, framework: { id: string; name: string }, input: ProgrammeItemInput, selfId: string | null) {
    const number = input.number;
    if (!Number.isInteger(number) || number < 1 || number > ITEM_NUMBER_MAX) throw new ProgrammeError(ProgrammeErrorCode.ITEM_NUMBER_INVALID, {}, 'number');
    const title = input.title?.trim() ?? '';
    if (!title || title.length > ITEM_TITLE_MAX) throw new ProgrammeError(ProgrammeErrorCode.ITEM_TITLE_INVALID, {}, 'title');
    // In the enum's order, once each: the same set always reads (and audits) the same.
    const indicators = Object.values(Indicator).filter((i) => (input.indicators ?? []).includes(i));
    if (await itemNumberTaken(manager, framework.id, number, selfId)) throw new ProgrammeError(ProgrammeErrorCode.ITEM_NUMBER_TAKEN, { number, framework: framework.name }, 'number');
    return { number, title, indicators };
  }
}

function validateFramework(input: ProgrammeFrameworkInput) {
  const name = input.name?.trim() ?? '';
  if (!name || name.length > FRAMEWORK_NAME_MAX) throw new ProgrammeError(ProgrammeErrorCode.NAME_INVALID, {}, 'name');
  const validFrom = input.validFrom?.trim() ?? '';
  const validTo = input.validTo?.trim() ?? '';
  if (!isCalendarDate(validFrom)) throw new ProgrammeError(ProgrammeErrorCode.DATE_INVALID, {}, 'validFrom');
  if (!isCalendarDate(validTo)) throw new ProgrammeError(ProgrammeErrorCode.DATE_INVALID, {}, 'validTo');
  if (validTo < validFrom) throw new ProgrammeError(ProgrammeErrorCode.DATES_REVERSED, {}, 'validTo');
  return { name, validFrom, validTo };
}
