import { Language, format } from '../i18n/language';
import { assertUnreachable, DomainError, ErrorKind } from './domain-error';

export enum CommonErrorCode {
  ACCESS_DENIED = 'ACCESS_DENIED',
  INTERNAL = 'INTERNAL',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
}

const KIND: Record<CommonErrorCode, ErrorKind> = {
  [CommonErrorCode.ACCESS_DENIED]: 'FORBIDDEN',
  [CommonErrorCode.INTERNAL]: 'INTERNAL_SERVER_ERROR',
  [CommonErrorCode.QUERY_TOO_LARGE]: 'BAD_USER_INPUT',
};

export class CommonError extends DomainError<CommonErrorCode> {
  get kind() {
    return KIND[this.code];
  }

  localize(language: Language): string {
    return commonMessage(this.code, language, this.params);
  }
}

export function commonMessage(code: CommonErrorCode, language: Language, params: Record<string, string | number> = {}): string {
  const en = language === 'en';
  switch (code) {
    case CommonErrorCode.ACCESS_DENIED:
      return en ? 'You are not allowed to do this.' : 'Anda tidak berwenang melakukan tindakan ini.';
    case CommonErrorCode.INTERNAL:
      return en
        ? 'Something went wrong on the server. Please try again; if it persists, contact the administrator.'
        : 'Terjadi kesalahan pada server. Silakan coba lagi; jika berulang, hubungi administrator.';
    case CommonErrorCode.QUERY_TOO_LARGE:
      return format(en ? 'The query is too large or nested too deeply (limit: {limit}).' : 'Kueri terlalu besar atau terlalu dalam bersarang (batas: {limit}).', params);
    default:
      return assertUnreachable(code);
  }
}
