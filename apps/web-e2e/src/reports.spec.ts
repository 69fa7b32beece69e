import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { noSidewaysScroll, PHONE, signedIn } from './support';

/** The text of a row's cell under the column headed `heading` (the row header is column 0, as in the head). */
async function cellUnder(table: Locator, row: Locator, heading: string): Promise<string> {
  const headings = await table.locator('thead th').allTextContents();
  const index = headings.indexOf(heading);
  expect(index, `a column headed ${heading}`).toBeGreaterThan(0);
  return ((await row.locator('th, td').nth(index).textContent()) ?? '').trim();
}

test.describe('Laporan', () => {
  test('the Kanwil runs Rekap Sosialisasi for 2025 on a phone: Merangin, 14 villages reached and 16 officials', async ({ browser }) => {
    const page = await signedIn(browser, 'kanwil.jambi', PHONE);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Laporan' }).click();
    await expect(page).toHaveURL(/\/laporan$/);
    // The period of the page: 2025, the year of the founding story (June 2025 in Merangin).
    await page.goto('/laporan?periode=2025');
    await page.getByRole('button', { name: 'Jalankan: Rekap Sosialisasi per Kabupaten/Kota' }).click();
    await expect(page).toHaveURL(/standar=REKAP_SOSIALISASI/);
    await expect(page).toHaveURL(/periode=2025/);

    const table = page.getByRole('table', { name: /Rekap Sosialisasi per Kabupaten\/Kota/ });
    const merangin = table.getByRole('row', { name: /Kabupaten Merangin/ });
    await expect(merangin).toBeVisible();
    expect(await cellUnder(table, merangin, 'Desa/kelurahan terjangkau')).toBe('14');
    expect(await cellUnder(table, merangin, 'Aparat wilayah terjangkau')).toBe('16');
    await noSidewaysScroll(page);

    // The URL is the report: reloading shows the same.
    await page.reload();
    await expect(page.getByRole('table', { name: /Rekap Sosialisasi per Kabupaten\/Kota/ }).getByRole('row', { name: /Kabupaten Merangin/ })).toBeVisible();

    // The same report as an Excel file, from the server.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as every XLSX
  });
});
