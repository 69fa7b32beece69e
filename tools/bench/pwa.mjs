// `npm run bench -- pwa` (only when named): issue 16's budgets for the installable app, in the system Chromium.
//   first load   – a new visitor (fresh browser context: empty HTTP cache, no service worker) opens /masuk; bytes
//                  over the network until the page is loaded and the network idle (budget 300 KB). Counted apart: the
//                  service worker's precache, downloaded in the background after the page has loaded (every route's
//                  code, so any page opens offline later); and the two together, all the browser received over TCP
//                  from opening /masuk until the service worker controls the page (what a phone's data plan pays).
//   repeat visit – the same visitor opens /masuk again once the service worker controls the page (budget 20 KB)
//   offline      – a signed-in officer who has seen /kegiatan reloads it with the network cut: time from the reload
//                  to the app shell (header) on screen, and to her list of activities (budget for the shell 1 s)
// Bytes: the page's are what Chromium reports per request (headers + encoded body, i.e. compressed as sent), from
// Playwright's request events (a response the service worker gave from its cache costs none); everything the browser
// received (page and service worker) is also counted at the TCP level by a relay between Chromium and the app, and
// the precache is that total less the page's. Times come from a MutationObserver in the page (performance.now() since the reload's navigation
// start). Five runs each, a fresh browser context per run; p50 and max. The built app (npm run build) runs in demo
// mode on a fresh database.
/* global document, MutationObserver -- the init script runs in the page */
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { signInPage, startBuiltApp } from './app.mjs';

const root = resolve(import.meta.dirname, '../..');
const PORT = 3295;
/** The browser talks to the app through a byte-counting relay on this port. */
const RELAY_PORT = 3296;
const BASE = `http://127.0.0.1:${RELAY_PORT}`;
const RUNS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PHONE = { width: 360, height: 740 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const summary = (values, unit) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${unit(sorted[Math.floor((sorted.length - 1) / 2)])}, max ${unit(sorted.at(-1))} (${sorted.map(unit).join(', ')})`;
};

const startApp = (url) => startBuiltApp({ url, port: PORT, env: { DEMO_HISTORY: 'false' } });
const signIn = (page) => signInPage(page, BASE, 'petugas.kerinci');

export async function benchPwa({ freshDatabase, dropDatabase }) {
  if (!existsSync(join(root, 'dist/apps/web/sw.js'))) {
    console.log('\npwa: build the web app first (npm run build): no dist/apps/web/sw.js.');
    return;
  }
  const { chromium } = await import('playwright-core');
  const url = await freshDatabase('jangkau_bench_pwa');
  const app = await startApp(url);
  const relay = await byteRelay(RELAY_PORT, PORT);
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    console.log(`\npwa: Chromium ${browser.version()} at ${PHONE.width}×${PHONE.height}, ${RUNS} runs each, app at ${BASE}`);
    const first = [];
    const precache = [];
    const firstWithPrecache = [];
    const repeat = [];
    const repeatDetail = [];
    const firstDetail = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID' });
      const meter = meterOf(context);
      const page = await context.newPage();
      relay.take();
      await page.goto(`${BASE}/masuk`, { waitUntil: 'load' });
      await page.getByLabel('Nama pengguna atau email').waitFor();
      await page.waitForLoadState('networkidle');
      const pageBytes = (await meter.take()).page;
      first.push(pageBytes);
      if (run === 0) firstDetail.push(...meter.lastPage);
      // The service worker installs after the load: its precache, until it controls the page.
      await waitForController(page);
      await sleep(300);
      await meter.take();
      const received = relay.take();
      precache.push(received - pageBytes);
      firstWithPrecache.push(received);

      relay.take();
      await page.goto(`${BASE}/masuk`, { waitUntil: 'load' });
      await page.getByLabel('Nama pengguna atau email').waitFor();
      await page.waitForLoadState('networkidle');
      const again = await meter.take();
      // All the browser received over TCP, the service worker's update check of sw.js included.
      repeat.push(relay.take());
      repeatDetail.push(again.requests);
      await context.close();
    }
    console.log(`pwa: first load of /masuk, over the network (budget 300 KB):        ${summary(first, kb)}`);
    console.log(`pwa: what the first load fetched (run 1): ${firstDetail.join('; ')}`);
    console.log(`pwa: then the service worker's precache, in the background:          ${summary(precache, kb)}`);
    console.log(`pwa: first load with the precache, all received over TCP:         ${summary(firstWithPrecache, kb)}`);
    console.log(`pwa: repeat visit of /masuk, service worker in control (budget 20 KB): ${summary(repeat, kb)}`);
    console.log(`pwa: what the repeat visit still fetched (last run): ${repeatDetail.at(-1).join('; ') || 'nothing'}`);

    const shell = [];
    const list = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID' });
      await context.addInitScript(() => {
        const seen = {};
        globalThis.__seen = seen;
        const check = () => {
          if (!seen.shell && document.querySelector('.shell__header')) seen.shell = performance.now();
          if (!seen.list && document.querySelector('.activity-list > li')) seen.list = performance.now();
        };
        new MutationObserver(check).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await signIn(page);
      await waitForController(page);
      await page.goto(`${BASE}/kegiatan`);
      await page.locator('.activity-list > li').first().waitFor();
      await context.setOffline(true);
      await page.reload({ waitUntil: 'commit' });
      await page.locator('.activity-list > li').first().waitFor({ timeout: 15_000 });
      await page.locator('.offline-banner').waitFor({ timeout: 15_000 });
      const seen = await page.evaluate(() => globalThis.__seen);
      shell.push(seen.shell);
      list.push(seen.list);
      await context.close();
    }
    console.log(`pwa: offline reload of /kegiatan → app shell shown (budget 1 s):    ${summary(shell, ms)}`);
    console.log(`pwa: offline reload of /kegiatan → her last list shown, "luring":   ${summary(list, ms)}`);
  } finally {
    await browser?.close();
    relay.close();
    await app.stop();
    await dropDatabase('jangkau_bench_pwa');
  }
}

/** Network bytes per request, the page's and the service worker's apart, since the last take(). */
function meterOf(context) {
  let counts = { page: 0, worker: 0, requests: [] };
  const pending = new Set();
  context.on('requestfinished', (request) => {
    const done = (async () => {
      const response = await request.response();
      if (!response || response.fromServiceWorker()) return;
      const sizes = await request.sizes();
      const bytes = sizes.responseHeadersSize + sizes.responseBodySize;
      if (request.serviceWorker()) counts.worker += bytes;
      else counts.page += bytes;
      counts.requests.push(`${request.serviceWorker() ? 'sw ' : ''}${new URL(request.url()).pathname} ${bytes} B`);
    })().catch(() => undefined);
    pending.add(done);
    done.finally(() => pending.delete(done));
  });
  return {
    async take() {
      await Promise.all([...pending]);
      const taken = counts;
      this.lastPage = taken.requests.filter((r) => !r.startsWith('sw '));
      counts = { page: 0, worker: 0, requests: [] };
      return taken;
    },
    lastPage: [],
  };
}

/** A TCP relay to the app that counts the bytes the browser receives; take() returns them since the last take(). */
async function byteRelay(port, target) {
  let received = 0;
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    upstream.on('data', (chunk) => (received += chunk.length));
    client.pipe(upstream).pipe(client);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return {
    take() {
      const n = received;
      received = 0;
      return n;
    },
    close() {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

async function waitForController(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}
