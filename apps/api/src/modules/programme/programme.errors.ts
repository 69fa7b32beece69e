import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum ProgrammeErrorCode {
  FRAMEWORK_NOT_FOUND = 'PROGRAMME_FRAMEWORK_NOT_FOUND',
  ITEM_NOT_FOUND = 'PROGRAMME_ITEM_NOT_FOUND',
  NAME_INVALID = 'PROGRAMME_NAME_INVALID',
  DATE_INVALID = 'PROGRAMME_DATE_INVALID',
  DATES_REVERSED = 'PROGRAMME_DATES_REVERSED',
  ITEM_NUMBER_INVALID = 'PROGRAMME_ITEM_NUMBER_INVALID',
  ITEM_NUMBER_TAKEN = 'PROGRAMME_ITEM_NUMBER_TAKEN',
  ITEM_TITLE_INVALID = 'PROGRAMME_ITEM_TITLE_INVALID',
  FRAMEWORK_VERSION_CONFLICT = 'PROGRAMME_FRAMEWORK_VERSION_CONFLICT',
  ITEM_VERSION_CONFLICT = 'PROGRAMME_ITEM_VERSION_CONFLICT',
  PERIOD_INVALID = 'PROGRAMME_PERIOD_INVALID',
}

export const FRAMEWORK_NAME_MAX = 200;
export const ITEM_TITLE_MAX = 500;
export const ITEM_NUMBER_MAX = 99;

const PROGRAMME_ERRORS: ErrorTable<ProgrammeErrorCode> = {
  [ProgrammeErrorCode.FRAMEWORK_NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Kerangka program tidak ditemukan.', en: 'Programme framework not found.' },
  [ProgrammeErrorCode.ITEM_NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Butir program tidak ditemukan.', en: 'Programme item not found.' },
  [ProgrammeErrorCode.NAME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: `Nama kerangka program wajib diisi (maksimal ${FRAMEWORK_NAME_MAX} karakter).`,
    en: `The framework name is required (at most ${FRAMEWORK_NAME_MAX} characters).`,
  },
  [ProgrammeErrorCode.DATE_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Tanggal tidak valid (format TTTT-BB-HH).', en: 'Not a valid date (YYYY-MM-DD).' },
  [ProgrammeErrorCode.DATES_REVERSED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal akhir berlaku tidak boleh sebelum tanggal mulai berlaku.',
    en: 'The end of validity cannot be before its start.',
  },
  [ProgrammeErrorCode.ITEM_NUMBER_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: `Nomor butir harus bilangan bulat 1–${ITEM_NUMBER_MAX}.`,
    en: `The item number must be a whole number from 1 to ${ITEM_NUMBER_MAX}.`,
  },
  [ProgrammeErrorCode.ITEM_NUMBER_TAKEN]: {
    kind: 'CONFLICT',
    id: 'Butir {number} sudah ada dalam {framework}. Pilih nomor lain atau ubah butir yang ada.',
    en: 'Item {number} already exists in {framework}. Choose another number or edit the existing item.',
  },
  [ProgrammeErrorCode.ITEM_TITLE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: `Judul butir wajib diisi (maksimal ${ITEM_TITLE_MAX} karakter).`,
    en: `The item title is required (at most ${ITEM_TITLE_MAX} characters).`,
  },
  [ProgrammeErrorCode.FRAMEWORK_VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Kerangka program ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'This programme framework was changed by {by} at {at}. Reload it, then make your change again.',
  },
  [ProgrammeErrorCode.ITEM_VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Butir program ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'This programme item was changed by {by} at {at}. Reload it, then make your change again.',
  },
  [ProgrammeErrorCode.PERIOD_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Periode tidak lengkap atau terbalik: isi from dan to, dengan to tidak sebelum from.',
    en: 'Incomplete or reversed period: give both from and to, with to not before from.',
  },
};

export class ProgrammeError extends defineDomainErrors(PROGRAMME_ERRORS) {}
