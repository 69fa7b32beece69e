import { deflateRawSync } from 'node:zlib';
import { COLUMNS, IMPORT_LIMITS } from './import.columns';
import { ImportError } from './import.errors';
import { cellText, detectSeparator, parseCsv, readSheetFile } from './import.file';
import { importedActivityId, localInstant, parseDate, parseTime } from './import.rows';
import { IndonesianTimeZone } from '@jangkau/shared-domain';

const records = (text: string, separator = ',') => {
  const out: [number, string[]][] = [];
  parseCsv(text, separator, (row, cells) => out.push([row, cells]));
  return out;
};

/**
 * A ZIP written by hand, so a test can put in it what no spreadsheet program would: entries of any size or count,
 * and sizes in the headers that lie (`declared`).
 */
function zipOf(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = deflateRawSync(entry.data, { level: 9 });
    const nameBytes = Buffer.from(entry.name);
    const size = entry.declared ?? entry.data.length;
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
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

/** A ZIP with one deflated entry, as small as a 5 MB upload, that unpacks to `size` bytes. */
const zipWith = (name: string, size: number, declared?: number) => zipOf([{ name, data: Buffer.alloc(size, 0x41), declared }]);

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

describe('CSV edge cases', () => {
  const header = 'jenis,judul,tanggal';

  it('keeps a line break inside a quoted cell in its row, and numbers the next rows as records', async () => {
    const read = await readSheetFile(Buffer.from(`${header}\r\nSOSIALISASI,"Sosialisasi\r\ndi dua baris",2025-06-16\r\nSOSIALISASI,Satu baris,2025-06-17\r\n`));
    expect(read.rows).toEqual([
      { row: 2, cells: ['SOSIALISASI', 'Sosialisasi\r\ndi dua baris', '2025-06-16'] },
      { row: 3, cells: ['SOSIALISASI', 'Satu baris', '2025-06-17'] },
    ]);
  });

  it('reads the header after a UTF-8 byte order mark (Excel\'s "CSV UTF-8") as the plain column names', async () => {
    const read = await readSheetFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${COLUMNS.map((c) => c.key).join(';')}\nSOSIALISASI;Judul\n`)]));
    expect(read.separator).toBe(';');
    expect(read.header[0]).toBe('jenis');
    expect(read.rows).toEqual([{ row: 2, cells: ['SOSIALISASI', 'Judul'] }]);
  });

  it('keeps a stray quote as text, in an unquoted cell or after a closed one', async () => {
    const read = await readSheetFile(Buffer.from(`${header}\nSOSIALISASI,Pipa 5" di balai,2025-06-16\nSOSIALISASI,"Balai" Desa,2025-06-17\n`));
    expect(read.rows.map((r) => r.cells[1])).toEqual(['Pipa 5" di balai', '"Balai" Desa']);
  });

  it('says in both languages on which row a quote was opened and never closed', async () => {
    const error = await readSheetFile(Buffer.from(`${header}\nSOSIALISASI,Baik,2025-06-16\nSOSIALISASI,"Tanpa penutup,2025-06-17\nSOSIALISASI,Lain,2025-06-18\n`)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IMPORT_CSV_QUOTE_UNCLOSED', params: { row: 3 } });
    expect((error as ImportError).localize('id')).toContain('dibuka di baris 3 tidak pernah ditutup');
    expect((error as ImportError).localize('en')).toContain('opened on row 3 is never closed');
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

  it('refuses a zip bomb whose headers lie about its size, counting what the inflater gives, in well under a second', async () => {
    // Declares 100 bytes, inflates to 80 MB: a reader that trusted the header would allocate 100 bytes and then
    // keep going; this one stops at the first bytes beyond what was declared or allowed.
    const liar = zipWith('xl/workbook.xml', 80 * 1024 * 1024, 100);
    expect(liar.length).toBeLessThan(100 * 1024);
    const started = performance.now();
    expect(await code(readSheetFile(liar))).toEqual(['IMPORT_FILE_UNREADABLE', { detail: 'ZIP' }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an entry that inflates far beyond what any sheet does, even under the total cap', async () => {
    // 4 MB of one letter: 1:1000, where real sheets are 1:9 to 1:14; the total (4 MB) is well under 64 MB.
    const ratio = zipOf([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x41) },
    ]);
    expect(await code(readSheetFile(ratio))).toEqual(['IMPORT_FILE_TOO_LARGE', { maxMb: 5 }]);
  });

  it('refuses a ZIP of too many entries before inflating any, in both languages', async () => {
    const many = zipOf(Array.from({ length: IMPORT_LIMITS.maxZipEntries + 1 }, (_, i) => ({ name: i === 0 ? 'xl/workbook.xml' : `xl/media/${i}.bin`, data: Buffer.alloc(0) })));
    const error = await readSheetFile(many).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IMPORT_ZIP_TOO_MANY_ENTRIES', params: { entries: 501, max: 500 } });
    expect((error as ImportError).localize('id')).toBe(
      'Berkas Excel ini berisi 501 bagian di dalamnya; buku kerja biasa berisi paling banyak 500. Salin lembar kegiatan ke templat, lalu unggah templat itu.',
    );
    expect((error as ImportError).localize('en')).toContain('holds 501 parts inside; an ordinary workbook holds at most 500');
    // A workbook's ordinary dozen or two is fine (and then fails later, as the broken workbook it is).
    const some = zipOf(Array.from({ length: 30 }, (_, i) => ({ name: i === 0 ? 'xl/workbook.xml' : `xl/media/${i}.bin`, data: Buffer.alloc(10) })));
    expect(await code(readSheetFile(some))).toEqual(['IMPORT_FILE_UNREADABLE', { detail: 'XLSX' }]);
  });

  it('refuses a damaged ZIP as unreadable: no central directory, a truncated file, garbage inside an entry', async () => {
    expect(await code(readSheetFile(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 0x7a)])))).toEqual(['IMPORT_FILE_UNREADABLE', { detail: 'ZIP' }]);
    const whole = zipWith('xl/workbook.xml', 5000);
    expect(await code(readSheetFile(whole.subarray(0, whole.length - 10)))).toEqual(['IMPORT_FILE_UNREADABLE', { detail: 'ZIP' }]);
    // The entry's deflate data overwritten with bytes that are not deflate.
    const garbled = Buffer.from(whole);
    garbled.fill(0xff, 30 + 'xl/workbook.xml'.length, 30 + 'xl/workbook.xml'.length + 8);
    expect(await code(readSheetFile(garbled))).toEqual(['IMPORT_FILE_UNREADABLE', { detail: 'ZIP' }]);
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
