import { expect, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { PHONE, serviceWorkerInControl, signedIn, test } from './support';

/** Yesterday in WIB: held already, so it can be submitted. */
const YESTERDAY = new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10);

/** What the server holds, asked as `username` through the API (not through the page under test). */
async function serverActivities(request: APIRequestContext, username: string, search: string) {
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) =>
    (await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} })).json();
  const login = await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: username, p: 'jangkau-demo' });
  const token = login.data.login.accessToken as string;
  const found = await gql(
    'query ($f: ActivityFilter) { activities(filter: $f, first: 20) { nodes { id title status evidence { fileName } villages { region { name } } } } }',
    { f: { search } },
    token,
  );
  return found.data.activities.nodes as { id: string; title: string; status: string; evidence: { fileName: string }[]; villages: { region: { name: string } }[] }[];
}

/** How many regions of the working area this device keeps for working offline (IndexedDB). */
async function keptRegions(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // Opened only once the app made it (opening a missing database would create an empty one), and closed again.
    if (!(await indexedDB.databases()).some((d) => d.name === 'jangkau-offline')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('jangkau-offline');
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('reference')) {
          db.close();
          return resolve(0);
        }
        const all = db.transaction('reference').objectStore('reference').getAll();
        all.onsuccess = () => {
          db.close();
          resolve(Math.max(0, ...all.result.map((r: { value: { regions: unknown[] } }) => r.value.regions.length)));
        };
        all.onerror = () => {
          db.close();
          resolve(0);
        };
      };
    });
  });
}

/** The form with no network: a village of the kept working area, one participant count, nothing else needed. */
async function recordOffline(page: Page, title: string) {
  await page.getByRole('link', { name: 'Catat kegiatan' }).click();
  await expect(page.getByRole('heading', { name: /Langkah 1 dari 4/ })).toBeVisible();
  await page.getByLabel('Judul').fill(title);
  await page.getByLabel('Tanggal', { exact: true }).fill(YESTERDAY);
  await page.getByLabel('Jam mulai').fill('09:00');
  await page.getByLabel('Jam selesai').fill('11:00');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Nama tempat').fill('Balai Desa Pulau Rengas');
  await page.getByRole('combobox', { name: 'Wilayah tempat' }).fill('pulau rengas');
  await expect(page.getByText('Luring: mencari di wilayah kerja Anda yang tersimpan di perangkat ini.').first()).toBeVisible();
  await page
    .getByRole('option', { name: /^Pulau Rengas\b(?! Ulu)/ })
    .first()
    .click();
  await page.getByRole('combobox', { name: /Tambah desa\/kelurahan/ }).fill('pulau rengas');
  await page
    .getByRole('option', { name: /^Pulau Rengas\b(?! Ulu)/ })
    .first()
    .click();
  await expect(page.getByText('1 desa/kelurahan dipilih')).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Kepala desa L').fill('1');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('heading', { name: /Langkah 4 dari 4/ })).toBeVisible();
}

test.describe('Recording with no signal: the outbox on the device', () => {
  test('petugas.kerinci records, attaches a photo and submits offline on a phone; it arrives exactly once when the network returns', async ({ browser, request }) => {
    test.setTimeout(120_000);
    const title = `Sosialisasi TPPO tanpa sinyal ${Date.now()}`;
    const page = await signedIn(browser, 'petugas.kerinci', PHONE);
    const context = page.context();
    await page.goto('/kegiatan');
    const rows = page.locator('.activity-list > li');
    await expect(rows.first()).toBeVisible();
    const titles = await rows.locator('.activity-card__title').allTextContents();
    // While online the device keeps the working area (Kab. Kerinci, Kota Sungai Penuh and Kab. Merangin), and the
    // service worker the app.
    await expect.poll(() => keptRegions(page), { timeout: 15_000 }).toBeGreaterThan(571);
    await serviceWorkerInControl(page);

    // No signal, and the page is reloaded: the app and the last list are there, signed in.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.shell__header')).toBeVisible();
    await expect(rows.locator('.activity-card__title')).toHaveText(titles);
    await expect(page.locator('.offline-banner')).toContainText('luring');
    await recordOffline(page, title);
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 120, b: 60 } } })
      .jpeg()
      .toBuffer();
    await page.getByLabel('Tambah foto atau PDF').setInputFiles({ name: 'balai-desa.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(page.getByText('balai-desa.jpg')).toBeVisible();
    await page.getByRole('button', { name: 'Simpan dan kirim untuk verifikasi' }).click();
    await expect(page.getByText('Disimpan di perangkat ini. Akan dikirim otomatis saat tersambung.')).toBeVisible();
    // The activity, its photo and its submission wait on the device, and say so.
    await expect(page.locator('.outbox-indicator')).toHaveText(/3 menunggu dikirim/);
    await expect(page.locator('.outbox-pending')).toContainText(title);
    await page.close();
    expect(await serverActivities(request, 'petugas.kerinci', title)).toEqual([]);

    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto('/kegiatan');
    // Sent on load, in order: created, the photo, then submitted.
    await expect.poll(async () => (await serverActivities(request, 'petugas.kerinci', title)).map((a) => a.status), { timeout: 20_000 }).toEqual(['SUBMITTED']);
    await expect(again.locator('.outbox-indicator')).toHaveCount(0);
    await expect(again.locator('.outbox-pending')).toHaveCount(0);
    await expect(again.getByRole('link', { name: title })).toBeVisible();
    const held = await serverActivities(request, 'petugas.kerinci', title);
    expect(held.map((a) => ({ status: a.status, files: a.evidence.map((e) => e.fileName), villages: a.villages.map((v) => v.region.name) }))).toEqual([
      { status: 'SUBMITTED', files: ['balai-desa.jpg'], villages: ['Pulau Rengas'] },
    ]);

    // The head sees it waiting for verification.
    const head = await signedIn(browser, 'kepala.kerinci');
    await head.goto('/dasbor');
    await head.getByRole('link', { name: /^Menunggu verifikasi \(\d+\)$/ }).click();
    await expect(head.locator('.activity-card', { hasText: title })).toBeVisible();
  });

  test('a second person signing in on the same phone neither sees nor sends the first one’s queue', async ({ browser, request }) => {
    test.setTimeout(120_000);
    const title = `Rapat desa tanpa sinyal ${Date.now()}`;
    const page = await signedIn(browser, 'petugas.kerinci', PHONE);
    const context = page.context();
    await page.goto('/kegiatan');
    await expect.poll(() => keptRegions(page), { timeout: 15_000 }).toBeGreaterThan(571);
    await context.setOffline(true);
    await recordOffline(page, title);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.locator('.outbox-indicator')).toHaveText(/1 menunggu dikirim/);

    // Signed out with no network: the queue stays on the device, out of sight.
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await expect(page.locator('.outbox-indicator')).toHaveCount(0);
    await context.setOffline(false);

    await page.goto('/masuk');
    await page.getByLabel('Nama pengguna atau email').fill('kepala.kerinci');
    await page.getByLabel('Kata sandi').fill('jangkau-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.locator('.user-box')).toBeAttached();
    await page.goto('/kegiatan/antrean');
    await expect(page.getByText('Tidak ada yang menunggu.', { exact: false })).toBeVisible();
    await expect(page.locator('.outbox-indicator')).toHaveCount(0);
    expect(await serverActivities(request, 'kepala.kerinci', title)).toEqual([]);

    // Its owner signs in again: it is sent, once, as theirs.
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.goto('/masuk');
    await page.getByLabel('Nama pengguna atau email').fill('petugas.kerinci');
    await page.getByLabel('Kata sandi').fill('jangkau-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.locator('.user-box')).toBeAttached();
    await expect.poll(async () => (await serverActivities(request, 'petugas.kerinci', title)).map((a) => a.status), { timeout: 20_000 }).toEqual(['DRAFT']);
  });

  // The partners work where the signal is weakest: the Dinas officer over the kabupaten, the kepala desa in the village.
  for (const username of ['dinas.merangin', 'kades.pulaurengas']) {
    test(`${username} records and submits with no signal on a phone; it arrives once when the network returns`, async ({ browser, request }) => {
      test.setTimeout(120_000);
      const title = `Sosialisasi TPPO luring ${username} ${Date.now()}`;
      const page = await signedIn(browser, username, PHONE);
      const context = page.context();
      await page.goto('/kegiatan');
      // The device keeps this person's own working area: the kabupaten, or the one village.
      await expect.poll(() => keptRegions(page), { timeout: 15_000 }).toBeGreaterThan(0);
      await serviceWorkerInControl(page);

      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('.shell__header')).toBeVisible();
      await recordOffline(page, title);
      await page.getByRole('button', { name: 'Simpan dan kirim untuk verifikasi' }).click();
      await expect(page.getByText('Disimpan di perangkat ini. Akan dikirim otomatis saat tersambung.')).toBeVisible();
      await expect(page.locator('.outbox-indicator')).toHaveText(/2 menunggu dikirim/);
      expect(await serverActivities(request, username, title)).toEqual([]);

      await context.setOffline(false);
      // The queue's own page, opened again with the network back: sent on load.
      await page.goto('/kegiatan/antrean');
      await expect.poll(async () => (await serverActivities(request, username, title)).map((a) => a.status), { timeout: 20_000 }).toEqual(['SUBMITTED']);
      await expect(page.locator('.outbox-indicator')).toHaveCount(0);
      const [held] = await serverActivities(request, username, title);
      expect(held?.villages.map((v) => v.region.name)).toEqual(['Pulau Rengas']);
    });
  }
});
