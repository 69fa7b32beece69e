import { CONFIRMATION_LIMITS } from '@jangkau/shared-domain';
import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum ConfirmationErrorCode {
  /** No such activity, or the caller may not see it. */
  ACTIVITY_NOT_FOUND = 'CONFIRMATION_ACTIVITY_NOT_FOUND',
  VILLAGE_NOT_LISTED = 'CONFIRMATION_VILLAGE_NOT_LISTED',
  NOT_VERIFIED = 'CONFIRMATION_NOT_VERIFIED',
  NOT_VILLAGE_GOVERNMENT = 'CONFIRMATION_NOT_VILLAGE_GOVERNMENT',
  OWN_ACTIVITY = 'CONFIRMATION_OWN_ACTIVITY',
  NOTE_REQUIRED = 'CONFIRMATION_NOTE_REQUIRED',
  NOTE_TOO_LONG = 'CONFIRMATION_NOTE_TOO_LONG',
  NOT_LEAD = 'CONFIRMATION_NOT_LEAD',
  NOT_DISPUTED = 'CONFIRMATION_NOT_DISPUTED',
  REASON_INVALID = 'CONFIRMATION_REASON_INVALID',
  VERSION_CONFLICT = 'CONFIRMATION_VERSION_CONFLICT',
}

const { noteMin, noteMax } = CONFIRMATION_LIMITS;

const CONFIRMATION_ERRORS: ErrorTable<ConfirmationErrorCode> = {
  [ConfirmationErrorCode.ACTIVITY_NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Kegiatan tidak ditemukan.', en: 'Activity not found.' },
  [ConfirmationErrorCode.VILLAGE_NOT_LISTED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Desa/kelurahan {code} tidak tercatat pada kegiatan ini.',
    en: 'Village {code} is not listed on this activity.',
  },
  [ConfirmationErrorCode.NOT_VERIFIED]: {
    kind: 'CONFLICT',
    id: 'Hanya kegiatan yang sudah diverifikasi yang dapat dikonfirmasi desa.',
    en: 'Only a verified activity can be confirmed by village governments.',
  },
  [ConfirmationErrorCode.NOT_VILLAGE_GOVERNMENT]: {
    kind: 'FORBIDDEN',
    id: 'Hanya pemerintah desa/kelurahan {name} (atau kecamatannya) yang dapat mengonfirmasi desa ini.',
    en: 'Only the government of {name} (its desa/kelurahan or its kecamatan) can confirm this village.',
  },
  [ConfirmationErrorCode.OWN_ACTIVITY]: {
    kind: 'FORBIDDEN',
    id: 'Instansi penyelenggara tidak dapat mengonfirmasi kegiatannya sendiri.',
    en: 'An organising agency cannot confirm its own activity.',
  },
  [ConfirmationErrorCode.NOTE_REQUIRED]: {
    kind: 'BAD_USER_INPUT',
    id: `Tuliskan alasan sanggahan (minimal ${noteMin} karakter).`,
    en: `Say why you dispute it (at least ${noteMin} characters).`,
  },
  [ConfirmationErrorCode.NOTE_TOO_LONG]: { kind: 'BAD_USER_INPUT', id: `Catatan maksimal ${noteMax} karakter.`, en: `A note holds at most ${noteMax} characters.` },
  [ConfirmationErrorCode.NOT_LEAD]: {
    kind: 'FORBIDDEN',
    id: 'Hanya kepala instansi penyelenggara utama yang dapat menanggapi sanggahan.',
    en: 'Only the head of the lead agency can answer a dispute.',
  },
  [ConfirmationErrorCode.NOT_DISPUTED]: {
    kind: 'CONFLICT',
    id: 'Desa ini tidak sedang menyanggah kegiatan ini.',
    en: 'This village has no open dispute on this activity.',
  },
  [ConfirmationErrorCode.REASON_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: `Tuliskan alasan mempertahankan data (${noteMin}–${noteMax} karakter).`,
    en: `Say why the record stays as it is (${noteMin}–${noteMax} characters).`,
  },
  [ConfirmationErrorCode.VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Konfirmasi desa ini telah diubah oleh orang lain. Muat ulang, lalu ulangi.',
    en: 'This village confirmation was changed by someone else. Reload it, then try again.',
  },
};

export class ConfirmationError extends defineDomainErrors(CONFIRMATION_ERRORS) {}
