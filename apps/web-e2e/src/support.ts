import { test as base, expect, type Browser, type Page } from '@playwright/test';

/**
 * Playwright's test, closing every browser context a journey opened (each `signedIn` is a device of its own) once
 * the journey ends. Left open, their pages keep live subscriptions, service workers and outbox timers running
 * against the server for the rest of the run, and later journeys wait behind them.
 */
export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [
    async ({ browser }, use, testInfo) => {
      const before = new Set(browser.contexts());
      await use();
      const opened = browser.contexts().filter((context) => !before.has(context));
      if (testInfo.status !== testInfo.expectedStatus) {
        // What each of the journey's pages said when it failed, in the log (a CI run keeps no screenshots).
        for (const page of opened.flatMap((context) => context.pages())) {
          const main = page.locator('main');
          const text = await ((await main.count()) === 1 ? main : page.locator('body')).innerText({ timeout: 2_000 }).catch((error: Error) => `(unreadable: ${error.message})`);
          console.log(`--- ${page.url()}\n${text.replace(/\n{2,}/g, '\n').slice(0, 1_500)}`);
        }
      }
      await Promise.all(opened.map((context) => context.close().catch(() => undefined)));
    },
    { auto: true },
  ],
});

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** A person on their own device: a fresh browser context (own storage), signed in with the demo password. */
export async function signedIn(browser: Browser, username: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto('/masuk');
  await page.getByLabel('Nama pengguna atau email').fill(username);
  await page.getByLabel('Kata sandi').fill('jangkau-demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('.user-box')).toBeAttached();
  return page;
}

/** The page does not scroll sideways (phones). */
export async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * The activity form, open at step 1: what and when, then the venue in Kecamatan Bangko Barat with all 6 of its
 * villages listed; leaves the form at step 3 (participants).
 */
export async function fillBangkoBaratSteps(page: Page, what: { title: string; date: string; start: string; end: string; venue: string }) {
  await expect(page.getByRole('heading', { name: /Langkah 1 dari 4/ })).toBeVisible();
  await page.getByLabel('Judul').fill(what.title);
  await page.getByLabel('Tanggal', { exact: true }).fill(what.date);
  await page.getByLabel('Jam mulai').fill(what.start);
  await page.getByLabel('Jam selesai').fill(what.end);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('heading', { name: /Langkah 2 dari 4/ })).toBeVisible();
  await page.getByLabel('Nama tempat').fill(what.venue);
  await page.getByRole('combobox', { name: 'Wilayah tempat' }).fill('bangko barat');
  await page
    .getByRole('option', { name: /Bangko Barat/ })
    .first()
    .click();
  await page.getByRole('combobox', { name: /Tambah desa\/kelurahan/ }).fill('bangko barat');
  await page.getByRole('option', { name: /Tambah semua 6 desa\/kelurahan di Bangko Barat/ }).click();
  await expect(page.getByText('6 desa/kelurahan dipilih')).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut' }).click();
}

/**
 * The service worker has precached the app and controls the page: from here on the app opens with no network.
 * A page whose navigation began while the first worker was still installing can miss that worker's claim (Chromium
 * does not always claim a document still being created); a person's next navigation is then controlled, so the
 * page is loaded once more in that case, as the person's next visit would be.
 */
export async function serviceWorkerInControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  try {
    await expect.poll(controlled, { timeout: 5_000 }).toBe(true);
  } catch {
    await page.reload();
    await expect.poll(controlled, { timeout: 20_000 }).toBe(true);
  }
}

/** Waits until the map has painted the view (ChoroplethMap marks each new layer, after Leaflet drew it). */
export async function painted(page: Page, viewKey: string) {
  await page.waitForFunction((key) => performance.getEntriesByName('jangkau:map-painted').some((m) => (m as PerformanceMark).detail?.viewKey === key), viewKey);
}

/** Clicks a region on the map canvas, where the map says it is. */
export async function clickRegion(page: Page, code: string) {
  const map = page.locator('.choropleth-map');
  await map.scrollIntoViewIfNeeded();
  const point = await map.evaluate((el, c) => (el as HTMLElement & { jangkauPointOf(code: string): { x: number; y: number } | null }).jangkauPointOf(c), code);
  expect(point, `region ${code} on the map`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}
