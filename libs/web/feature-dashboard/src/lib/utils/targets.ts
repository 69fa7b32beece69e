import type { Indicator, TargetStatus } from '@jangkau/web-data-access';

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
  const byPeriod = (pool: T[]) =>
    (periodKey ? pool.find((t) => t.period === periodKey) : undefined) ?? (year ? pool.find((t) => t.period === year) : undefined) ?? null;
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
