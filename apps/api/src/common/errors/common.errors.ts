import { Language } from '../i18n/language';
import { defineDomainErrors, ErrorParams, ErrorTable } from './error-table';

export enum CommonErrorCode {
  ACCESS_DENIED = 'ACCESS_DENIED',
  INTERNAL = 'INTERNAL',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  QUERY_TOO_MANY_ALIASES = 'QUERY_TOO_MANY_ALIASES',
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
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
  [CommonErrorCode.QUERY_TOO_COSTLY]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kueri ini meminta terlalu banyak data sekaligus (perkiraan {cost} nilai; batasnya {budget}). Mintalah lebih sedikit: kurangi alias, tingkat bersarang atau panjang daftar.',
    en: 'This query asks for too much at once (an estimated {cost} values; the limit is {budget}). Ask for less: fewer aliases, less nesting or shorter lists.',
  },
  [CommonErrorCode.QUERY_TOO_MANY_ALIASES]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kueri ini memakai lebih dari {max} alias. Bagilah menjadi beberapa kueri.',
    en: 'This query uses more than {max} aliases. Split it into several queries.',
  },
  [CommonErrorCode.RESPONSE_TOO_LARGE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Jawaban kueri ini melebihi {megabytes} MB, jadi dihentikan. Mintalah lebih sedikit data sekaligus.',
    en: 'The answer to this query grew past {megabytes} MB, so it was stopped. Ask for less data at once.',
  },
  [CommonErrorCode.QUERY_TIMEOUT]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kueri ini berjalan lebih dari {seconds} detik, jadi dihentikan. Mintalah lebih sedikit data sekaligus.',
    en: 'This query ran for more than {seconds} seconds, so it was stopped. Ask for less data at once.',
  },
};

export class CommonError extends defineDomainErrors(COMMON_ERRORS) {}

export function commonMessage(code: CommonErrorCode, language: Language, params: ErrorParams = {}): string {
  return new CommonError(code, params).localize(language);
}
