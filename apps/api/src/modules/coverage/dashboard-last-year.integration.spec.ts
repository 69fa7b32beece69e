import { localDate } from '@jangkau/shared-domain';
import { startTestApp, TestApp } from '../../../test/test-app';

const DASHBOARD = `query ($f: CoverageFilter!) { dashboard(filter: $f) {
  activities officialsReached coverage { villagesReached villagesTotal }
  sameTimeLastYear { from to activities participants officialsReached desaBinaanFormed villagesReached villagesTotal ratio } } }`;

/** Dashboard.sameTimeLastYear: the same area and filters a year back, for the KPI cards' comparison. */
describe('dashboard: the same time last year (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const dashboard = async (as: string, filter: Record<string, unknown>) => {
    const res = await t.gql(DASHBOARD, { f: filter }, await t.as(as));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.dashboard;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('June 2026 in Merangin compares with June 2025: the founding story, 14 villages and 16 officials', async () => {
    const june = await dashboard('kepala.kerinci', { regionCode: '15.02', from: '2026-06-01', to: '2026-06-30' });
    expect(june.sameTimeLastYear).toMatchObject({ from: '2025-06-01', to: '2025-06-30', villagesReached: 14, villagesTotal: 215, officialsReached: 16 });
    expect(june.sameTimeLastYear.activities).toBeGreaterThanOrEqual(1);
    expect(june.sameTimeLastYear.ratio).toBeCloseTo(14 / 215, 10);
    // June 2025 itself against June 2024, when nothing had happened yet.
    const before = await dashboard('kepala.kerinci', { regionCode: '15.02', from: '2025-06-01', to: '2025-06-30' });
    expect(before.coverage.villagesReached).toBe(14);
    expect(before.sameTimeLastYear).toMatchObject({ from: '2024-06-01', to: '2024-06-30', activities: 0, villagesReached: 0, ratio: 0 });
  });

  it('a range still running is compared up to the same day a year earlier; one not begun has nothing to compare', async () => {
    const today = localDate(new Date());
    const year = Number(today.slice(0, 4));
    const running = await dashboard('kepala.kerinci', { from: `${year}-01-01`, to: `${year}-12-31` });
    expect(running.sameTimeLastYear).toMatchObject({ from: `${year - 1}-01-01`, to: `${year - 1}${today.slice(4) === '-02-29' ? '-02-28' : today.slice(4)}` });
    const future = await dashboard('kepala.kerinci', { from: `${year + 1}-01-01`, to: `${year + 1}-12-31` });
    expect(future.sameTimeLastYear).toBeNull();
  });

  it('keeps the filters and the caller’s scope: the same question a year back', async () => {
    // The Dinas PMTSP-TK Merangin co-organised the founding story: its contribution in June 2025 is those 14 villages.
    const dinas = await dashboard('dinas.merangin', { from: '2026-06-01', to: '2026-06-30', type: 'SOSIALISASI' });
    expect(dinas.sameTimeLastYear).toMatchObject({ villagesReached: 14, villagesTotal: 215 });
    const otherType = await dashboard('dinas.merangin', { from: '2026-06-01', to: '2026-06-30', type: 'MONITORING' });
    expect(otherType.sameTimeLastYear.villagesReached).toBe(0);
  });
});
