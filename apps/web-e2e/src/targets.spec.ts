import { expect } from '@playwright/test';
import { noSidewaysScroll, PHONE, signedIn, test } from './support';

test.describe('Target: a head sets the office’s target and watches it against what was achieved', () => {
  test('kepala.kerinci sets 2025 "Desa/kelurahan terjangkau" = 100, sees 14 achieved and behind, lowers it to 10 and sees it achieved', async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await signedIn(browser, 'kepala.kerinci');
    await page.getByRole('link', { name: 'Target', exact: true }).click();
    await expect(page).toHaveURL(/\/target$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Target instansi' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Tahun', exact: true }).selectOption('2025');
    await expect(page).toHaveURL(/\/target\?tahun=2025$/);
    await expect(page.getByText('Belum ada target untuk 2025')).toBeVisible();

    const form = page.getByRole('form', { name: 'Tambah target' });
    await form.getByLabel('Periode').selectOption({ label: 'Tahun 2025' });
    await form.getByLabel('Indikator').selectOption({ label: 'Desa/kelurahan terjangkau' });
    await form.getByLabel('Nilai target', { exact: true }).fill('100');
    await form.getByRole('button', { name: 'Tambah target' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Target ditambahkan.' })).toBeVisible();

    // The founding story (verified, June 2025) reached 14 villages of the working area; 2025 is over, so 14 of 100
    // is behind.
    const year = page.getByRole('table', { name: 'Tahun 2025' });
    const row = year.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Desa/kelurahan terjangkau' }) });
    await expect(row.getByRole('cell').nth(0)).toHaveText('100');
    await expect(row.getByRole('cell').nth(1)).toHaveText('14');
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^14\s%$/);
    await expect(row.getByText('Tertinggal')).toBeVisible();

    await row.getByRole('button', { name: 'Ubah target Desa/kelurahan terjangkau, Tahun 2025' }).click();
    await page.getByLabel('Nilai target baru', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Target diubah.' })).toBeVisible();
    await expect(row.getByRole('cell').nth(0)).toHaveText('10');
    await expect(row.getByText('Tercapai')).toBeVisible();

    // Reloaded, the target is still there: it was saved, not just drawn.
    await page.reload();
    await expect(page.getByRole('table', { name: 'Tahun 2025' }).getByText('Tercapai')).toBeVisible();

    // On a phone the table scrolls inside its box; the page itself does not scroll sideways.
    await page.setViewportSize(PHONE);
    await noSidewaysScroll(page);
  });
});
