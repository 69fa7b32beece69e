import { MAX_SEARCH_QUERY_LENGTH, MAX_SEARCH_RESULTS } from '@jangkau/shared-domain';
import { assertUnreachable, DomainError } from '../../common/errors/domain-error';
import { format, Language } from '../../common/i18n/language';

export enum RegionErrorCode {
  INVALID_CODE = 'REGION_INVALID_CODE',
  QUERY_EMPTY = 'REGION_QUERY_EMPTY',
  QUERY_TOO_LONG = 'REGION_QUERY_TOO_LONG',
  FIRST_OUT_OF_RANGE = 'REGION_FIRST_OUT_OF_RANGE',
}

export class RegionError extends DomainError<RegionErrorCode> {
  readonly kind = 'BAD_USER_INPUT' as const;

  localize(language: Language): string {
    const en = language === 'en';
    const params = { ...this.params, maxLength: MAX_SEARCH_QUERY_LENGTH, maxFirst: MAX_SEARCH_RESULTS };
    switch (this.code) {
      case RegionErrorCode.INVALID_CODE:
        return format(
          en
            ? '"{code}" is not a valid region code. Use the Kemendagri format, e.g. 15, 15.02, 15.02.10 or 15.02.10.2001.'
            : '"{code}" bukan kode wilayah yang sah. Gunakan format Kemendagri, mis. 15, 15.02, 15.02.10 atau 15.02.10.2001.',
          params,
        );
      case RegionErrorCode.QUERY_EMPTY:
        return en ? 'Type at least one letter or digit to search.' : 'Ketik minimal satu huruf atau angka untuk mencari.';
      case RegionErrorCode.QUERY_TOO_LONG:
        return format(en ? 'The search text is too long (at most {maxLength} characters).' : 'Teks pencarian terlalu panjang (maksimal {maxLength} karakter).', params);
      case RegionErrorCode.FIRST_OUT_OF_RANGE:
        return format(en ? '"first" must be between 1 and {maxFirst} (got {first}).' : '"first" harus antara 1 dan {maxFirst} (diberikan {first}).', params);
      default:
        return assertUnreachable(this.code);
    }
  }
}
