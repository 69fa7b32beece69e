import { expect } from '@playwright/test';
import { PHONE, serviceWorkerInControl as installed, signedIn, test } from './support';

/**
 * Offline reading (issue 16): an officer in a village with no signal opens Jangkau on her phone and reads what she
 * saw last, with the time it is from, instead of the browser's offline page or a white screen.
 */
test.describe('Offline: the installed app opens and reads with no network', () => {
  test('after a reload offline the officer sees the app, her last activity list with "luring", and the dashboard', async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await signedIn(browser, 'petugas.kerinci', PHONE);
    await installed(page);

    // Online: the pages she reads in the field.
    await page.goto('/kegiatan');
    const rows = page.locator('.activity-list > li');
    await expect(rows.first()).toBeVisible();
    const titles = await rows.locator('.activity-card__title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    await rows.first().click();
    await expect(page.getByRole('heading', { level: 1, name: titles[0] })).toBeVisible();
    await page.goto('/dasbor');
    const reached = page.getByTestId('kpi-villages-reached');
    await expect(reached).toHaveText(/^\d+ \/ \d+$/);
    const reachedOnline = await reached.textContent();
    // Back to the list within the app, as a person would (a full page load at once could cut off the device's
    // writing of the answers it just got).
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('link', { name: 'Kegiatan', exact: true }).click();
    await expect(rows.first()).toBeVisible();
    await expect(page.locator('.offline-banner')).toHaveCount(0);

    await page.context().setOffline(true);
    await page.reload();
    // The app shell, not the browser's offline page.
    await expect(page.locator('.shell__header')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Kegiatan' })).toBeVisible();
    // Her last list, row for row, and when it is from.
    await expect(rows.locator('.activity-card__title')).toHaveText(titles);
    await expect(page.locator('.offline-banner')).toContainText(/Data per \d{2}\.\d{2} (WIB|WITA|WIT), luring/);
    // Still signed in as herself; the bell cannot count offline and says so.
    await expect(page.locator('.user-box')).toContainText('Kanim Kerinci', { useInnerText: false });
    await expect(page.getByTestId('bell-count')).toHaveText('luring');

    // An activity she opened, offline.
    await rows.first().click();
    await expect(page.getByRole('heading', { level: 1, name: titles[0] })).toBeVisible();
    await expect(page.locator('.offline-banner')).toContainText('luring');

    // The dashboard, through the menu: its chunk comes from the service worker's cache, its figures from the device.
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('link', { name: 'Dasbor', exact: true }).click();
    await expect(page).toHaveURL(/\/dasbor/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dasbor cakupan' })).toBeVisible();
    await expect(reached).toHaveText(reachedOnline ?? '');
    await expect(page.getByText('Bagian aplikasi ini tidak dapat dimuat')).toHaveCount(0);
    await expect(page.locator('.offline-banner')).toContainText('luring');

    // Back online: the figures come from the server again and the banner goes.
    await page.context().setOffline(false);
    await expect(page.locator('.offline-banner')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByTestId('bell-count')).not.toHaveText('luring');
    await expect(reached).toHaveText(reachedOnline ?? '');
    await page.context().close();
  });
});
