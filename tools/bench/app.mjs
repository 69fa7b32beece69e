// The built app in its own process, for the browser benchmarks: demo mode on a given database, answering on
// 127.0.0.1:<port>, returned once /health answers and the demo accounts exist (a fresh database loads the region
// list and the demo data first).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function startBuiltApp({ url, port, env = {} }) {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DEMO_MODE: 'true',
      JWT_SECRET: 'bench-only-secret-bench-only-secret-0001',
      RATE_LIMIT_PER_MINUTE: '10000000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((r) => child.on('exit', r));
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the app did not answer /health within 180 s:\n${stderr}`);
    await sleep(100);
  }
  // The demo accounts are made after the server starts answering: wait until signing in can work.
  for (;;) {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ appInfo { demoAccounts } }' }) }).catch(
      () => null,
    );
    const body = res?.ok ? await res.json() : null;
    if (body?.data?.appInfo?.demoAccounts?.includes('kepala.kerinci')) break;
    if (Date.now() > deadline) throw new Error('the demo accounts did not appear within 180 s');
    await sleep(200);
  }
  return {
    base,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs a page in through the sign-in form, as a person would. */
export async function signInPage(page, base, username) {
  await page.goto(`${base}/masuk`);
  await page.getByLabel('Nama pengguna atau email').fill(username);
  await page.getByLabel('Kata sandi').fill('jangkau-demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.locator('.user-box').waitFor({ state: 'attached' });
}

/**
 * A GraphQL client of the app at 127.0.0.1:`port` for the benches: `post(query, variables, token)` gives the data, or
 * throws with the first error's message (prefixed with `label`, when given) and the start of the query.
 */
export function graphqlPoster(port, label = '') {
  return async (query, variables, token) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`${label ? `${label}: ` : ''}${body.errors[0].message} (${query.slice(0, 80)})`);
    return body.data;
  };
}
