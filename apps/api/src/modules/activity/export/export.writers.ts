import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, ActivityStatus, ActivityType, IndonesianTimeZone, at } from '@jangkau/shared-domain';
import type { Writable } from 'node:stream';
import { loadExcel } from '../../../common/excel';
import { csvCell, localStart, sourcesLine } from '../../../common/export-format';
import type { ActivityExportRow } from '../activity.rows';

export const REPORT_NAME = 'Daftar Kegiatan';
export const DATA_SOURCES = 'Sumber data: Jangkau — kegiatan yang dicatat kantor imigrasi dan mitranya, sebatas yang dapat Anda lihat';

/** What the title block says besides the rows. */
export interface ExportHeading {
  filters: string;
  generatedBy: string;
  generatedAt: Date;
  total: number;
  /** A demo installation: the title block says so. */
  demo: boolean;
}

interface Column {
  header: string;
  width: number;
  value: (row: ActivityExportRow) => string | number;
  /** Summed in the totals row. */
  sum?: boolean;
}

const COLUMNS: Column[] = [
  { header: 'ID', width: 38, value: (r) => r.id },
  { header: 'Judul', width: 50, value: (r) => r.title },
  { header: 'Jenis', width: 22, value: (r) => ACTIVITY_TYPE_LABELS[r.type as ActivityType]?.id ?? r.type },
  { header: 'Status', width: 14, value: (r) => ACTIVITY_STATUS_LABELS[r.status as ActivityStatus]?.id ?? r.status },
  { header: 'Mulai', width: 22, value: (r) => localStart(r.startsAt, r.timeZone) },
  { header: 'Tempat', width: 30, value: (r) => r.venueName },
  { header: 'Kode wilayah tempat', width: 16, value: (r) => r.venueRegionCode },
  { header: 'Wilayah tempat', width: 24, value: (r) => r.venueRegionName },
  { header: 'Instansi penyelenggara', width: 30, value: (r) => r.leadAgency },
  { header: 'Penyelenggara bersama', width: 30, value: (r) => r.coOrganisers },
  { header: 'Desa/kelurahan dijangkau', width: 12, value: (r) => r.villages, sum: true },
  { header: 'Konfirmasi desa', width: 40, value: (r) => r.villageConfirmations ?? '' },
  { header: 'Peserta', width: 10, value: (r) => r.male + r.female, sum: true },
  { header: 'Peserta L', width: 10, value: (r) => r.male, sum: true },
  { header: 'Peserta P', width: 10, value: (r) => r.female, sum: true },
  { header: 'Aparat (camat, lurah, kepala desa)', width: 14, value: (r) => r.officials, sum: true },
  { header: 'Butir program', width: 12, value: (r) => r.programmeItems },
  { header: 'Topik', width: 40, value: (r) => r.topics },
  { header: 'Diverifikasi oleh pembuatnya', width: 14, value: (r) => (r.selfVerified ? 'Ya' : '') },
];
export const EXPORT_HEADERS = COLUMNS.map((c) => c.header);

/** Waits while the client is behind, so rows are read from the database only as fast as they leave. */
async function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/** CSV: UTF-8 with a BOM (so Excel reads Indonesian text right), one header row, then the rows as they come. */
export async function writeCsv(out: Writable, batches: AsyncIterable<ActivityExportRow[]>, gone: () => boolean): Promise<void> {
  out.write(`\uFEFF${EXPORT_HEADERS.map((h) => csvCell(h)).join(',')}\r\n`);
  for await (const rows of batches) {
    if (gone()) return;
    let chunk = '';
    for (const row of rows) chunk += `${COLUMNS.map((c) => csvCell(c.value(row))).join(',')}\r\n`;
    out.write(chunk);
    await drained(out);
  }
}

const TITLE_ROWS = 5;
/** The header row's number: frozen with everything above it. */
export const XLSX_HEADER_ROW = TITLE_ROWS + 1;

/**
 * XLSX through exceljs's streaming writer: each row is committed (serialised into the zip stream) as it is
 * added, so the workbook never exists in memory. A title block, the frozen header row, integer formats on the
 * counts, and a totals row at the end.
 */
export async function writeXlsx(out: Writable, batches: AsyncIterable<ActivityExportRow[]>, heading: ExportHeading, gone: () => boolean): Promise<void> {
  const ExcelJS = loadExcel();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Jangkau';
  workbook.created = heading.generatedAt;
  const sheet = workbook.addWorksheet('Kegiatan', { views: [{ state: 'frozen', ySplit: XLSX_HEADER_ROW, xSplit: 0 }] });
  sheet.columns = COLUMNS.map((c, i) => ({ key: String(i), width: c.width, style: c.sum ? { numFmt: '#,##0' } : {} }));
  const title = sheet.addRow([REPORT_NAME]);
  title.font = { bold: true, size: 14 };
  title.commit();
  sheet.addRow([`Filter: ${heading.filters}`]).commit();
  sheet.addRow([`Dibuat oleh ${heading.generatedBy}, ${localStart(heading.generatedAt, IndonesianTimeZone.WIB)}`]).commit();
  sheet.addRow([`${sourcesLine(DATA_SOURCES, heading.demo)}. Jumlah: ${heading.total.toLocaleString('id-ID')} kegiatan.`]).commit();
  sheet.addRow([]).commit();
  const header = sheet.addRow(EXPORT_HEADERS);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  header.commit();

  const sums = COLUMNS.map(() => 0);
  let count = 0;
  for await (const rows of batches) {
    if (gone()) break;
    for (const row of rows) {
      const values = COLUMNS.map((c, i) => {
        const v = c.value(row);
        if (c.sum) sums[i] = at(sums, i, 'column sum') + (v as number);
        return v;
      });
      sheet.addRow(values).commit();
      count++;
    }
    await drained(out);
  }
  if (gone()) {
    // The client left: end the zip without the totals row; nobody reads it.
    out.destroy();
    return;
  }
  const totals = sheet.addRow(COLUMNS.map((c, i) => (c.sum ? sums[i] : i === 1 ? `Jumlah (${count.toLocaleString('id-ID')} kegiatan)` : '')));
  totals.font = { bold: true };
  totals.commit();
  sheet.commit();
  await workbook.commit();
}
