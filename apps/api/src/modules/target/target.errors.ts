import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum TargetErrorCode {
  NOT_FOUND = 'TARGET_NOT_FOUND',
  AGENCY_NOT_FOUND = 'TARGET_AGENCY_NOT_FOUND',
  NOT_OWN_AGENCY = 'TARGET_NOT_OWN_AGENCY',
  PERIOD_INVALID = 'TARGET_PERIOD_INVALID',
  VALUE_INVALID = 'TARGET_VALUE_INVALID',
  RATIO_INVALID = 'TARGET_RATIO_INVALID',
  PROGRAMME_ITEM_NOT_FOUND = 'TARGET_PROGRAMME_ITEM_NOT_FOUND',
  PROGRAMME_ITEM_NOT_IN_FORCE = 'TARGET_PROGRAMME_ITEM_NOT_IN_FORCE',
  ALREADY_SET = 'TARGET_ALREADY_SET',
  VERSION_CONFLICT = 'TARGET_VERSION_CONFLICT',
}

const TARGET_ERRORS: ErrorTable<TargetErrorCode> = {
  [TargetErrorCode.NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Target tidak ditemukan.', en: 'Target not found.' },
  [TargetErrorCode.AGENCY_NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Instansi tidak ditemukan.', en: 'Agency not found.' },
  [TargetErrorCode.NOT_OWN_AGENCY]: {
    kind: 'FORBIDDEN',
    id: 'Kepala kantor hanya dapat menetapkan target untuk instansinya sendiri.',
    en: 'A head of office sets targets for their own agency only.',
  },
  [TargetErrorCode.PERIOD_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Periode "{value}" tidak valid: tulis tahun (2025) atau triwulan (2025-Q1).',
    en: 'The period "{value}" is not valid: write a year (2025) or a quarter (2025-Q1).',
  },
  [TargetErrorCode.VALUE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nilai target harus bilangan bulat 0 atau lebih (maksimal 100.000.000).',
    en: 'A target must be a whole number, 0 or more (at most 100,000,000).',
  },
  [TargetErrorCode.RATIO_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Target cakupan adalah pecahan antara 0 dan 1 (0,5 = 50%).',
    en: 'A coverage target is a fraction between 0 and 1 (0.5 = 50%).',
  },
  [TargetErrorCode.PROGRAMME_ITEM_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Butir program tidak ditemukan.', en: 'Programme item not found.' },
  [TargetErrorCode.PROGRAMME_ITEM_NOT_IN_FORCE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Butir {number} dari {framework} tidak berlaku pada periode {period} (kerangka ini berlaku {validFrom} s.d. {validTo}). Pilih butir kerangka program yang berlaku pada periode itu, atau tetapkan target tanpa butir program.',
    en: 'Item {number} of {framework} does not apply in {period} (that framework is valid from {validFrom} to {validTo}). Choose an item of a framework in force in that period, or set the target without a programme item.',
  },
  [TargetErrorCode.ALREADY_SET]: {
    kind: 'CONFLICT',
    id: 'Target untuk instansi, periode, indikator dan butir program ini sudah ada; ubah target yang ada.',
    en: 'A target for this agency, period, indicator and programme item exists already; edit that one.',
  },
  [TargetErrorCode.VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Target ini telah diubah oleh {by} pada {at}. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'This target was changed by {by} at {at}. Reload it, then make your change again.',
  },
};

export class TargetError extends defineDomainErrors(TARGET_ERRORS) {}
