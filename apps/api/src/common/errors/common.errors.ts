import { Language } from '../i18n/language';
import { defineDomainErrors, ErrorParams, ErrorTable } from './error-table';

export enum CommonErrorCode {
  ACCESS_DENIED = 'ACCESS_DENIED',
  INTERNAL = 'INTERNAL',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
}

const COMMON_ERRORS: ErrorTable<CommonErrorCode> = {
  [CommonErrorCode.ACCESS_DENIED]: { kind: 'FORBIDDEN', id: 'Anda tidak berwenang melakukan tindakan ini.', en: 'You are not allowed to do this.' },
  [CommonErrorCode.INTERNAL]: {
    kind: 'INTERNAL_SERVER_ERROR',
    id: 'Terjadi kesalahan pada server. Silakan coba lagi; jika berulang, hubungi administrator.',
    en: 'Something went wrong on the server. Please try again; if it persists, contact the administrator.',
  },
  [CommonErrorCode.QUERY_TOO_LARGE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kueri terlalu besar atau terlalu dalam bersarang (batas: {limit}).',
    en: 'The query is too large or nested too deeply (limit: {limit}).',
  },
};

export class CommonError extends defineDomainErrors(COMMON_ERRORS) {}

export function commonMessage(code: CommonErrorCode, language: Language, params: ErrorParams = {}): string {
  return new CommonError(code, params).localize(language);
}
