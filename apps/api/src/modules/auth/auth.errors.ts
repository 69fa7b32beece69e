import { PASSWORD_MIN_LENGTH, PasswordProblem } from '@jangkau/shared-domain';
import { assertUnreachable, DomainError, ErrorKind } from '../../common/errors/domain-error';
import { format, Language } from '../../common/i18n/language';

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

const KIND: Record<AuthErrorCode, ErrorKind> = {
  [AuthErrorCode.INVALID_CREDENTIALS]: 'UNAUTHENTICATED',
  [AuthErrorCode.TOO_MANY_ATTEMPTS]: 'UNAUTHENTICATED',
  [AuthErrorCode.SIGN_IN_REQUIRED]: 'UNAUTHENTICATED',
  [AuthErrorCode.SESSION_EXPIRED]: 'UNAUTHENTICATED',
  [AuthErrorCode.REFRESH_INVALID]: 'UNAUTHENTICATED',
  [AuthErrorCode.PASSWORD_CHANGE_REQUIRED]: 'FORBIDDEN',
  [AuthErrorCode.WRONG_CURRENT_PASSWORD]: 'BAD_USER_INPUT',
  [AuthErrorCode.PASSWORD_POLICY]: 'BAD_USER_INPUT',
  [AuthErrorCode.PASSWORD_UNCHANGED]: 'BAD_USER_INPUT',
};

const POLICY: Record<PasswordProblem, { id: string; en: string }> = {
  TOO_SHORT: { id: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`, en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters.` },
  TOO_LONG: { id: 'Kata sandi terlalu panjang (maksimal 128 karakter).', en: 'The password is too long (at most 128 characters).' },
  TOO_SIMPLE: {
    id: 'Kata sandi harus memuat huruf dan angka atau tanda baca, dengan beragam karakter.',
    en: 'The password needs letters plus digits or punctuation, and varied characters.',
  },
  CONTAINS_USERNAME: { id: 'Kata sandi tidak boleh memuat nama pengguna.', en: 'The password must not contain the username.' },
};

export class AuthError extends DomainError<AuthErrorCode> {
  get kind() {
    return KIND[this.code];
  }

  localize(language: Language): string {
    const en = language === 'en';
    switch (this.code) {
      case AuthErrorCode.INVALID_CREDENTIALS:
        return en ? 'The username or password is wrong.' : 'Nama pengguna atau kata sandi salah.';
      case AuthErrorCode.TOO_MANY_ATTEMPTS:
        return format(
          en
            ? 'Too many failed sign-ins. Signing in is paused; try again in {minutes} minutes.'
            : 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
          this.params,
        );
      case AuthErrorCode.SIGN_IN_REQUIRED:
        return en ? 'Please sign in first.' : 'Silakan masuk terlebih dahulu.';
      case AuthErrorCode.SESSION_EXPIRED:
        return en ? 'Your session has ended. Please sign in again.' : 'Sesi Anda telah berakhir. Silakan masuk kembali.';
      case AuthErrorCode.REFRESH_INVALID:
        return en ? 'Your session is no longer valid. Please sign in again.' : 'Sesi Anda tidak berlaku lagi. Silakan masuk kembali.';
      case AuthErrorCode.PASSWORD_CHANGE_REQUIRED:
        return en ? 'Set a new password before continuing.' : 'Buat kata sandi baru sebelum melanjutkan.';
      case AuthErrorCode.WRONG_CURRENT_PASSWORD:
        return en ? 'The current password is wrong.' : 'Kata sandi saat ini salah.';
      case AuthErrorCode.PASSWORD_UNCHANGED:
        return en ? 'Choose a password different from the current one.' : 'Pilih kata sandi yang berbeda dari kata sandi saat ini.';
      case AuthErrorCode.PASSWORD_POLICY:
        return POLICY[this.params.problem as PasswordProblem][language];
      default:
        return assertUnreachable(this.code);
    }
  }
}
