import { assertUnreachable, DomainError, ErrorKind } from '../../common/errors/domain-error';
import { format, Language } from '../../common/i18n/language';

export enum AgencyErrorCode {
  NOT_FOUND = 'AGENCY_NOT_FOUND',
  NAME_INVALID = 'AGENCY_NAME_INVALID',
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

const KIND: Record<AgencyErrorCode, ErrorKind> = {
  [AgencyErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [AgencyErrorCode.NAME_INVALID]: 'BAD_USER_INPUT',
  [AgencyErrorCode.SHORT_NAME_INVALID]: 'BAD_USER_INPUT',
  [AgencyErrorCode.OFFICE_CLASS_NOT_ALLOWED]: 'BAD_USER_INPUT',
  [AgencyErrorCode.PARENT_NOT_FOUND]: 'BAD_USER_INPUT',
  [AgencyErrorCode.PARENT_CYCLE]: 'BAD_USER_INPUT',
  [AgencyErrorCode.REGION_NOT_FOUND]: 'BAD_USER_INPUT',
  [AgencyErrorCode.BOUND_REGION_LEVEL]: 'BAD_USER_INPUT',
  [AgencyErrorCode.WORKING_AREA_TOO_LARGE]: 'BAD_USER_INPUT',
  [AgencyErrorCode.VERSION_CONFLICT]: 'CONFLICT',
};

export class AgencyError extends DomainError<AgencyErrorCode> {
  get kind() {
    return KIND[this.code];
  }

  localize(language: Language): string {
    const en = language === 'en';
    const t = (id: string, english: string) => format(en ? english : id, { ...this.params, max: MAX_WORKING_AREA });
    switch (this.code) {
      case AgencyErrorCode.NOT_FOUND:
        return t('Instansi tidak ditemukan.', 'Agency not found.');
      case AgencyErrorCode.NAME_INVALID:
        return t('Nama instansi wajib diisi (maksimal 200 karakter).', 'The agency name is required (at most 200 characters).');
      case AgencyErrorCode.SHORT_NAME_INVALID:
        return t('Nama singkat wajib diisi (maksimal 60 karakter).', 'The short name is required (at most 60 characters).');
      case AgencyErrorCode.OFFICE_CLASS_NOT_ALLOWED:
        return t('Kelas kantor hanya untuk Kantor Imigrasi.', 'An office class applies to immigration offices only.');
      case AgencyErrorCode.PARENT_NOT_FOUND:
        return t('Instansi induk tidak ditemukan.', 'The parent agency was not found.');
      case AgencyErrorCode.PARENT_CYCLE:
        return t('Instansi tidak dapat menjadi induk dari dirinya sendiri.', 'An agency cannot be its own parent.');
      case AgencyErrorCode.REGION_NOT_FOUND:
        return t('Wilayah {code} tidak ditemukan.', 'Region {code} was not found.');
      case AgencyErrorCode.BOUND_REGION_LEVEL:
        return t(
          'Instansi jenis ini harus terikat pada satu {level}: pilih wilayah tingkat itu.',
          'An agency of this type is bound to one {level}: choose a region of that level.',
        );
      case AgencyErrorCode.WORKING_AREA_TOO_LARGE:
        return t('Wilayah kerja maksimal {max} wilayah; pilih tingkat yang lebih tinggi.', 'A working area holds at most {max} regions; pick higher levels.');
      case AgencyErrorCode.VERSION_CONFLICT:
        return t(
          'Data instansi ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
          'This agency was changed by {by} at {at}. Reload it, then make your change again.',
        );
      default:
        return assertUnreachable(this.code);
    }
  }
}
