import type { Indicator } from '@jangkau/web-data-access';
import { formatNumber, formatPercent } from '@jangkau/web-i18n';

export { periodKeyLabel, periodLabel } from '@jangkau/web-filters';

/** A target's figure as written: a coverage ratio as a percentage ("50 %"), a count rounded ("1.238"). */
export function targetFigure(indicator: Indicator, n: number): string {
  return indicator === 'COVERAGE_RATIO' ? formatPercent(n) : formatNumber(Math.round(n));
}
