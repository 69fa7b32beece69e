import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { i18n, initI18n } from '@jangkau/web-i18n';
import { errorMessage, RestRequestError, restErrorMessage } from './errorMessage';

/** Offline, a server error and "not found" are different messages (issue 16), in both languages. */
const serverError = (status: number, body = '<html>Bad Gateway</html>') =>
  // jsdom has no Response: only its status is read.
  new ServerError(`HTTP ${status}`, { response: { status, ok: false } as Response, bodyText: body });

const WORDS = {
  id: {
    offline: 'Anda sedang luring (tidak ada sambungan internet). Coba lagi setelah tersambung.',
    network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
    server500: 'Server sedang bermasalah (galat 500), bukan koneksi Anda. Coba lagi sebentar lagi.',
    server503: 'Server sedang bermasalah (galat 503), bukan koneksi Anda. Coba lagi sebentar lagi.',
    notFound: 'Yang diminta tidak ditemukan di server (galat 404): mungkin sudah dihapus, atau alamatnya keliru.',
    refused: 'Server menolak permintaan ini (galat 400).',
  },
  en: {
    offline: 'You are offline (no internet connection). Try again once connected.',
    network: 'Cannot reach the server. Check your internet connection, then try again.',
    server500: 'The server has a problem (error 500), not your connection. Try again in a moment.',
    server503: 'The server has a problem (error 503), not your connection. Try again in a moment.',
    notFound: 'What was asked for is not on the server (error 404): it may have been removed, or the address is wrong.',
    refused: 'The server refused this request (error 400).',
  },
} as const;

describe.each(['id', 'en'] as const)('what a failed request says (%s)', (language) => {
  const words = WORDS[language];
  const t = () => i18n.getFixedT(language);
  const offline = () => jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);

  beforeAll(() => initI18n(language));
  afterEach(() => jest.restoreAllMocks());

  describe('errorMessage (GraphQL)', () => {
    it('says the device is offline when it is, and nothing came back', () => {
      offline();
      expect(errorMessage(new TypeError('Failed to fetch'), t())).toBe(words.offline);
    });

    it('says a 500 and a 503 are the server, not the connection, even while offline', () => {
      expect(errorMessage(serverError(500), t())).toBe(words.server500);
      offline();
      expect(errorMessage(serverError(503), t())).toBe(words.server503);
    });

    it('says a 404 was not found', () => {
      expect(errorMessage(serverError(404, 'Not Found'), t())).toBe(words.notFound);
    });

    it('says it cannot reach the server when nothing came back while online', () => {
      expect(errorMessage(new TypeError('Failed to fetch'), t())).toBe(words.network);
    });

    it("gives the server's own message for a GraphQL error, and for a 4xx that has one", () => {
      const graphql = new CombinedGraphQLErrors({ errors: [{ message: 'Nama pengguna atau kata sandi salah.' }] });
      expect(errorMessage(graphql, t())).toBe('Nama pengguna atau kata sandi salah.');
      expect(errorMessage(serverError(413, '{"error":"TOO_LARGE","message":"Berkas terlalu besar."}'), t())).toBe('Berkas terlalu besar.');
      expect(errorMessage(serverError(400, '{"errors":[{"message":"Variabel \\"id\\" tidak sah."}]}'), t())).toBe('Variabel "id" tidak sah.');
      expect(errorMessage(serverError(400, 'Bad Request'), t())).toBe(words.refused);
    });
  });

  describe('restErrorMessage (/api)', () => {
    it('says the device is offline when it is, and nothing came back', () => {
      offline();
      expect(restErrorMessage({ status: 0 }, t())).toBe(words.offline);
      expect(restErrorMessage(new TypeError('Failed to fetch'), t())).toBe(words.offline);
    });

    it('says a 500 and a 503 are the server, not the connection, whatever their body says', () => {
      expect(restErrorMessage({ status: 500, json: { error: 'INTERNAL', message: 'Terjadi kesalahan.' } }, t())).toBe(words.server500);
      expect(restErrorMessage(new RestRequestError(503), t())).toBe(words.server503);
      offline();
      expect(restErrorMessage({ status: 503 }, t())).toBe(words.server503);
    });

    it('says a 404 was not found, or what the caller says of it', () => {
      expect(restErrorMessage({ status: 404, json: { message: 'Not Found' } }, t())).toBe(words.notFound);
      expect(restErrorMessage({ status: 404 }, t(), { notFound: 'Ekspor belum tersedia.' })).toBe('Ekspor belum tersedia.');
    });

    it('says it cannot reach the server when nothing came back while online', () => {
      expect(restErrorMessage({ status: 0 }, t())).toBe(words.network);
      expect(restErrorMessage(new TypeError('Failed to fetch'), t())).toBe(words.network);
    });

    it("gives the API's own message for another 4xx, else the caller's words, else the status", () => {
      expect(restErrorMessage({ status: 413, json: { error: 'TOO_LARGE', message: 'Berkas terlalu besar.' } }, t())).toBe('Berkas terlalu besar.');
      expect(restErrorMessage({ status: 400 }, t(), { fallback: 'Ekspor gagal.' })).toBe('Ekspor gagal.');
      expect(restErrorMessage({ status: 400 }, t())).toBe(words.refused);
    });
  });
});
