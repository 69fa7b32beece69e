import { AgencyType, isValidRegionCode, isWithin, localDate, Role, timeZoneOfRegion, isCalendarDate } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { onlyRow } from '../../database/kysely';
import { CoverageMaintenance } from '../activity/rollups/coverage-maintenance';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { DesaBinaanStatus } from './desa-binaan.entity';
import { DesaBinaanError, DesaBinaanErrorCode, NOTES_MAX, OFFICER_NAME_MAX, SK_NUMBER_MAX } from './desa-binaan.errors';
import { DesaBinaanFilter, DesaBinaanInput, DesignateDesaBinaanInput } from './dto/desa-binaan.input';
import {
  agencyForDesignation,
  duplicateNames,
  insertDesaBinaan,
  lockDesaBinaan,
  regionByCode,
  updateDesaBinaan,
  userInAgency,
  villageTaken,
  visibleDesaBinaan,
  workingAreaCodes,
  type DesaBinaanRow,
  type DesaBinaanValues,
  type DesaBinaanWhere,
} from './desa-binaan.repository';

export type { DesaBinaanRow } from './desa-binaan.repository';

type Ctx = AuditContext & { caller: Caller };

/** The fields a designation is audited and compared by. */
type Values = DesaBinaanValues;

@Injectable()
export class DesaBinaanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly coverage: CoverageMaintenance,
  ) {}

  async list(caller: Caller, filter: DesaBinaanFilter = {}): Promise<DesaBinaanRow[]> {
    const where: DesaBinaanWhere = {};
    if (filter.agencyId) {
      // An id that cannot be one matches nothing (rather than a database error about uuid syntax).
      if (!isUuid(filter.agencyId)) return [];
      where.agencyIds = [filter.agencyId];
    }
    if (filter.regionCode) {
      const code = filter.regionCode.trim();
      if (!isValidRegionCode(code)) throw new DesaBinaanError(DesaBinaanErrorCode.FILTER_INVALID, { detail: `regionCode ${code.slice(0, 20)}` }, 'regionCode');
      where.regionCodes = [code];
    }
    if (filter.status) where.status = filter.status;
    return visibleDesaBinaan(this.dataSource, caller, where);
  }

  /** The designations among `ids` the caller may see; the others are simply absent. */
  async findVisible(caller: Caller, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<DesaBinaanRow[]> {
    return visibleDesaBinaan(manager, caller, { ids: ids.filter(isUuid) });
  }

  /** For the Agency.desaBinaan loader: each agency's designations the caller may see. */
  async ofAgencies(caller: Caller, agencyIds: readonly string[]): Promise<Map<string, DesaBinaanRow[]>> {
    const rows = await visibleDesaBinaan(this.dataSource, caller, { agencyIds: agencyIds.filter(isUuid) });
    const byAgency = new Map<string, DesaBinaanRow[]>();
    for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), row]);
    return byAgency;
  }

  /** For the Region.desaBinaan loader: per region code, the visible designations of villages in or under it. */
  async inRegions(caller: Caller, codes: readonly string[]): Promise<DesaBinaanRow[][]> {
    const valid = [...new Set(codes.filter(isValidRegionCode))];
    if (!valid.length) return codes.map(() => []);
    const rows = await visibleDesaBinaan(this.dataSource, caller, { regionCodes: valid });
    return codes.map((code) => rows.filter((r) => isWithin(r.villageCode, code)));
  }

  async designate(context: Ctx, input: DesignateDesaBinaanInput): Promise<DesaBinaanRow> {
    return this.dataSource.transaction(async (manager) => {
      const values = await this.validate(manager, context.caller, input.agencyId, input, null);
      const insertedId = await insertDesaBinaan(manager, values);
      // Two heads designating the same village at once: the second finds the first's row here, not a 500.
      if (insertedId === undefined) throw await this.duplicate(manager, values);
      await this.audit.record(manager, context, { entity: 'DesaBinaan', entityId: insertedId, subjectAgencyId: values.agencyId, before: null, after: values });
      // DESA_BINAAN_FORMED is among the cached coverage figures: retire them at this commit.
      await this.coverage.bumpGeneration(manager);
      return onlyRow(await this.findVisible(context.caller, [insertedId], manager), 'designation just written');
    });
  }

  async update(context: Ctx, id: string, version: number, input: DesaBinaanInput): Promise<DesaBinaanRow> {
    return this.dataSource.transaction(async (manager) => {
      // Locked, so the audit "before" is the row this update replaces.
      if (isUuid(id)) await lockDesaBinaan(manager, id);
      const [current] = await this.findVisible(context.caller, [id], manager);
      if (!current) throw new DesaBinaanError(DesaBinaanErrorCode.NOT_FOUND, {}, 'id');
      const values = await this.validate(manager, context.caller, current.agencyId, input, id);
      let updated: boolean;
      try {
        updated = await updateDesaBinaan(manager, id, version, values);
      } catch (error) {
        if (isUniqueViolation(error)) throw await this.duplicate(this.dataSource.manager, values);
        throw error;
      }
      if (!updated) throw new DesaBinaanError(DesaBinaanErrorCode.VERSION_CONFLICT, await lastChange(manager, 'DesaBinaan', id), 'version');
      const before: Values = { ...pickValues(current), officerUserId: current.officerUser?.id ?? null };
      await this.audit.record(manager, context, { entity: 'DesaBinaan', entityId: id, subjectAgencyId: current.agencyId, before, after: values });
      await this.coverage.bumpGeneration(manager);
      return onlyRow(await this.findVisible(context.caller, [id], manager), 'designation just written');
    });
  }

  private async validate(manager: EntityManager, caller: Caller, agencyId: string, input: DesaBinaanInput, selfId: string | null): Promise<Values> {
    // Heads act for their own office only; administrators for any.
    if (caller.role !== Role.ADMIN && agencyId !== caller.agencyId) throw new DesaBinaanError(DesaBinaanErrorCode.NOT_OWN_AGENCY, {}, 'agencyId');
    const agency = isUuid(agencyId) ? await agencyForDesignation(manager, agencyId) : undefined;
    if (!agency) throw new DesaBinaanError(DesaBinaanErrorCode.AGENCY_NOT_FOUND, {}, 'agencyId');
    if (agency.type !== (AgencyType.KANTOR_IMIGRASI as string)) throw new DesaBinaanError(DesaBinaanErrorCode.NOT_IMMIGRATION_OFFICE, {}, 'agencyId');

    const villageCode = input.villageCode?.trim() ?? '';
    const village = isValidRegionCode(villageCode) ? await regionByCode(manager, villageCode) : undefined;
    if (!village) throw new DesaBinaanError(DesaBinaanErrorCode.VILLAGE_NOT_FOUND, { code: villageCode.slice(0, 20) }, 'villageCode');
    if (village.depth !== 4) throw new DesaBinaanError(DesaBinaanErrorCode.NOT_A_VILLAGE, { name: village.name }, 'villageCode');
    const area = await workingAreaCodes(manager, agencyId);
    if (!area.some((code) => isWithin(villageCode, code))) {
      throw new DesaBinaanError(DesaBinaanErrorCode.OUTSIDE_WORKING_AREA, { name: village.name, agency: agency.shortName }, 'villageCode');
    }

    const skNumber = input.skNumber?.trim() ?? '';
    if (!skNumber || skNumber.length > SK_NUMBER_MAX) throw new DesaBinaanError(DesaBinaanErrorCode.SK_NUMBER_INVALID, {}, 'skNumber');
    const skDate = input.skDate?.trim() ?? '';
    if (!isCalendarDate(skDate)) throw new DesaBinaanError(DesaBinaanErrorCode.SK_DATE_INVALID, {}, 'skDate');
    // Today where the village is (WIB, WITA or WIT): an SK signed this morning in Papua is not in the future.
    if (skDate > localDate(new Date(), timeZoneOfRegion(villageCode))) throw new DesaBinaanError(DesaBinaanErrorCode.SK_DATE_IN_FUTURE, {}, 'skDate');
    const officerName = input.officerName?.trim() ?? '';
    if (!officerName || officerName.length > OFFICER_NAME_MAX) throw new DesaBinaanError(DesaBinaanErrorCode.OFFICER_NAME_INVALID, {}, 'officerName');
    const officerUserId = input.officerUserId?.trim() || null;
    if (officerUserId) {
      const officer = isUuid(officerUserId) && (await userInAgency(manager, officerUserId, agencyId));
      if (!officer) throw new DesaBinaanError(DesaBinaanErrorCode.OFFICER_NOT_IN_AGENCY, { agency: agency.shortName }, 'officerUserId');
    }
    const notes = input.notes?.trim() ?? '';
    if (notes.length > NOTES_MAX) throw new DesaBinaanError(DesaBinaanErrorCode.NOTES_TOO_LONG, {}, 'notes');

    const values: Values = { agencyId, villageCode, skNumber, skDate, officerName, officerUserId, status: input.status ?? DesaBinaanStatus.ACTIVE, notes };
    if (await villageTaken(manager, agencyId, villageCode, selfId)) throw await this.duplicate(manager, values);
    return values;
  }

  private async duplicate(manager: EntityManager, values: Pick<Values, 'agencyId' | 'villageCode'>): Promise<DesaBinaanError> {
    const names = await duplicateNames(manager, values.villageCode, values.agencyId);
    return new DesaBinaanError(DesaBinaanErrorCode.DUPLICATE, { name: names?.village ?? values.villageCode, agency: names?.agency ?? '' }, 'villageCode');
  }
}

function pickValues(row: DesaBinaanRow): Omit<Values, 'officerUserId'> {
  const { agencyId, villageCode, skNumber, skDate, officerName, status, notes } = row;
  return { agencyId, villageCode, skNumber, skDate, officerName, status, notes };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e?.driverError?.code ?? e?.code) === '23505';
}
