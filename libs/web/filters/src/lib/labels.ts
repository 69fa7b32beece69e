import type { TFunction } from 'i18next';
import { formatDate, formatMonth } from '@jangkau/web-i18n';
import type { DashboardPeriod } from './period';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period key as people say it: "2025", "Triwulan II 2025" / "Q2 2025", "Juni 2025". */
export function periodKeyLabel(key: string, t: TFunction): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return t('dashboard.period.quarter', { roman: ROMAN[Number(quarter[2]) - 1], n: Number(quarter[2]), year: quarter[1] });
  if (/^\d{4}-\d{2}$/.test(key)) return formatMonth(`${key}-01`, { long: true, year: true });
  return key;
}

/** The selected period for a page heading: its name when it is one, else the dates. */
export function periodLabel(period: DashboardPeriod, t: TFunction): string {
  return period.key ? periodKeyLabel(period.key, t) : t('dashboard.period.range', { from: formatDate(period.from), to: formatDate(period.to) });
}
