import { AgencyType, isValidRegionCode, isWithin, localDate, Role, timeZoneOfRegion, isCalendarDate } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { desaBinaanVisible } from '../../common/access/scoped-sql';
import { isUuid } from '../../common/uuid';
import { CoverageMaintenance } from '../activity/rollups/coverage-maintenance';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { DesaBinaanStatus } from './desa-binaan.entity';
import { DesaBinaanError, DesaBinaanErrorCode, NOTES_MAX, OFFICER_NAME_MAX, SK_NUMBER_MAX } from './desa-binaan.errors';
import { DesaBinaanFilter, DesaBinaanInput, DesignateDesaBinaanInput } from './dto/desa-binaan.input';

/** A designation as read: the agency and the village are resolved by the field resolvers (through loaders). */
export interface DesaBinaanRow {
  id: string;
  agencyId: string;
  villageCode: string;
  skNumber: string;
  skDate: string;
  officerName: string;
  officerUser: { id: string; fullName: string } | null;
  status: DesaBinaanStatus;
  notes: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const SELECT = `SELECT d.id, d.agency_id AS "agencyId", d.village_code AS "villageCode", d.sk_number AS "skNumber", d.sk_date::text AS "skDate",
    d.officer_name AS "officerName", CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'fullName', u.full_name) END AS "officerUser",
    d.status, d.notes, d.version, d.created_at AS "createdAt", d.updated_at AS "updatedAt"
  FROM desa_binaan d LEFT JOIN users u ON u.id = d.officer_user_id`;
const ORDER = `ORDER BY d.sk_date DESC, d.village_code, d.id`;

type Ctx = AuditContext & { caller: Caller };

/** The fields a designation is audited and compared by. */
type Values = Omit<DesaBinaanRow, 'id' | 'officerUser' | 'version' | 'createdAt' | 'updatedAt'> & { officerUserId: string | null };

@Injectable()
export class DesaBinaanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly coverage: CoverageMaintenance,
  ) {}

  async list(caller: Caller, filter: DesaBinaanFilter = {}): Promise<DesaBinaanRow[]> {
    const params: unknown[] = [];
    const where = [desaBinaanVisible(caller, 'd', params).sql];
    if (filter.agencyId) {
      // An id that cannot be one matches nothing (rather than a database error about uuid syntax).
      if (!isUuid(filter.agencyId)) return [];
      params.push(filter.agencyId);
      where.push(`d.agency_id = $${params.length}::uuid`);
    }
    if (filter.regionCode) {
      const code = filter.regionCode.trim();
      if (!isValidRegionCode(code)) throw new DesaBinaanError(DesaBinaanErrorCode.FILTER_INVALID, { detail: `regionCode ${code.slice(0, 20)}` }, 'regionCode');
      params.push(code, `${code}.%`);
      where.push(`(d.village_code = $${params.length - 1} OR d.village_code LIKE $${params.length})`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`d.status = $${params.length}::desa_binaan_status`);
    }
    return this.dataSource.query(`${SELECT} WHERE ${where.join(' AND ')} ${ORDER}`, params);
  }

  /** The designations among `ids` the caller may see; the others are simply absent. */
  async findVisible(caller: Caller, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<DesaBinaanRow[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const visible = desaBinaanVisible(caller, 'd', params).sql;
    return manager.query(`${SELECT} WHERE d.id = ANY($1::uuid[]) AND ${visible} ${ORDER}`, params);
  }

  /** For the Agency.desaBinaan loader: each agency's designations the caller may see. */
  async ofAgencies(caller: Caller, agencyIds: readonly string[]): Promise<Map<string, DesaBinaanRow[]>> {
    const params: unknown[] = [agencyIds.filter(isUuid)];
    const visible = desaBinaanVisible(caller, 'd', params).sql;
    const rows: DesaBinaanRow[] = await this.dataSource.query(`${SELECT} WHERE d.agency_id = ANY($1::uuid[]) AND ${visible} ${ORDER}`, params);
    const byAgency = new Map<string, DesaBinaanRow[]>();
    for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), row]);
    return byAgency;
  }

  /** For the Region.desaBinaan loader: per region code, the visible designations of villages in or under it. */
  async inRegions(caller: Caller, codes: readonly string[]): Promise<DesaBinaanRow[][]> {
    const valid = [...new Set(codes.filter(isValidRegionCode))];
    if (!valid.length) return codes.map(() => []);
    const params: unknown[] = [valid, valid.map((c) => `${c}.%`)];
    const visible = desaBinaanVisible(caller, 'd', params).sql;
    const rows: DesaBinaanRow[] = await this.dataSource.query(
      `${SELECT} WHERE (d.village_code = ANY($1::varchar[]) OR d.village_code LIKE ANY($2::varchar[])) AND ${visible} ${ORDER}`,
      params,
    );
    return codes.map((code) => rows.filter((r) => isWithin(r.villageCode, code)));
  }

  async designate(context: Ctx, input: DesignateDesaBinaanInput): Promise<DesaBinaanRow> {
    return this.dataSource.transaction(async (manager) => {
      const values = await this.validate(manager, context.caller, input.agencyId, input, null);
      const [inserted] = await manager.query(
        `INSERT INTO desa_binaan (agency_id, village_code, sk_number, sk_date, officer_name, officer_user_id, status, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (agency_id, village_code) DO NOTHING RETURNING id`,
        [values.agencyId, values.villageCode, values.skNumber, values.skDate, values.officerName, values.officerUserId, values.status, values.notes],
      );
      // Two heads designating the same village at once: the second finds the first's row here, not a 500.
      if (!inserted) throw await this.duplicate(manager, values);
      await this.audit.record(manager, context, { entity: 'DesaBinaan', entityId: inserted.id, subjectAgencyId: values.agencyId, before: null, after: values });
      // DESA_BINAAN_FORMED is among the cached coverage figures: retire them at this commit.
      await this.coverage.bumpGeneration(manager);
      return (await this.findVisible(context.caller, [inserted.id], manager))[0];
    });
  }

  async update(context: Ctx, id: string, version: number, input: DesaBinaanInput): Promise<DesaBinaanRow> {
    return this.dataSource.transaction(async (manager) => {
      // Locked, so the audit "before" is the row this update replaces.
      if (isUuid(id)) await manager.query('SELECT 1 FROM desa_binaan WHERE id = $1 FOR UPDATE', [id]);
      const [current] = await this.findVisible(context.caller, [id], manager);
      if (!current) throw new DesaBinaanError(DesaBinaanErrorCode.NOT_FOUND, {}, 'id');
      const values = await this.validate(manager, context.caller, current.agencyId, input, id);
      let updated: [unknown[], number];
      try {
        updated = await manager.query(
          `UPDATE desa_binaan SET village_code = $3, sk_number = $4, sk_date = $5, officer_name = $6, officer_user_id = $7, status = $8, notes = $9,
             version = version + 1, updated_at = now()
           WHERE id = $1 AND version = $2 RETURNING id`,
          [id, version, values.villageCode, values.skNumber, values.skDate, values.officerName, values.officerUserId, values.status, values.notes],
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw await this.duplicate(this.dataSource.manager, values);
        throw error;
      }
      if (updated[1] === 0) throw new DesaBinaanError(DesaBinaanErrorCode.VERSION_CONFLICT, await lastChange(manager, 'DesaBinaan', id), 'version');
      const before: Values = { ...pickValues(current), officerUserId: current.officerUser?.id ?? null };
      await this.audit.record(manager, context, { entity: 'DesaBinaan', entityId: id, subjectAgencyId: current.agencyId, before, after: values });
      await this.coverage.bumpGeneration(manager);
      return (await this.findVisible(context.caller, [id], manager))[0];
    });
  }

  private async validate(manager: EntityManager, caller: Caller, agencyId: string, input: DesaBinaanInput, selfId: string | null): Promise<Values> {
    // Heads act for their own office only; administrators for any.
    if (caller.role !== Role.ADMIN && agencyId !== caller.agencyId) throw new DesaBinaanError(DesaBinaanErrorCode.NOT_OWN_AGENCY, {}, 'agencyId');
    const [agency] = isUuid(agencyId) ? await manager.query(`SELECT id, short_name AS "shortName", type FROM agencies WHERE id = $1`, [agencyId]) : [];
    if (!agency) throw new DesaBinaanError(DesaBinaanErrorCode.AGENCY_NOT_FOUND, {}, 'agencyId');
    if (agency.type !== AgencyType.KANTOR_IMIGRASI) throw new DesaBinaanError(DesaBinaanErrorCode.NOT_IMMIGRATION_OFFICE, {}, 'agencyId');

    const villageCode = input.villageCode?.trim() ?? '';
    const [village] = isValidRegionCode(villageCode) ? await manager.query(`SELECT code, name, depth FROM regions WHERE code = $1`, [villageCode]) : [];
    if (!village) throw new DesaBinaanError(DesaBinaanErrorCode.VILLAGE_NOT_FOUND, { code: villageCode.slice(0, 20) }, 'villageCode');
    if (village.depth !== 4) throw new DesaBinaanError(DesaBinaanErrorCode.NOT_A_VILLAGE, { name: village.name }, 'villageCode');
    const area: { code: string }[] = await manager.query(`SELECT region_code AS code FROM agency_working_areas WHERE agency_id = $1`, [agencyId]);
    if (!area.some((a) => isWithin(villageCode, a.code))) {
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
      const [officer] = isUuid(officerUserId) ? await manager.query(`SELECT id FROM users WHERE id = $1 AND agency_id = $2`, [officerUserId, agencyId]) : [];
      if (!officer) throw new DesaBinaanError(DesaBinaanErrorCode.OFFICER_NOT_IN_AGENCY, { agency: agency.shortName }, 'officerUserId');
    }
    const notes = input.notes?.trim() ?? '';
    if (notes.length > NOTES_MAX) throw new DesaBinaanError(DesaBinaanErrorCode.NOTES_TOO_LONG, {}, 'notes');

    const values: Values = { agencyId, villageCode, skNumber, skDate, officerName, officerUserId, status: input.status ?? DesaBinaanStatus.ACTIVE, notes };
    const [taken] = await manager.query(`SELECT 1 FROM desa_binaan WHERE agency_id = $1 AND village_code = $2 AND id IS DISTINCT FROM $3::uuid`, [
      agencyId,
      villageCode,
      selfId,
    ]);
    if (taken) throw await this.duplicate(manager, values);
    return values;
  }

  private async duplicate(manager: EntityManager, values: Pick<Values, 'agencyId' | 'villageCode'>): Promise<DesaBinaanError> {
    const [names] = await manager.query(
      `SELECT (SELECT name FROM regions WHERE code = $1) AS village, (SELECT short_name FROM agencies WHERE id = $2) AS agency`,
      [values.villageCode, values.agencyId],
    );
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
