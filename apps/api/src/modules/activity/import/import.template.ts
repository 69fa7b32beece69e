import { ACTIVITY_LIMITS, ACTIVITY_TYPE_LABELS, ActivityType, PARTICIPANT_CATEGORY_LABELS, ParticipantCategory, VILLAGE_REACH_LABELS, VillageReach } from '@jangkau/shared-domain';
import { loadExcel } from '../../../common/excel';
import { Language } from '../../../common/i18n/language';
import { CATEGORIES, COLUMNS, IMPORT_LIMITS, participantKey } from './import.columns';

/** What the template lists from the database: the topics and programme items one may name. */
export interface TemplateReference {
  topics: string[];
  frameworks: { name: string; validFrom: string; validTo: string; items: { number: number; title: string }[] }[];
}

export const TEMPLATE_FILE_NAME = 'templat-impor-kegiatan';

/** Sentences of the explanation, in both languages. */
function texts(language: Language) {
  const en = language === 'en';
  const max = IMPORT_LIMITS.maxRows.toLocaleString(en ? 'en' : 'id-ID');
  return {
    title: en ? 'Jangkau: import of past activities' : 'Jangkau: impor kegiatan yang sudah terlaksana',
    rules: en
      ? [
          'One row is one activity. Row 1 holds the column names: keep them as they are (their order does not matter).',
          'Rows whose first cell starts with # are ignored, like the example on row 2; delete them or leave them.',
          `At most ${max} rows and ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB per file. Save as .xlsx, or as CSV (comma or semicolon separated, preferably "CSV UTF-8").`,
          'Upload first to check: every problem is listed with its row and column, and nothing is saved. Then import: all rows are saved, or none if any row has a problem.',
          'Imported activities are submitted to the head of office for verification; only verified activities count in reports.',
          'Times are local to the venue: WIB, WITA or WIT, from the region code of the venue.',
        ]
      : [
          'Satu baris adalah satu kegiatan. Baris 1 berisi nama kolom: biarkan seperti adanya (urutannya boleh berbeda).',
          'Baris yang sel pertamanya diawali # diabaikan, seperti baris contoh di baris 2; hapus atau biarkan.',
          `Paling banyak ${max} baris dan ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB per berkas. Simpan sebagai .xlsx, atau CSV (pemisah koma atau titik koma, sebaiknya "CSV UTF-8").`,
          'Unggah dahulu untuk memeriksa: setiap masalah ditampilkan dengan baris dan kolomnya, dan belum ada yang disimpan. Lalu impor: semua baris disimpan, atau tidak satu pun bila ada baris yang bermasalah.',
          'Kegiatan yang diimpor diajukan kepada kepala kantor untuk diverifikasi; hanya kegiatan terverifikasi yang dihitung dalam laporan.',
          'Jam menurut waktu setempat tempat kegiatan: WIB, WITA atau WIT, ditentukan dari kode wilayah tempat.',
        ],
    columnsHeader: (en ? ['Column', 'Required', 'What to write', 'Example'] : ['Kolom', 'Wajib', 'Isian', 'Contoh']) satisfies [string, string, string, string],
    yes: en ? 'yes' : 'ya',
    no: en ? 'no' : 'tidak',
    types: en ? 'Activity types (column jenis)' : 'Jenis kegiatan (kolom jenis)',
    reaches: en ? 'Ways of reaching villages (column cara_menjangkau)' : 'Cara menjangkau desa/kelurahan (kolom cara_menjangkau)',
    categories: en ? 'Participant categories (columns …_l = male, …_p = female)' : 'Kategori peserta (kolom …_l = laki-laki, …_p = perempuan)',
    codeHeader: (en ? ['Code', 'Name'] : ['Kode', 'Nama']) satisfies [string, string],
    categoryHeader: en ? ['Male', 'Female', 'Category'] : ['Laki-laki', 'Perempuan', 'Kategori'],
    topics: en ? 'Topics (column topik)' : 'Topik (kolom topik)',
    programme: en
      ? 'Programme items (column butir_program: the number, in the framework valid on the activity date)'
      : 'Butir program (kolom butir_program: nomornya, menurut kerangka yang berlaku pada tanggal kegiatan)',
    valid: (from: string, to: string) => (en ? `valid ${from} to ${to}` : `berlaku ${from} s.d. ${to}`),
    none: en ? '(none yet)' : '(belum ada)',
    exampleNote: en
      ? 'Example row (the founding story of Jangkau). It starts with #, so it is ignored on import: overwrite it or delete it.'
      : 'Baris contoh (kisah awal Jangkau). Diawali #, jadi diabaikan saat impor: timpa atau hapus.',
  };
}

/** The example row, commented out: its first cell starts with '#', which the reader skips. */
function exampleCells(): string[] {
  return COLUMNS.map((c, i) => (i === 0 ? `#${c.example}` : c.example));
}

export async function buildXlsxTemplate(language: Language, ref: TemplateReference): Promise<Buffer> {
  const { Workbook } = loadExcel();
  const t = texts(language);
  const workbook = new Workbook();
  workbook.creator = 'Jangkau';
  workbook.created = new Date();

  const sheet = workbook.addWorksheet('Kegiatan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  const header = sheet.addRow(COLUMNS.map((c) => c.key));
  header.font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFF4B183' : 'FFD9E1F2' } };
    cell.note = `${c.required ? `${t.yes.toUpperCase()} · ` : ''}${c.help[language]}`;
  });
  const example = sheet.addRow(exampleCells());
  example.font = { italic: true, color: { argb: 'FF7F7F7F' } };
  example.getCell(1).note = t.exampleNote;
  // Drop-down lists and whole-number checks for the rows people fill in (Excel checks what is typed, not pasted).
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations;
  const columnLetter = (key: string) => sheet.getColumn(key).letter;
  const lastRow = IMPORT_LIMITS.maxRows + 1;
  const list = (key: string, values: string[]) =>
    validations.add(`${columnLetter(key)}2:${columnLetter(key)}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
    });
  list('jenis', Object.values(ActivityType));
  list('cara_menjangkau', Object.values(VillageReach));
  for (const category of CATEGORIES) {
    for (const sex of ['male', 'female'] as const) {
      const letter = columnLetter(participantKey(category, sex));
      validations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, ACTIVITY_LIMITS.participantsPerCellMax],
        showErrorMessage: true,
        errorStyle: 'stop',
      });
    }
  }

  const help = workbook.addWorksheet(language === 'en' ? 'Guide' : 'Petunjuk');
  help.columns = [{ width: 24 }, { width: 26 }, { width: 90 }, { width: 40 }];
  help.addRow([t.title]).font = { bold: true, size: 14 };
  for (const rule of t.rules) help.addRow([`• ${rule}`]);
  help.addRow([]);
  help.addRow(t.columnsHeader).font = { bold: true };
  for (const c of COLUMNS) help.addRow([c.key, c.required ? t.yes : t.no, c.help[language], c.example]);
  const section = (title: string, headerCells: string[], rows: (string | number)[][]) => {
    help.addRow([]);
    help.addRow([title]).font = { bold: true };
    help.addRow(headerCells).font = { italic: true };
    for (const row of rows) help.addRow(row);
  };
  section(
    t.types,
    t.codeHeader,
    Object.values(ActivityType).map((code) => [code, ACTIVITY_TYPE_LABELS[code][language]]),
  );
  section(
    t.reaches,
    t.codeHeader,
    Object.values(VillageReach).map((code) => [code, VILLAGE_REACH_LABELS[code][language]]),
  );
  section(
    t.categories,
    t.categoryHeader,
    CATEGORIES.map((category: ParticipantCategory) => [participantKey(category, 'male'), participantKey(category, 'female'), PARTICIPANT_CATEGORY_LABELS[category][language]]),
  );
  section(t.topics, [t.codeHeader[1]], ref.topics.length ? ref.topics.map((name) => [name]) : [[t.none]]);
  section(
    t.programme,
    [t.codeHeader[0], t.codeHeader[1]],
    ref.frameworks.length ? ref.frameworks.flatMap((f) => [[`${f.name} (${t.valid(f.validFrom, f.validTo)})`], ...f.items.map((i) => [i.number, i.title])]) : [[t.none]],
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV cell, quoted when it holds the separator, a quote, a line break or edge blanks. */
function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV template: UTF-8 with a byte order mark (without it Excel reads UTF-8 as the Windows code page),
 * CRLF line ends, comma-separated; the explanation follows the header as comment rows (first cell '#'), which
 * the import skips, so the file can be filled in and uploaded as it is.
 */
export function buildCsvTemplate(language: Language, ref: TemplateReference): Buffer {
  const t = texts(language);
  const lines: string[] = [COLUMNS.map((c) => c.key).join(',')];
  const comment = (text: string) => lines.push(csvCell(`# ${text}`));
  lines.push(exampleCells().map(csvCell).join(','));
  comment(t.exampleNote);
  comment(t.title);
  for (const rule of t.rules) comment(rule);
  for (const c of COLUMNS) comment(`${c.key}${c.required ? ` (${t.columnsHeader[1].toLowerCase()})` : ''}: ${c.help[language]}${c.example ? ` ${t.columnsHeader[3]}: ${c.example}` : ''}`);
  comment(
    `${t.types}: ${Object.values(ActivityType)
      .map((code) => `${code} = ${ACTIVITY_TYPE_LABELS[code][language]}`)
      .join('; ')}`,
  );
  comment(
    `${t.reaches}: ${Object.values(VillageReach)
      .map((code) => `${code} = ${VILLAGE_REACH_LABELS[code][language]}`)
      .join('; ')}`,
  );
  comment(
    `${t.categories}: ${CATEGORIES.map((category) => `${participantKey(category, 'male')}/${participantKey(category, 'female')} = ${PARTICIPANT_CATEGORY_LABELS[category][language]}`).join('; ')}`,
  );
  comment(`${t.topics}: ${ref.topics.length ? ref.topics.join('; ') : t.none}`);
  if (!ref.frameworks.length) comment(`${t.programme}: ${t.none}`);
  for (const f of ref.frameworks) comment(`${t.programme}: ${f.name} (${t.valid(f.validFrom, f.validTo)}): ${f.items.map((i) => `${i.number} = ${i.title}`).join('; ')}`);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
