import { fileSlug } from '../../../common/export-format';
import type { ReportHeading } from './report-export.writers';
import { reportPdf, reportXlsx } from './report-export.writers';
import type { ExportedReport } from './report-villages-table';

export type ScheduledFormat = 'XLSX' | 'PDF';

const TYPES: Record<ScheduledFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
};

/** "Rekap Sosialisasi" + 2026-11 → rekap-sosialisasi_2026-11.xlsx (ASCII, safe in any mail client). */
export function scheduledFileName(reportName: string, periodKey: string, format: ScheduledFormat): string {
  const slug = fileSlug(reportName, 80) || 'laporan';
  return `${slug}_${periodKey.toLowerCase().replace('q', 'Q')}.${format.toLowerCase()}`;
}

/** A scheduled report as a file: the export's own writers, so the attachment is the file a download gives. */
export async function scheduledReportFile(
  report: ExportedReport,
  heading: ReportHeading,
  format: ScheduledFormat,
  name: string,
  periodKey: string,
): Promise<{ body: Buffer; name: string; type: string }> {
  const body = format === 'PDF' ? await reportPdf(report, heading) : await reportXlsx(report, heading);
  return { body, name: scheduledFileName(name, periodKey, format), type: TYPES[format] };
}
