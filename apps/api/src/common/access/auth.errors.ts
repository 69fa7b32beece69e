import { PASSWORD_MIN_LENGTH, PasswordProblem } from '@jangkau/shared-domain';
import { defineDomainErrors, ErrorTable } from '../errors/error-table';

export enum AuthErrorCode {
  /** Wrong username or password, or an inactive account: never says which. */
  INVALID_CREDENTIALS = 'AUTH_INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'AUTH_TOO_MANY_ATTEMPTS',
  SIGN_IN_REQUIRED = 'AUTH_SIGN_IN_REQUIRED',
  SESSION_EXPIRED = 'AUTH_SESSION_EXPIRED',
  REFRESH_INVALID = 'AUTH_REFRESH_INVALID',
  PASSWORD_CHANGE_REQUIRED = 'AUTH_PASSWORD_CHANGE_REQUIRED',
  WRONG_CURRENT_PASSWORD = 'AUTH_WRONG_CURRENT_PASSWORD',
  PASSWORD_POLICY = 'AUTH_PASSWORD_POLICY',
  PASSWORD_UNCHANGED = 'AUTH_PASSWORD_UNCHANGED',
}

const POLICY: Record<PasswordProblem, { id: string; en: string }> = {
  TOO_SHORT: { id: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`, en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters.` },
  TOO_LONG: { id: 'Kata sandi terlalu panjang (maksimal 128 karakter).', en: 'The password is too long (at most 128 characters).' },
  TOO_SIMPLE: {
    id: 'Kata sandi harus memuat huruf dan angka atau tanda baca, dengan beragam karakter.',
    en: 'The password needs letters plus digits or punctuation, and varied characters.',
  },
  CONTAINS_USERNAME: { id: 'Kata sandi tidak boleh memuat nama pengguna.', en: 'The password must not contain the username.' },
};

const AUTH_ERRORS: ErrorTable<AuthErrorCode> = {
  [AuthErrorCode.INVALID_CREDENTIALS]: { kind: 'UNAUTHENTICATED', id: 'Nama pengguna atau kata sandi salah.', en: 'The username or password is wrong.' },
  [AuthErrorCode.TOO_MANY_ATTEMPTS]: {
    kind: 'UNAUTHENTICATED',
    id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
    en: 'Too many failed sign-ins. Signing in is paused; try again in {minutes} minutes.',
  },
  [AuthErrorCode.SIGN_IN_REQUIRED]: { kind: 'UNAUTHENTICATED', id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  [AuthErrorCode.SESSION_EXPIRED]: {
    kind: 'UNAUTHENTICATED',
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has ended. Please sign in again.',
  },
  [AuthErrorCode.REFRESH_INVALID]: {
    kind: 'UNAUTHENTICATED',
    id: 'Sesi Anda tidak berlaku lagi. Silakan masuk kembali.',
    en: 'Your session is no longer valid. Please sign in again.',
  },
  [AuthErrorCode.PASSWORD_CHANGE_REQUIRED]: { kind: 'FORBIDDEN', id: 'Buat kata sandi baru sebelum melanjutkan.', en: 'Set a new password before continuing.' },
  [AuthErrorCode.WRONG_CURRENT_PASSWORD]: { kind: 'BAD_USER_INPUT', id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
  // The whole message is the policy's word on the `problem` param.
  [AuthErrorCode.PASSWORD_POLICY]: { kind: 'BAD_USER_INPUT', id: '{policy}', en: '{policy}' },
  [AuthErrorCode.PASSWORD_UNCHANGED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Pilih kata sandi yang berbeda dari kata sandi saat ini.',
    en: 'Choose a password different from the current one.',
  },
};

export class AuthError extends defineDomainErrors(AUTH_ERRORS, {
  params: (params, language) => {
    const policy = POLICY[params.problem as PasswordProblem];
    return policy ? { ...params, policy: policy[language] } : params;
  },
}) {}
