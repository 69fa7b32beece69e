// `npm run bench -- outbox` (only when named): issue 16's outbox budget, measured in the system Chromium.
//   An officer (petugas.kerinci) on a 360 px phone goes offline with 20 activities recorded, each with 2 photos and
//   submitted: 80 items in the device's outbox (create, photo, photo, submit per activity). The network returns;
//   measured: time from going online until the outbox is empty (budget: 30 s), and what the server then holds.
// The queue is filled straight into IndexedDB in the app's own format (the form writes the same items; driving
// the form 20 times would measure typing, not sending). Photos are JPEGs of camera noise, as large as the form
// leaves a phone photo after shrinking it (--photo-kb, default 600). Three runs, a fresh browser context each.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { signInPage, startBuiltApp } from './app.mjs';

const root = resolve(import.meta.dirname, '../..');
const PORT = 3297;
const RUNS = 3;
const ACTIVITIES = 20;
const PHOTOS = 2;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A JPEG of random noise of about `kb` kilobytes (noise does not compress: the size is what the network carries). */
async function photo(kb, seed) {
  const side = Math.round(Math.sqrt((kb * 1024) / 0.9));
  const raw = Buffer.alloc(side * side * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[i] = x >>> 24;
  }
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

export async function benchOutbox({ freshDatabase, dropDatabase, args = [] }) {
  if (!existsSync(join(root, 'dist/apps/web/index.html'))) {
    console.log('\noutbox: build the web app first (npm run build).');
    return;
  }
  const kbArg = args.find((a) => a.startsWith('--photo-kb='));
  const photoKb = kbArg ? Number(kbArg.split('=')[1]) : 600;
  const { chromium } = await import('playwright-core');
  const url = await freshDatabase('jangkau_bench_outbox');
  const app = await startBuiltApp({ url, port: PORT });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const photos = await Promise.all(Array.from({ length: PHOTOS }, (_, i) => photo(photoKb, i + 1)));
    console.log(
      `\noutbox: ${ACTIVITIES} activities × (create + ${PHOTOS} photos of ${photos.map((p) => `${Math.round(p.length / 1024)} KB`).join(', ')} + submit) = ${ACTIVITIES * (PHOTOS + 2)} items; ${RUNS} runs, Chromium ${CHROMIUM}`,
    );
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
      const page = await context.newPage();
      await signInPage(page, app.base, 'petugas.kerinci');
      await page.goto(`${app.base}/kegiatan`);
      const userId = await signedInUserId(app.base);
      await context.setOffline(true);
      const tag = `bench ${Date.now()} run ${run + 1}`;
      await page.evaluate(fillQueue, { userId, tag, activities: ACTIVITIES, photos: photos.map((p) => p.toString('base64')) });
      // The header shows what waits; then the network returns.
      await page.locator('.outbox-indicator').waitFor();
      const waiting = await page.evaluate(queueLength);
      const started = Date.now();
      await context.setOffline(false);
      for (;;) {
        if ((await page.evaluate(queueLength)) === 0) break;
        if (Date.now() - started > 300_000) throw new Error('the outbox did not empty within 300 s');
        await new Promise((r) => setTimeout(r, 100));
      }
      const took = Date.now() - started;
      const held = await serverHolds(app.base, tag);
      times.push(took);
      console.log(
        `  run ${run + 1}: ${waiting} items sent in ${(took / 1000).toFixed(1)} s; the server holds ${held.activities} activities (${held.submitted} submitted) with ${held.files} photos`,
      );
      await context.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`  online → outbox empty: p50 ${(sorted[1] / 1000).toFixed(1)} s, max ${(sorted.at(-1) / 1000).toFixed(1)} s (budget 30 s)`);
  } finally {
    await browser.close();
    await app.stop();
    await dropDatabase('jangkau_bench_outbox');
  }
}

/** In the page: the signed-in person's queue, as the form would leave it after 20 offline "Simpan dan kirim". */
async function fillQueue({ userId, tag, activities, photos }) {
  const bytes = photos.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
  const open = () =>
    new Promise((resolve, reject) => {
      const req = globalThis.indexedDB.open('jangkau-offline');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const db = await open();
  const tx = db.transaction(['outbox', 'files'], 'readwrite');
  let seq = Date.now() * 1000;
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < activities; i++) {
    const activityId = crypto.randomUUID();
    const title = `Sosialisasi ${tag} #${i + 1}`;
    const base = { userId, activityId, title, queuedAt: new Date().toISOString(), state: 'waiting', attempts: 0 };
    const input = {
      type: 'SOSIALISASI',
      title,
      description: '',
      startsAt: `${day}T02:00:00.000Z`,
      endsAt: `${day}T04:00:00.000Z`,
      venueName: 'Balai Desa Pulau Rengas',
      venueRegionCode: '15.02.10.2001',
      programmeItemIds: [],
      topicIds: [],
      coOrganiserIds: [],
      villages: [{ code: '15.02.10.2001', reach: 'OFFICIALS_ATTENDED' }],
      participants: [{ category: 'KEPALA_DESA', male: 1, female: 0 }],
      attendance: [],
    };
    tx.objectStore('outbox').put({ ...base, id: crypto.randomUUID(), seq: seq++, kind: 'create', input, planned: false });
    for (let p = 0; p < bytes.length; p++) {
      const id = crypto.randomUUID();
      const fileName = `foto-${i + 1}-${p + 1}.jpg`;
      tx.objectStore('files').put({ id, userId, ownerId: `queued:${id}`, blob: new Blob([bytes[p]], { type: 'image/jpeg' }), fileName, contentType: 'image/jpeg', addedAt: base.queuedAt });
      tx.objectStore('outbox').put({ ...base, id, seq: seq++, kind: 'evidence', fileName, fileSize: bytes[p].length });
    }
    tx.objectStore('outbox').put({ ...base, id: crypto.randomUUID(), seq: seq++, kind: 'submit', version: null });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  // The app reads its queue again on focus.
  globalThis.dispatchEvent(new Event('focus'));
}

/** In the page: how many items wait in the outbox (all people's; only one is signed in here). */
async function queueLength() {
  const db = await new Promise((resolve, reject) => {
    const req = globalThis.indexedDB.open('jangkau-offline');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const count = await new Promise((resolve) => {
    const req = db.transaction('outbox').objectStore('outbox').count();
    req.onsuccess = () => resolve(req.result);
  });
  db.close();
  return count;
}

const post = async (base, query, variables, token) =>
  (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
  ).json();
const officerToken = async (base) => (await post(base, 'mutation { login(username: "petugas.kerinci", password: "jangkau-demo") { accessToken } }', {})).data.login.accessToken;

async function signedInUserId(base) {
  return (await post(base, '{ me { id } }', {}, await officerToken(base))).data.me.id;
}

async function serverHolds(base, tag) {
  const token = await officerToken(base);
  const found = await post(base, 'query ($s: String) { activities(filter: { search: $s }, first: 100) { nodes { status evidence { id } } } }', { s: tag }, token);
  const nodes = found.data.activities.nodes;
  return { activities: nodes.length, submitted: nodes.filter((n) => n.status === 'SUBMITTED').length, files: nodes.reduce((n, a) => n + a.evidence.length, 0) };
}
