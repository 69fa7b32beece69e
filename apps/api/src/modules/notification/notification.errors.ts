import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum NotificationErrorCode {
  ID_INVALID = 'NOTIFICATION_ID_INVALID',
  TOO_MANY_IDS = 'NOTIFICATION_TOO_MANY_IDS',
  KIND_INVALID = 'NOTIFICATION_KIND_INVALID',
  /** Returns and reopenings are always told at once. */
  ALWAYS_IMMEDIATE = 'NOTIFICATION_ALWAYS_IMMEDIATE',
}

const NOTIFICATION_ERRORS: ErrorTable<NotificationErrorCode> = {
  [NotificationErrorCode.ID_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Pengenal pemberitahuan tidak sah.', en: 'Not a valid notification id.' },
  [NotificationErrorCode.TOO_MANY_IDS]: { kind: 'BAD_USER_INPUT', id: 'Paling banyak {max} sekaligus.', en: 'At most {max} at once.' },
  [NotificationErrorCode.KIND_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Jenis pemberitahuan tidak dikenal.', en: 'Unknown notification kind.' },
  [NotificationErrorCode.ALWAYS_IMMEDIATE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Pemberitahuan kegiatan yang dikembalikan atau dibuka kembali selalu dikirim segera dan tidak dapat dimatikan.',
    en: 'Returned and reopened activities are always told at once; this cannot be switched off.',
  },
};

export class NotificationError extends defineDomainErrors(NOTIFICATION_ERRORS) {}
