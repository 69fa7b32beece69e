import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum ReportErrorCode {
  NOT_FOUND = 'REPORT_NOT_FOUND',
  NAME_INVALID = 'REPORT_NAME_INVALID',
  VERSION_CONFLICT = 'REPORT_VERSION_CONFLICT',
  EXPORT_INVALID = 'REPORT_EXPORT_INVALID',
  NO_FRAMEWORK_IN_FORCE = 'REPORT_NO_FRAMEWORK_IN_FORCE',
  FRAMEWORK_WITHOUT_ITEM = 'REPORT_FRAMEWORK_WITHOUT_ITEM',
  PROGRAMME_ITEM_NOT_IN_PERIOD = 'REPORT_PROGRAMME_ITEM_NOT_IN_PERIOD',
  SCHEDULE_RECIPIENTS_COUNT = 'REPORT_SCHEDULE_RECIPIENTS_COUNT',
  SCHEDULE_RECIPIENT_UNKNOWN = 'REPORT_SCHEDULE_RECIPIENT_UNKNOWN',
  SCHEDULE_RECIPIENT_INACTIVE = 'REPORT_SCHEDULE_RECIPIENT_INACTIVE',
  SCHEDULE_RECIPIENT_NO_EMAIL = 'REPORT_SCHEDULE_RECIPIENT_NO_EMAIL',
  SCHEDULE_RECIPIENT_NOT_ALLOWED = 'REPORT_SCHEDULE_RECIPIENT_NOT_ALLOWED',
  SCHEDULE_VERSION_CONFLICT = 'REPORT_SCHEDULE_VERSION_CONFLICT',
}

const REPORT_ERRORS: ErrorTable<ReportErrorCode> = {
  [ReportErrorCode.NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Laporan tersimpan tidak ditemukan.', en: 'Saved report not found.' },
  [ReportErrorCode.NAME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nama laporan wajib diisi (paling banyak 200 karakter).',
    en: 'A report needs a name (at most 200 characters).',
  },
  [ReportErrorCode.VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Laporan ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'This report was changed by {by} at {at}. Reload it, then make your change again.',
  },
  [ReportErrorCode.EXPORT_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Permintaan ekspor laporan tidak sah: {detail}.',
    en: 'Invalid report export request: {detail}.',
  },
  [ReportErrorCode.NO_FRAMEWORK_IN_FORCE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tidak ada kerangka program yang berlaku pada {from} s.d. {to}, sehingga laporan "{report}" tidak dapat disusun untuk periode ini. Pilih periode yang dicakup kerangka program, atau minta administrator memasukkan kerangka program yang berlaku.',
    en: 'No programme framework is in force from {from} to {to}, so the report "{reportEn}" cannot be drawn up for this period. Choose a period a framework covers, or ask an administrator to enter the framework in force.',
  },
  [ReportErrorCode.FRAMEWORK_WITHOUT_ITEM]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kerangka program yang berlaku pada {from} s.d. {to} ({framework}) belum memiliki butir {number}, sehingga laporan "{report}" tidak dapat disusun untuk periode ini.',
    en: 'The programme framework in force from {from} to {to} ({framework}) has no item {number} yet, so the report "{reportEn}" cannot be drawn up for this period.',
  },
  [ReportErrorCode.PROGRAMME_ITEM_NOT_IN_PERIOD]: {
    kind: 'BAD_USER_INPUT',
    id: 'Butir {number} dari {framework} tidak berlaku pada {from} s.d. {to} (kerangka ini berlaku {validFrom} s.d. {validTo}), sehingga laporan "{report}" tidak dapat disusun dengan butir ini untuk periode itu.',
    en: 'Item {number} of {framework} does not apply from {from} to {to} (that framework is valid from {validFrom} to {validTo}), so the report "{reportEn}" cannot be drawn up with it for that period.',
  },
  [ReportErrorCode.SCHEDULE_RECIPIENTS_COUNT]: {
    kind: 'BAD_USER_INPUT',
    id: 'Laporan terjadwal memerlukan 1 sampai {max} penerima.',
    en: 'A scheduled report needs 1 to {max} recipients.',
  },
  [ReportErrorCode.SCHEDULE_RECIPIENT_UNKNOWN]: {
    kind: 'BAD_USER_INPUT',
    id: 'Penerima "{recipient}" tidak dikenal: tulis nama pengguna atau alamat surel seorang pengguna Jangkau.',
    en: 'Recipient "{recipient}" is unknown: give the username or e-mail address of a Jangkau user.',
  },
  [ReportErrorCode.SCHEDULE_RECIPIENT_INACTIVE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Penerima "{recipient}" ({name}) sudah dinonaktifkan dan tidak dapat menerima laporan.',
    en: 'Recipient "{recipient}" ({name}) is deactivated and cannot receive reports.',
  },
  [ReportErrorCode.SCHEDULE_RECIPIENT_NO_EMAIL]: {
    kind: 'BAD_USER_INPUT',
    id: 'Penerima "{recipient}" ({name}) belum memiliki alamat surel.',
    en: 'Recipient "{recipient}" ({name}) has no e-mail address.',
  },
  [ReportErrorCode.SCHEDULE_RECIPIENT_NOT_ALLOWED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Penerima "{recipient}" ({name}) tidak berhak membaca laporan.',
    en: 'Recipient "{recipient}" ({name}) may not read reports.',
  },
  [ReportErrorCode.SCHEDULE_VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Jadwal laporan ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'This report schedule was changed by {by} at {at}. Reload it, then make your change again.',
  },
};

export class ReportError extends defineDomainErrors(REPORT_ERRORS) {}
