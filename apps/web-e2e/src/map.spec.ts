import { expect, type Page } from '@playwright/test';
import { clickRegion, noSidewaysScroll, painted, PHONE, signedIn, test } from './support';

const legendCount = (page: Page, label: string) =>
  page
    .locator('.map-legend__item')
    .filter({ has: page.locator('.map-legend__label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.map-legend__count');

test.describe('Peta: the coverage map', () => {
  test('the Kerinci head drills Jambi → Merangin → Bangko Barat, sees its 6 villages reached, opens Pulau Rengas and the table', async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await signedIn(browser, 'kepala.kerinci');
    // 2025: the year of the founding story (16 June 2025, Hotel Royal Bangko), verified in the demo data.
    await page.goto('/peta?periode=2025&wilayah=15');
    await painted(page, '15|');
    // Only Kerinci, Merangin and Sungai Penuh are the office's: the other kabupaten are grey, without figures.
    await expect(legendCount(page, 'di luar wilayah kerja')).toHaveText('8 wilayah');

    await clickRegion(page, '15.02');
    await expect(page).toHaveURL(/wilayah=15\.02(&|$)/);
    await painted(page, '15.02|');
    await expect(page.getByRole('navigation', { name: 'Jejak wilayah peta' })).toContainText('Kabupaten Merangin');

    await clickRegion(page, '15.02.10');
    await expect(page).toHaveURL(/wilayah=15\.02\.10(&|$)/);
    await painted(page, '15.02.10|');
    await expect(legendCount(page, '100 %')).toHaveText('6 wilayah');
    await expect(legendCount(page, '0 %')).toHaveText('0 wilayah');

    await clickRegion(page, '15.02.10.2001');
    const panel = page.getByRole('region', { name: 'Rincian wilayah' });
    await expect(panel.getByRole('heading', { name: 'Pulau Rengas' })).toBeVisible();
    await expect(panel).toContainText('1 / 1');
    await expect(panel).toContainText(/100\s%/);
    await expect(panel).toContainText('16 Juni 2025');
    await expect(panel.getByRole('link', { name: /Sosialisasi/ })).toBeVisible();

    await page.getByLabel('Tampilan tabel').check();
    const table = page.getByRole('table', { name: /Wilayah pada peta/ });
    await expect(table.locator('tbody tr')).toHaveCount(6);
    await expect(table.locator('tbody tr[data-class="c100"]')).toHaveCount(6);
    const row = table.locator('tr[data-code="15.02.10.2001"]');
    await expect(row.getByRole('rowheader')).toContainText('Pulau Rengas');
    await expect(row.getByRole('cell')).toHaveText([/100\s%/, '1', '1', /100\s%/, '16 Jun 2025']);
  });

  test('fits a phone: the map full width, the side panel below it', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci', PHONE);
    await page.goto('/peta?periode=2025&wilayah=15.02.10');
    await painted(page, '15.02.10|');
    await noSidewaysScroll(page);
    const map = await page.locator('.choropleth-map').boundingBox();
    const panel = await page.getByRole('region', { name: 'Rincian wilayah' }).boundingBox();
    expect(map!.width).toBeGreaterThan(PHONE.width - 40);
    expect(panel!.y).toBeGreaterThan(map!.y + map!.height - 1);
  });
});
