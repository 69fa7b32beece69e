import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './test-app';

describe('the web app and the API on one port', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jangkau-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Jangkau</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets/app-1234.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
    writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ name: 'Jangkau', start_url: '/' }));
    t = await startTestApp({ WEB_DIST_DIR: dir });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a shared link such as /wilayah/15.02.10 with the app, never cached stale', async () => {
    const res = await fetch(`${t.baseUrl}/wilayah/15.02.10`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<div id="root">');
  });

  it('serves hashed assets compressed and cacheable for a year', async () => {
    const res = await fetch(`${t.baseUrl}/assets/app-1234.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the service worker as JavaScript that browsers check again on every visit, under a policy that allows it', async () => {
    const res = await fetch(`${t.baseUrl}/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    // Cached for an hour, a deploy would reach phones an hour late, after their next visits.
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = (await fetch(`${t.baseUrl}/`, { headers: { accept: 'text/html' } })).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/worker-src 'self'/);
    expect(csp).toMatch(/manifest-src 'self'/);
  });

  it('serves the install manifest as a manifest, not as the app page', async () => {
    const res = await fetch(`${t.baseUrl}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.json()).toMatchObject({ name: 'Jangkau' });
  });

  it('answers a missing asset with 404, not with the app', async () => {
    const res = await fetch(`${t.baseUrl}/assets/gone-0000.js`);
    expect(res.status).toBe(404);
  });

  it('leaves /graphql and /health to the API', async () => {
    const gql = await t.gql(`{ region(code: "15") { name } }`);
    expect(gql.data).toEqual({ region: { name: 'Jambi' } });
    const health = await fetch(`${t.baseUrl}/health`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('leaves the file routes under /api to the API, even when a browser asks for a page', async () => {
    const res = await fetch(`${t.baseUrl}/api/evidence/6a1f0c2e-1b7d-4c55-9a51-00000000aaaa`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.json()).toMatchObject({ error: 'AUTH_SIGN_IN_REQUIRED' });
  });
});

describe('API rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '10' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers 429 with a clear message and Retry-After once an address exceeds its share', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await t.gql('{ provinces { code } }')).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ provinces { code } }"}' });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringMatching(/Terlalu banyak permintaan/) });
    // The page itself is not counted: /health still answers.
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
  });
});
