import { i18n } from './i18n';

/** 83762 → "83.762" in Indonesian, "83,762" in English. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'id-ID').format(value);
}
