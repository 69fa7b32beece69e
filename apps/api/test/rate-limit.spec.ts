import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from './test-app';
import { reachable } from './reachable';
import { at } from '@jangkau/shared-domain';
import Redis from 'ioredis';
import { RateLimiter } from '../src/common/rate-limit';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const BUDGET = 10;

/** One cheap anonymous GraphQL request; its HTTP status. */
async function hit(app: TestApp, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ provinces { code } }"}' });
  await res.arrayBuffer();
  return res.status;
}

/** `n` requests, alternating between the given apps. */
async function alternate(apps: TestApp[], n: number, headers: Record<string, string> = {}): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push(await hit(at(apps, i % apps.length, 'app'), headers));
  return statuses;
}

const allowed = (n: number) => Array(n).fill(200);

describe('rate limit shared in Redis by several instances', () => {
  let a: TestApp;
  let b: TestApp;
  let redis: boolean;

  beforeAll(async () => {
    redis = await reachable(REDIS_URL);
    // A prefix of this run's own: parallel test files (and other checkouts) on one Redis never share counters.
    const env = { REDIS_URL: redis ? REDIS_URL : 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: `test-${randomUUID()}`, RATE_LIMIT_PER_MINUTE: String(BUDGET) };
    [a, b] = await Promise.all([startTestApp(env), startTestApp(env)]);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('gives an address one budget across two instances: the 11th request is refused whichever instance gets it', async () => {
    const statuses = await alternate([a, b], BUDGET + 2);
    if (!redis) {
      // No Redis here: what must hold is the fallback, each instance counting alone, and no request failing.
      console.warn(`No Redis at ${REDIS_URL}: checked the per-instance fallback instead of the shared budget`);
      expect(statuses).toEqual(allowed(BUDGET + 2));
      return;
    }
    expect(statuses).toEqual([...allowed(BUDGET), 429, 429]);
    // Refused on both instances, with the time left in the shared window.
    const res = await fetch(`${a.baseUrl}/api/evidence/6a1f0c2e-1b7d-4c55-9a51-00000000aaaa`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await res.json()).toMatchObject({ error: 'RATE_LIMITED', message: expect.stringMatching(/^Too many requests from your address\. Try again in \d+ seconds\.$/) });
  });

  it('counts the client behind a trusted proxy (loopback by default), and only the address the proxy appended', async () => {
    // Another client behind the same local proxy has a budget of its own.
    expect(await alternate([a, b], BUDGET + 1, { 'x-forwarded-for': '203.0.113.7' })).toEqual([...allowed(BUDGET), 429]);
    // What a client writes into X-Forwarded-For itself comes before what the proxy appends: a made-up address there
    // does not buy a fresh budget.
    expect(await hit(a, { 'x-forwarded-for': '198.51.100.99, 203.0.113.7' })).toBe(429);
    expect(await hit(b, { 'x-forwarded-for': '203.0.113.8' })).toBe(200);
  });
});

describe('a busy address counted in Redis by shares', () => {
  const SHARED_BUDGET = 1_280;
  const prefix = `test-${randomUUID()}`;
  let a: TestApp;
  let b: TestApp;
  let redis: Redis | undefined;

  beforeAll(async () => {
    if (!(await reachable(REDIS_URL))) return;
    redis = new Redis(REDIS_URL);
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix, RATE_LIMIT_PER_MINUTE: String(SHARED_BUDGET) };
    [a, b] = await Promise.all([startTestApp(env), startTestApp(env)]);
  });

  afterAll(async () => {
    redis?.disconnect();
    await Promise.all([a?.close(), b?.close()]);
  });

  it('answers a burst with far fewer Redis round trips than requests, counts every answered request there, and still refuses at the shared budget', async () => {
    if (!redis) return console.warn(`No Redis at ${REDIS_URL}: shares not checked`);
    const client = { 'x-forwarded-for': '203.0.113.50' };
    const limiter = a.app.get(RateLimiter);
    const before = limiter.sharesTaken;
    const statuses: number[] = [];
    // 400 requests, ten at a time, as a dashboard's parallel queries come.
    for (let round = 0; round < 40; round++) statuses.push(...(await Promise.all(Array.from({ length: 10 }, () => hit(a, client)))));
    expect(statuses).toEqual(allowed(400));
    const trips = limiter.sharesTaken - before;
    const counted = Number(await redis.get(`${prefix}:rate:203.0.113.50`));
    console.info(`400 requests from one address: ${trips} Redis counts, ${counted} counted in Redis`);
    expect(trips).toBeLessThan(100);
    // Never under-counted; over by at most the share not yet used (1/64 of the budget).
    expect(counted).toBeGreaterThanOrEqual(400);
    expect(counted).toBeLessThanOrEqual(400 + SHARED_BUDGET / 64);

    // The rest of the budget, through both instances: refused by both once it is spent, and never past it.
    let answered = 400;
    for (let i = 0; answered <= SHARED_BUDGET; i++) {
      if ((await hit(i % 2 ? b : a, client)) !== 200) break;
      answered++;
    }
    expect(answered).toBeLessThanOrEqual(SHARED_BUDGET);
    // Each instance may hold back one share it had not used up (1/64 of the budget at most).
    expect(answered).toBeGreaterThanOrEqual(SHARED_BUDGET - 2 * (SHARED_BUDGET / 64));
    expect([await hit(a, client), await hit(b, client)]).toEqual([429, 429]);
    // Once spent, the budget is refused from memory until its window ends: a flood costs no Redis round trip.
    const spent = limiter.sharesTaken;
    for (let i = 0; i < 20; i++) expect(await hit(a, client)).toBe(429);
    expect(limiter.sharesTaken).toBe(spent);
  });
});

describe('rate limit without Redis, and with Redis unreachable', () => {
  let direct: TestApp;
  let proxied: TestApp;
  let stranded: TestApp;

  beforeAll(async () => {
    [direct, proxied, stranded] = await Promise.all([
      startTestApp({ RATE_LIMIT_PER_MINUTE: String(BUDGET), TRUST_PROXY: 'none' }),
      startTestApp({ RATE_LIMIT_PER_MINUTE: String(BUDGET) }),
      // Nothing listens on port 1: every Redis command fails at once.
      startTestApp({ RATE_LIMIT_PER_MINUTE: String(BUDGET), REDIS_URL: 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: `test-${randomUUID()}` }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([direct?.close(), proxied?.close(), stranded?.close()]);
  });

  it('keeps a budget per instance: the same address gets its share from each', async () => {
    expect(await alternate([direct, proxied], 2 * BUDGET)).toEqual(allowed(2 * BUDGET));
    expect(await hit(direct)).toBe(429);
    expect(await hit(proxied)).toBe(429);
  });

  it('ignores X-Forwarded-For when no proxy is trusted: a new made-up address each time does not reset the budget', async () => {
    expect(await hit(direct)).toBe(429);
    for (let i = 1; i <= 5; i++) expect(await hit(direct, { 'x-forwarded-for': `203.0.113.${i}` })).toBe(429);
  });

  it('keeps limiting in memory, without waiting, while Redis is unreachable', async () => {
    const started = performance.now();
    expect(await alternate([stranded], BUDGET + 1)).toEqual([...allowed(BUDGET), 429]);
    // Eleven requests: no Redis timeout was waited on.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
