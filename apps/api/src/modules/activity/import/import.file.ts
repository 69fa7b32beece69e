import { inflateRawSync } from 'node:zlib';
import { COLUMN_KEYS, IMPORT_LIMITS } from './import.columns';
import { ImportError, ImportErrorCode } from './import.errors';

/** One row of the sheet as the user sees it: `row` is its number in the spreadsheet (the header is row 1). */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** An uploaded file, read into rows of text cells. */
export interface SheetFile {
  format: 'csv' | 'xlsx';
  /** The CSV separator found in the header (',' ';' or tab); null for XLSX. */
  separator: string | null;
  /** The CSV was not UTF-8 and was read as Windows-1252 (what Excel's plain "CSV" writes). */
  encodingFallback: boolean;
  header: string[];
  /** Data rows only: empty rows and comment rows (first cell starting with '#') are left out. */
  rows: SheetRow[];
  /** Comment rows that look like data (several cells filled): skipped, but the report says so. */
  ignoredRows: number[];
}

/** exceljs costs about a second to load: only when an XLSX is read or written, not at every start of the API. */
export function loadExcel(): typeof import('exceljs') {
  return require('exceljs');
}

/**
 * Reads an upload by its content, never by its name or declared type (browsers and phones send what they like):
 * a ZIP holding a workbook is XLSX, readable text is CSV, anything else is refused with what it looks like.
 */
export async function readSheetFile(data: Buffer): Promise<SheetFile> {
  if (data.length > IMPORT_LIMITS.maxFileBytes) throw tooLarge();
  if (data.length === 0) throw new ImportError(ImportErrorCode.NO_ROWS);
  const kind = sniff(data);
  if (kind === 'xlsx') return readXlsx(data);
  if (kind !== 'text') throw new ImportError(ImportErrorCode.FILE_UNSUPPORTED, { detail: kind });
  return readCsv(data);
}

export const tooLarge = () => new ImportError(ImportErrorCode.FILE_TOO_LARGE, { maxMb: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 });

function startsWith(data: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

function sniff(data: Buffer): 'xlsx' | 'text' | string {
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(data);
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('content.xml')) return 'OpenDocument (.ods)';
    if (names.some((n) => n.startsWith('word/'))) return 'Word (.docx)';
    return 'ZIP';
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'Excel 97-2003 (.xls)';
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return 'PDF';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47]) || startsWith(data, [0xff, 0xd8, 0xff]) || startsWith(data, [0x47, 0x49, 0x46, 0x38])) return 'image';
  return 'text';
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────────────────────

function decodeText(data: Buffer): { text: string; fallback: boolean } {
  if (startsWith(data, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(data.subarray(3)), fallback: false };
  // Excel's "Unicode text" is UTF-16 with a byte order mark (and tab-separated).
  if (startsWith(data, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), fallback: false };
  if (startsWith(data, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), fallback: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), fallback: false };
  } catch {
    // Excel's plain "CSV (Comma delimited)" is written in the Windows code page, not UTF-8: "é" arrives as one
    // byte 0xE9. Read it as Windows-1252 rather than refuse it, and say so.
    return { text: new TextDecoder('windows-1252').decode(data), fallback: true };
  }
}

function readCsv(data: Buffer): SheetFile {
  const { text, fallback } = decodeText(data);
  if (text.includes('\u0000')) throw new ImportError(ImportErrorCode.FILE_UNSUPPORTED, { detail: 'binary' });
  const separator = detectSeparator(text);
  const sheet: SheetFile = { format: 'csv', separator, encodingFallback: fallback, header: [], rows: [], ignoredRows: [] };
  let dataRows = 0;
  parseCsv(text, separator, (row, cells) => {
    if (row === 1) sheet.header = cells;
    else dataRows += take(sheet, row, cells, dataRows);
  });
  return finish(sheet, dataRows);
}

/**
 * The separator that makes the most known column names out of the header: Excel in an Indonesian locale writes
 * ';' (the decimal mark there is ','), elsewhere ','; Excel's "Unicode text" writes tabs.
 */
export function detectSeparator(text: string): string {
  const end = firstRecordEnd(text);
  const header = text.slice(0, end);
  let best = ',';
  let bestScore = -1;
  for (const candidate of [',', ';', '\t']) {
    const cells: string[] = [];
    parseCsv(header, candidate, (_, c) => cells.push(...c));
    const known = cells.filter((c) => COLUMN_KEYS.has(normaliseHeader(c))).length;
    const score = known * 1000 + cells.length;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** Where the first record ends (a line break outside quotes). */
function firstRecordEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return i;
  }
  return text.length;
}

/**
 * RFC 4180 as spreadsheets write it: fields may be quoted, "" inside quotes is one quote, a quoted field may hold
 * separators and line breaks (then one record spans several lines, and the row number counts records, as the
 * spreadsheet shows them). A quote inside an unquoted field is kept as text. Line ends: CRLF, LF or CR.
 */
export function parseCsv(text: string, separator: string, onRecord: (row: number, cells: string[]) => void): void {
  let row = 0;
  let cells: string[] = [];
  let cell = '';
  let atFieldStart = true;
  let recordHasContent = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      // A quoted field: read to the closing quote ("" is a quote inside it).
      const openedOn = row + 1;
      let j = i + 1;
      let closed = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) break;
        cell += text.slice(j, q);
        if (text[q + 1] === '"') {
          cell += '"';
          j = q + 2;
        } else {
          j = q + 1;
          closed = true;
          break;
        }
      }
      // Left open, the quote would swallow every later row into one cell: say where it was opened instead.
      if (!closed) throw new ImportError(ImportErrorCode.CSV_QUOTE_UNCLOSED, { row: openedOn });
      i = j;
      atFieldStart = false;
      recordHasContent = true;
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
      atFieldStart = true;
      recordHasContent = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      cells.push(cell);
      onRecord(++row, cells);
      cells = [];
      cell = '';
      atFieldStart = true;
      recordHasContent = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      atFieldStart = false;
      recordHasContent = true;
      i++;
    }
  }
  if (recordHasContent) {
    cells.push(cell);
    onRecord(++row, cells);
  }
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────────────────────

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The central directory of a ZIP (names, sizes, offsets); throws FILE_UNREADABLE when there is none. */
function zipEntries(data: Buffer): ZipEntry[] {
  const unreadable = (detail: string) => new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail });
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable('ZIP');
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) throw unreadable('ZIP');
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const localHeaderOffset = data.readUInt32LE(offset + 42);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    // ZIP64 markers: no workbook under 5 MB needs them.
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) throw unreadable('ZIP64');
    entries.push({ name, method, compressedSize, localHeaderOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function zipEntryNames(data: Buffer): string[] {
  try {
    return zipEntries(data).map((e) => e.name.replace(/^\//, ''));
  } catch {
    return [];
  }
}

/**
 * A 5 MB ZIP can unpack to gigabytes of repeated XML, and exceljs (through JSZip) would unpack all of it in
 * memory before looking. Inflate every entry first with a hard cap on the total, so such a file costs a bounded
 * amount and is refused as too large.
 */
function assertUnpackedSizeBounded(data: Buffer): void {
  let budget: number = IMPORT_LIMITS.maxUnpackedBytes;
  for (const entry of zipEntries(data)) {
    const local = entry.localHeaderOffset;
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: 'ZIP' });
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const compressed = data.subarray(start, start + entry.compressedSize);
    let size: number;
    if (entry.method === 0) size = compressed.length;
    else if (entry.method === 8) {
      try {
        size = inflateRawSync(compressed, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: 'ZIP' });
      }
    } else throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: `ZIP method ${entry.method}` });
    budget -= size;
    if (budget < 0) throw tooLarge();
  }
}

async function readXlsx(data: Buffer): Promise<SheetFile> {
  assertUnpackedSizeBounded(data);
  const { Workbook } = loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: 'XLSX' });
  }
  // The template's sheet is "Kegiatan"; a workbook of one's own may call its only sheet anything.
  const sheet = workbook.worksheets.find((s) => s.name.trim().toLowerCase() === 'kegiatan') ?? workbook.worksheets.find((s) => s.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw new ImportError(ImportErrorCode.NO_ROWS);
  const file: SheetFile = { format: 'xlsx', separator: null, encodingFallback: false, header: [], rows: [], ignoredRows: [] };
  let dataRows = 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    if (number === 1) file.header = cells;
    else dataRows += take(file, number, cells, dataRows);
  });
  return finish(file, dataRows);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text the user sees. Dates come from exceljs as Dates holding the wall-clock value in UTC: a
 * time alone sits on Excel's day zero (1899-12-30), a date alone at midnight.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(+value)) return '';
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    if (value.getUTCFullYear() < 1900) return time;
    return time === '00:00' && value.getUTCSeconds() === 0 ? date : `${date} ${time}`;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; formula?: string; sharedFormula?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

// ── Shared ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Header cells compare without case, surrounding blanks or a BOM, with inner blanks as '_'. */
export function normaliseHeader(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, '_');
}

/**
 * Keeps a data row (1 returned), or skips a blank or comment row (0). Past the row cap rows are only counted, so
 * the error can say how many there are without holding them all.
 */
function take(file: SheetFile, row: number, cells: string[], dataRowsSoFar: number): number {
  const filled = cells.filter((c) => c.trim() !== '').length;
  if (filled === 0) return 0;
  if ((cells[0] ?? '').trim().startsWith('#')) {
    // A commented-out row that looks like data (the template's example, or a row someone disabled) is skipped,
    // and said so: a copy of the example row would otherwise vanish silently.
    if (filled >= 3 && file.ignoredRows.length < IMPORT_LIMITS.maxReportedProblems) file.ignoredRows.push(row);
    return 0;
  }
  if (dataRowsSoFar < IMPORT_LIMITS.maxRows) file.rows.push({ row, cells });
  return 1;
}

function finish(file: SheetFile, dataRows: number): SheetFile {
  if (file.header.every((c) => c.trim() === '') && dataRows === 0) throw new ImportError(ImportErrorCode.NO_ROWS);
  if (dataRows > IMPORT_LIMITS.maxRows) throw new ImportError(ImportErrorCode.TOO_MANY_ROWS, { rows: dataRows, max: IMPORT_LIMITS.maxRows });
  if (dataRows === 0) throw new ImportError(ImportErrorCode.NO_ROWS);
  return file;
}
