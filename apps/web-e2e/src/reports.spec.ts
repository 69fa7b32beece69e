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

    // Participants per row by category and sex, folded under the table: wide, it scrolls inside its own container.
    await page.getByText('Peserta per baris menurut kategori dan jenis kelamin', { exact: true }).click();
    const perRow = page.getByRole('table', { name: /^Peserta per baris/ });
    const meranginPeople = perRow.getByRole('row', { name: /Kabupaten Merangin/ });
    await expect(meranginPeople).toBeVisible();
    expect(((await meranginPeople.locator('td').last().textContent()) ?? '').trim()).toBe(await cellUnder(table, merangin, 'Peserta'));
    await noSidewaysScroll(page);
    // Within a Kanwil's area every kabupaten/kota is listed by default; ticking the box leaves out those without activity.
    const hide = page.getByRole('checkbox', { name: 'Sembunyikan baris tanpa kegiatan' });
    await expect(hide).not.toBeChecked();
    await hide.check();
    await expect(page).toHaveURL(/kosong=sembunyikan/);
    await expect(page.getByText(/^Baris tanpa kegiatan disembunyikan: \d+ dari 11 kabupaten\/kota/)).toBeVisible();
    await expect(table.getByRole('row', { name: /Kabupaten Merangin/ })).toBeVisible();
    await hide.uncheck();
    await expect(page).toHaveURL(/kosong=tampilkan/);

    // The URL is the report: reloading shows the same.
    await page.reload();
    await expect(page.getByRole('table', { name: /Rekap Sosialisasi per Kabupaten\/Kota/ }).getByRole('row', { name: /Kabupaten Merangin/ })).toBeVisible();

    // The same report as an Excel file, from the server.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as every XLSX

    // The row opens the activities behind it: the list, filtered the same way, holds as many as the row counts.
    const activities = await cellUnder(table, page.getByRole('table', { name: /Rekap Sosialisasi/ }).getByRole('row', { name: /Kabupaten Merangin/ }), 'Kegiatan terverifikasi');
    expect(Number(activities)).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Kegiatan terverifikasi di balik baris Kabupaten Merangin' }).click();
    await expect(page).toHaveURL(/\/kegiatan\?status=VERIFIED&dari=2025-01-01&sampai=2025-12-31&wilayah=15\.02&jenis=SOSIALISASI/);
    await expect(page.getByText(`${activities} kegiatan`, { exact: true })).toBeVisible();
    await expect(page.locator('.activity-list > li')).toHaveCount(Number(activities));
    await noSidewaysScroll(page);
  });

  test('Kepala Kerinci reads the villages not yet reached, a page at a time, with kecamatan, last reached and nearest Desa Binaan columns', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci', PHONE);
    await page.goto('/laporan');
    await page.getByRole('button', { name: 'Jalankan: Desa/Kelurahan Belum Terjangkau' }).click();
    const heading = page.getByRole('heading', { name: 'Daftar desa/kelurahan belum terjangkau' });
    await expect(heading).toBeVisible();
    const intro = await page.getByText(/desa\/kelurahan tidak dijangkau kegiatan terverifikasi dalam 6 bulan/).textContent();
    const total = Number((intro ?? '').split(' ')[0].replace(/\./g, ''));
    expect(total).toBeGreaterThan(400);
    const list = page.getByRole('table', { name: `Desa 1–50 dari ${total.toLocaleString('id-ID')}` });
    await expect(list.locator('tbody tr')).toHaveCount(50);
    await expect(list.getByText('belum pernah').first()).toBeVisible();
    expect(await list.locator('thead th').allTextContents()).toEqual(['Desa/kelurahan', 'Kecamatan', 'Kabupaten/kota', 'Terakhir dijangkau', 'Desa Binaan terdekat', 'Kantor penanggung jawab']);
    await page.getByRole('button', { name: 'Berikutnya →' }).click();
    await expect(page.getByRole('table', { name: `Desa 51–100 dari ${total.toLocaleString('id-ID')}` })).toBeVisible();
    await noSidewaysScroll(page);
  });
});
