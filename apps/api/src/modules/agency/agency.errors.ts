import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum AgencyErrorCode {
  NOT_FOUND = 'AGENCY_NOT_FOUND',
  NAME_INVALID = 'AGENCY_NAME_INVALID',
  ADDRESS_TOO_LONG = 'AGENCY_ADDRESS_TOO_LONG',
  SHORT_NAME_INVALID = 'AGENCY_SHORT_NAME_INVALID',
  OFFICE_CLASS_NOT_ALLOWED = 'AGENCY_OFFICE_CLASS_NOT_ALLOWED',
  PARENT_NOT_FOUND = 'AGENCY_PARENT_NOT_FOUND',
  PARENT_CYCLE = 'AGENCY_PARENT_CYCLE',
  REGION_NOT_FOUND = 'AGENCY_REGION_NOT_FOUND',
  BOUND_REGION_LEVEL = 'AGENCY_BOUND_REGION_LEVEL',
  WORKING_AREA_TOO_LARGE = 'AGENCY_WORKING_AREA_TOO_LARGE',
  VERSION_CONFLICT = 'AGENCY_VERSION_CONFLICT',
}

export const MAX_WORKING_AREA = 500;

const AGENCY_ERRORS: ErrorTable<AgencyErrorCode> = {
  [AgencyErrorCode.NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Instansi tidak ditemukan.', en: 'Agency not found.' },
  [AgencyErrorCode.NAME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nama instansi wajib diisi (maksimal 200 karakter).',
    en: 'The agency name is required (at most 200 characters).',
  },
  [AgencyErrorCode.ADDRESS_TOO_LONG]: {
    kind: 'BAD_USER_INPUT',
    id: 'Alamat paling panjang 300 karakter.',
    en: 'The address may be at most 300 characters.',
  },
  [AgencyErrorCode.SHORT_NAME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nama singkat wajib diisi (maksimal 60 karakter).',
    en: 'The short name is required (at most 60 characters).',
  },
  [AgencyErrorCode.OFFICE_CLASS_NOT_ALLOWED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kelas kantor hanya untuk Kantor Imigrasi.',
    en: 'An office class applies to immigration offices only.',
  },
  [AgencyErrorCode.PARENT_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Instansi induk tidak ditemukan.', en: 'The parent agency was not found.' },
  [AgencyErrorCode.PARENT_CYCLE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Instansi tidak dapat menjadi induk dari dirinya sendiri.',
    en: 'An agency cannot be its own parent.',
  },
  [AgencyErrorCode.REGION_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Wilayah {code} tidak ditemukan.', en: 'Region {code} was not found.' },
  [AgencyErrorCode.BOUND_REGION_LEVEL]: {
    kind: 'BAD_USER_INPUT',
    id: 'Instansi jenis ini harus terikat pada satu {level}: pilih wilayah tingkat itu.',
    en: 'An agency of this type is bound to one {level}: choose a region of that level.',
  },
  [AgencyErrorCode.WORKING_AREA_TOO_LARGE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Wilayah kerja maksimal {max} wilayah; pilih tingkat yang lebih tinggi.',
    en: 'A working area holds at most {max} regions; pick higher levels.',
  },
  [AgencyErrorCode.VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Data instansi ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'This agency was changed by {by} at {at}. Reload it, then make your change again.',
  },
};

// `{max}` is the fixed cap on a working area, not something the thrower passes.
export class AgencyError extends defineDomainErrors(AGENCY_ERRORS, { params: (params) => ({ ...params, max: MAX_WORKING_AREA }) }) {}
