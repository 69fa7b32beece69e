import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum ReportErrorCode {
  NOT_FOUND = 'REPORT_NOT_FOUND',
  NAME_INVALID = 'REPORT_NAME_INVALID',
  VERSION_CONFLICT = 'REPORT_VERSION_CONFLICT',
  EXPORT_INVALID = 'REPORT_EXPORT_INVALID',
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
};

export class ReportError extends defineDomainErrors(REPORT_ERRORS) {}
