import type { Indicator, TargetStatus } from '@jangkau/web-data-access';
import { group } from '@jangkau/shared-domain';

export interface TargetLike {
  indicator: Indicator;
  /** "2025" or "2025-Q1". */
  period: string;
  programmeItem?: { id: string } | null;
}

/**
 * The target a KPI card shows. Indicators are tried in the order given (villages reached, then coverage ratio);
 * within one, the target named for the selected period wins, else the year's. With a programme item chosen only
 * that item's targets apply; without one the overall targets do, and failing those an item's (an office often
 * sets its targets for item 8 only).
 */
export function pickTarget<T extends TargetLike>(
  targets: readonly T[],
  indicators: readonly Indicator[],
  selection: { periodKey: string | null; year: string | null; programmeItemId: string | null },
): T | null {
  const { periodKey, year, programmeItemId } = selection;
  const byPeriod = (pool: T[]) => (periodKey ? pool.find((t) => t.period === periodKey) : undefined) ?? (year ? pool.find((t) => t.period === year) : undefined) ?? null;
  for (const indicator of indicators) {
    const pool = targets.filter((t) => t.indicator === indicator);
    const item = (t: T) => t.programmeItem?.id ?? null;
    const exact = byPeriod(pool.filter((t) => item(t) === programmeItemId));
    if (exact) return exact;
    if (!programmeItemId) {
      const anyItem = byPeriod(pool.filter((t) => item(t) !== null));
      if (anyItem) return anyItem;
    }
  }
  return null;
}

export type TargetPhase = 'notStarted' | 'running' | 'ended';

export interface TargetFigures {
  value: number;
  achieved: number;
  progress: number | null;
  elapsed: number;
  expected: number;
  status: TargetStatus;
}

/** Where the period stands: nothing is expected before it starts; after it ends the pace is the target itself. */
export function targetPhase(target: Pick<TargetFigures, 'elapsed'>): TargetPhase {
  return target.elapsed <= 0 ? 'notStarted' : target.elapsed >= 1 ? 'ended' : 'running';
}

/** Widths (0–1) of the progress bar: what is achieved, and the mark of where even work would be by today. */
export function progressBar(target: Pick<TargetFigures, 'value' | 'achieved' | 'expected'>): { achieved: number; expected: number } {
  const share = (n: number) => (target.value > 0 ? Math.min(Math.max(n / target.value, 0), 1) : n > 0 ? 1 : 0);
  return { achieved: share(target.achieved), expected: share(target.expected) };
}

/** The periods a year's targets are named for, in the order the page lists them: the year, then its quarters. */
export function periodsOfYear(year: string): string[] {
  return [year, `${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`];
}

/** A coverage ratio is kept as a fraction (0.5) but read and typed as a percentage (50 %); the rest are counts. */
export const isRatioIndicator = (indicator: Indicator) => indicator === 'COVERAGE_RATIO';

/** The API's bound on a count target. */
export const MAX_TARGET_COUNT = 100_000_000;

/**
 * What the value field shows for a stored value: a ratio as its percentage (0.575 → "57,5"), a count as it is.
 * `decimal` is the reader's decimal sign (Indonesian writes a comma).
 */
export function targetInputValue(indicator: Indicator, value: number, decimal = ','): string {
  // ×100 on a binary fraction can leave noise (0.57 × 100 = 56.99999999999999): the field shows at most 4 decimals.
  const shown = isRatioIndicator(indicator) ? Number((value * 100).toFixed(4)) : value;
  return String(shown).replace('.', decimal);
}

export type TargetInputProblem = 'whole' | 'percent';

/**
 * Reads the value field into what the API stores: a percentage becomes a fraction (50 → 0.5); a count must be a whole
 * number, with Indonesian ("1.500") or English ("1,500") thousands grouping allowed. A percentage takes either decimal
 * sign ("12,5" or "12.5"), and a trailing "%".
 */
export function parseTargetInput(indicator: Indicator, text: string): { value: number } | { problem: TargetInputProblem } {
  const raw = text.replace(/[\s\u00a0]/g, '');
  if (isRatioIndicator(indicator)) {
    const match = /^(\d{1,3}(?:[.,]\d{1,4})?)%?$/.exec(raw);
    const percent = match ? Number(group(match, 1).replace(',', '.')) : NaN;
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) return { problem: 'percent' };
    return { value: Number((percent / 100).toFixed(6)) };
  }
  if (!/^(\d+|\d{1,3}(\.\d{3})+|\d{1,3}(,\d{3})+)$/.test(raw)) return { problem: 'whole' };
  const count = Number(raw.replace(/[.,]/g, ''));
  return count <= MAX_TARGET_COUNT ? { value: count } : { problem: 'whole' };
}

/** The indicators in the order the form and the page name them. */
export const INDICATORS: readonly Indicator[] = ['ACTIVITIES', 'VILLAGES_REACHED', 'COVERAGE_RATIO', 'PARTICIPANTS', 'OFFICIALS_REACHED', 'DESA_BINAAN_FORMED'];
