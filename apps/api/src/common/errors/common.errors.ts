import { Language } from '../i18n/language';
import { defineDomainErrors, ErrorParams, ErrorTable } from './error-table';

export enum CommonErrorCode {
  ACCESS_DENIED = 'ACCESS_DENIED',
  INTERNAL = 'INTERNAL',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  DATE_INVALID = 'DATE_INVALID',
  DATETIME_INVALID = 'DATETIME_INVALID',
  ID_INVALID = 'ID_INVALID',
  TEXT_INVALID = 'TEXT_INVALID',
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  VALUE_INVALID = 'VALUE_INVALID',
  REQUEST_INVALID = 'REQUEST_INVALID',
  SUBSCRIPTION_OVER_HTTP = 'SUBSCRIPTION_OVER_HTTP',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  ROUTE_NOT_FOUND = 'ROUTE_NOT_FOUND',
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
  [CommonErrorCode.DATE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal tidak valid{at}: gunakan tanggal yang ada dalam bentuk TTTT-BB-HH, misalnya 2025-03-31.',
    en: 'Invalid date{at}: use a real date written YYYY-MM-DD, e.g. 2025-03-31.',
  },
  [CommonErrorCode.DATETIME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Waktu tidak valid{at}: gunakan tanggal dan jam yang ada dalam bentuk ISO 8601, misalnya 2025-03-31T09:00:00+07:00.',
    en: 'Invalid date and time{at}: use a real instant in ISO 8601, e.g. 2025-03-31T09:00:00+07:00.',
  },
  [CommonErrorCode.ID_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Pengenal tidak valid{at}: gunakan UUID atau kode wilayah.',
    en: 'Invalid identifier{at}: use a UUID or a region code.',
  },
  [CommonErrorCode.TEXT_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Teks{at} berisi karakter yang tidak diizinkan (karakter kendali atau Unicode yang rusak).',
    en: 'The text{at} contains characters that are not allowed (control characters or broken Unicode).',
  },
  [CommonErrorCode.TEXT_TOO_LONG]: {
    kind: 'BAD_USER_INPUT',
    id: 'Teks{at} terlalu panjang (paling banyak {max} karakter).',
    en: 'The text{at} is too long (at most {max} characters).',
  },
  [CommonErrorCode.VALUE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Salah satu nilai yang dikirim tidak valid. Periksa isian lalu coba lagi.',
    en: 'One of the values sent is not valid. Check the input and try again.',
  },
  [CommonErrorCode.REQUEST_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Permintaan tidak dapat dibaca{at}.',
    en: 'The request could not be read{at}.',
  },
  [CommonErrorCode.SUBSCRIPTION_OVER_HTTP]: {
    kind: 'BAD_USER_INPUT',
    id: 'Langganan (subscription) hanya tersedia melalui WebSocket (graphql-ws) di /graphql, bukan HTTP POST.',
    en: 'Subscriptions are only available over WebSocket (graphql-ws) at /graphql, not HTTP POST.',
  },
  [CommonErrorCode.ROUTE_NOT_FOUND]: {
    kind: 'NOT_FOUND',
    id: 'Alamat ini tidak ada di API Jangkau.',
    en: 'There is no such address in the Jangkau API.',
  },
  [CommonErrorCode.SERVICE_UNAVAILABLE]: {
    kind: 'SERVICE_UNAVAILABLE',
    id: 'Layanan sedang tidak tersedia: basis data tidak dapat dihubungi. Silakan coba lagi sebentar lagi.',
    en: 'The service is unavailable: the database cannot be reached. Please try again in a moment.',
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

export class CommonError extends defineDomainErrors(COMMON_ERRORS, {
  // `{at}`: where the bad value was (" pada filter.from", " at filter.from"), or nothing.
  params: (params, language) => ({ ...params, at: params.at ? `${language === 'en' ? ' at' : ' pada'} ${params.at}` : '' }),
}) {}

export function commonMessage(code: CommonErrorCode, language: Language, params: ErrorParams = {}): string {
  return new CommonError(code, params).localize(language);
}
