import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';

describe('GET /health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers 200 with the database state and the loaded region list', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      database: { status: 'up', latencyMs: expect.any(Number) },
      regions: { count: 91_599, version: expect.any(String) },
    });
  });

  it('answers 503 when the database is gone', async () => {
    await withAdmin(process.env.JANGKAU_TEST_ADMIN_URL!, (c) => c.query(`DROP DATABASE ${JSON.stringify(t.db.name)} WITH (FORCE)`));
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'error', database: { status: 'down' } });
    // Liveness is the process, not the database: an outage takes instances out of the balancer, never restarts them.
    const live = await fetch(`${t.baseUrl}/health/live`, { headers: { accept: 'text/html' } });
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
  });
});
