import { expect, test } from '@playwright/test';

test.describe('Wilayah: browsing all of Indonesia', () => {
  test('a visitor sees national totals, finds Bangko Barat by typing, and opens its 6 desa', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/wilayah$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Indonesia' })).toBeVisible();
    await expect(page.getByText('38 provinsi · 514 kabupaten/kota · 7.285 kecamatan · 83.762 desa/kelurahan')).toBeVisible();

    const search = page.getByRole('combobox', { name: 'Cari wilayah' });
    await search.fill('bangko barat');
    const option = page.getByRole('option', { name: /Bangko Barat/ }).first();
    await expect(option).toContainText('Bangko Barat · Kab. Merangin · Jambi');
    await search.press('ArrowDown');
    await search.press('Enter');

    await expect(page).toHaveURL(/\/wilayah\/15\.02\.10$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Bangko Barat' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Jejak wilayah' })).toContainText('Indonesia');
    await expect(page.getByRole('navigation', { name: 'Jejak wilayah' })).toContainText('Kabupaten Merangin');
    await expect(page.getByText('6 desa', { exact: true })).toBeVisible();
    const villages = page.locator('.region-list__name');
    await expect(villages).toHaveText(['Pulau Rengas', 'Biuku Tanjung', 'Bedeng Rejo', 'Sungai Putih', 'Bukit Beringin', 'Pulau Rengas Ulu']);

    await page.getByRole('link', { name: /Pulau Rengas Ulu/ }).click();
    await expect(page).toHaveURL(/\/wilayah\/15\.02\.10\.2006$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pulau Rengas Ulu' })).toBeVisible();
    await expect(page.locator('.region-header .level-badge')).toHaveText('Desa');
  });

  test('the interface switches to English and remembers it', async ({ page }) => {
    await page.goto('/wilayah/15.02.02');
    await expect(page.getByText('4 kelurahan · 4 desa')).toBeVisible();
    await page.getByRole('button', { name: 'EN' }).click();
    await expect(page.getByRole('link', { name: 'Regions' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search regions' })).toBeVisible();
    await expect(page.getByText('4 urban villages (kelurahan) · 4 rural villages (desa)')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { name: /Villages/ })).toBeVisible();
    await page.getByRole('button', { name: 'ID' }).click();
    await expect(page.getByRole('heading', { name: /Desa\/kelurahan/ })).toBeVisible();
  });

  test('a shared link to a region opens directly, and a bad code gets a clear message', async ({ page }) => {
    await page.goto('/wilayah/15.02');
    await expect(page.getByRole('heading', { level: 1, name: 'Kabupaten Merangin' })).toBeVisible();
    await expect(page.getByText('24 kecamatan · 215 desa/kelurahan')).toBeVisible();
    await page.goto('/wilayah/15.99');
    await expect(page.getByText('Tidak ada wilayah dengan kode 15.99.')).toBeVisible();
    await page.goto('/wilayah/abc');
    await expect(page.getByText('"abc" bukan kode wilayah Kemendagri yang sah.')).toBeVisible();
  });

  test('works on a 360 px phone: no sideways scrolling, menu behind a button', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/wilayah/15.02');
    await expect(page.getByRole('heading', { level: 1, name: 'Kabupaten Merangin' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('link', { name: 'Tentang' })).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Tentang' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tentang Jangkau' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Open Database License/ })).toBeVisible();
    await expect(page.getByText(/idn-area-data versi/)).toBeVisible();
  });
});
