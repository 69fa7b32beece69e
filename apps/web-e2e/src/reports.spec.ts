import { expect, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { noSidewaysScroll, PHONE, signedIn, test } from './support';

/** The text of a row's cell under the column headed `heading` (the row header is column 0, as in the head). */
async function cellUnder(table: Locator, row: Locator, heading: string): Promise<string> {
  // Reading the headings does not wait: wait for the row first, so the table is the report's answer.
  await expect(row).toBeVisible();
  await expect(table.locator('thead th', { hasText: heading }).first()).toBeVisible();
  const headings = await table.locator('thead th').allTextContents();
  const index = headings.indexOf(heading);
  expect(index, `a column headed ${heading}`).toBeGreaterThan(0);
  return ((await row.locator('th, td').nth(index).textContent()) ?? '').trim();
}

test.describe('Laporan', () => {
  test('the Kanwil runs Rekap Sosialisasi for 2025 on a phone: Merangin, 14 villages reached and 16 officials', async ({ browser }) => {
    const page = await signedIn(browser, 'kanwil.jambi', PHONE);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
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
    // The box follows the address (the report reruns from it), so it is ticked once the address says so.
    await hide.click();
    await expect(page).toHaveURL(/kosong=sembunyikan/);
    await expect(hide).toBeChecked();
    await expect(page.getByText(/^Baris tanpa kegiatan disembunyikan: \d+ dari 11 kabupaten\/kota/)).toBeVisible();
    await expect(table.getByRole('row', { name: /Kabupaten Merangin/ })).toBeVisible();
    await hide.click();
    await expect(page).toHaveURL(/kosong=tampilkan/);
    await expect(hide).not.toBeChecked();

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

  test('in English the standard reports, the table and the downloaded file speak English', async ({ browser }) => {
    const page = await signedIn(browser, 'kanwil.jambi');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.goto('/laporan?periode=2025');
    await page.getByRole('button', { name: 'Run: Awareness Sessions per Regency/City' }).click();
    const table = page.getByRole('table', { name: /Awareness Sessions per Regency\/City/ });
    await expect(table.getByRole('row', { name: /Kabupaten Merangin/ })).toBeVisible();
    await expect(page.getByText('Rekap Sosialisasi')).toHaveCount(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /XLSX/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^awareness-sessions-per-regency-city_indonesia_2025\.xlsx$/);
    const ExcelJS = require('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!));
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Report');
    expect(sheet.getCell('A1').value).toBe('Awareness Sessions per Regency/City');
    expect(sheet.getCell('A2').value).toBe('Period: Year 2025 (01/01/2025 – 31/12/2025)');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await expect(page.getByRole('table', { name: /Rekap Sosialisasi per Kabupaten\/Kota/ })).toBeVisible();
  });

  test('Kepala Kerinci saves a report and has it sent to the Kanwil every quarter as PDF, on a phone; an unknown recipient is named', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci', PHONE);
    await page.goto('/laporan?periode=2025');
    await page.getByRole('button', { name: 'Jalankan: Rekap Sosialisasi per Kabupaten/Kota' }).click();
    await expect(page.getByRole('table', { name: /Rekap Sosialisasi/ })).toBeVisible();
    const name = `Rekap untuk Kanwil ${Date.now()}`;
    await page.getByLabel('Nama laporan').fill(name);
    await page.getByRole('button', { name: 'Simpan laporan ini' }).click();
    await page.getByRole('link', { name: `Kirim terjadwal ${name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.getByLabel('Frekuensi').selectOption('QUARTERLY');
    await page.getByLabel('Format berkas').selectOption('PDF');
    await page.getByLabel('Penerima').fill('tidak.ada.orangnya');
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await expect(page.getByRole('alert')).toContainText('"tidak.ada.orangnya" tidak dikenal');
    // The name stays in the field to be corrected.
    await expect(page.getByLabel('Penerima')).toHaveValue('tidak.ada.orangnya');
    await page.getByLabel('Penerima').fill('kanwil.jambi');
    await page.getByRole('button', { name: 'Tambah' }).click();
    await expect(page.getByRole('list', { name: 'Penerima' })).toContainText('kanwil.jambi');
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await expect(page.getByText('Jadwal disimpan.')).toBeVisible();
    await noSidewaysScroll(page);

    // The list says it is sent, and to how many.
    await page.getByRole('link', { name: '← Semua laporan' }).click();
    const item = page.locator('.saved-report', { hasText: name });
    await expect(item).toContainText('Dikirim setiap triwulan sebagai PDF kepada 1 penerima');
  });

  test('Kepala Kerinci reads the villages not yet reached, a page at a time, with kecamatan, last reached and nearest Desa Binaan columns', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci', PHONE);
    await page.goto('/laporan');
    await page.getByRole('button', { name: 'Jalankan: Desa/Kelurahan Belum Terjangkau' }).click();
    const heading = page.getByRole('heading', { name: 'Daftar desa/kelurahan belum terjangkau' });
    await expect(heading).toBeVisible();
    const intro = await page.getByText(/desa\/kelurahan tidak dijangkau kegiatan terverifikasi dalam 6 bulan/).textContent();
    const total = Number(((intro ?? '').split(' ')[0] ?? '').replace(/\./g, ''));
    expect(total).toBeGreaterThan(400);
    const list = page.getByRole('table', { name: `Desa 1–50 dari ${total.toLocaleString('id-ID')}` });
    await expect(list.locator('tbody tr')).toHaveCount(50);
    await expect(list.getByText('belum pernah').first()).toBeVisible();
    expect(await list.locator('thead th').allTextContents()).toEqual([
      'Desa/kelurahan',
      'Kecamatan',
      'Kabupaten/kota',
      'Terakhir dijangkau',
      'Desa Binaan terdekat',
      'Kantor penanggung jawab',
    ]);
    await page.getByRole('button', { name: 'Berikutnya →' }).click();
    await expect(page.getByRole('table', { name: `Desa 51–100 dari ${total.toLocaleString('id-ID')}` })).toBeVisible();
    await noSidewaysScroll(page);
  });
});
