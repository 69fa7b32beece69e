// `npm run bench -- map` (only when named): issue 6's map goals, measured in the system Chromium on this machine.
//   first view  – navigation to /peta?periode=2025&wilayah=15 until the map has painted (goal: 2 s)
//   drill steps – click on the canvas → new layer painted, per step: Jambi → Merangin → Bangko Barat (goal: 300 ms),
//                 beside the drawing alone (layer start → painted)
//   villages    – "Tampilkan desa/kelurahan" at Jambi: all 1,568 villages, toggle → painted, and the drawing alone
//   hover       – long animation frames (> 50 ms) during a scripted sweep over the village layer (goal: none > 100 ms)
// Five runs each (a fresh browser context per run: cold caches), p50 and max. The built app (npm run build) runs in
// demo mode on a fresh database, so the founding story and the demo boundaries (data/boundaries, imported on first
// start) are there. Without boundaries it says so and stops.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { signInPage, startBuiltApp } from './app.mjs';

const root = resolve(import.meta.dirname, '../..');
const PORT = 3294;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ms = (n) => (n === undefined || Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`);
const summary = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return 'n/a';
  return `p50 ${ms(sorted[Math.floor((sorted.length - 1) / 2)])}, max ${ms(sorted.at(-1))} (${sorted.map((v) => Math.round(v)).join(', ')})`;
};

const startApp = (url) => startBuiltApp({ url, port: PORT });
const signIn = (page) => signInPage(page, BASE, 'kepala.kerinci');

export async function benchMap({ freshDatabase, dropDatabase }) {
  if (!existsSync(join(root, 'dist/apps/web/index.html'))) {
    console.log('\nmap: build the web app first (npm run build).');
    return;
  }
  const { chromium } = await import('playwright-core');
  const url = await freshDatabase('jangkau_bench_map');
  const app = await startApp(url);
  let browser;
  try {
    // Boundaries: the API answers 404 until it exists, and an empty collection until they are imported.
    const probe = await fetch(`${BASE}/api/boundaries/15/children`);
    const body = probe.ok ? await probe.json() : null;
    const drawn = body?.objects?.regions?.geometries?.length ?? 0;
    if (!drawn) {
      console.log(
        `\nmap: no boundaries loaded (GET /api/boundaries/15/children answered ${probe.status}${probe.ok ? ` with ${drawn} geometries` : ''}).` +
          ' Demo mode imports data/boundaries on first start: check that folder (npm run geo:build rebuilds it), or import boundaries with npm run geo:import -- <file|url>, and run again.',
      );
      return;
    }
    const size = Number(probe.headers.get('content-length') ?? 0);
    console.log(`\nmap: boundaries loaded (Jambi's kabupaten: ${drawn} geometries${size ? `, ${Math.round(size / 1024)} kB on the wire` : ''}); ${RUNS} runs, Chromium ${CHROMIUM}`);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    const results = { first: [], drills: {}, villages: [], villagesDraw: [], longest: [], longFrames: [] };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
      const page = await context.newPage();
      await signIn(page);
      await page.goto(`${BASE}/peta?periode=2025&wilayah=15`);
      const first = await painted(page, '15|');
      results.first.push(first.startTime);

      for (const [code, key] of [
        ['15.02', '15.02|'],
        ['15.02.10', '15.02.10|'],
      ]) {
        await clickRegion(page, code);
        const paint = await painted(page, key);
        const click = await page.evaluate((c) => performance.getEntriesByName('jangkau:map-drill').findLast((m) => m.detail?.code === c)?.startTime, code);
        const start = await page.evaluate((k) => performance.getEntriesByName('jangkau:map-layer-start').findLast((m) => m.detail?.viewKey === k)?.startTime, key);
        (results.drills[code] ??= { total: [], draw: [] }).total.push(paint.startTime - click);
        results.drills[code].draw.push(paint.startTime - start);
      }

      // All of Jambi's villages at once.
      await page.goto(`${BASE}/peta?periode=2025&wilayah=15`);
      await painted(page, '15|');
      const toggled = await page.evaluate(() => performance.now());
      await page.getByLabel('Tampilkan desa/kelurahan').check();
      const villages = await painted(page, '15||desa', 60_000);
      const start = await page.evaluate(() => performance.getEntriesByName('jangkau:map-layer-start').findLast((m) => m.detail?.viewKey === '15||desa')?.startTime);
      results.villages.push(villages.startTime - toggled);
      results.villagesDraw.push(villages.startTime - start);
      if (run === 0) console.log(`map: village layer of Jambi: ${villages.detail.features} polygons`);

      // Hover sweep over the village layer: long animation frames while the pointer moves.
      const map = page.locator('.choropleth-map');
      await map.scrollIntoViewIfNeeded();
      const box = await map.boundingBox();
      await page.evaluate(() => {
        globalThis.__frames = [];
        const type = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
        new PerformanceObserver((list) => list.getEntries().forEach((e) => globalThis.__frames.push(e.duration))).observe({ type });
      });
      for (let i = 0; i <= 200; i++) {
        const x = box.x + 10 + ((box.width - 20) * i) / 200;
        const y = box.y + box.height * (0.5 + 0.35 * Math.sin(i / 7));
        await page.mouse.move(x, y);
        await sleep(8);
      }
      await sleep(300);
      const frames = await page.evaluate(() => globalThis.__frames);
      results.longFrames.push(frames.length);
      results.longest.push(frames.length ? Math.max(...frames) : 0);
      await context.close();
    }

    console.log(`map: first map view after navigation (goal 2 s):   ${summary(results.first)}`);
    for (const [code, r] of Object.entries(results.drills)) {
      console.log(`map: drill to ${code.padEnd(9)} click → painted (goal 300 ms): ${summary(r.total)}; drawing alone ${summary(r.draw)}`);
    }
    console.log(`map: all villages of Jambi, toggle → painted:        ${summary(results.villages)}; drawing alone ${summary(results.villagesDraw)}`);
    console.log(`map: hover sweep (201 moves), long frames per run:   ${results.longFrames.join(', ')}; longest frame ${summary(results.longest)} (goal < 100 ms)`);
  } finally {
    await browser?.close();
    await app.stop();
    await dropDatabase('jangkau_bench_map');
  }
}

/** The map's paint mark for a view (ChoroplethMap marks it in the frame after Leaflet drew the layer). */
async function painted(page, viewKey, timeout = 20_000) {
  const handle = await page.waitForFunction(
    (key) => {
      const mark = performance.getEntriesByName('jangkau:map-painted').findLast((m) => m.detail?.viewKey === key);
      return mark && { startTime: mark.startTime, detail: mark.detail };
    },
    viewKey,
    { timeout },
  );
  return handle.jsonValue();
}

async function clickRegion(page, code) {
  const map = page.locator('.choropleth-map');
  await map.scrollIntoViewIfNeeded();
  const point = await map.evaluate((el, c) => el.jangkauPointOf(c), code);
  if (!point) throw new Error(`region ${code} is not on the map`);
  await page.mouse.click(point.x, point.y);
}
