import { at, IndonesianTimeZone, localDate } from '@jangkau/shared-domain';
import { loadExcel } from '../../../common/excel';
import { csvCell, type CsvSeparator, localStart } from '../../../common/export-format';
import { longDate } from '../../../common/i18n/language';
import { reportWords, type ReportWords } from '../report-words';
import { Cell, CellFormat, ReportTable, comparisonTable, csvMainTable, dateRange, mainTable, participantsPerRowTable, participantsTable, periodName, rowsInWords } from './report-table';
import { ExportedReport, MAX_UNREACHED_IN_PDF, unreachedTable } from './report-villages-table';

/** The title block's lines under the title: period, filters, who made it and when, the data sources (and the demo mark), the rows shown. */
function titleLines(report: ExportedReport, heading: ReportHeading, words: ReportWords): [period: string, filters: string, madeBy: string, sources: string, rows: string] {
  return [
    periodInWords(report),
    `${words.filter}: ${heading.filters}`,
    words.madeBy(heading.generatedBy, localStart(heading.generatedAt, IndonesianTimeZone.WIB)),
    heading.demo ? `${words.sources}. ${words.demo}` : words.sources,
    rowsInWords(report),
  ];
}

/** What the title block says besides the rows. */
export interface ReportHeading {
  filters: string;
  generatedBy: string;
  generatedAt: Date;
  /** A demo installation: the title block says so. */
  demo: boolean;
  /** The exporting person's office, for the PDF's letterhead and signature block (none: neither is drawn). */
  office?: ReportOffice | null;
}

/** An office as its reports' letterhead and signature block name it. */
export interface ReportOffice {
  name: string;
  address: string | null;
  /** Where the report is signed: the office's seat ("Sungai Penuh"). */
  place: string | null;
  /** The active head who signs, when the office has one. */
  headName: string | null;
}

export function periodInWords(report: ExportedReport): string {
  const words = reportWords(report.language);
  const name = periodName(report.from, report.to, report.language);
  const main = `${words.period}: ${name ? `${name} (${dateRange(report.from, report.to)})` : dateRange(report.from, report.to)}`;
  return report.previousFrom && report.previousTo ? `${main} (${words.comparedWith} ${dateRange(report.previousFrom, report.previousTo)})` : main;
}

/** Title, period, filters, made by, sources, the rows line (empty rows hidden or not), a blank line. */
const TITLE_ROWS = 7;
/** The header row's number on every sheet: frozen with the title block above it. */
export const REPORT_XLSX_HEADER_ROW = TITLE_ROWS + 1;
const NUM_FMT: Record<CellFormat, string | undefined> = { text: undefined, count: '#,##0', ratio: '0.0%' };

/**
 * XLSX: per section a sheet with the title block, a frozen header row, number formats and the totals row. Plain
 * values only (no formulas), so every spreadsheet shows the same figures the API gave. A report has at most a
 * few thousand rows, so the workbook is built in memory.
 */
export async function reportXlsx(report: ExportedReport, heading: ReportHeading): Promise<Buffer> {
  const ExcelJS = loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jangkau';
  workbook.created = heading.generatedAt;
  const words = reportWords(report.language);
  const tables = [mainTable(report), participantsTable(report), participantsPerRowTable(report), comparisonTable(report), unreachedTable(report)].filter((t): t is ReportTable => t !== null);
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: REPORT_XLSX_HEADER_ROW, xSplit: 0 }] });
    sheet.columns = table.headers.map((_, i) => {
      const numFmt = NUM_FMT[at(table.formats, i, 'column format')];
      return { width: i === 1 ? 40 : i === 0 ? 14 : 16, style: numFmt ? { numFmt } : {} };
    });
    sheet.addRow([report.title]).font = { bold: true, size: 14 };
    for (const text of titleLines(report, heading, words)) sheet.addRow([text]);
    sheet.addRow([]);
    const header = sheet.addRow(table.headers);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    for (const row of table.rows) sheet.addRow(row);
    if (table.total) sheet.addRow(table.total).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The header row's line in a report CSV: below the title block (title, period, filters, made by, sources, rows, blank). */
export const REPORT_CSV_HEADER_LINE = TITLE_ROWS + 1;

/**
 * CSV: UTF-8 with a BOM; the title block (one cell a line), a blank line, one header row, the rows, then the total
 * row. Ratios as percentages with one decimal under a "(%)" header; with `;` decimals take a comma. Belum
 * Terjangkau then lists its villages after an empty line, under their own header row.
 */
export function reportCsv(report: ExportedReport, heading?: ReportHeading, separator: CsvSeparator = ','): Buffer {
  const line = (cells: Cell[]) => `${cells.map((c) => csvCell(c ?? '', separator)).join(separator)}\r\n`;
  const section = (table: ReportTable) => {
    const headers = table.headers.map((h, i) => (table.formats[i] === 'ratio' ? `${h} (%)` : h));
    const percent = (cells: Cell[]) => cells.map((c, i) => (table.formats[i] === 'ratio' && typeof c === 'number' ? Math.round(c * 1000) / 10 : c));
    return `${line(headers)}${table.rows.map((r) => line(percent(r))).join('')}${table.total ? line(percent(table.total)) : ''}`;
  };
  const title = heading ? [report.title, ...titleLines(report, heading, reportWords(report.language))].map((text) => line([text])).join('') + '\r\n' : '';
  const villages = unreachedTable(report);
  // Participants per row are extra columns of the main table (csvMainTable says why), not a second table.
  return Buffer.from(`\uFEFF${title}${section(csvMainTable(report))}${villages ? `\r\n${section(villages)}` : ''}`, 'utf8');
}

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const MARGIN = 36;
const ROW_HEIGHT = 15;
const HEADER_HEIGHT = 26;
const CHART_ROWS = 20;
/** Participants per row: a taller header (category names wrap), and L/P columns only when each is this wide. */
const PER_ROW_HEADER_HEIGHT = 36;
const PDF_MIN_COUNT_WIDTH = 48;

function cellText(value: Cell, format: CellFormat, locale: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return value;
  if (format === 'ratio') return `${(value * 100).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  return value.toLocaleString(locale);
}

/**
 * PDF (pdfkit): A4 landscape, black text, light grey only. Each page carries the title and period; the main
 * table breaks across pages repeating its header row; then the key chart (the first indicator per row, the top 20,
 * as horizontal bars drawn with vector primitives); "Halaman n dari m" on every page, written once all pages exist.
 */
export async function reportPdf(report: ExportedReport, heading: ReportHeading): Promise<Buffer> {
  // Loaded on demand, like exceljs: not at every start of the API.
  const PDFDocument: typeof import('pdfkit') = require('pdfkit');
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true, info: { Title: report.title, Author: 'Jangkau', Creator: 'Jangkau' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const words = reportWords(report.language);
  const width = A4_LANDSCAPE.width - 2 * MARGIN;
  const bottom = A4_LANDSCAPE.height - MARGIN - 18;
  let top = MARGIN;
  const pageHeader = () => {
    doc.fillColor('black').font('Helvetica-Bold').fontSize(13).text(report.title, MARGIN, MARGIN, { width, lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(periodInWords(report), MARGIN, MARGIN + 17, { width, lineBreak: false });
    top = MARGIN + 34;
  };
  const newPage = () => {
    doc.addPage();
    pageHeader();
  };
  // The office's letterhead above the first page's title: its name, its address, a rule.
  const office = heading.office ?? null;
  if (office) {
    doc.fillColor('black').font('Helvetica-Bold').fontSize(12).text(office.name.toUpperCase(), MARGIN, MARGIN, { width, align: 'center' });
    if (office.address)
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(office.address, MARGIN, doc.y + 1, { width, align: 'center' });
    const rule = doc.y + 4;
    doc
      .moveTo(MARGIN, rule)
      .lineTo(MARGIN + width, rule)
      .lineWidth(1.2)
      .strokeColor('black')
      .stroke();
    doc
      .moveTo(MARGIN, rule + 2.5)
      .lineTo(MARGIN + width, rule + 2.5)
      .lineWidth(0.4)
      .stroke();
    doc
      .fillColor('black')
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(report.title, MARGIN, rule + 10, { width, lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(periodInWords(report), MARGIN, rule + 27, { width, lineBreak: false });
    top = rule + 44;
  } else pageHeader();
  const [, filterLine, madeBy, sources, rowsLine] = titleLines(report, heading, words);
  doc.fontSize(8).text(filterLine, MARGIN, top, { width });
  doc.text(`${madeBy}. ${sources}.`, { width });
  doc.text(`${rowsLine}.`, { width });
  top = doc.y + 8;

  let table = mainTable(report);
  let nameWidth = Math.min(220, width * 0.3);
  let codeWidth = 70;
  let widths: number[] = [];
  const columnWidths = () => {
    const restWidth = (width - nameWidth - codeWidth) / Math.max(1, table.headers.length - 2);
    widths = table.headers.map((_, i) => (i === 0 ? codeWidth : i === 1 ? nameWidth : restWidth));
  };
  columnWidths();
  const drawRow = (cells: Cell[], y: number, bold: boolean, height = ROW_HEIGHT) => {
    let x = MARGIN;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(7)
      .fillColor('black');
    cells.forEach((cell, i) => {
      const format = at(table.formats, i, 'column format');
      const columnWidth = at(widths, i, 'column width');
      const text = cellText(cell, format, words.locale);
      doc.text(text, x + 2, y + 3, { width: columnWidth - 4, height: height - 4, align: format === 'text' ? 'left' : 'right', ellipsis: true, lineBreak: height > ROW_HEIGHT });
      x += columnWidth;
    });
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + width, y + height)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
  };
  let headerHeight = HEADER_HEIGHT;
  const drawHeader = () => {
    doc.rect(MARGIN, top, width, headerHeight).fillColor('#EEEEEE').fill();
    drawRow(table.headers, top, true, headerHeight);
    top += headerHeight;
  };
  const drawTable = () => {
    drawHeader();
    for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
      if (top + ROW_HEIGHT > bottom) {
        newPage();
        drawHeader();
      }
      drawRow(row, top, row === table.total);
      top += ROW_HEIGHT;
    }
  };
  drawTable();
  // Participants by category and sex, under the main table (a new page when it does not fit).
  const participants = participantsTable(report);
  if (participants) {
    table = participants;
    if (top + HEADER_HEIGHT + (participants.rows.length + 3) * ROW_HEIGHT > bottom) newPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .fillColor('black')
      .text(words.pdf.participants, MARGIN, top + 12);
    top = doc.y + 6;
    const keep = { nameWidth, codeWidth };
    codeWidth = 200;
    nameWidth = (width - 200) / 3;
    columnWidths();
    drawTable();
    ({ nameWidth, codeWidth } = keep);
    table = mainTable(report);
    columnWidths();
  }
  // Participants per row by category and sex: L and P columns for each category when they fit
  // (at least PDF_MIN_COUNT_WIDTH wide), else one "L / P" column per category. Rows without participants are left out.
  const perRowWide = participantsPerRowTable(report, { withParticipantsOnly: true });
  if (perRowWide && perRowWide.rows.length > 0) {
    const keep = { nameWidth, codeWidth };
    codeWidth = 50;
    nameWidth = 150;
    const fits = (width - codeWidth - nameWidth) / (perRowWide.headers.length - 2) >= PDF_MIN_COUNT_WIDTH;
    table = fits ? perRowWide : participantsPerRowTable(report, { withParticipantsOnly: true, combined: true })!;
    // Under what came before when its heading, header and first rows fit there; else from a new page.
    if (top + 40 + PER_ROW_HEADER_HEIGHT + 3 * ROW_HEIGHT > bottom) newPage();
    else top += 12;
    doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(words.perRow.pdfTitle, MARGIN, top);
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(words.perRow.pdfKey, MARGIN, doc.y + 2, { width });
    top = doc.y + 6;
    headerHeight = PER_ROW_HEADER_HEIGHT;
    columnWidths();
    drawTable();
    headerHeight = HEADER_HEIGHT;
    ({ nameWidth, codeWidth } = keep);
    table = mainTable(report);
    columnWidths();
  }
  // Belum Terjangkau: its villages, from a new page, under their own header row.
  const villages = unreachedTable(report, MAX_UNREACHED_IN_PDF);
  if (villages) {
    newPage();
    doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(words.pdf.unreached, MARGIN, top);
    top = doc.y + 6;
    // The count (and what the file leaves out) as a sentence under the list, not cut to a cell's width.
    table = { ...villages, total: null };
    // Village names are short; the Desa Binaan and offices need the room.
    nameWidth = 120;
    columnWidths();
    drawTable();
    if (top + 2 * ROW_HEIGHT > bottom) newPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(8)
      .fillColor('black')
      .text(String(villages.total?.[1] ?? ''), MARGIN, top + 4, { width });
    top = doc.y + 4;
  }

  const indicator = report.columns[0];
  const chartRows = report.rows
    .map((r) => ({ label: r.agency?.shortName ?? r.label, value: r.values[0]?.value ?? 0 }))
    .filter((r) => r.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, CHART_ROWS);
  if (indicator && chartRows.length) {
    newPage();
    const ratio = indicator === 'COVERAGE_RATIO';
    doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(words.pdf.chart(words.indicator[indicator], chartRows.length), MARGIN, top);
    top = doc.y + 8;
    const labelWidth = 180;
    const barMax = width - labelWidth - 70;
    const max = Math.max(...chartRows.map((r) => r.value));
    const barHeight = Math.min(18, (bottom - top) / chartRows.length - 4);
    for (const r of chartRows) {
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor('black')
        .text(r.label, MARGIN, top + barHeight / 2 - 4, { width: labelWidth - 6, align: 'right', lineBreak: false, ellipsis: true });
      const length = max > 0 ? (r.value / max) * barMax : 0;
      doc
        .rect(MARGIN + labelWidth, top, Math.max(length, 0.5), barHeight)
        .lineWidth(0.5)
        .fillColor('#CCCCCC')
        .strokeColor('black')
        .fillAndStroke();
      doc.fillColor('black').text(cellText(r.value, ratio ? 'ratio' : 'count', words.locale), MARGIN + labelWidth + length + 4, top + barHeight / 2 - 4, { lineBreak: false });
      top += barHeight + 4;
    }
  }

  // The signature block on the last page: place and date, "Mengetahui", the head of the office, room to sign.
  if (office) {
    const blockHeight = 110;
    if (top + blockHeight > bottom) newPage();
    const x = MARGIN + width - 260;
    let y = top + 16;
    doc.font('Helvetica').fontSize(9).fillColor('black');
    doc.text(`${office.place ? `${office.place}, ` : ''}${longDate(localDate(heading.generatedAt), report.language ?? 'id')}`, x, y, { width: 260 });
    y = doc.y + 2;
    doc.text(words.pdf.acknowledged, x, y, { width: 260 });
    doc.text(words.pdf.head(office.name), x, doc.y, { width: 260 });
    y = doc.y + 44;
    doc.font('Helvetica-Bold').text(office.headName ?? '(.................................................)', x, y, { width: 260, underline: Boolean(office.headName) });
    top = doc.y;
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Inside the bottom margin: without this pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('black')
      .text(words.pdf.page(i + 1 - range.start, range.count), MARGIN, A4_LANDSCAPE.height - MARGIN - 10, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
