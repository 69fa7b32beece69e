import { AgencyType, requiredHomeDepth, tryParseRegionCode } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { CallerCache } from '../../common/access/caller-cache';
import { endSessions } from '../../common/access/end-sessions';
import { agencyVisible } from '../../common/access/scoped-sql';
import { isUuid } from '../../common/uuid';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { AgencyEntity } from './agency.entity';
import { AgencyError, AgencyErrorCode, MAX_WORKING_AREA } from './agency.errors';
import { AgencyFilter, AgencyInput } from './dto/agency.input';
import { minimalArea, replaceWorkingArea } from './working-area';

const COLUMNS = `a.id, a.name, a.short_name AS "shortName", a.type, a.office_class AS "officeClass", a.address, a.parent_id AS "parentId",
  a.home_region_code AS "homeRegionCode", a.village_count AS "villageCount", a.active, a.version, a.updated_at AS "updatedAt"`;

@Injectable()
export class AgencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly callers: CallerCache,
  ) {}

  async list(caller: Caller, filter: AgencyFilter = {}): Promise<AgencyEntity[]> {
    const params: unknown[] = [];
    const where = [agencyVisible(caller, 'a', params).sql];
    if (filter.search?.trim()) {
      params.push(`%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(a.name ILIKE $${params.length} OR a.short_name ILIKE $${params.length})`);
    }
    if (filter.type) {
      params.push(filter.type);
      where.push(`a.type = $${params.length}::agency_type`);
    }
    if (filter.withoutActiveHead) where.push(`a.active AND NOT EXISTS (SELECT 1 FROM users u WHERE u.agency_id = a.id AND u.role = 'HEAD' AND u.active)`);
    params.push(Math.min(Math.max(filter.first ?? 100, 1), 500));
    return this.dataSource.query(`SELECT ${COLUMNS} FROM agencies a WHERE ${where.join(' AND ')} ORDER BY a.name, a.id LIMIT $${params.length}`, params);
  }

  /** The agencies among `ids` the caller may see; the others are simply absent. */
  async findVisible(caller: Caller, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<AgencyEntity[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const visible = agencyVisible(caller, 'a', params).sql;
    return manager.query(`SELECT ${COLUMNS} FROM agencies a WHERE a.id = ANY($1::uuid[]) AND ${visible}`, params);
  }

  async workingAreas(agencyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const rows: { agency_id: string; region_code: string }[] = await manager.query(
      `SELECT agency_id, region_code FROM agency_working_areas WHERE agency_id = ANY($1::uuid[]) ORDER BY region_code`,
      [agencyIds.filter(isUuid)],
    );
    const byAgency = new Map<string, string[]>();
    for (const row of rows) byAgency.set(row.agency_id, [...(byAgency.get(row.agency_id) ?? []), row.region_code]);
    return byAgency;
  }

  async create(context: AuditContext & { caller: Caller }, input: AgencyInput): Promise<AgencyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const values = await this.validate(manager, input, null);
      const [{ id }] = await manager.query(
        `INSERT INTO agencies (name, short_name, type, office_class, parent_id, home_region_code, active, address)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [values.name, values.shortName, values.type, values.officeClass, values.parentId, values.homeRegionCode, values.active, values.address ?? null],
      );
      const villageCount = await replaceWorkingArea(manager, id, values.workingArea);
      await this.audit.record(manager, context, {
        entity: 'Agency',
        entityId: id,
        subjectAgencyId: id,
        before: null,
        after: { ...values, villageCount },
      });
      return (await this.findVisible(context.caller, [id], manager))[0];
    });
  }

  async update(context: AuditContext & { caller: Caller }, id: string, version: number, input: AgencyInput): Promise<AgencyEntity> {
    const agency = await this.dataSource.transaction(async (manager) => {
      // Locked, so the audit "before" is the row this update replaces.
      if (isUuid(id)) await manager.query('SELECT 1 FROM agencies WHERE id = $1 FOR UPDATE', [id]);
      const [current] = await this.findVisible(context.caller, [id], manager);
      if (!current) throw new AgencyError(AgencyErrorCode.NOT_FOUND, {}, 'id');
      const checked = await this.validate(manager, input, id);
      // An update that does not name the address keeps it (older forms and scripts know no address).
      const values = { ...checked, address: checked.address === undefined ? current.address : checked.address };
      const updated = await manager.query(
        `UPDATE agencies SET name = $3, short_name = $4, type = $5, office_class = $6, parent_id = $7, home_region_code = $8,
           active = $9, address = $10, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [id, version, values.name, values.shortName, values.type, values.officeClass, values.parentId, values.homeRegionCode, values.active, values.address],
      );
      if (updated[1] === 0) {
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
      return (await this.findVisible(context.caller, [id], manager))[0];
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
      const [parent] = isUuid(parentId) ? await manager.query(`SELECT id FROM agencies WHERE id = $1`, [parentId]) : [];
      if (!parent) throw new AgencyError(AgencyErrorCode.PARENT_NOT_FOUND, {}, 'parentId');
      if (selfId) {
        const [cycle] = await manager.query(
          `WITH RECURSIVE up AS (SELECT id, parent_id FROM agencies WHERE id = $1
             UNION SELECT a.id, a.parent_id FROM agencies a JOIN up ON a.id = up.parent_id)
           SELECT 1 FROM up WHERE id = $2`,
          [parentId, selfId],
        );
        if (cycle) throw new AgencyError(AgencyErrorCode.PARENT_CYCLE, {}, 'parentId');
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
    const found: { code: string }[] = await manager.query(`SELECT code FROM regions WHERE code = ANY($1::varchar[])`, [wanted]);
    const missing = wanted.find((code) => !found.some((f) => f.code === code));
    if (missing) throw new AgencyError(AgencyErrorCode.REGION_NOT_FOUND, { code: missing.slice(0, 20) }, missing === homeRegionCode ? 'homeRegionCode' : 'workingArea');

    return { name, shortName, type: input.type, officeClass, address, parentId, homeRegionCode, active: input.active ?? true, workingArea };
  }
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}
