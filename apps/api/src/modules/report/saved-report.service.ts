import { parsePeriodText } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { ReportInput } from './dto/report.input';
import { ReportError, ReportErrorCode } from './report.errors';
import { ReportService } from './report.service';
import { deleteSavedReport, insertSavedReport, lockOwnedSavedReport, savedReport, savedReportsOf, updateSavedReport, type SavedReportRow } from './saved-report.repository';

type Context = AuditContext & { caller: Caller };

export type { SavedReportRow };

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
    return savedReportsOf(this.dataSource, caller.userId);
  }

  async get(id: string): Promise<SavedReportRow | null> {
    if (!isUuid(id)) return null;
    return (await savedReport(this.dataSource, id)) ?? null;
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
      const id = await insertSavedReport(manager, context.caller.userId, values.name, values.definition);
      await this.audit.record(manager, context, { entity: 'SavedReport', entityId: id, subjectAgencyId: context.caller.agencyId, before: null, after: values });
      return id;
    });
    return (await this.get(id))!;
  }

  async update(context: Context, id: string, version: number, name: string, input: ReportInput): Promise<SavedReportRow> {
    const values = this.check(name, input);
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.owned(manager, context.caller, id);
      if (existing.version !== version) throw new ReportError(ReportErrorCode.VERSION_CONFLICT, await lastChange(manager, 'SavedReport', id), 'version');
      await updateSavedReport(manager, id, values.name, values.definition);
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
      await deleteSavedReport(manager, id);
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
  private async owned(manager: EntityManager, caller: Caller, id: string): Promise<SavedReportRow> {
    if (!isUuid(id)) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'id');
    const row = await lockOwnedSavedReport(manager, id, caller.userId);
    if (!row) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'id');
    return row;
  }
}
