import { expect, type Page } from '@playwright/test';
import { noSidewaysScroll, signedIn, test } from './support';

/** Demo activity 3 (seed/demo-activities.ts): submitted ten days ago, reaching every village of Air Hangat Barat. */
const AIR_HANGAT_BARAT_SUBMISSION = '6a1f0c2e-1b7d-4c55-9a51-000000000003';

/** "14 / 571" → 14 */
const reached = async (page: Page) => Number((((await page.getByTestId('kpi-villages-reached').textContent()) ?? '').split('/')[0] ?? '').replace(/\D/g, ''));

test.describe('Dasbor: live coverage', () => {
  test("the head's dashboard counts a verification made in another window, without a reload", async ({ browser }) => {
    test.setTimeout(60_000);
    const dashboard = await signedIn(browser, 'kepala.kerinci');
    // Signing in lands on the dashboard of one's own office; look at the year the submission was held in.
    await expect(dashboard).toHaveURL(/\/dasbor/);
    const heldYear = new Date(Date.now() + 7 * 3600_000 - 10 * 86_400_000).toISOString().slice(0, 4);
    await dashboard.goto(`/dasbor?periode=${heldYear}`);
    await expect(dashboard.getByRole('group', { name: 'Desa/kelurahan terjangkau' })).toBeVisible();
    await expect(dashboard.getByTestId('kpi-villages-reached')).toHaveText(/^\d+ \/ 571$/);
    const before = await reached(dashboard);
    const navigations: string[] = [];
    dashboard.on('framenavigated', (frame) => frame === dashboard.mainFrame() && navigations.push(frame.url()));

    // How many villages the submission reaches (public region data).
    const res = await dashboard.request.post('/graphql', { data: { query: '{ region(code: "15.01.21") { villageCount } }' } });
    const villages = (await res.json()).data.region.villageCount as number;
    expect(villages).toBeGreaterThan(0);

    // Meanwhile, in another window, the head verifies the Air Hangat Barat submission.
    const review = await signedIn(browser, 'kepala.kerinci');
    await review.goto(`/kegiatan/${AIR_HANGAT_BARAT_SUBMISSION}`);
    review.once('dialog', (d) => d.accept());
    await review.getByRole('button', { name: 'Verifikasi' }).click();
    await expect(review.getByText('Kegiatan diverifikasi dan kini dihitung dalam capaian.')).toBeVisible();

    // The open dashboard moves by exactly those villages (none of them was reached this year), with no reload.
    await expect(dashboard.getByTestId('kpi-villages-reached')).toHaveText(`${before + villages} / 571`);
    await expect(dashboard.getByText(/Diperbarui \d{2}[.:]\d{2} WIB/)).toBeVisible();
    expect(navigations).toEqual([]);
  });
});

test.describe('Dasbor on a phone', () => {
  test('fits a 375 px screen and drills from the working area down to Kabupaten Merangin', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci', { width: 375, height: 800 });
    await page.goto('/dasbor?periode=2025');
    await expect(page.getByTestId('kpi-villages-reached')).toHaveText(/^\d+ \/ 571$/);
    await noSidewaysScroll(page);
    // The founding story (June 2025) reached 14 of Merangin's 215 villages. Drill down from the chart's data table.
    await page.locator('.dashboard-charts__wide').filter({ hasText: 'Cakupan per wilayah' }).getByText('Tabel data', { exact: true }).click();
    await page
      .getByRole('table', { name: /Cakupan per wilayah/ })
      .getByRole('link', { name: 'Lihat rincian Kabupaten Merangin' })
      .click();
    await expect(page).toHaveURL(/wilayah=15\.02/);
    await expect(page.getByTestId('kpi-villages-reached')).toHaveText('14 / 215');
  });
});
