import { parseTargetInput, periodsOfYear, pickTarget, progressBar, targetInputValue, targetPhase, type TargetLike } from './targets';

const target = (indicator: TargetLike['indicator'], period: string, item: string | null = null) => ({
  indicator,
  period,
  programmeItem: item ? { id: item } : null,
  label: `${indicator}@${period}${item ? `#${item}` : ''}`,
});

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

describe('the value field: a coverage ratio in percent, counts as whole numbers', () => {
  it('shows a stored fraction as its percentage, without floating-point noise, in the reader’s decimal sign', () => {
    expect(targetInputValue('COVERAGE_RATIO', 0.5)).toBe('50');
    expect(targetInputValue('COVERAGE_RATIO', 0.57)).toBe('57');
    expect(targetInputValue('COVERAGE_RATIO', 0.575)).toBe('57,5');
    expect(targetInputValue('COVERAGE_RATIO', 0.575, '.')).toBe('57.5');
    expect(targetInputValue('VILLAGES_REACHED', 100)).toBe('100');
  });

  it('reads a typed percentage back into a fraction, with either decimal sign and an optional "%"', () => {
    expect(parseTargetInput('COVERAGE_RATIO', '50')).toEqual({ value: 0.5 });
    expect(parseTargetInput('COVERAGE_RATIO', '57,5')).toEqual({ value: 0.575 });
    expect(parseTargetInput('COVERAGE_RATIO', '12.25 %')).toEqual({ value: 0.1225 });
    expect(parseTargetInput('COVERAGE_RATIO', '0')).toEqual({ value: 0 });
    expect(parseTargetInput('COVERAGE_RATIO', '100')).toEqual({ value: 1 });
    for (const text of ['', '101', '-5', 'lima puluh', '0,5,5']) expect(parseTargetInput('COVERAGE_RATIO', text)).toEqual({ problem: 'percent' });
  });

  it('round-trips every whole percentage exactly', () => {
    for (let percent = 0; percent <= 100; percent++) {
      const parsed = parseTargetInput('COVERAGE_RATIO', String(percent));
      expect('value' in parsed && targetInputValue('COVERAGE_RATIO', parsed.value)).toBe(String(percent));
    }
  });

  it('takes counts as whole numbers, with Indonesian or English thousands grouping', () => {
    expect(parseTargetInput('ACTIVITIES', '120')).toEqual({ value: 120 });
    expect(parseTargetInput('PARTICIPANTS', '1.500')).toEqual({ value: 1500 });
    expect(parseTargetInput('PARTICIPANTS', '1,500')).toEqual({ value: 1500 });
    expect(parseTargetInput('PARTICIPANTS', '100.000.000')).toEqual({ value: 100_000_000 });
    for (const text of ['', '1,5', '12.5', '-3', '100.000.001', 'seratus']) expect(parseTargetInput('ACTIVITIES', text)).toEqual({ problem: 'whole' });
  });
});

describe('periodsOfYear', () => {
  it('is the year, then its four quarters', () => {
    expect(periodsOfYear('2025')).toEqual(['2025', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });
});
