import type { Indicator } from '@jangkau/web-data-access';
import { formatNumber, formatPercent } from '@jangkau/web-i18n';

/** A figure the way its indicator reads: the coverage ratio as a percentage, everything else as a count. */
export function formatFigure(indicator: Indicator, value: number): string {
  return indicator === 'COVERAGE_RATIO' ? formatPercent(value) : formatNumber(value, { maximumFractionDigits: 1 });
}

/** A change with its sign and arrow: "▲ 3", "▼ 2,5 %", "0". */
export function formatChange(indicator: Indicator, change: number): string {
  const arrow = change > 0 ? '▲ ' : change < 0 ? '▼ ' : '';
  return arrow + formatFigure(indicator, Math.abs(change));
}
