import { deflateRawSync } from 'node:zlib';
import { COLUMNS } from './import.columns';
import { ImportError } from './import.errors';
import { cellText, detectSeparator, parseCsv, readSheetFile } from './import.file';
import { importedActivityId, localInstant, parseDate, parseTime } from './import.rows';
import { IndonesianTimeZone } from '@jangkau/shared-domain';

const records = (text: string, separator = ',') => {
  const out: [number, string[]][] = [];
  parseCsv(text, separator, (row, cells) => out.push([row, cells]));
  return out;
};

/** A ZIP with one deflated entry, as small as a 5 MB upload, that unpacks to `size` bytes. */
function zipWith(name: string, size: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(size, 0x41), { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

const code = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error instanceof ImportError ? [error.code, error.params] : error;
  }
  return 'no error';
};

describe('CSV as spreadsheets write it', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks; numbers rows as the spreadsheet shows them', () => {
    expect(records('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\nlast,')).toEqual([
      [1, ['a', 'b']],
      [2, ['x, y', 'say "hi"']],
      [3, ['two\nlines', 'z']],
      [4, ['last', '']],
    ]);
  });

  it('keeps a quote inside an unquoted cell, accepts LF and CR line ends, and counts blank lines as rows', () => {
    expect(records('a;b\n5" pipe;x\r\rc;d', ';')).toEqual([
      [1, ['a', 'b']],
      [2, ['5" pipe', 'x']],
      [3, ['']],
      [4, ['c', 'd']],
    ]);
  });

  it('says on which row a quote was left open', () => {
    expect(() => records('a,b\nok,fine\n"open,never closed\nmore')).toThrow(expect.objectContaining({ code: 'IMPORT_CSV_QUOTE_UNCLOSED', params: { row: 3 } }));
  });

  it('finds the separator from the header: comma, semicolon (Indonesian Excel) or tab', () => {
    const keys = COLUMNS.map((c) => c.key);
    expect(detectSeparator(`${keys.join(',')}\n1;2;3`)).toBe(',');
    expect(detectSeparator(`${keys.join(';')}\n"a,b";c`)).toBe(';');
    expect(detectSeparator(`${keys.join('\t')}\nx`)).toBe('\t');
  });

  it('reads UTF-16 (Excel "Unicode text", tab-separated) and falls back to Windows-1252 for what is not UTF-8', async () => {
    const header = COLUMNS.map((c) => c.key).join('\t');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}\r\nSOSIALISASI\tKafé\r\n`, 'utf16le')]);
    const read = await readSheetFile(utf16);
    expect(read).toMatchObject({ format: 'csv', separator: '\t', encodingFallback: false, rows: [{ row: 2, cells: ['SOSIALISASI', 'Kafé'] }] });
    const windows = await readSheetFile(Buffer.from(`jenis;judul\nSOSIALISASI;Kaf\u00e9\n`, 'latin1'));
    expect(windows).toMatchObject({ encodingFallback: true, rows: [{ cells: ['SOSIALISASI', 'Kafé'] }] });
  });

  it('skips blank and comment rows, and remembers commented rows that look like data', async () => {
    const read = await readSheetFile(Buffer.from('jenis,judul,tanggal\n#SOSIALISASI,Contoh,2025-06-16\n\n,,\n# catatan\nSOSIALISASI,Nyata,2025-06-17\n'));
    expect(read.rows).toEqual([{ row: 6, cells: ['SOSIALISASI', 'Nyata', '2025-06-17'] }]);
    expect(read.ignoredRows).toEqual([2]);
  });
});

describe('what is refused before reading', () => {
  it('refuses by content, not by name: PDF, old Excel, ODS, a plain ZIP, binary data', async () => {
    expect(await code(readSheetFile(Buffer.from('%PDF-1.4')))).toEqual(['IMPORT_FILE_UNSUPPORTED', { detail: 'PDF' }]);
    expect(await code(readSheetFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toEqual(['IMPORT_FILE_UNSUPPORTED', { detail: 'Excel 97-2003 (.xls)' }]);
    expect(await code(readSheetFile(zipWith('content.xml', 10)))).toEqual(['IMPORT_FILE_UNSUPPORTED', { detail: 'OpenDocument (.ods)' }]);
    expect(await code(readSheetFile(zipWith('foto.jpg', 10)))).toEqual(['IMPORT_FILE_UNSUPPORTED', { detail: 'ZIP' }]);
    expect(await code(readSheetFile(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x0a])))).toEqual(['IMPORT_FILE_UNSUPPORTED', { detail: 'binary' }]);
    expect(await code(readSheetFile(Buffer.alloc(0)))).toEqual(['IMPORT_NO_ROWS', {}]);
  });

  it('refuses an XLSX that would unpack to more than the cap, before exceljs unpacks it in memory', async () => {
    const bomb = zipWith('xl/workbook.xml', 80 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await code(readSheetFile(bomb))).toEqual(['IMPORT_FILE_TOO_LARGE', { maxMb: 5 }]);
  });

  it('refuses a broken XLSX as unreadable', async () => {
    expect(await code(readSheetFile(zipWith('xl/workbook.xml', 100)))).toEqual(['IMPORT_FILE_UNREADABLE', { detail: 'XLSX' }]);
  });
});

describe('cells', () => {
  it('turns exceljs values into the text the user sees', () => {
    expect(cellText(new Date(Date.UTC(2025, 5, 16)))).toBe('2025-06-16');
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 9, 30)))).toBe('09:30');
    expect(cellText(new Date(Date.UTC(2025, 5, 16, 9, 0)))).toBe('2025-06-16 09:00');
    expect(cellText({ richText: [{ text: 'Sosialisasi ' }, { text: 'TPPO' }] })).toBe('Sosialisasi TPPO');
    expect(cellText({ formula: 'A1+1', result: 12 })).toBe('12');
    expect(cellText({ text: 'tautan', hyperlink: 'https://example.org' })).toBe('tautan');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(null)).toBe('');
  });

  it('reads dates as YYYY-MM-DD or DD/MM/YYYY, and only real ones', () => {
    expect(parseDate('2025-06-16')).toBe('2025-06-16');
    expect(parseDate('2025-6-1')).toBe('2025-06-01');
    expect(parseDate('16/06/2025')).toBe('2025-06-16');
    expect(parseDate('16-06-2025')).toBe('2025-06-16');
    expect(parseDate('2025-06-16 00:00')).toBe('2025-06-16');
    expect(parseDate('2025-02-29')).toBeNull();
    expect(parseDate('31/04/2025')).toBeNull();
    expect(parseDate('16 Juni 2025')).toBeNull();
  });

  it('reads times as HH:MM or H.MM, 00:00–23:59', () => {
    expect(parseTime('09:00')).toBe('09:00');
    expect(parseTime('9.30')).toBe('09:30');
    expect(parseTime('13:45:00')).toBe('13:45');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('9')).toBeNull();
  });

  it('places local times in their zone: 09:00 WIB, WITA and WIT', () => {
    expect(localInstant('2025-06-16', '09:00', IndonesianTimeZone.WIB).toISOString()).toBe('2025-06-16T02:00:00.000Z');
    expect(localInstant('2025-06-16', '09:00', IndonesianTimeZone.WITA).toISOString()).toBe('2025-06-16T01:00:00.000Z');
    expect(localInstant('2025-06-16', '07:00', IndonesianTimeZone.WIT).toISOString()).toBe('2025-06-15T22:00:00.000Z');
  });

  it('derives a stable version-5 UUID per agency, file and row', () => {
    const id = importedActivityId('6a1f0c2e-1b7d-4c55-9a51-000000000001', 'ab'.repeat(32), 2);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(importedActivityId('6a1f0c2e-1b7d-4c55-9a51-000000000001', 'ab'.repeat(32), 2)).toBe(id);
    expect(importedActivityId('6a1f0c2e-1b7d-4c55-9a51-000000000001', 'ab'.repeat(32), 3)).not.toBe(id);
    expect(importedActivityId('6a1f0c2e-1b7d-4c55-9a51-000000000002', 'ab'.repeat(32), 2)).not.toBe(id);
  });
});
