import { assertUnreachable, DomainError, ErrorKind } from '../../common/errors/domain-error';
import { format, Language } from '../../common/i18n/language';

export enum UserErrorCode {
  NOT_FOUND = 'USER_NOT_FOUND',
  USERNAME_INVALID = 'USER_USERNAME_INVALID',
  USERNAME_TAKEN = 'USER_USERNAME_TAKEN',
  EMAIL_INVALID = 'USER_EMAIL_INVALID',
  EMAIL_TAKEN = 'USER_EMAIL_TAKEN',
  FULL_NAME_INVALID = 'USER_FULL_NAME_INVALID',
  AGENCY_NOT_FOUND = 'USER_AGENCY_NOT_FOUND',
  CANNOT_DEACTIVATE_SELF = 'USER_CANNOT_DEACTIVATE_SELF',
  CANNOT_CHANGE_OWN_ROLE = 'USER_CANNOT_CHANGE_OWN_ROLE',
  CANNOT_RESET_OWN_PASSWORD = 'USER_CANNOT_RESET_OWN_PASSWORD',
  VERSION_CONFLICT = 'USER_VERSION_CONFLICT',
}

const KIND: Record<UserErrorCode, ErrorKind> = {
  [UserErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [UserErrorCode.USERNAME_INVALID]: 'BAD_USER_INPUT',
  [UserErrorCode.USERNAME_TAKEN]: 'BAD_USER_INPUT',
  [UserErrorCode.EMAIL_INVALID]: 'BAD_USER_INPUT',
  [UserErrorCode.EMAIL_TAKEN]: 'BAD_USER_INPUT',
  [UserErrorCode.FULL_NAME_INVALID]: 'BAD_USER_INPUT',
  [UserErrorCode.AGENCY_NOT_FOUND]: 'BAD_USER_INPUT',
  [UserErrorCode.CANNOT_DEACTIVATE_SELF]: 'BAD_USER_INPUT',
  [UserErrorCode.CANNOT_CHANGE_OWN_ROLE]: 'BAD_USER_INPUT',
  [UserErrorCode.CANNOT_RESET_OWN_PASSWORD]: 'BAD_USER_INPUT',
  [UserErrorCode.VERSION_CONFLICT]: 'CONFLICT',
};

export class UserError extends DomainError<UserErrorCode> {
  get kind() {
    return KIND[this.code];
  }

  localize(language: Language): string {
    const t = (id: string, en: string) => format(language === 'en' ? en : id, this.params);
    switch (this.code) {
      case UserErrorCode.NOT_FOUND:
        return t('Pengguna tidak ditemukan.', 'User not found.');
      case UserErrorCode.USERNAME_INVALID:
        return t(
          'Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
          'A username has 3–60 characters: lower-case letters, digits, dots, underscores or hyphens.',
        );
      case UserErrorCode.USERNAME_TAKEN:
        return t('Nama pengguna "{username}" sudah dipakai.', 'The username "{username}" is taken.');
      case UserErrorCode.EMAIL_INVALID:
        return t('Alamat email tidak sah.', 'The email address is not valid.');
      case UserErrorCode.EMAIL_TAKEN:
        return t('Alamat email ini sudah dipakai pengguna lain.', 'This email address belongs to another user.');
      case UserErrorCode.FULL_NAME_INVALID:
        return t('Nama lengkap wajib diisi (maksimal 120 karakter).', 'The full name is required (at most 120 characters).');
      case UserErrorCode.AGENCY_NOT_FOUND:
        return t('Instansi tidak ditemukan.', 'Agency not found.');
      case UserErrorCode.CANNOT_DEACTIVATE_SELF:
        return t('Anda tidak dapat menonaktifkan akun Anda sendiri.', 'You cannot deactivate your own account.');
      case UserErrorCode.CANNOT_CHANGE_OWN_ROLE:
        return t('Anda tidak dapat mengubah peran Anda sendiri.', 'You cannot change your own role.');
      case UserErrorCode.CANNOT_RESET_OWN_PASSWORD:
        return t('Ganti kata sandi Anda sendiri lewat "Ganti kata sandi", dengan kata sandi saat ini.', 'Change your own password with "Change password", using the current one.');
      case UserErrorCode.VERSION_CONFLICT:
        return t(
          'Data pengguna ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
          'This user was changed by {by} at {at}. Reload, then make your change again.',
        );
      default:
        return assertUnreachable(this.code);
    }
  }
}
