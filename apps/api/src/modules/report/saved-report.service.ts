import { parsePeriodText } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { ReportInput } from './dto/report.input';
import type { ReportScheduleFormat, ReportScheduleFrequency } from './models/report-schedule.model';
import { ReportError, ReportErrorCode } from './report.errors';
import { ReportService } from './report.service';

type Context = AuditContext & { caller: Caller };

export interface SavedReportRow {
  id: string;
  ownerId: string;
  ownerName: string;
  name: string;
  definition: ReportInput;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Its e-mail schedule in brief (the schedule's owner is the report's owner). */
  schedule: { frequency: ReportScheduleFrequency; format: ReportScheduleFormat; recipients: number; active: boolean } | null;
}

const COLUMNS = `s.id, s.owner_id AS "ownerId", u.full_name AS "ownerName", s.name, s.definition, s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  CASE WHEN rs.id IS NULL THEN NULL
       ELSE json_build_object('frequency', rs.frequency, 'format', rs.format, 'recipients', cardinality(rs.recipient_ids), 'active', rs.active) END AS schedule`;
const FROM = `saved_reports s JOIN users u ON u.id = s.owner_id LEFT JOIN report_schedules rs ON rs.saved_report_id = s.id`;

/** Only the fields of a ReportInput, so nothing else is ever stored. */
function definitionOf(input: ReportInput): ReportInput {
  return {
    rows: input.rows,
    withinRegion: input.withinRegion ?? null,
    from: input.from ?? null,
    to: input.to ?? null,
    // The period as its key ("Juni 2025" is kept as "2025-06"): a saved link names it the way every reader's page does.
    period: input.period ? canonicalPeriod(input.period) : null,
    indicators: input.indicators,
    programmeItemId: input.programmeItemId ?? null,
    type: input.type ?? null,
    compare: input.compare ?? null,
    standard: input.standard ?? null,
    withTargets: input.withTargets ?? null,
    withConfirmation: input.withConfirmation ?? null,
    hideEmptyRows: input.hideEmptyRows ?? null,
  };
}

/** A period already checked by ReportService.range, as its canonical key. */
function canonicalPeriod(text: string): string {
  const parsed = parsePeriodText(text);
  return parsed.ok ? parsed.period.key : text;
}

/**
 * Saved report definitions: a person's own list; readable by anyone signed in who has the id (a shared link), and
 * always evaluated with the reader's rights (report.service.ts scopes every row and total to the reader). Only the
 * owner changes or deletes one.
 */
@Injectable()
export class SavedReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reports: ReportService,
  ) {}

  mine(caller: Caller): Promise<SavedReportRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.owner_id = $1 ORDER BY s.updated_at DESC, s.id`, [caller.userId]);
  }

  async get(id: string): Promise<SavedReportRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = $1`, [id]);
    return row ?? null;
  }

  private check(name: string, input: ReportInput): { name: string; definition: ReportInput } {
    const trimmed = (name ?? '').trim();
    if (!trimmed || trimmed.length > 200) throw new ReportError(ReportErrorCode.NAME_INVALID, {}, 'name');
    this.reports.range(input);
    return { name: trimmed, definition: definitionOf(input) };
  }

  async save(context: Context, name: string, input: ReportInput): Promise<SavedReportRow> {
    const values = this.check(name, input);
    const id = await this.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(`INSERT INTO saved_reports (owner_id, name, definition) VALUES ($1, $2, $3) RETURNING id`, [
        context.caller.userId,
        values.name,
        values.definition,
      ]);
      await this.audit.record(manager, context, { entity: 'SavedReport', entityId: id, subjectAgencyId: context.caller.agencyId, before: null, after: values });
      return id as string;
    });
    return (await this.get(id))!;
  }

  async update(context: Context, id: string, version: number, name: string, input: ReportInput): Promise<SavedReportRow> {
    const values = this.check(name, input);
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.owned(manager, context.caller, id);
      if (existing.version !== version) throw new ReportError(ReportErrorCode.VERSION_CONFLICT, await lastChange(manager, 'SavedReport', id), 'version');
      await manager.query(`UPDATE saved_reports SET name = $2, definition = $3, version = version + 1, updated_at = now() WHERE id = $1`, [id, values.name, values.definition]);
      await this.audit.record(manager, context, {
        entity: 'SavedReport',
        entityId: id,
        subjectAgencyId: context.caller.agencyId,
        before: { name: existing.name, definition: existing.definition },
        after: values,
      });
    });
    return (await this.get(id))!;
  }

  async remove(context: Context, id: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.owned(manager, context.caller, id);
      if (existing.version !== version) throw new ReportError(ReportErrorCode.VERSION_CONFLICT, await lastChange(manager, 'SavedReport', id), 'version');
      await manager.query(`DELETE FROM saved_reports WHERE id = $1`, [id]);
      await this.audit.record(manager, context, {
        entity: 'SavedReport',
        entityId: id,
        subjectAgencyId: context.caller.agencyId,
        before: { name: existing.name, definition: existing.definition },
        after: { removed: true },
      });
      return true;
    });
  }

  /** The caller's own saved report, locked; another person's is "not found" for changes. */
  private async owned(manager: import('typeorm').EntityManager, caller: Caller, id: string): Promise<SavedReportRow> {
    if (!isUuid(id)) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'id');
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = $1 AND s.owner_id = $2 FOR UPDATE OF s`, [id, caller.userId]);
    if (!row) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'id');
    return row;
  }
}
