import { ActivityStatus, normalizeSearchText, at } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../../common/access/caller';
import { Language } from '../../../common/i18n/language';
import { AuditContext, AuditService } from '../../audit/audit.service';
import { ActivityNotifier, NOTHING_NOTIFIED } from '../activity-notifier';
import { ActivityError } from '../activity.errors';
import { ActivityValidator } from '../activity-validator.service';
import { ActivityWriter } from '../activity-writer.service';
import type { ActivityValues } from '../activity.rows';
import { COLUMNS, IMPORT_LIMITS } from './import.columns';
import { ImportError, ImportErrorCode } from './import.errors';
import { activeTopicNames, advisoryLock, allTopics, existingActivityIds, programmeItems, readOnly, recordedDuplicates } from './import.repository';
import { SheetFile } from './import.file';
import { ImportReport, reportMessage } from './import.report';
import { columnOfField, importedActivityId, parseRow, ParsedRow, readHeader, ReferenceData, RowProblem } from './import.rows';
import { TemplateReference } from './import.template';

export type ImportContext = AuditContext & { caller: Caller };

export type ImportPhase = 'validate' | 'insert';

export interface ImportOptions {
  dryRun: boolean;
  language: Language;
  fileName: string;
  /** Called as rows are checked and written: after each chunk of CHUNK_ROWS rows and at each phase's end. */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** A dry run stops when the client has gone (nobody would read the report); a commit never does. */
  cancelled?: () => boolean;
}

/** Rows per validateMany / insertMany call, and so per progress step. */
const CHUNK_ROWS = 500;
/** pg_advisory_xact_lock(class, agency): one commit per agency at a time (the region loader and seed use one-key locks). */
const IMPORT_LOCK_CLASS = 7318003;

export class ImportCancelled extends Error {}

interface RowOutcome {
  parsed: ParsedRow;
  id: string;
  values: ActivityValues | null;
  alreadyImported: boolean;
}

/**
 * Bulk import of past activities from a spreadsheet: every row is read cell by cell and then checked with the
 * rules of the form (ActivityValidator.validateMany), the report lists every row's problems, and a commit writes
 * all rows or none in one transaction, through the form's own write path (ActivityWriter.insertMany: lists and
 * one audit entry per activity), as SUBMITTED for the head of office to verify.
 */
@Injectable()
export class ActivityImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly validator: ActivityValidator,
    private readonly writer: ActivityWriter,
    private readonly audit: AuditService,
    private readonly notifications: ActivityNotifier,
  ) {}

  async run(context: ImportContext, file: SheetFile, data: Buffer, options: ImportOptions): Promise<{ status: number; report: ImportReport }> {
    const { caller } = context;
    const sha256 = createHash('sha256').update(data).digest('hex');
    const fileInfo = { name: options.fileName, bytes: data.length, sha256, format: file.format, separator: file.separator };
    const header = readHeader(file.header);
    const fileWarnings: RowProblem[] = [...header.warnings];
    if (file.encodingFallback) fileWarnings.push({ row: null, column: null, error: new ImportError(ImportErrorCode.ENCODING_FALLBACK) });
    for (const row of file.ignoredRows) fileWarnings.push({ row, column: null, error: new ImportError(ImportErrorCode.ROW_IGNORED) });
    if (header.errors.length) {
      // Without the columns nothing below can be read: the header's problems are the whole report.
      const report = this.report(options, fileInfo, file.rows.length, [], header.errors, fileWarnings, 0);
      return { status: options.dryRun ? 200 : 422, report };
    }

    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const manager = runner.manager;
      if (options.dryRun) {
        // Belt and braces: a dry run cannot write, whatever a later change to validate might do.
        await readOnly(manager);
      } else {
        // Two commits of one agency (a double click, a retry racing the first) run one after the other, so the
        // second finds the first one's rows and reports them as already imported.
        await advisoryLock(manager, IMPORT_LOCK_CLASS, caller.agencyId);
      }
      const ref = await this.referenceData(manager);
      const outcomes: RowOutcome[] = file.rows.map((row) => ({
        parsed: parseRow(row, header.index, ref),
        id: importedActivityId(caller.agencyId, sha256, row.row),
        values: null,
        alreadyImported: false,
      }));
      const existing = new Set<string>(
        await existingActivityIds(
          manager,
          outcomes.map((o) => o.id),
        ),
      );
      for (const o of outcomes) o.alreadyImported = existing.has(o.id);

      await this.validateRows(manager, caller, outcomes, options);
      const warnings = [...fileWarnings, ...this.duplicatesInFile(outcomes), ...(await this.duplicatesRecorded(manager, caller, outcomes))];
      const already = outcomes.filter((o) => o.alreadyImported).length;
      if (already) warnings.push({ row: null, column: null, error: new ImportError(ImportErrorCode.ALREADY_IMPORTED, { count: already }) });
      const errors = outcomes.flatMap((o) => o.parsed.errors);

      if (options.dryRun || errors.length) {
        await runner.rollbackTransaction();
        return { status: options.dryRun ? 200 : 422, report: this.report(options, fileInfo, file.rows.length, outcomes, errors, warnings, 0) };
      }
      const createdIds = await this.insertRows(manager, context, outcomes, options);
      const created = createdIds.length;
      let notified = NOTHING_NOTIFIED;
      if (created > 0) {
        await this.audit.record(manager, context, {
          entity: 'ActivityImport',
          entityId: sha256,
          subjectAgencyId: caller.agencyId,
          before: null,
          after: { fileName: options.fileName, format: file.format, rows: file.rows.length, created, alreadyImported: file.rows.length - created },
        });
        // The heads are told once of the whole import (and invited agencies once each), in this transaction.
        notified = await this.notifications.imported(manager, caller, createdIds);
      }
      await runner.commitTransaction();
      this.notifications.announce(notified);
      return { status: 200, report: this.report(options, fileInfo, file.rows.length, outcomes, errors, warnings, created) };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The active topics and every programme framework with its items, for the template. */
  async templateReference(): Promise<TemplateReference> {
    const topics = await activeTopicNames(this.dataSource);
    const items = await programmeItems(this.dataSource);
    const frameworks = new Map<string, TemplateReference['frameworks'][number]>();
    for (const i of items) {
      const key = `${i.name}|${i.validFrom}`;
      if (!frameworks.has(key)) frameworks.set(key, { name: i.name, validFrom: i.validFrom, validTo: i.validTo, items: [] });
      frameworks.get(key)!.items.push({ number: i.number, title: i.title });
    }
    return { topics, frameworks: [...frameworks.values()] };
  }

  private async referenceData(manager: EntityManager): Promise<ReferenceData> {
    const topics = await allTopics(manager);
    const items = await programmeItems(manager);
    const frameworks = new Map<string, ReferenceData['frameworks'][number]>();
    for (const item of items) {
      if (!frameworks.has(item.frameworkId)) frameworks.set(item.frameworkId, { validFrom: item.validFrom, validTo: item.validTo, items: new Map() });
      frameworks.get(item.frameworkId)!.items.set(item.number, item.id);
    }
    return { topics: new Map(topics.map((t) => [normalizeSearchText(t.name), t])), frameworks: [...frameworks.values()], now: new Date() };
  }

  /**
   * ActivityValidator's checks (validateMany: the rules of the form, with its lookups made once per chunk) on
   * every readable row not imported before. They stop at a row's first problem; the cell-level ones were all
   * found before. Chunks keep the queries' parameters moderate and give the progress its steps.
   */
  private async validateRows(manager: EntityManager, caller: Caller, outcomes: RowOutcome[], options: ImportOptions): Promise<void> {
    const total = outcomes.length;
    const area = caller.scope.kind === 'AREA' ? caller.scope.regionCodes : null;
    for (let start = 0; start < total; start += CHUNK_ROWS) {
      const chunk = outcomes.slice(start, start + CHUNK_ROWS).filter((o) => o.parsed.input && !o.alreadyImported);
      const results = await this.validator.validateMany(
        manager,
        caller.agencyId,
        chunk.map((o) => o.parsed.input!),
      );
      chunk.forEach((o, k) => {
        const result = at(results, k, 'validation result');
        if (result instanceof ActivityError) {
          o.parsed.errors.push({ row: o.parsed.row, column: columnOfField(result.field, o.parsed), error: result });
          return;
        }
        o.values = result;
        const outside = area ? result.villages.filter((v) => !area.some((w) => v.code === w || v.code.startsWith(`${w}.`))) : [];
        const [firstOutside] = outside;
        if (firstOutside) {
          o.parsed.warnings.push({
            row: o.parsed.row,
            column: 'desa_kelurahan',
            error: new ImportError(ImportErrorCode.OUTSIDE_WORKING_AREA, { count: outside.length, code: firstOutside.code }),
          });
        }
      });
      if (options.cancelled?.()) throw new ImportCancelled();
      options.onProgress?.('validate', Math.min(start + CHUNK_ROWS, total), total);
    }
  }

  /**
   * Rows of this file with the same date, title and venue as an earlier row of it. Only rows that would be
   * imported are flagged: a row with errors gets its errors first (and this warning once they are fixed).
   */
  private duplicatesInFile(outcomes: RowOutcome[]): RowProblem[] {
    const first = new Map<string, number>();
    const warnings: RowProblem[] = [];
    for (const { parsed } of outcomes) {
      if (!parsed.duplicateKey) continue;
      const other = first.get(parsed.duplicateKey);
      if (other === undefined) first.set(parsed.duplicateKey, parsed.row);
      else if (!parsed.errors.length) warnings.push({ row: parsed.row, column: null, error: new ImportError(ImportErrorCode.DUPLICATE_IN_FILE, { other }) });
    }
    return warnings;
  }

  /**
   * Rows matching an activity the agency already leads, on the same local date with the same title and venue
   * (activities.search_text is exactly the normalised "title venue"): one query for the whole file. Rows this
   * same file created before are "already imported", not duplicates; rows with errors get their errors first.
   */
  private async duplicatesRecorded(manager: EntityManager, caller: Caller, outcomes: RowOutcome[]): Promise<RowProblem[]> {
    const candidates = outcomes.filter((o) => o.values && !o.alreadyImported);
    if (!candidates.length) return [];
    const found = await recordedDuplicates(
      manager,
      caller.agencyId,
      candidates.map((o) => ({ row: o.parsed.row, day: o.parsed.date, key: o.parsed.searchText })),
      outcomes.map((o) => o.id),
    );
    return found.map((f) => ({ row: f.row, column: null, error: new ImportError(ImportErrorCode.DUPLICATE_EXISTING, { status: f.status }) }));
  }

  /** Every valid row through ActivityWriter's write path, a chunk at a time; returns the ids written (rows found there already are not). */
  private async insertRows(manager: EntityManager, context: ImportContext, outcomes: RowOutcome[], options: ImportOptions): Promise<string[]> {
    const pending = outcomes.filter((o) => o.values && !o.alreadyImported);
    const created: string[] = [];
    for (let start = 0; start < pending.length; start += CHUNK_ROWS) {
      const chunk = pending.slice(start, start + CHUNK_ROWS);
      const written = new Set(
        await this.writer.insertMany(
          manager,
          context,
          chunk.map((o) => ({ id: o.id, values: o.values! })),
          ActivityStatus.SUBMITTED,
        ),
      );
      for (const o of chunk) {
        if (written.has(o.id)) created.push(o.id);
        // Only a commit racing this one could have written it; the advisory lock makes that wait, so this is a guard.
        else o.alreadyImported = true;
      }
      options.onProgress?.('insert', Math.min(start + CHUNK_ROWS, pending.length), pending.length);
    }
    return created;
  }

  private report(options: ImportOptions, file: ImportReport['file'], rows: number, outcomes: RowOutcome[], errors: RowProblem[], warnings: RowProblem[], created: number): ImportReport {
    const order = new Map(COLUMNS.map((c, i) => [c.key, i]));
    const sort = (a: RowProblem, b: RowProblem) => (a.row ?? 0) - (b.row ?? 0) || (order.get(a.column ?? '') ?? -1) - (order.get(b.column ?? '') ?? -1);
    const allWarnings = [...warnings, ...outcomes.flatMap((o) => o.parsed.warnings)].sort(sort);
    const sortedErrors = [...errors].sort(sort);
    const render = (p: RowProblem) => ({ row: p.row, column: p.column, code: p.error.code, message: p.error.localize(options.language) });
    const alreadyImported = outcomes.filter((o) => o.alreadyImported).length;
    const valid = outcomes.filter((o) => o.values && !o.alreadyImported).length;
    // With a broken header no row was read: all of them count as invalid, so rows = valid + invalid + alreadyImported.
    const invalid = outcomes.length ? outcomes.filter((o) => o.parsed.errors.length).length : rows;
    const counts = { rows, valid, invalid, alreadyImported, created };
    return {
      dryRun: options.dryRun,
      committed: !options.dryRun && errors.length === 0,
      file,
      ...counts,
      errorCount: sortedErrors.length,
      warningCount: allWarnings.length,
      errors: sortedErrors.slice(0, IMPORT_LIMITS.maxReportedProblems).map(render),
      warnings: allWarnings.slice(0, IMPORT_LIMITS.maxReportedProblems).map(render),
      preview: outcomes
        .filter((o) => o.values)
        .slice(0, IMPORT_LIMITS.previewRows)
        .map(({ parsed, id, values }) => ({
          row: parsed.row,
          id,
          type: values!.type,
          title: values!.title,
          date: parsed.date!,
          startTime: parsed.startTime!,
          endDate: parsed.endDate!,
          endTime: parsed.endTime!,
          timeZone: values!.timeZone,
          startsAt: values!.startsAt.toISOString(),
          endsAt: values!.endsAt.toISOString(),
          venueName: values!.venueName,
          venueRegionCode: values!.venueRegionCode,
          villageCount: values!.villages.length,
          participants: {
            male: values!.participants.reduce((n, p) => n + p.male, 0),
            female: values!.participants.reduce((n, p) => n + p.female, 0),
          },
          topics: parsed.topicNames,
          programmeItems: parsed.programmeNumbers,
        })),
      message: reportMessage(options.language, { dryRun: options.dryRun, headerBroken: outcomes.length === 0, ...counts }),
    };
  }
}
