import { writeFileSync } from 'node:fs';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the sweep is a tools/ script people run by hand; CI runs its core here.
import { runSweep } from '../../../tools/security/malformed-sweep-core.mjs';
import { startTestApp, TEST_JWT_SECRET, TestApp } from './test-app';

// The sweep of tools/security/malformed-sweep.mjs at a small size (SWEEP_COUNT for the full one), against the
// real app on a real database, signed in as the administrator so hostile values reach the resolvers.
const COUNT = Number(process.env.SWEEP_COUNT ?? 150);

describe('malformed requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The sweep sends hundreds of requests from one address within a minute.
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(() => t.close());

  it(`${COUNT} malformed requests: no 5xx, no INTERNAL code, no stack trace or JavaScript error text`, async () => {
    const { authorization } = await t.as('admin');
    const { totals, examples } = await runSweep({ url: t.baseUrl, count: COUNT, auth: authorization, jwtSecret: TEST_JWT_SECRET, keep: Number(process.env.SWEEP_KEEP ?? 5) });
    if (process.env.SWEEP_OUT) writeFileSync(process.env.SWEEP_OUT, JSON.stringify({ totals, examples }, null, 2));
    expect({
      failed: totals.failed,
      status5xx: totals.status5xx,
      internal: totals.internal,
      leak: totals.leak,
      examples: totals.status5xx + totals.internal + totals.leak + totals.failed ? examples : {},
    }).toEqual({
      failed: 0,
      status5xx: 0,
      internal: 0,
      leak: 0,
      examples: {},
    });
    expect(totals.requests).toBe(COUNT);
  }, 300_000);
});
