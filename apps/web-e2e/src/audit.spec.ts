import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { noSidewaysScroll, PHONE, signedIn, test } from './support';

test.describe('The audit trail, read by a head of office', () => {
  test('says in words who did what to which activity, in the reader’s zone, and downloads the same for inspectors', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci', PHONE);
    await page.goto('/audit');
    await expect(page.getByRole('heading', { name: 'Jejak audit' })).toBeVisible();
    await page.getByLabel('Jenis data').selectOption('Activity');
    await expect(page).toHaveURL(/jenis=Activity/);
    const table = page.locator('table');
    await expect(table).toContainText(/Petugas Kantor Imigrasi Kerinci.*mengajukan kegiatan “.+” untuk verifikasi/);
    await expect(table).toContainText('memverifikasi kegiatan');
    // Field labels as the form names them, names instead of codes and ids, times with their zone.
    await expect(table).toContainText('Desa/kelurahan yang dijangkau');
    await expect(table).not.toContainText('createActivity');
    await expect(table).not.toContainText('KEPALA_DESA');
    await expect(table).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await expect(table.locator('tbody tr').first().locator('td').first()).toContainText(/WIB$/);
    await noSidewaysScroll(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh untuk pemeriksa (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^jejak-audit_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await page.context().close();
  });
});
