import { pickTarget, progressBar, targetPhase, type TargetLike } from './targets';

const target = (indicator: TargetLike['indicator'], period: string, item: string | null = null) => ({ indicator, period, programmeItem: item ? { id: item } : null, label: `${indicator}@${period}${item ? `#${item}` : ''}` });

describe('pickTarget', () => {
  const targets = [
    target('ACTIVITIES', '2025'),
    target('ACTIVITIES', '2025-Q2'),
    target('ACTIVITIES', '2025', 'item-8'),
    target('COVERAGE_RATIO', '2025'),
    target('PARTICIPANTS', '2025', 'item-8'),
  ];
  const pick = (indicators: TargetLike['indicator'][], periodKey: string | null, programmeItemId: string | null = null) =>
    pickTarget(targets, indicators, { periodKey, year: '2025', programmeItemId })?.label ?? null;

  it('prefers the target named for the selected period', () => {
    expect(pick(['ACTIVITIES'], '2025-Q2')).toBe('ACTIVITIES@2025-Q2');
  });

  it("falls back to the year's target (a month, or a quarter without its own)", () => {
    expect(pick(['ACTIVITIES'], '2025-06')).toBe('ACTIVITIES@2025');
    expect(pick(['ACTIVITIES'], '2025-Q3')).toBe('ACTIVITIES@2025');
    expect(pick(['ACTIVITIES'], null)).toBe('ACTIVITIES@2025');
  });

  it('tries the indicators in order: villages reached, then the coverage ratio', () => {
    expect(pick(['VILLAGES_REACHED', 'COVERAGE_RATIO'], '2025')).toBe('COVERAGE_RATIO@2025');
  });

  it("with a programme item chosen, only that item's targets apply", () => {
    expect(pick(['ACTIVITIES'], '2025', 'item-8')).toBe('ACTIVITIES@2025#item-8');
    expect(pick(['ACTIVITIES'], '2025', 'item-1')).toBeNull();
  });

  it("without one, the overall target wins, and an item's stands in when there is no overall one", () => {
    expect(pick(['ACTIVITIES'], '2025')).toBe('ACTIVITIES@2025');
    expect(pick(['PARTICIPANTS'], '2025')).toBe('PARTICIPANTS@2025#item-8');
  });

  it('is null when the agency set no target for the indicator or the year', () => {
    expect(pick(['DESA_BINAAN_FORMED'], '2025')).toBeNull();
    expect(pickTarget(targets, ['ACTIVITIES'], { periodKey: '2024', year: '2024', programmeItemId: null })).toBeNull();
  });
});

describe('targetPhase and progressBar', () => {
  it('says whether the period has started, runs or has ended', () => {
    expect([0, 0.5, 1].map((elapsed) => targetPhase({ elapsed }))).toEqual(['notStarted', 'running', 'ended']);
  });

  it('draws achieved and expected as shares of the target, never past the end of the bar', () => {
    expect(progressBar({ value: 120, achieved: 45, expected: 99 })).toEqual({ achieved: 0.375, expected: 0.825 });
    expect(progressBar({ value: 10, achieved: 14, expected: 10 })).toEqual({ achieved: 1, expected: 1 });
    expect(progressBar({ value: 0, achieved: 0, expected: 0 })).toEqual({ achieved: 0, expected: 0 });
  });
});
