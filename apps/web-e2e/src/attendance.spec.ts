import { expect } from '@playwright/test';
import { fillBangkoBaratSteps, noSidewaysScroll, PHONE, signedIn, test } from './support';

/** The number of an officials card ("Aparat wilayah terjangkau"). */
const officials = (page: import('@playwright/test').Page) => page.getByRole('group', { name: 'Aparat wilayah terjangkau' }).locator('.kpi__value');

test.describe('Kehadiran per desa: officials counted where they govern', () => {
  test('the founding story counts 1 kepala desa in Pulau Rengas, 7 officials in Bangko Barat, 16 in Merangin with 2 camat above the villages', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci', PHONE);
    await page.goto('/dasbor?periode=2025&wilayah=15.02.10.2001');
    await expect(officials(page)).toHaveText('1');
    await page.goto('/dasbor?periode=2025&wilayah=15.02.10');
    await expect(officials(page)).toHaveText('7');
    await expect(page.getByTestId('kpi-not-by-village')).toHaveText('Termasuk 1 aparat dan 1 peserta yang tidak dirinci per desa (dihitung di tingkat kecamatan atau di atasnya).');
    await page.goto('/dasbor?periode=2025&wilayah=15.02');
    await expect(officials(page)).toHaveText('16');
    await expect(page.getByTestId('kpi-not-by-village')).toContainText('Termasuk 2 aparat');
    await noSidewaysScroll(page);
  });

  test('an officer records each kepala desa on their own village on a 360 px phone; the activity page shows it', async ({ browser }) => {
    test.setTimeout(90_000);
    const officer = await signedIn(browser, 'petugas.kerinci', PHONE);
    await officer.goto('/kegiatan/baru');
    await fillBangkoBaratSteps(officer, { title: 'Sosialisasi TPPO bagi Kepala Desa Bangko Barat', date: '2026-11-18', start: '09:00', end: '12:00', venue: 'Kantor Camat Bangko Barat' });

    // Participants, then each official on their own village (the camat on the kecamatan).
    await officer.getByLabel('Camat L').fill('1');
    await officer.getByLabel('Kepala desa L').fill('5');
    await officer.getByLabel('Kepala desa P').fill('1');
    const attendance = officer.getByRole('group', { name: 'Kehadiran aparat per desa' });
    await expect(attendance).toContainText('Yang tidak dirinci dihitung di Bangko Barat');
    await attendance.getByRole('button', { name: 'Isi satu per desa dan kecamatan' }).click();
    await expect(attendance.getByLabel('Bangko Barat: camat')).toHaveValue('male');
    await expect(attendance.getByLabel('Pulau Rengas: kepala desa', { exact: true })).toHaveValue('male');
    await expect(attendance).toContainText('Kepala desa: 6 dari 6 dirinci');
    // One more than attended is refused here already.
    await attendance.getByLabel('Pulau Rengas Ulu: kepala desa').selectOption('male');
    await expect(attendance.getByRole('alert')).toContainText('Kepala desa yang dirinci (6) melebihi jumlah yang hadir (5)');
    await attendance.getByLabel('Pulau Rengas Ulu: kepala desa').selectOption('female');
    await expect(attendance.getByRole('alert')).toHaveCount(0);
    await noSidewaysScroll(officer);
    await officer.getByRole('button', { name: 'Lanjut' }).click();
    await officer.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(officer.getByText('Kegiatan disimpan sebagai draf.')).toBeVisible();

    const list = officer.locator('.attendance-list');
    await expect(list.getByRole('heading', { name: 'Kehadiran per wilayah' })).toBeVisible();
    await expect(list.locator('tbody tr')).toHaveCount(7);
    await expect(list.locator('tbody tr', { hasText: 'Pulau Rengas Ulu' })).toContainText('Kepala desa');
    await expect(list.locator('tbody tr', { hasText: 'Kecamatan Bangko Barat' })).toContainText('Camat');
    await noSidewaysScroll(officer);

    // Editing keeps the breakdown.
    await officer.getByRole('link', { name: 'Ubah' }).click();
    await officer.getByRole('button', { name: /Peserta/ }).click();
    await expect(officer.getByRole('group', { name: 'Kehadiran aparat per desa' }).getByLabel('Pulau Rengas Ulu: kepala desa')).toHaveValue('female');
  });
});
