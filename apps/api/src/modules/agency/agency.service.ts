import { AgencyType, requiredHomeDepth, tryParseRegionCode } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { CallerCache } from '../../common/access/caller-cache';
import { endSessions } from '../../common/access/end-sessions';
import { isUuid } from '../../common/uuid';
import { onlyRow } from '../../database/kysely';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { AgencyError, AgencyErrorCode, MAX_WORKING_AREA } from './agency.errors';
import { AgencyFilter, AgencyInput } from './dto/agency.input';
import { agencyExists, existingRegionCodes, inParentChain, insertAgency, lockAgency, updateAgency, visibleAgencies, workingAreaRows, type AgencyRow } from './agency.repository';
import { minimalArea, replaceWorkingArea } from './working-area';

@Injectable()
export class AgencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly callers: CallerCache,
  ) {}

  async list(caller: Caller, filter: AgencyFilter = {}): Promise<AgencyRow[]> {
    return visibleAgencies(this.dataSource, caller, {
      search: filter.search?.trim() || undefined,
      type: filter.type || undefined,
      withoutActiveHead: Boolean(filter.withoutActiveHead),
      limit: Math.min(Math.max(filter.first ?? 100, 1), 500),
    });
  }

  /** The agencies among `ids` the caller may see; the others are simply absent. */
  async findVisible(caller: Caller, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<AgencyRow[]> {
    return visibleAgencies(manager, caller, { ids: ids.filter(isUuid) });
  }

  async workingAreas(agencyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const rows = await workingAreaRows(manager, agencyIds.filter(isUuid));
    const byAgency = new Map<string, string[]>();
    for (const row of rows) byAgency.set(row.agency_id, [...(byAgency.get(row.agency_id) ?? []), row.region_code]);
    return byAgency;
  }

  async create(context: AuditContext & { caller: Caller }, input: AgencyInput): Promise<AgencyRow> {
    return this.dataSource.transaction(async (manager) => {
      const values = await this.validate(manager, input, null);
      const id = await insertAgency(manager, { ...values, address: values.address ?? null });
      const villageCount = await replaceWorkingArea(manager, id, values.workingArea);
      await this.audit.record(manager, context, {
        entity: 'Agency',
        entityId: id,
        subjectAgencyId: id,
        before: null,
        after: { ...values, villageCount },
      });
      return onlyRow(await this.findVisible(context.caller, [id], manager), 'agency just written');
    });
  }

  async update(context: AuditContext & { caller: Caller }, id: string, version: number, input: AgencyInput): Promise<AgencyRow> {
    const agency = await this.dataSource.transaction(async (manager) => {
      // Locked, so the audit "before" is the row this update replaces.
      if (isUuid(id)) await lockAgency(manager, id);
      const [current] = await this.findVisible(context.caller, [id], manager);
      if (!current) throw new AgencyError(AgencyErrorCode.NOT_FOUND, {}, 'id');
      const checked = await this.validate(manager, input, id);
      // An update that does not name the address keeps it (older forms and scripts know no address).
      const values = { ...checked, address: checked.address === undefined ? current.address : checked.address };
      if (!(await updateAgency(manager, id, version, values))) {
        const last = await lastChange(manager, 'Agency', id);
        throw new AgencyError(AgencyErrorCode.VERSION_CONFLICT, last, 'version');
      }
      const before = { ...current, workingArea: (await this.workingAreas([id], manager)).get(id) ?? [] };
      const villageCount = await replaceWorkingArea(manager, id, values.workingArea);
      if (current.active && !values.active) {
        // A deactivated agency's people are signed out at once (their callers stop resolving, see loadCaller).
        await endSessions(manager, { agencyId: id });
      }
      await this.audit.record(manager, context, {
        entity: 'Agency',
        entityId: id,
        subjectAgencyId: id,
        before: pick(before, Object.keys(values).concat('villageCount')),
        after: { ...values, villageCount },
      });
      return onlyRow(await this.findVisible(context.caller, [id], manager), 'agency just written');
    });
    // Its people's type, parent, working area or active flag may have changed: this instance reads them again at once.
    this.callers.evictAgency(id);
    return agency;
  }

  private async validate(manager: EntityManager, input: AgencyInput, selfId: string | null) {
    const name = input.name?.trim() ?? '';
    const shortName = input.shortName?.trim() ?? '';
    if (!name || name.length > 200) throw new AgencyError(AgencyErrorCode.NAME_INVALID, {}, 'name');
    if (!shortName || shortName.length > 60) throw new AgencyError(AgencyErrorCode.SHORT_NAME_INVALID, {}, 'shortName');
    const officeClass = input.officeClass?.trim() || null;
    if (officeClass && input.type !== AgencyType.KANTOR_IMIGRASI) throw new AgencyError(AgencyErrorCode.OFFICE_CLASS_NOT_ALLOWED, {}, 'officeClass');
    if (officeClass && officeClass.length > 60) throw new AgencyError(AgencyErrorCode.OFFICE_CLASS_NOT_ALLOWED, {}, 'officeClass');
    // undefined: not asked to change (an update keeps the address it has).
    const address = input.address === undefined ? undefined : input.address?.trim() || null;
    if (address && address.length > 300) throw new AgencyError(AgencyErrorCode.ADDRESS_TOO_LONG, {}, 'address');

    const parentId = input.parentId || null;
    if (parentId) {
      if (parentId === selfId) throw new AgencyError(AgencyErrorCode.PARENT_CYCLE, {}, 'parentId');
      if (!(isUuid(parentId) && (await agencyExists(manager, parentId)))) throw new AgencyError(AgencyErrorCode.PARENT_NOT_FOUND, {}, 'parentId');
      if (selfId) {
        if (await inParentChain(manager, parentId, selfId)) throw new AgencyError(AgencyErrorCode.PARENT_CYCLE, {}, 'parentId');
      }
    }

    const homeRegionCode = input.homeRegionCode?.trim() || null;
    const boundDepth = requiredHomeDepth(input.type);
    let workingArea = minimalArea(input.workingArea ?? []);
    if (boundDepth) {
      // A kecamatan or desa government is bound to its one region, which is also its whole working area.
      const parsed = homeRegionCode ? tryParseRegionCode(homeRegionCode) : null;
      if (!parsed || typeof parsed === 'string' || parsed.depth !== boundDepth) {
        throw new AgencyError(AgencyErrorCode.BOUND_REGION_LEVEL, { level: boundDepth === 3 ? 'kecamatan' : 'desa/kelurahan' }, 'homeRegionCode');
      }
      workingArea = [homeRegionCode!];
    }
    if (workingArea.length > MAX_WORKING_AREA) throw new AgencyError(AgencyErrorCode.WORKING_AREA_TOO_LARGE, {}, 'workingArea');
    const wanted = [...new Set([...(homeRegionCode ? [homeRegionCode] : []), ...workingArea])];
    const found = await existingRegionCodes(manager, wanted);
    const missing = wanted.find((code) => !found.includes(code));
    if (missing) throw new AgencyError(AgencyErrorCode.REGION_NOT_FOUND, { code: missing.slice(0, 20) }, missing === homeRegionCode ? 'homeRegionCode' : 'workingArea');

    return { name, shortName, type: input.type, officeClass, address, parentId, homeRegionCode, active: input.active ?? true, workingArea };
  }
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}
