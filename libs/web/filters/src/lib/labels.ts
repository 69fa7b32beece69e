import type { TFunction } from 'i18next';
import type { PeriodTextError } from '@jangkau/shared-domain';
import { formatDateRange, formatMonth } from '@jangkau/web-i18n';
import type { DashboardPeriod } from './period';

export const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period key as people say it: "2025", "Triwulan II 2025" / "Q2 2025", "Semester I 2025" / "H1 2025", "Juni 2025". */
export function periodKeyLabel(key: string, t: TFunction): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return t('dashboard.period.quarter', { roman: ROMAN[Number(quarter[2]) - 1], n: Number(quarter[2]), year: quarter[1] });
  const semester = /^(\d{4})-S([12])$/.exec(key);
  if (semester) return t('dashboard.period.semester', { roman: ROMAN[Number(semester[2]) - 1], n: Number(semester[2]), year: semester[1] });
  if (/^\d{4}-\d{2}$/.test(key)) return formatMonth(`${key}-01`, { long: true, year: true });
  return key;
}

/** The selected period for a page heading: "Tahun 2026", "Triwulan IV 2026", "Desember 2026", "1 Jan – 15 Mar 2026". */
export function periodLabel(period: Pick<DashboardPeriod, 'key' | 'kind' | 'from' | 'to'>, t: TFunction): string {
  if (period.kind === 'YEAR' && period.key) return t('dashboard.period.year', { year: period.key });
  return period.key ? periodKeyLabel(period.key, t) : formatDateRange(period.from, period.to);
}

/** Why a typed period was refused, with examples of what is understood. */
export function periodErrorText(text: string, reason: PeriodTextError, t: TFunction): string {
  return t(`dashboard.period.error.${reason}`, { text: text.trim() });
}
