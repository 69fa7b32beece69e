import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

/**
 * Codes of the boundary store: what refuses a request as a whole (thrown, answered with an HTTP status), and
 * what describes one feature of an imported file (listed in the import report with its message).
 */
export enum BoundaryErrorCode {
  // Serving.
  REGION_NOT_FOUND = 'BOUNDARY_REGION_NOT_FOUND',
  DETAIL_INVALID = 'BOUNDARY_DETAIL_INVALID',
  VILLAGES_NEED_REGION = 'BOUNDARY_VILLAGES_NEED_REGION',
  // The import request as a whole.
  DRY_RUN_INVALID = 'BOUNDARY_DRY_RUN_INVALID',
  FILE_MISSING = 'BOUNDARY_FILE_MISSING',
  UPLOAD_INVALID = 'BOUNDARY_UPLOAD_INVALID',
  FILE_TOO_LARGE = 'BOUNDARY_FILE_TOO_LARGE',
  FILE_UNREADABLE = 'BOUNDARY_FILE_UNREADABLE',
  GZIP_CORRUPT = 'BOUNDARY_GZIP_CORRUPT',
  GZIP_TOO_LARGE = 'BOUNDARY_GZIP_TOO_LARGE',
  FILE_NOT_FEATURES = 'BOUNDARY_FILE_NOT_FEATURES',
  URL_INVALID = 'BOUNDARY_URL_INVALID',
  URL_NOT_ALLOWED = 'BOUNDARY_URL_NOT_ALLOWED',
  URL_FETCH_FAILED = 'BOUNDARY_URL_FETCH_FAILED',
  URL_HTTP_STATUS = 'BOUNDARY_URL_HTTP_STATUS',
  CODE_PROPERTY_INVALID = 'BOUNDARY_CODE_PROPERTY_INVALID',
  LICENCE_REQUIRED = 'BOUNDARY_LICENCE_REQUIRED',
  TEXT_TOO_LONG = 'BOUNDARY_TEXT_TOO_LONG',
  // The file's features as a whole.
  NO_FEATURES = 'BOUNDARY_NO_FEATURES',
  NO_LEVEL = 'BOUNDARY_NO_LEVEL',
  // One feature: blocks the import.
  CODE_MISSING = 'BOUNDARY_CODE_MISSING',
  CODE_MALFORMED = 'BOUNDARY_CODE_MALFORMED',
  CODE_UNKNOWN = 'BOUNDARY_CODE_UNKNOWN',
  WRONG_LEVEL = 'BOUNDARY_WRONG_LEVEL',
  GEOMETRY_MISSING = 'BOUNDARY_GEOMETRY_MISSING',
  GEOMETRY_TYPE = 'BOUNDARY_GEOMETRY_TYPE',
  COORDINATES_MALFORMED = 'BOUNDARY_COORDINATES_MALFORMED',
  COORDINATE_NOT_FINITE = 'BOUNDARY_COORDINATE_NOT_FINITE',
  COORDINATES_SWAPPED = 'BOUNDARY_COORDINATES_SWAPPED',
  OUTSIDE_INDONESIA = 'BOUNDARY_OUTSIDE_INDONESIA',
  RING_TOO_SHORT = 'BOUNDARY_RING_TOO_SHORT',
  RING_ZERO_AREA = 'BOUNDARY_RING_ZERO_AREA',
  // One feature: repaired.
  RING_CLOSED = 'BOUNDARY_RING_CLOSED',
  DUPLICATE_POINTS_REMOVED = 'BOUNDARY_DUPLICATE_POINTS_REMOVED',
  WINDING_FIXED = 'BOUNDARY_WINDING_FIXED',
  FEATURES_MERGED = 'BOUNDARY_FEATURES_MERGED',
  // One feature: a warning only.
  SELF_INTERSECTION = 'BOUNDARY_SELF_INTERSECTION',
  NAME_DIFFERS = 'BOUNDARY_NAME_DIFFERS',
}

const LEVEL_NAMES: Record<string, [string, string]> = {
  '1': ['provinsi', 'province'],
  '2': ['kabupaten/kota', 'regency/city'],
  '3': ['kecamatan', 'district'],
  '4': ['desa/kelurahan', 'village'],
};

const BOUNDARY_ERRORS: ErrorTable<BoundaryErrorCode> = {
  [BoundaryErrorCode.REGION_NOT_FOUND]: {
    kind: 'NOT_FOUND',
    id: 'Wilayah "{code}" tidak ada. Gunakan kode Kemendagri (mis. 15.02) atau ID untuk Indonesia.',
    en: 'There is no region "{code}". Use a Kemendagri code (e.g. 15.02) or ID for Indonesia.',
  },
  [BoundaryErrorCode.DETAIL_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Parameter detail harus 0, 1 atau 2.', en: 'The detail parameter must be 0, 1 or 2.' },
  [BoundaryErrorCode.VILLAGES_NEED_REGION]: {
    kind: 'BAD_USER_INPUT',
    id: 'Desa/kelurahan sekaligus hanya untuk satu provinsi, kabupaten/kota atau kecamatan ({code} bukan salah satunya).',
    en: 'All villages at once are served for one province, kabupaten/kota or kecamatan ({code} is none of these).',
  },
  [BoundaryErrorCode.DRY_RUN_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Parameter dryRun harus true atau false.', en: 'The dryRun parameter must be true or false.' },
  [BoundaryErrorCode.FILE_MISSING]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kirim satu berkas GeoJSON/TopoJSON (boleh terkompresi gzip) pada isian "file" (multipart/form-data), atau JSON {"url": "…"}.',
    en: 'Send one GeoJSON/TopoJSON file (gzip-compressed or not) in the "file" field (multipart/form-data), or JSON {"url": "…"}.',
  },
  [BoundaryErrorCode.UPLOAD_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Unggahan tidak dapat dibaca ({detail}).',
    en: 'The upload could not be read ({detail}).',
  },
  [BoundaryErrorCode.FILE_TOO_LARGE]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 413,
    id: 'Berkas terlalu besar: paling besar {maxMb} MB (GEO_IMPORT_MAX_MB).',
    en: 'The file is too large: at most {maxMb} MB (GEO_IMPORT_MAX_MB).',
  },
  [BoundaryErrorCode.GZIP_CORRUPT]: {
    kind: 'BAD_USER_INPUT',
    id: 'Berkas terkompresi gzip ini rusak atau terpotong dan tidak dapat dibuka ({detail}). Kirim ulang berkasnya, atau kirim tanpa kompresi.',
    en: 'This gzip-compressed file is damaged or cut short and cannot be unpacked ({detail}). Send it again, or send it uncompressed.',
  },
  [BoundaryErrorCode.GZIP_TOO_LARGE]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 413,
    id: 'Berkas terkompresi gzip ini berisi lebih dari {maxMb} MB setelah dibuka; paling besar {maxMb} MB (GEO_IMPORT_MAX_MB).',
    en: 'This gzip-compressed file unpacks to more than {maxMb} MB; at most {maxMb} MB (GEO_IMPORT_MAX_MB).',
  },
  [BoundaryErrorCode.FILE_UNREADABLE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Berkas bukan JSON yang dapat dibaca ({detail}).',
    en: 'The file is not readable JSON ({detail}).',
  },
  [BoundaryErrorCode.FILE_NOT_FEATURES]: {
    kind: 'BAD_USER_INPUT',
    id: 'Berkas harus berupa GeoJSON FeatureCollection atau TopoJSON Topology (ditemukan: {type}).',
    en: 'The file must be a GeoJSON FeatureCollection or a TopoJSON Topology (found: {type}).',
  },
  [BoundaryErrorCode.URL_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'URL harus diawali http:// atau https://.',
    en: 'The URL must start with http:// or https://.',
  },
  // One answer for every refused address, so refusals cannot be told apart (and internal hosts not mapped).
  [BoundaryErrorCode.URL_NOT_ALLOWED]: {
    kind: 'BAD_USER_INPUT',
    id: 'URL ini tidak diizinkan: impor hanya mengambil dari alamat internet publik (server internal hanya jika tercantum di BOUNDARY_IMPORT_ALLOW_HOSTS).',
    en: 'This URL is not allowed: imports fetch only from public internet addresses (internal servers only when listed in BOUNDARY_IMPORT_ALLOW_HOSTS).',
  },
  // No connection detail (refused, reset, timed out): it would tell open ports from closed ones.
  [BoundaryErrorCode.URL_FETCH_FAILED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Berkas dari URL tidak dapat diambil: server tidak menjawab. Periksa URL-nya, atau unduh berkasnya dan unggah.',
    en: 'The file could not be fetched from the URL: the server did not answer. Check the URL, or download the file and upload it.',
  },
  [BoundaryErrorCode.URL_HTTP_STATUS]: {
    kind: 'BAD_USER_INPUT',
    id: 'Berkas dari URL tidak dapat diambil: server menjawab HTTP {status}.',
    en: 'The file could not be fetched from the URL: the server answered HTTP {status}.',
  },
  [BoundaryErrorCode.CODE_PROPERTY_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nama properti kode tidak sah: 1–64 huruf, angka, _ atau -.',
    en: 'The code property name is not valid: 1–64 letters, digits, _ or -.',
  },
  [BoundaryErrorCode.LICENCE_REQUIRED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Sebutkan lisensi data batas wilayah ini (teks atau nama dan URL-nya) sebelum mengimpor.',
    en: 'State the licence of these boundaries (its text, or its name and URL) before importing.',
  },
  [BoundaryErrorCode.TEXT_TOO_LONG]: {
    kind: 'BAD_USER_INPUT',
    id: 'Teks {field} terlalu panjang (paling banyak {max} karakter).',
    en: 'The {field} text is too long (at most {max} characters).',
  },
  [BoundaryErrorCode.NO_FEATURES]: { kind: 'BAD_USER_INPUT', id: 'Berkas tidak berisi satu pun fitur.', en: 'The file holds no features.' },
  [BoundaryErrorCode.NO_LEVEL]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tidak ada fitur dengan kode wilayah yang sah pada properti "{property}"; tingkat wilayah tidak dapat ditentukan.',
    en: 'No feature has a valid region code in the "{property}" property; the level cannot be determined.',
  },
  [BoundaryErrorCode.CODE_MISSING]: {
    kind: 'BAD_USER_INPUT',
    id: 'Fitur tanpa kode wilayah pada properti "{property}".',
    en: 'The feature has no region code in the "{property}" property.',
  },
  [BoundaryErrorCode.CODE_MALFORMED]: {
    kind: 'BAD_USER_INPUT',
    id: '"{code}" bukan kode wilayah Kemendagri (mis. 15.02.10).',
    en: '"{code}" is not a Kemendagri region code (e.g. 15.02.10).',
  },
  [BoundaryErrorCode.CODE_UNKNOWN]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kode {code} tidak ada dalam daftar wilayah resmi.',
    en: 'The code {code} is not in the official region list.',
  },
  [BoundaryErrorCode.WRONG_LEVEL]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kode {code} adalah {level}, sedangkan berkas ini berisi {expected}.',
    en: 'The code {code} is a {level}, but this file holds {expected} boundaries.',
  },
  [BoundaryErrorCode.GEOMETRY_MISSING]: { kind: 'BAD_USER_INPUT', id: 'Fitur tanpa geometri.', en: 'The feature has no geometry.' },
  [BoundaryErrorCode.GEOMETRY_TYPE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Geometri harus Polygon atau MultiPolygon.',
    en: 'The geometry must be a Polygon or MultiPolygon.',
  },
  [BoundaryErrorCode.COORDINATES_MALFORMED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Koordinat tidak tersusun sebagai cincin posisi [bujur, lintang].',
    en: 'The coordinates are not rings of [longitude, latitude] positions.',
  },
  [BoundaryErrorCode.COORDINATE_NOT_FINITE]: { kind: 'BAD_USER_INPUT', id: 'Ada koordinat yang bukan bilangan hingga.', en: 'A coordinate is not a finite number.' },
  [BoundaryErrorCode.COORDINATES_SWAPPED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Koordinat tampaknya tertukar ([lintang, bujur]); GeoJSON memakai [bujur, lintang].',
    en: 'The coordinates look swapped ([latitude, longitude]); GeoJSON uses [longitude, latitude].',
  },
  [BoundaryErrorCode.OUTSIDE_INDONESIA]: {
    kind: 'BAD_USER_INPUT',
    id: 'Ada posisi di luar wilayah Indonesia (bujur 94–142, lintang −12–7); periksa sistem koordinatnya (harus WGS84).',
    en: 'Some positions lie outside Indonesia (longitude 94–142, latitude −12–7); check the coordinate system (must be WGS84).',
  },
  [BoundaryErrorCode.RING_TOO_SHORT]: {
    kind: 'BAD_USER_INPUT',
    id: 'Ada cincin dengan kurang dari 4 posisi (setidaknya 3 titik berbeda dan titik penutup).',
    en: 'A ring has fewer than 4 positions (at least 3 distinct points and the closing one).',
  },
  [BoundaryErrorCode.RING_ZERO_AREA]: {
    kind: 'BAD_USER_INPUT',
    id: 'Ada cincin tanpa luas (semua titiknya segaris).',
    en: 'A ring has no area (all its points lie on one line).',
  },
  [BoundaryErrorCode.RING_CLOSED]: { kind: 'BAD_USER_INPUT', id: '{count} cincin yang belum tertutup ditutup.', en: '{count} unclosed rings were closed.' },
  [BoundaryErrorCode.DUPLICATE_POINTS_REMOVED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Titik ganda berurutan dihapus dari {count} cincin.',
    en: 'Consecutive duplicate points were removed from {count} rings.',
  },
  [BoundaryErrorCode.WINDING_FIXED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Arah {count} cincin dibalik (RFC 7946: tepi luar berlawanan arah jarum jam, lubang searah).',
    en: '{count} rings were turned around (RFC 7946: outer rings counter-clockwise, holes clockwise).',
  },
  [BoundaryErrorCode.FEATURES_MERGED]: {
    kind: 'BAD_USER_INPUT',
    id: '{count} fitur dengan kode yang sama digabung menjadi satu MultiPolygon.',
    en: '{count} features with the same code were merged into one MultiPolygon.',
  },
  [BoundaryErrorCode.SELF_INTERSECTION]: {
    kind: 'BAD_USER_INPUT',
    id: '{count} cincin berpotongan dengan dirinya sendiri (mis. di {at}); tetap diimpor, periksa di aplikasi GIS.',
    en: '{count} rings cross themselves (e.g. at {at}); imported anyway, check them in a GIS.',
  },
  [BoundaryErrorCode.NAME_DIFFERS]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nama pada berkas "{name}" berbeda dengan nama resmi "{official}".',
    en: 'The name in the file, "{name}", differs from the official name "{official}".',
  },
};

export class BoundaryError extends defineDomainErrors(BOUNDARY_ERRORS, {
  // Levels are named in words.
  params: (params, language) => {
    const word = (value: unknown) => LEVEL_NAMES[String(value)]?.[language === 'en' ? 1 : 0];
    return {
      ...params,
      ...(word(params.level) ? { level: word(params.level)! } : {}),
      ...(word(params.expected) ? { expected: word(params.expected)! } : {}),
    };
  },
}) {}
