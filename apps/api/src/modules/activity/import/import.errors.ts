import { assertUnreachable, DomainError, ErrorKind } from '../../../common/errors/domain-error';
import { format, Language } from '../../../common/i18n/language';

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

const KIND: Record<ImportErrorCode, ErrorKind> = {
  [ImportErrorCode.DRY_RUN_INVALID]: 'BAD_USER_INPUT',
  [ImportErrorCode.FILE_MISSING]: 'BAD_USER_INPUT',
  [ImportErrorCode.UPLOAD_INVALID]: 'BAD_USER_INPUT',
  [ImportErrorCode.FILE_TOO_LARGE]: 'BAD_USER_INPUT',
  [ImportErrorCode.FILE_UNSUPPORTED]: 'BAD_USER_INPUT',
  [ImportErrorCode.FILE_UNREADABLE]: 'BAD_USER_INPUT',
  [ImportErrorCode.CSV_QUOTE_UNCLOSED]: 'BAD_USER_INPUT',
  [ImportErrorCode.TOO_MANY_ROWS]: 'BAD_USER_INPUT',
  [ImportErrorCode.NO_ROWS]: 'BAD_USER_INPUT',
  [ImportErrorCode.COLUMN_MISSING]: 'BAD_USER_INPUT',
  [ImportErrorCode.COLUMN_DUPLICATE]: 'BAD_USER_INPUT',
  [ImportErrorCode.COLUMN_UNKNOWN]: 'BAD_USER_INPUT',
  [ImportErrorCode.REQUIRED]: 'BAD_USER_INPUT',
  [ImportErrorCode.TYPE_UNKNOWN]: 'BAD_USER_INPUT',
  [ImportErrorCode.DATE_INVALID]: 'BAD_USER_INPUT',
  [ImportErrorCode.TIME_INVALID]: 'BAD_USER_INPUT',
  [ImportErrorCode.NOT_HELD_YET]: 'BAD_USER_INPUT',
  [ImportErrorCode.REACH_UNKNOWN]: 'BAD_USER_INPUT',
  [ImportErrorCode.REACH_REQUIRED]: 'BAD_USER_INPUT',
  [ImportErrorCode.REACH_WITHOUT_VILLAGES]: 'BAD_USER_INPUT',
  [ImportErrorCode.PROGRAMME_ITEM_INVALID]: 'BAD_USER_INPUT',
  [ImportErrorCode.PROGRAMME_ITEM_UNKNOWN]: 'BAD_USER_INPUT',
  [ImportErrorCode.TOPIC_UNKNOWN]: 'BAD_USER_INPUT',
  [ImportErrorCode.COUNT_INVALID]: 'BAD_USER_INPUT',
  [ImportErrorCode.DUPLICATE_IN_FILE]: 'BAD_USER_INPUT',
  [ImportErrorCode.DUPLICATE_EXISTING]: 'BAD_USER_INPUT',
  [ImportErrorCode.ALREADY_IMPORTED]: 'BAD_USER_INPUT',
  [ImportErrorCode.OUTSIDE_WORKING_AREA]: 'BAD_USER_INPUT',
  [ImportErrorCode.ENCODING_FALLBACK]: 'BAD_USER_INPUT',
  [ImportErrorCode.ROW_IGNORED]: 'BAD_USER_INPUT',
};

/** The HTTP status of an upload refused as a whole, where 400 is not the most precise. */
const HTTP_STATUS: Partial<Record<ImportErrorCode, number>> = {
  [ImportErrorCode.FILE_TOO_LARGE]: 413,
  [ImportErrorCode.TOO_MANY_ROWS]: 413,
  [ImportErrorCode.FILE_UNSUPPORTED]: 415,
};

/** Activity statuses as the duplicate warning names them. */
const STATUS: Record<string, [string, string]> = {
  PLANNED: ['direncanakan', 'planned'],
  DRAFT: ['draf', 'draft'],
  SUBMITTED: ['diajukan', 'submitted'],
  VERIFIED: ['terverifikasi', 'verified'],
  RETURNED: ['dikembalikan', 'returned'],
};

export class ImportError extends DomainError<ImportErrorCode> {
  get kind() {
    return KIND[this.code];
  }

  /** 413 for a file over the caps, 415 for a kind of file that is not a spreadsheet; otherwise the kind's (400). */
  override get httpStatus(): number | undefined {
    return HTTP_STATUS[this.code];
  }

  localize(language: Language): string {
    const en = language === 'en';
    const status = STATUS[String(this.params.status)];
    const params = { ...this.params, ...(status ? { status: status[en ? 1 : 0] } : {}) };
    const t = (id: string, english: string) => format(en ? english : id, params);
    switch (this.code) {
      case ImportErrorCode.DRY_RUN_INVALID:
        return t('Parameter dryRun harus true atau false.', 'The dryRun parameter must be true or false.');
      case ImportErrorCode.FILE_MISSING:
        return t('Pilih satu berkas (.xlsx atau .csv) dan kirim pada isian "file".', 'Choose one file (.xlsx or .csv) and send it in the "file" field.');
      case ImportErrorCode.UPLOAD_INVALID:
        return t('Unggahan tidak dapat dibaca ({detail}). Kirim satu berkas pada isian "file" (multipart/form-data).', 'The upload could not be read ({detail}). Send one file in the "file" field (multipart/form-data).');
      case ImportErrorCode.FILE_TOO_LARGE:
        return t('Berkas terlalu besar: paling besar {maxMb} MB. Bagi menjadi beberapa berkas.', 'The file is too large: at most {maxMb} MB. Split it into several files.');
      case ImportErrorCode.FILE_UNSUPPORTED:
        return t('Jenis berkas tidak didukung ({detail}). Simpan sebagai Excel (.xlsx) atau CSV (.csv), lalu unggah lagi.', 'This kind of file is not supported ({detail}). Save it as Excel (.xlsx) or CSV (.csv) and upload it again.');
      case ImportErrorCode.FILE_UNREADABLE:
        return t('Berkas tidak dapat dibaca ({detail}). Buka dan simpan ulang di Excel, atau gunakan templat.', 'The file could not be read ({detail}). Open and save it again in Excel, or use the template.');
      case ImportErrorCode.CSV_QUOTE_UNCLOSED:
        return t('Tanda kutip (") yang dibuka di baris {row} tidak pernah ditutup, sehingga sisa berkas terbaca sebagai satu sel. Perbaiki sel itu lalu unggah lagi.', 'A quote (") opened on row {row} is never closed, so the rest of the file reads as one cell. Fix that cell and upload again.');
      case ImportErrorCode.TOO_MANY_ROWS:
        return t('Berkas berisi {rows} baris kegiatan; paling banyak {max} per berkas. Bagi menjadi beberapa berkas.', 'The file holds {rows} activity rows; at most {max} per file. Split it into several files.');
      case ImportErrorCode.NO_ROWS:
        return t('Berkas tidak berisi baris kegiatan: baris 1 adalah judul kolom, kegiatan mulai baris 2.', 'The file holds no activity rows: row 1 is the header, activities start on row 2.');
      case ImportErrorCode.COLUMN_MISSING:
        return t('Kolom wajib "{column}" tidak ada di baris judul (baris 1). Gunakan judul kolom dari templat.', 'The required column "{column}" is missing from the header (row 1). Use the column names of the template.');
      case ImportErrorCode.COLUMN_DUPLICATE:
        return t('Kolom "{column}" muncul lebih dari sekali di baris judul.', 'The column "{column}" appears more than once in the header.');
      case ImportErrorCode.COLUMN_UNKNOWN:
        return t('Kolom "{column}" tidak dikenal dan diabaikan.', 'The column "{column}" is unknown and was ignored.');
      case ImportErrorCode.REQUIRED:
        return t('Wajib diisi.', 'Required.');
      case ImportErrorCode.TYPE_UNKNOWN:
        return t('Jenis kegiatan "{value}" tidak dikenal; gunakan salah satu: {allowed}.', 'Unknown activity type "{value}"; use one of: {allowed}.');
      case ImportErrorCode.DATE_INVALID:
        return t('Tanggal "{value}" tidak sah; tulis YYYY-MM-DD, mis. 2025-06-16.', 'The date "{value}" is not valid; write YYYY-MM-DD, e.g. 2025-06-16.');
      case ImportErrorCode.TIME_INVALID:
        return t('Jam "{value}" tidak sah; tulis JJ:MM (24 jam), mis. 09:00.', 'The time "{value}" is not valid; write HH:MM (24-hour), e.g. 09:00.');
      case ImportErrorCode.NOT_HELD_YET:
        return t('Kegiatan ini belum terlaksana ({value}); impor hanya untuk kegiatan yang sudah terlaksana. Rencanakan kegiatan mendatang di aplikasi.', 'This activity has not taken place yet ({value}); import is for past activities only. Plan future activities in the app.');
      case ImportErrorCode.REACH_UNKNOWN:
        return t('Cara menjangkau "{value}" tidak dikenal; gunakan salah satu: {allowed}.', 'Unknown way of reaching "{value}"; use one of: {allowed}.');
      case ImportErrorCode.REACH_REQUIRED:
        return t('Isi cara menjangkau desa/kelurahan: {allowed}.', 'Say how the villages were reached: {allowed}.');
      case ImportErrorCode.REACH_WITHOUT_VILLAGES:
        return t('Cara menjangkau diisi tetapi desa_kelurahan kosong; diabaikan.', 'A way of reaching is given but desa_kelurahan is empty; ignored.');
      case ImportErrorCode.PROGRAMME_ITEM_INVALID:
        return t('Butir program "{value}" bukan nomor; tulis nomornya saja, mis. 8.', 'Programme item "{value}" is not a number; write the number only, e.g. 8.');
      case ImportErrorCode.PROGRAMME_ITEM_UNKNOWN:
        return t('Tidak ada butir program {value} pada kerangka program yang berlaku tanggal {date}.', 'There is no programme item {value} in the framework valid on {date}.');
      case ImportErrorCode.TOPIC_UNKNOWN:
        return t('Topik "{value}" tidak dikenal; lihat daftar topik di templat.', 'Unknown topic "{value}"; see the list of topics in the template.');
      case ImportErrorCode.COUNT_INVALID:
        return t('Jumlah peserta "{value}" tidak sah; tulis bilangan bulat 0–{max} tanpa titik atau koma.', 'The participant count "{value}" is not valid; write a whole number 0–{max} without dots or commas.');
      case ImportErrorCode.DUPLICATE_IN_FILE:
        return t('Tanggal, judul dan tempat sama dengan baris {other}; periksa apakah kegiatan ini tercatat dua kali.', 'Same date, title and venue as row {other}; check whether this activity is listed twice.');
      case ImportErrorCode.DUPLICATE_EXISTING:
        return t('Kegiatan dengan tanggal, judul dan tempat yang sama sudah tercatat di Jangkau ({status}); periksa agar tidak tercatat dua kali.', 'An activity with the same date, title and venue is already recorded in Jangkau ({status}); check that it is not recorded twice.');
      case ImportErrorCode.ALREADY_IMPORTED:
        return t('{count} baris berkas ini sudah diimpor sebelumnya dan tidak akan ditambahkan lagi.', '{count} rows of this file were imported before and will not be added again.');
      case ImportErrorCode.OUTSIDE_WORKING_AREA:
        return t('{count} desa/kelurahan berada di luar wilayah kerja instansi Anda (mis. {code}); periksa kodenya.', '{count} villages lie outside your agency\'s working area (e.g. {code}); check the codes.');
      case ImportErrorCode.ENCODING_FALLBACK:
        return t('Berkas CSV bukan UTF-8; dibaca sebagai Windows-1252. Periksa huruf khusus pada pratinjau, atau simpan sebagai "CSV UTF-8".', 'The CSV file is not UTF-8; it was read as Windows-1252. Check special characters in the preview, or save it as "CSV UTF-8".');
      case ImportErrorCode.ROW_IGNORED:
        return t('Baris ini diawali # sehingga diabaikan (baris contoh atau catatan). Hapus tanda # bila baris ini harus diimpor.', 'This row starts with # and was ignored (an example or a note). Remove the # if the row is meant to be imported.');
      default:
        return assertUnreachable(this.code);
    }
  }
}
