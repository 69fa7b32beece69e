import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

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

const USER_ERRORS: ErrorTable<UserErrorCode> = {
  [UserErrorCode.NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Pengguna tidak ditemukan.', en: 'User not found.' },
  [UserErrorCode.USERNAME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
    en: 'A username has 3–60 characters: lower-case letters, digits, dots, underscores or hyphens.',
  },
  [UserErrorCode.USERNAME_TAKEN]: { kind: 'BAD_USER_INPUT', id: 'Nama pengguna "{username}" sudah dipakai.', en: 'The username "{username}" is taken.' },
  [UserErrorCode.EMAIL_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Alamat email tidak sah.', en: 'The email address is not valid.' },
  [UserErrorCode.EMAIL_TAKEN]: {
    kind: 'BAD_USER_INPUT',
    id: 'Alamat email ini sudah dipakai pengguna lain.',
    en: 'This email address belongs to another user.',
  },
  [UserErrorCode.FULL_NAME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nama lengkap wajib diisi (maksimal 120 karakter).',
    en: 'The full name is required (at most 120 characters).',
  },
  [UserErrorCode.AGENCY_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Instansi tidak ditemukan.', en: 'Agency not found.' },
  [UserErrorCode.CANNOT_DEACTIVATE_SELF]: {
    kind: 'BAD_USER_INPUT',
    id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    en: 'You cannot deactivate your own account.',
  },
  [UserErrorCode.CANNOT_CHANGE_OWN_ROLE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Anda tidak dapat mengubah peran Anda sendiri.',
    en: 'You cannot change your own role.',
  },
  [UserErrorCode.CANNOT_RESET_OWN_PASSWORD]: {
    kind: 'BAD_USER_INPUT',
    id: 'Ganti kata sandi Anda sendiri lewat "Ganti kata sandi", dengan kata sandi saat ini.',
    en: 'Change your own password with "Change password", using the current one.',
  },
  [UserErrorCode.VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Data pengguna ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'This user was changed by {by} at {at}. Reload, then make your change again.',
  },
};

export class UserError extends defineDomainErrors(USER_ERRORS) {}
