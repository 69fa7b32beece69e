import { ActivityStatus, TargetStatus, pacing, parsePeriod } from '@jangkau/shared-domain';
import { readIdnAreaData } from '../region/region-source';
import { targetValueShowing } from './demo-history';
import { DemoHistoryInput, planDemoHistory } from './demo-history.plan';

describe('planDemoHistory', () => {
  let input: Omit<DemoHistoryInput, 'today'>;

  beforeAll(() => {
    const jambi = readIdnAreaData().records.filter((r) => r.code.startsWith('15.'));
    input = {
      regencies: jambi.filter((r) => r.code.length === 5),
      districts: jambi.filter((r) => r.code.length === 8),
      villages: jambi.filter((r) => r.code.length === 13),
      topics: ['ruang lingkup', 'modus operandi', 'tantangan', 'dampak', 'pencegahan secara hukum', 'pencegahan secara sosial', 'prosedur PMI', 'layanan paspor'],
    };
  });

  it('is the same plan for the same seed and day, and another for another seed', () => {
    const a = planDemoHistory({ ...input, today: '2026-12-04' });
    const b = planDemoHistory({ ...input, today: '2026-12-04' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const other = planDemoHistory({ ...input, today: '2026-12-04', seed: 7 });
    expect(other.activities.map((x) => x.id)).not.toEqual(a.activities.map((x) => x.id));
  });

  it('covers the 18 months up to the day, held before it and planned after it, weekdays only', () => {
    const plan = planDemoHistory({ ...input, today: '2026-12-04' });
    expect(plan.from).toBe('2025-06-04');
    const today = Date.parse('2026-12-04T00:00:00+07:00');
    for (const a of plan.activities) {
      expect(+a.startsAt).toBeGreaterThanOrEqual(Date.parse('2025-06-04T00:00:00+07:00'));
      expect(a.status === ActivityStatus.PLANNED).toBe(+a.startsAt > today);
      expect([0, 6]).not.toContain(new Date(+a.startsAt + 7 * 3600_000).getUTCDay());
      expect(+a.endsAt).toBeGreaterThan(+a.startsAt);
    }
  });

  it('moves with the day it is made on: a year later, a year later', () => {
    const plan = planDemoHistory({ ...input, today: '2027-12-04' });
    expect(plan.from).toBe('2026-06-04');
    expect(Math.min(...plan.activities.map((a) => +a.startsAt))).toBeGreaterThanOrEqual(Date.parse('2026-06-04T00:00:00+07:00'));
  });

  it('reaches only villages of the lead agency’s working area, with officials counted from the villages reached', () => {
    const plan = planDemoHistory({ ...input, today: '2026-12-04' });
    const areaOf: Record<string, string[]> = { kerinci: ['15.01', '15.02', '15.72'], dinas: ['15.02'] };
    for (const agency of plan.agencies) areaOf[agency.key] = agency.area;
    for (const a of plan.activities) {
      for (const v of a.villages) expect((areaOf[a.lead] ?? []).some((code) => v.code.startsWith(`${code}.`))).toBe(true);
      const heads = a.participants.filter((p) => p.category === 'KEPALA_DESA' || p.category === 'LURAH').reduce((s, p) => s + p.male + p.female, 0);
      if (a.type === 'SOSIALISASI') expect(heads).toBeLessThanOrEqual(a.villages.length);
    }
  });
});

describe('targetValueShowing', () => {
  it('finds a round target that paces as asked, checked with the pacing the app shows', () => {
    const today = '2026-12-04';
    for (const wanted of [TargetStatus.ACHIEVED, TargetStatus.ON_TRACK, TargetStatus.BEHIND]) {
      const value = targetValueShowing(wanted, 173, '2026', today, false)!;
      expect(pacing(parsePeriod('2026')!, value, 173, today).status).toBe(wanted);
    }
    expect(targetValueShowing(TargetStatus.ACHIEVED, 173, '2026', today, false)! % 5).toBe(0);
    const ratio = targetValueShowing(TargetStatus.BEHIND, 0.31, '2026', today, true)!;
    expect(ratio).toBeLessThanOrEqual(1);
    expect(pacing(parsePeriod('2026')!, ratio, 0.31, today).status).toBe(TargetStatus.BEHIND);
  });

  it('says when no target can show it: on track in a year already over, anything with nothing achieved', () => {
    expect(targetValueShowing(TargetStatus.ON_TRACK, 50, '2025', '2026-12-04', false)).toBeNull();
    expect(targetValueShowing(TargetStatus.ACHIEVED, 0, '2026', '2026-12-04', false)).toBeNull();
  });
});
