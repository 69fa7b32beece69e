import { ChangeListener } from '../../common/change-listener';
import { recordAndSubmit } from '../../../test/submitted-activity';
import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { waitFor } from '../../../test/wait-for';
import { ActivityCountCache } from './activity-count-cache';

const COUNT = `query ($filter: ActivityFilter) { activityCount(filter: $filter) }`;
const KERINCI_2026 = { regionCode: '15.01', from: '2026-01-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00' };

/**
 * activityCount is kept per caller and filter until something it depends on is written (activity-count-cache.ts).
 * What a person notices: the count never lags their own write, another instance's write is counted within moments,
 * and one person's count is never another's.
 */
describe('activity counts, kept until activities change (real PostgreSQL)', () => {
  let t: TestApp;
  let cache: ActivityCountCache;
  const sql = (query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows);
  const count = async (username: string, filter: Record<string, unknown> = KERINCI_2026) => {
    const res = await t.gql<{ activityCount: number }>(COUNT, { filter }, await t.as(username));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.activityCount;
  };

  beforeAll(async () => {
    t = await startTestApp();
    cache = t.app.get(ActivityCountCache);
    await waitFor(() => t.app.get(ChangeListener).backendPid, { what: 'the instance to listen for changes' });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('counts the same question once while nothing changes', async () => {
    const first = await count('petugas.kerinci');
    const misses = cache.misses;
    const hits = cache.hits;
    expect(await count('petugas.kerinci')).toBe(first);
    expect(await count('petugas.kerinci')).toBe(first);
    expect(cache.misses).toBe(misses);
    expect(cache.hits).toBe(hits + 2);
  });

  it('an activity the person just recorded is in their very next count', async () => {
    const before = await count('petugas.kerinci', {});
    await recordAndSubmit(t, 'Sosialisasi TPPO (hitungan segera)');
    expect(await count('petugas.kerinci', {})).toBe(before + 1);
  });

  it('a change written elsewhere (another instance, or by hand) is counted once its notification arrives', async () => {
    const before = await count('kepala.kerinci', {});
    const [row] = await sql(`SELECT id FROM activities WHERE lead_agency_id = (SELECT agency_id FROM users WHERE username = 'kepala.kerinci') ORDER BY created_at LIMIT 1`);
    // Gone from the list behind the app's back: the kept count may not say otherwise for long.
    await sql(`DELETE FROM activities WHERE id = $1`, [row.id]);
    await waitFor(async () => (await count('kepala.kerinci', {})) === before - 1, { timeoutMs: 2000, what: 'the count to drop by the deleted activity' });
  });

  it('keeps one count per person: a village head and a national reader asking the same filter get their own', async () => {
    const national = await count('ditjen', {});
    const village = await count('desa.pulaurengas', {});
    expect(village).toBeLessThan(national);
    expect(await count('ditjen', {})).toBe(national);
    expect(await count('desa.pulaurengas', {})).toBe(village);
  });

  it('keeps nothing while the listening connection is lost', async () => {
    const listener = t.app.get(ChangeListener);
    listener.retryDelaysMs = [3000];
    try {
      const pid = listener.backendPid;
      await sql(`SELECT pg_terminate_backend($1)`, [pid]);
      await waitFor(() => listener.backendPid === null, { timeoutMs: 2000, what: 'the lost connection to be noticed' });
      expect(cache.size).toBe(0);
      const misses = cache.misses;
      await count('petugas.kerinci');
      await count('petugas.kerinci');
      expect(cache.size).toBe(0);
      expect(cache.misses).toBe(misses);
    } finally {
      listener.retryDelaysMs = [250];
    }
    await waitFor(() => listener.backendPid, { what: 'the instance to listen again' });
    await count('petugas.kerinci');
    expect(cache.size).toBe(1);
  });
});
