import { CsvError, parse } from 'csv-parse/sync';
import type { Readable } from 'node:stream';
import { type Entry, fromBufferPromise, type ZipFile } from 'yauzl';
import { loadExcel } from '../../../common/excel';
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

/**
 * Reads an upload by its content, never by its name or declared type (browsers and phones send what they like):
 * a ZIP holding a workbook is XLSX, readable text is CSV, anything else is refused with what it looks like.
 */
export async function readSheetFile(data: Buffer): Promise<SheetFile> {
  if (data.length > IMPORT_LIMITS.maxFileBytes) throw tooLarge();
  if (data.length === 0) throw new ImportError(ImportErrorCode.NO_ROWS);
  const kind = await sniff(data);
  if (kind === 'xlsx') return readXlsx(data);
  if (kind !== 'text') throw new ImportError(ImportErrorCode.FILE_UNSUPPORTED, { detail: kind });
  return readCsv(data);
}

export const tooLarge = () => new ImportError(ImportErrorCode.FILE_TOO_LARGE, { maxMb: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 });

function startsWith(data: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

async function sniff(data: Buffer): Promise<'xlsx' | 'text' | string> {
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const names = await zipEntryNames(data);
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
  let best = ',';
  let bestScore = -1;
  for (const candidate of [',', ';', '\t']) {
    const cells: string[] = [];
    parseCsv(text, candidate, (_, c) => cells.push(...c), 1);
    const known = cells.filter((c) => COLUMN_KEYS.has(normaliseHeader(c))).length;
    const score = known * 1000 + cells.length;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/**
 * RFC 4180 as spreadsheets write it, read by csv-parse: fields may be quoted, "" inside quotes is one quote, a
 * quoted field may hold separators and line breaks (then one record spans several lines, and the row number counts
 * records, as the spreadsheet shows them). A stray quote inside an unquoted field is kept as text
 * (`relax_quotes`); rows may have any number of cells. Line ends: CRLF, LF or CR, mixed within one file (Excel
 * on a Mac writes CR), which csv-parse's auto-detection would not do: it settles on the first one it meets.
 * Records go to `onRecord` one by one and are not collected: a 5 MB file of blank lines is five million records.
 * `last` stops after that many records (the header alone, to find the separator).
 */
export function parseCsv(text: string, separator: string, onRecord: (row: number, cells: string[]) => void, last?: number): void {
  try {
    parse(text, {
      delimiter: separator,
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      to: last,
      on_record: (cells: string[], context) => {
        onRecord(context.records, cells);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // Left open, the quote would swallow every later row into one cell: say on which row it was opened (the records
    // read before it, plus one) instead.
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') throw new ImportError(ImportErrorCode.CSV_QUOTE_UNCLOSED, { row: Number(error.records ?? 0) + 1 });
    throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: 'CSV' });
  }
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Opens an upload as a ZIP with yauzl. Bounded before anything is inflated: yauzl reads exactly as many
 * central-directory records as the end record announces, so a count over the cap is refused from that number (a
 * 5 MB ZIP of empty entries holds a hundred thousand of them). A damaged ZIP (no end record, a directory or an
 * entry pointing outside the file) is yauzl's error, answered as unreadable.
 */
async function openZip(data: Buffer): Promise<ZipFile> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(data, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: 'ZIP' });
  }
  if (zip.entryCount > IMPORT_LIMITS.maxZipEntries) {
    zip.close();
    throw new ImportError(ImportErrorCode.ZIP_TOO_MANY_ENTRIES, { entries: zip.entryCount, max: IMPORT_LIMITS.maxZipEntries });
  }
  return zip;
}

/** Every entry of the ZIP, read from its central directory (nothing inflated). */
async function zipEntries(zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch {
    throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: 'ZIP' });
  }
  return entries;
}

async function zipEntryNames(data: Buffer): Promise<string[]> {
  const zip = await openZip(data);
  try {
    return (await zipEntries(zip)).map((e) => e.fileName.replace(/^\//, ''));
  } finally {
    zip.close();
  }
}

/**
 * A 5 MB ZIP can unpack to gigabytes of repeated XML, and exceljs (through JSZip) would unpack all of it in
 * memory before looking. So every entry is inflated first, counted and thrown away, with a cap on the total and on
 * each entry's compression ratio, checked on the bytes as they come out of the inflater: the sizes a ZIP declares
 * are the attacker's to write and are never trusted. Only a workbook that passes goes to exceljs, whose own
 * unpacking is then bounded by the same total.
 */
async function assertUnpackedSizeBounded(data: Buffer): Promise<void> {
  const zip = await openZip(data);
  let total = 0;
  try {
    for (const entry of await zipEntries(zip)) {
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch {
        // Encrypted, an unknown compression method, data outside the file.
        throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: 'ZIP' });
      }
      let inflated = 0;
      try {
        for await (const chunk of stream) {
          inflated += (chunk as Buffer).length;
          total += (chunk as Buffer).length;
          // compressedSize is a header value, but one yauzl enforces: it reads exactly that many bytes of the
          // upload for the entry, refusing an entry that would run past the end, so the ratio is against bytes sent.
          const ratio = inflated / Math.max(1, entry.compressedSize);
          if (total > IMPORT_LIMITS.maxUnpackedBytes || (inflated > IMPORT_LIMITS.zipRatioFromBytes && ratio > IMPORT_LIMITS.maxZipRatio)) {
            stream.destroy();
            throw tooLarge();
          }
        }
      } catch (error) {
        stream.destroy();
        if (error instanceof ImportError) throw error;
        // Corrupt deflate data, or more or fewer bytes than the entry declares.
        throw new ImportError(ImportErrorCode.FILE_UNREADABLE, { detail: 'ZIP' });
      }
    }
  } finally {
    zip.close();
  }
}

async function readXlsx(data: Buffer): Promise<SheetFile> {
  await assertUnpackedSizeBounded(data);
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
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');
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
