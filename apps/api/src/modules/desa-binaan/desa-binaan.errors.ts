import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum DesaBinaanErrorCode {
  NOT_FOUND = 'DESA_BINAAN_NOT_FOUND',
  NOT_OWN_AGENCY = 'DESA_BINAAN_NOT_OWN_AGENCY',
  AGENCY_NOT_FOUND = 'DESA_BINAAN_AGENCY_NOT_FOUND',
  NOT_IMMIGRATION_OFFICE = 'DESA_BINAAN_NOT_IMMIGRATION_OFFICE',
  VILLAGE_NOT_FOUND = 'DESA_BINAAN_VILLAGE_NOT_FOUND',
  NOT_A_VILLAGE = 'DESA_BINAAN_NOT_A_VILLAGE',
  OUTSIDE_WORKING_AREA = 'DESA_BINAAN_OUTSIDE_WORKING_AREA',
  SK_NUMBER_INVALID = 'DESA_BINAAN_SK_NUMBER_INVALID',
  SK_DATE_INVALID = 'DESA_BINAAN_SK_DATE_INVALID',
  SK_DATE_IN_FUTURE = 'DESA_BINAAN_SK_DATE_IN_FUTURE',
  OFFICER_NAME_INVALID = 'DESA_BINAAN_OFFICER_NAME_INVALID',
  OFFICER_NOT_IN_AGENCY = 'DESA_BINAAN_OFFICER_NOT_IN_AGENCY',
  NOTES_TOO_LONG = 'DESA_BINAAN_NOTES_TOO_LONG',
  FILTER_INVALID = 'DESA_BINAAN_FILTER_INVALID',
  DUPLICATE = 'DESA_BINAAN_DUPLICATE',
  VERSION_CONFLICT = 'DESA_BINAAN_VERSION_CONFLICT',
}

export const SK_NUMBER_MAX = 120;
export const OFFICER_NAME_MAX = 200;
export const NOTES_MAX = 2000;

const DESA_BINAAN_ERRORS: ErrorTable<DesaBinaanErrorCode> = {
  [DesaBinaanErrorCode.NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Desa Binaan tidak ditemukan.', en: 'Desa Binaan designation not found.' },
  [DesaBinaanErrorCode.NOT_OWN_AGENCY]: {
    kind: 'FORBIDDEN',
    id: 'Anda hanya dapat mengelola Desa Binaan kantor Anda sendiri.',
    en: "You may manage your own office's Desa Binaan only.",
  },
  [DesaBinaanErrorCode.AGENCY_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Instansi tidak ditemukan.', en: 'The agency was not found.' },
  [DesaBinaanErrorCode.NOT_IMMIGRATION_OFFICE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Desa Binaan Imigrasi hanya dapat ditetapkan oleh Kantor Imigrasi.',
    en: 'Only an immigration office (Kantor Imigrasi) can designate a Desa Binaan Imigrasi.',
  },
  [DesaBinaanErrorCode.VILLAGE_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Wilayah {code} tidak ditemukan.', en: 'Region {code} was not found.' },
  [DesaBinaanErrorCode.NOT_A_VILLAGE]: {
    kind: 'BAD_USER_INPUT',
    id: '{name} bukan desa/kelurahan: pilih satu desa atau kelurahan.',
    en: '{name} is not a village: choose one desa or kelurahan.',
  },
  [DesaBinaanErrorCode.OUTSIDE_WORKING_AREA]: {
    kind: 'BAD_USER_INPUT',
    id: '{name} berada di luar wilayah kerja {agency}.',
    en: '{name} lies outside the working area of {agency}.',
  },
  [DesaBinaanErrorCode.SK_NUMBER_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: `Nomor SK wajib diisi (maksimal ${SK_NUMBER_MAX} karakter).`,
    en: `The decree (SK) number is required (at most ${SK_NUMBER_MAX} characters).`,
  },
  [DesaBinaanErrorCode.SK_DATE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal SK tidak valid (format TTTT-BB-HH).',
    en: 'The decree (SK) date is not a valid date (YYYY-MM-DD).',
  },
  [DesaBinaanErrorCode.SK_DATE_IN_FUTURE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal SK tidak boleh setelah hari ini.',
    en: 'The decree (SK) date cannot be later than today.',
  },
  [DesaBinaanErrorCode.OFFICER_NAME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: `Nama Pimpasa wajib diisi (maksimal ${OFFICER_NAME_MAX} karakter).`,
    en: `The officer's (Pimpasa) name is required (at most ${OFFICER_NAME_MAX} characters).`,
  },
  [DesaBinaanErrorCode.OFFICER_NOT_IN_AGENCY]: {
    kind: 'BAD_USER_INPUT',
    id: 'Akun Pimpasa harus pengguna dari {agency}.',
    en: "The officer's account must be a user of {agency}.",
  },
  [DesaBinaanErrorCode.NOTES_TOO_LONG]: {
    kind: 'BAD_USER_INPUT',
    id: `Catatan maksimal ${NOTES_MAX} karakter.`,
    en: `Notes hold at most ${NOTES_MAX} characters.`,
  },
  [DesaBinaanErrorCode.FILTER_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Filter tidak valid: {detail}.', en: 'Invalid filter: {detail}.' },
  [DesaBinaanErrorCode.DUPLICATE]: {
    kind: 'CONFLICT',
    id: '{name} sudah menjadi Desa Binaan {agency}. Ubah penetapan yang ada, jangan membuat yang baru.',
    en: '{name} is already a Desa Binaan of {agency}. Edit the existing designation instead of adding another.',
  },
  [DesaBinaanErrorCode.VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Data Desa Binaan ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'This Desa Binaan designation was changed by {by} at {at}. Reload it, then make your change again.',
  },
};

export class DesaBinaanError extends defineDomainErrors(DESA_BINAAN_ERRORS) {}
