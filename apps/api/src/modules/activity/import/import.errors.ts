import { defineDomainErrors, ErrorTable } from '../../../common/errors/error-table';

/**
 * Codes of the import: those that refuse the whole upload (thrown as ImportError, answered with an HTTP status)
 * and those that describe one row or column of the file (listed in the report's `errors` and `warnings`).
 */
export enum ImportErrorCode {
  // The upload as a whole.
  DRY_RUN_INVALID = 'IMPORT_DRY_RUN_INVALID',
  FILE_MISSING = 'IMPORT_FILE_MISSING',
  UPLOAD_INVALID = 'IMPORT_UPLOAD_INVALID',
  FILE_TOO_LARGE = 'IMPORT_FILE_TOO_LARGE',
  FILE_UNSUPPORTED = 'IMPORT_FILE_UNSUPPORTED',
  FILE_UNREADABLE = 'IMPORT_FILE_UNREADABLE',
  ZIP_TOO_MANY_ENTRIES = 'IMPORT_ZIP_TOO_MANY_ENTRIES',
  CSV_QUOTE_UNCLOSED = 'IMPORT_CSV_QUOTE_UNCLOSED',
  TOO_MANY_ROWS = 'IMPORT_TOO_MANY_ROWS',
  NO_ROWS = 'IMPORT_NO_ROWS',
  // The header row.
  COLUMN_MISSING = 'IMPORT_COLUMN_MISSING',
  COLUMN_DUPLICATE = 'IMPORT_COLUMN_DUPLICATE',
  COLUMN_UNKNOWN = 'IMPORT_COLUMN_UNKNOWN',
  // One cell.
  REQUIRED = 'IMPORT_REQUIRED',
  TYPE_UNKNOWN = 'IMPORT_TYPE_UNKNOWN',
  DATE_INVALID = 'IMPORT_DATE_INVALID',
  TIME_INVALID = 'IMPORT_TIME_INVALID',
  NOT_HELD_YET = 'IMPORT_NOT_HELD_YET',
  REACH_UNKNOWN = 'IMPORT_REACH_UNKNOWN',
  REACH_REQUIRED = 'IMPORT_REACH_REQUIRED',
  REACH_WITHOUT_VILLAGES = 'IMPORT_REACH_WITHOUT_VILLAGES',
  PROGRAMME_ITEM_INVALID = 'IMPORT_PROGRAMME_ITEM_INVALID',
  PROGRAMME_ITEM_UNKNOWN = 'IMPORT_PROGRAMME_ITEM_UNKNOWN',
  NO_FRAMEWORK_IN_FORCE = 'IMPORT_NO_FRAMEWORK_IN_FORCE',
  TOPIC_UNKNOWN = 'IMPORT_TOPIC_UNKNOWN',
  COUNT_INVALID = 'IMPORT_COUNT_INVALID',
  // Warnings about a row or the file.
  DUPLICATE_IN_FILE = 'IMPORT_DUPLICATE_IN_FILE',
  DUPLICATE_EXISTING = 'IMPORT_DUPLICATE_EXISTING',
  ALREADY_IMPORTED = 'IMPORT_ALREADY_IMPORTED',
  OUTSIDE_WORKING_AREA = 'IMPORT_OUTSIDE_WORKING_AREA',
  ENCODING_FALLBACK = 'IMPORT_ENCODING_FALLBACK',
  ROW_IGNORED = 'IMPORT_ROW_IGNORED',
}

/** Activity statuses as the duplicate warning names them. */
const STATUS: Record<string, [string, string]> = {
  PLANNED: ['direncanakan', 'planned'],
  DRAFT: ['draf', 'draft'],
  SUBMITTED: ['diajukan', 'submitted'],
  VERIFIED: ['terverifikasi', 'verified'],
  RETURNED: ['dikembalikan', 'returned'],
};

/** `httpStatus`: 413 for a file over the caps, 415 for a kind of file that is not a spreadsheet; otherwise the kind's (400). */
const IMPORT_ERRORS: ErrorTable<ImportErrorCode> = {
  [ImportErrorCode.DRY_RUN_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Parameter dryRun harus true atau false.',
    en: 'The dryRun parameter must be true or false.',
  },
  [ImportErrorCode.FILE_MISSING]: {
    kind: 'BAD_USER_INPUT',
    id: 'Pilih satu berkas (.xlsx atau .csv) dan kirim pada isian "file".',
    en: 'Choose one file (.xlsx or .csv) and send it in the "file" field.',
  },
  [ImportErrorCode.UPLOAD_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Unggahan tidak dapat dibaca ({detail}). Kirim satu berkas pada isian "file" (multipart/form-data).',
    en: 'The upload could not be read ({detail}). Send one file in the "file" field (multipart/form-data).',
  },
  [ImportErrorCode.FILE_TOO_LARGE]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 413,
    id: 'Berkas terlalu besar: paling besar {maxMb} MB. Bagi menjadi beberapa berkas.',
    en: 'The file is too large: at most {maxMb} MB. Split it into several files.',
  },
  [ImportErrorCode.FILE_UNSUPPORTED]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 415,
    id: 'Jenis berkas tidak didukung ({detail}). Simpan sebagai Excel (.xlsx) atau CSV (.csv), lalu unggah lagi.',
    en: 'This kind of file is not supported ({detail}). Save it as Excel (.xlsx) or CSV (.csv) and upload it again.',
  },
  [ImportErrorCode.FILE_UNREADABLE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Berkas tidak dapat dibaca ({detail}). Buka dan simpan ulang di Excel, atau gunakan templat.',
    en: 'The file could not be read ({detail}). Open and save it again in Excel, or use the template.',
  },
  [ImportErrorCode.ZIP_TOO_MANY_ENTRIES]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 413,
    id: 'Berkas Excel ini berisi {entries} bagian di dalamnya; buku kerja biasa berisi paling banyak {max}. Salin lembar kegiatan ke templat, lalu unggah templat itu.',
    en: 'This Excel file holds {entries} parts inside; an ordinary workbook holds at most {max}. Copy the activity sheet into the template and upload that.',
  },
  [ImportErrorCode.CSV_QUOTE_UNCLOSED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanda kutip (") yang dibuka di baris {row} tidak pernah ditutup, sehingga sisa berkas terbaca sebagai satu sel. Perbaiki sel itu lalu unggah lagi.',
    en: 'A quote (") opened on row {row} is never closed, so the rest of the file reads as one cell. Fix that cell and upload again.',
  },
  [ImportErrorCode.TOO_MANY_ROWS]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 413,
    id: 'Berkas berisi {rows} baris kegiatan; paling banyak {max} per berkas. Bagi menjadi beberapa berkas.',
    en: 'The file holds {rows} activity rows; at most {max} per file. Split it into several files.',
  },
  [ImportErrorCode.NO_ROWS]: {
    kind: 'BAD_USER_INPUT',
    id: 'Berkas tidak berisi baris kegiatan: baris 1 adalah judul kolom, kegiatan mulai baris 2.',
    en: 'The file holds no activity rows: row 1 is the header, activities start on row 2.',
  },
  [ImportErrorCode.COLUMN_MISSING]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kolom wajib "{column}" tidak ada di baris judul (baris 1). Gunakan judul kolom dari templat.',
    en: 'The required column "{column}" is missing from the header (row 1). Use the column names of the template.',
  },
  [ImportErrorCode.COLUMN_DUPLICATE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kolom "{column}" muncul lebih dari sekali di baris judul.',
    en: 'The column "{column}" appears more than once in the header.',
  },
  [ImportErrorCode.COLUMN_UNKNOWN]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kolom "{column}" tidak dikenal dan diabaikan.',
    en: 'The column "{column}" is unknown and was ignored.',
  },
  [ImportErrorCode.REQUIRED]: { kind: 'BAD_USER_INPUT', id: 'Wajib diisi.', en: 'Required.' },
  [ImportErrorCode.TYPE_UNKNOWN]: {
    kind: 'BAD_USER_INPUT',
    id: 'Jenis kegiatan "{value}" tidak dikenal; gunakan salah satu: {allowed}.',
    en: 'Unknown activity type "{value}"; use one of: {allowed}.',
  },
  [ImportErrorCode.DATE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal "{value}" tidak sah; tulis YYYY-MM-DD, mis. 2025-06-16.',
    en: 'The date "{value}" is not valid; write YYYY-MM-DD, e.g. 2025-06-16.',
  },
  [ImportErrorCode.TIME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Jam "{value}" tidak sah; tulis JJ:MM (24 jam), mis. 09:00.',
    en: 'The time "{value}" is not valid; write HH:MM (24-hour), e.g. 09:00.',
  },
  [ImportErrorCode.NOT_HELD_YET]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kegiatan ini belum terlaksana ({value}); impor hanya untuk kegiatan yang sudah terlaksana. Rencanakan kegiatan mendatang di aplikasi.',
    en: 'This activity has not taken place yet ({value}); import is for past activities only. Plan future activities in the app.',
  },
  [ImportErrorCode.REACH_UNKNOWN]: {
    kind: 'BAD_USER_INPUT',
    id: 'Cara menjangkau "{value}" tidak dikenal; gunakan salah satu: {allowed}.',
    en: 'Unknown way of reaching "{value}"; use one of: {allowed}.',
  },
  [ImportErrorCode.REACH_REQUIRED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Isi cara menjangkau desa/kelurahan: {allowed}.',
    en: 'Say how the villages were reached: {allowed}.',
  },
  [ImportErrorCode.REACH_WITHOUT_VILLAGES]: {
    kind: 'BAD_USER_INPUT',
    id: 'Cara menjangkau diisi tetapi desa_kelurahan kosong; diabaikan.',
    en: 'A way of reaching is given but desa_kelurahan is empty; ignored.',
  },
  [ImportErrorCode.PROGRAMME_ITEM_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Butir program "{value}" bukan nomor; tulis nomornya saja, mis. 8.',
    en: 'Programme item "{value}" is not a number; write the number only, e.g. 8.',
  },
  [ImportErrorCode.PROGRAMME_ITEM_UNKNOWN]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tidak ada butir program {value} pada kerangka program yang berlaku tanggal {date}.',
    en: 'There is no programme item {value} in the framework valid on {date}.',
  },
  [ImportErrorCode.NO_FRAMEWORK_IN_FORCE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tidak ada kerangka program yang berlaku pada tanggal {date}, jadi butir program {value} tidak dapat dipakai; kosongkan butir_program untuk kegiatan ini.',
    en: 'No programme framework is in force on {date}, so programme item {value} cannot be used; leave butir_program empty for this activity.',
  },
  [ImportErrorCode.TOPIC_UNKNOWN]: {
    kind: 'BAD_USER_INPUT',
    id: 'Topik "{value}" tidak dikenal; lihat daftar topik di templat.',
    en: 'Unknown topic "{value}"; see the list of topics in the template.',
  },
  [ImportErrorCode.COUNT_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Jumlah peserta "{value}" tidak sah; tulis bilangan bulat 0–{max} tanpa titik atau koma.',
    en: 'The participant count "{value}" is not valid; write a whole number 0–{max} without dots or commas.',
  },
  [ImportErrorCode.DUPLICATE_IN_FILE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal, judul dan tempat sama dengan baris {other}; periksa apakah kegiatan ini tercatat dua kali.',
    en: 'Same date, title and venue as row {other}; check whether this activity is listed twice.',
  },
  [ImportErrorCode.DUPLICATE_EXISTING]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kegiatan dengan tanggal, judul dan tempat yang sama sudah tercatat di Jangkau ({status}); periksa agar tidak tercatat dua kali.',
    en: 'An activity with the same date, title and venue is already recorded in Jangkau ({status}); check that it is not recorded twice.',
  },
  [ImportErrorCode.ALREADY_IMPORTED]: {
    kind: 'BAD_USER_INPUT',
    id: '{count} baris berkas ini sudah diimpor sebelumnya dan tidak akan ditambahkan lagi.',
    en: '{count} rows of this file were imported before and will not be added again.',
  },
  [ImportErrorCode.OUTSIDE_WORKING_AREA]: {
    kind: 'BAD_USER_INPUT',
    id: '{count} desa/kelurahan berada di luar wilayah kerja instansi Anda (mis. {code}); periksa kodenya.',
    en: "{count} villages lie outside your agency's working area (e.g. {code}); check the codes.",
  },
  [ImportErrorCode.ENCODING_FALLBACK]: {
    kind: 'BAD_USER_INPUT',
    id: 'Berkas CSV bukan UTF-8; dibaca sebagai Windows-1252. Periksa huruf khusus pada pratinjau, atau simpan sebagai "CSV UTF-8".',
    en: 'The CSV file is not UTF-8; it was read as Windows-1252. Check special characters in the preview, or save it as "CSV UTF-8".',
  },
  [ImportErrorCode.ROW_IGNORED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Baris ini diawali # sehingga diabaikan (baris contoh atau catatan). Hapus tanda # bila baris ini harus diimpor.',
    en: 'This row starts with # and was ignored (an example or a note). Remove the # if the row is meant to be imported.',
  },
};

export class ImportError extends defineDomainErrors(IMPORT_ERRORS, {
  // The duplicate warning names the existing activity's status in words.
  params: (params, language) => {
    const status = STATUS[String(params.status)];
    return { ...params, ...(status ? { status: status[language === 'en' ? 1 : 0] } : {}) };
  },
}) {}
