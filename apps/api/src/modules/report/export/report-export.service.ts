import { ACTIVITY_TYPE_LABELS as TYPE_LABELS, ActivityType, AgencyType, periodChoiceOf } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../../../common/access/caller';
import { isUuid } from '../../../common/uuid';
import { ReportCompare, ReportInput, StandardReportKey } from '../dto/report.input';
import { ReportError, ReportErrorCode } from '../report.errors';
import { reportModel } from '../report.resolver';
import { MAX_UNREACHED_IN_FILE, ReportVillagesService } from '../report-villages';
import { AGENCY_TYPE, ReportService } from '../report.service';
import { SavedReportService } from '../saved-report.service';
import { filterNames, officeOf } from './report-export.repository';
import type { ReportExportRequest } from './report-export.request';
import type { ExportedReport } from './report-villages-table';
import type { ReportOffice } from './report-export.writers';
import { fileSlug } from '../../../common/export-format';
import type { Language } from '../../../common/i18n/language';
import { reportWords } from '../report-words';

/** The report an export writes: computed exactly as `report`/`reportFromSaved` answer it, for the caller. */
@Injectable()
export class ReportExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportService,
    private readonly saved: SavedReportService,
    private readonly villages: ReportVillagesService,
  ) {}

  /** …in `language`: its title, headers and title block (the figures are the same in both). */
  async report(caller: Caller, request: ReportExportRequest, language: Language = 'id'): Promise<{ report: ExportedReport; filters: string; fileStem: string }> {
    let input: ReportInput;
    if ('savedId' in request) {
      const row = await this.saved.get(request.savedId);
      if (!row) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'savedId');
      // The opener's scope, never the owner's: the definition carries none.
      input = row.definition;
    } else input = request.input;
    const computed = await this.reports.compute(caller, input);
    // Nothing of it visible (or no such region): "not found", as for anything a caller may not see.
    if (!computed) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'input');
    const report: ExportedReport = { ...reportModel(computed, input, undefined, language), language };
    // Belum Terjangkau lists its villages (a province's worth at most; the file says when there are more).
    if (input.standard === StandardReportKey.BELUM_TERJANGKAU) {
      const type = AGENCY_TYPE[input.rows] ?? AgencyType.KANTOR_IMIGRASI;
      report.unreachedVillages = await this.villages.unreached(caller, computed, type, { first: MAX_UNREACHED_IN_FILE, offset: 0 });
    }
    const { words, region } = await this.filtersInWords(input, language);
    // The period as people name it (2025, 2025-Q4, 2025-06), whether the input gave it as a key or as dates.
    const period = periodChoiceOf(report.from, report.to);
    return { report, filters: words, fileStem: fileStem(report.title, region, period.kind === 'RANGE' ? `${report.from}_${report.to}` : period.key) };
  }

  /**
   * The exporting person's office for the PDF's letterhead and signature: name, address, seat (without "Kabupaten"
   * / "Kota") and its active head (the longest serving, when there are several).
   */
  async office(caller: Caller): Promise<ReportOffice | null> {
    if (!caller.agencyId || !isUuid(caller.agencyId)) return null;
    const row = await officeOf(this.dataSource, caller.agencyId);
    return row ? { name: row.name, address: row.address, place: row.place, headName: row.headName } : null;
  }

  /** "wilayah Kabupaten Merangin; butir 8 …; jenis Sosialisasi" (names, not ids). */
  private async filtersInWords(input: ReportInput, language: Language): Promise<{ words: string; region: string | null }> {
    const say = reportWords(language);
    const names = await filterNames(this.dataSource, input.withinRegion?.trim() ?? null, input.programmeItemId && isUuid(input.programmeItemId) ? input.programmeItemId : null);
    const parts: string[] = [];
    if (names.region) parts.push(say.filters.region(names.region));
    if (names.programmeItem) parts.push(say.filters.programmeItem(names.programmeItem.number, names.programmeItem.title));
    if (input.type) parts.push(say.filters.type(TYPE_LABELS[input.type as ActivityType]?.[language] ?? input.type));
    if (input.compare === ReportCompare.PREVIOUS_PERIOD) parts.push(say.filters.previousPeriod);
    if (input.compare === ReportCompare.SAME_PERIOD_LAST_YEAR) parts.push(say.filters.sameLastYear);
    return { words: parts.length ? parts.join('; ') : say.noFilter, region: names.region ?? null };
  }
}

/**
 * A file name people can tell apart in a folder: report, scope and period, ASCII only, e.g.
 * `rekap-sosialisasi-per-kabupaten-kota_jambi_2025-Q4` (scope "indonesia" when the report has no region filter).
 */
export function fileStem(title: string, region: string | null, period: string): string {
  return [fileSlug(title) || 'laporan', fileSlug(region ?? '') || 'indonesia', period.replace(/[^A-Za-z0-9-]+/g, '_').slice(0, 40)].join('_');
}
