import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum CoverageErrorCode {
  DATE_INVALID = 'COVERAGE_DATE_INVALID',
  PERIOD_INVALID = 'COVERAGE_PERIOD_INVALID',
  RANGE_REVERSED = 'COVERAGE_RANGE_REVERSED',
  RANGE_TOO_LONG = 'COVERAGE_RANGE_TOO_LONG',
  ID_INVALID = 'COVERAGE_ID_INVALID',
  PAGE_INVALID = 'COVERAGE_PAGE_INVALID',
  AREA_TOO_LARGE = 'COVERAGE_AREA_TOO_LARGE',
}

const COVERAGE_ERRORS: ErrorTable<CoverageErrorCode> = {
  [CoverageErrorCode.DATE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal "{value}" tidak valid; gunakan format TTTT-BB-HH, misalnya 2025-03-31.',
    en: 'The date "{value}" is not valid; use YYYY-MM-DD, e.g. 2025-03-31.',
  },
  [CoverageErrorCode.PERIOD_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Periode "{value}" tidak dikenali. Contoh yang dikenali: 2026, 2026-Q4, Triwulan IV 2026, Q4 2026, 2026-S1, Semester I 2026, 2026-12, Desember 2026, 12/2026, 1 Jan – 15 Mar 2026.',
    en: 'The period "{value}" is not recognised. Examples we read: 2026, 2026-Q4, Q4 2026, 2026-S1, H1 2026, 2026-12, December 2026, 12/2026, 1 Jan – 15 Mar 2026.',
  },
  [CoverageErrorCode.RANGE_REVERSED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal akhir harus sama dengan atau setelah tanggal awal.',
    en: 'The end date must be on or after the start date.',
  },
  [CoverageErrorCode.RANGE_TOO_LONG]: {
    kind: 'BAD_USER_INPUT',
    id: 'Rentang waktu paling lama {years} tahun.',
    en: 'A date range covers at most {years} years.',
  },
  [CoverageErrorCode.ID_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Pengenal tidak valid.', en: 'The identifier is not valid.' },
  [CoverageErrorCode.PAGE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Jumlah per halaman 1–200 dan posisi awal tidak boleh negatif.',
    en: 'Page size must be 1–200 and the offset may not be negative.',
  },
  [CoverageErrorCode.AREA_TOO_LARGE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Desa/kelurahan sekaligus paling banyak {max} (satu provinsi); pilih wilayah yang lebih kecil.',
    en: 'At most {max} villages at once (one province); choose a smaller area.',
  },
};

export class CoverageError extends defineDomainErrors(COVERAGE_ERRORS) {}
