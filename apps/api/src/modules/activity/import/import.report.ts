import { format, Language } from '../../../common/i18n/language';

/** One problem of the file: `row` as the spreadsheet numbers it (header = 1), `column` a column key. */
export interface ImportProblem {
  /** null: about the whole file. */
  row: number | null;
  /** A column key of the template (or, for an unknown column, its header text); null: the whole row. */
  column: string | null;
  /** IMPORT_* or ACTIVITY_* (the latter from the rules every activity is held to). */
  code: string;
  /** In the caller's language (Accept-Language), Bahasa Indonesia by default. */
  message: string;
}

export interface ImportPreviewRow {
  row: number;
  /** The id the activity gets (derived from agency, file and row, so a repeated upload finds it). */
  id: string;
  type: string;
  title: string;
  /** As written in the file, local to the venue. */
  date: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venueName: string;
  venueRegionCode: string;
  /** After kecamatan codes were expanded to their villages. */
  villageCount: number;
  participants: { male: number; female: number };
  topics: string[];
  programmeItems: number[];
}

export interface ImportReport {
  dryRun: boolean;
  /** True only for a commit that wrote (or found already written) every row. */
  committed: boolean;
  file: { name: string; bytes: number; sha256: string; format: 'csv' | 'xlsx'; separator: string | null };
  /** Data rows in the file: rows = valid + invalid + alreadyImported. */
  rows: number;
  /** Rows with no error, to be imported (dry run) or imported now (commit). */
  valid: number;
  /** Rows with at least one error. */
  invalid: number;
  /** Rows this same file created in an earlier upload (a retry): not imported again. */
  alreadyImported: number;
  /** Activities written by this request (0 on a dry run and on a refused commit). */
  created: number;
  errorCount: number;
  warningCount: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** The first valid rows, as they will be recorded. */
  preview: ImportPreviewRow[];
  /** One sentence for the top of the page, in the caller's language. */
  message: string;
}

/** What happened, in one sentence. */
export function reportMessage(
  language: Language,
  r: { dryRun: boolean; headerBroken: boolean; rows: number; valid: number; invalid: number; alreadyImported: number; created: number },
): string {
  const { rows, valid, invalid, alreadyImported, created } = r;
  const t = (id: string, en: string) => format(language === 'en' ? en : id, { rows, valid, invalid, alreadyImported, created });
  if (r.headerBroken) return t('Judul kolom (baris 1) tidak sesuai templat; tidak ada baris yang diperiksa.', 'The column names (row 1) do not match the template; no row was checked.');
  if (r.invalid > 0) {
    return r.dryRun
      ? t(
          '{invalid} dari {rows} baris bermasalah. Perbaiki lalu unggah lagi; belum ada yang disimpan.',
          '{invalid} of {rows} rows have problems. Fix them and upload again; nothing has been saved.',
        )
      : t(
          'Tidak ada yang diimpor: {invalid} dari {rows} baris bermasalah. Perbaiki lalu unggah lagi.',
          'Nothing was imported: {invalid} of {rows} rows have problems. Fix them and upload again.',
        );
  }
  if (r.valid === 0) return t('Semua {rows} baris berkas ini sudah diimpor sebelumnya; tidak ada yang ditambahkan.', 'All {rows} rows of this file were imported before; nothing was added.');
  if (r.dryRun) {
    return r.alreadyImported
      ? t('{valid} baris siap diimpor ({alreadyImported} baris sudah diimpor sebelumnya).', '{valid} rows are ready to import ({alreadyImported} rows were imported before).')
      : t('Semua {valid} baris siap diimpor.', 'All {valid} rows are ready to import.');
  }
  return t('{created} kegiatan diimpor dan diajukan kepada kepala kantor untuk diverifikasi.', '{created} activities were imported and submitted to the head of office for verification.');
}
