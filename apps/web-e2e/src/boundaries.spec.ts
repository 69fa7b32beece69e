import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedIn, test } from './support';

/** The boundary files that ship with the repository (data/boundaries): what demo mode imports on first start. */
const GEO = join(__dirname, '../../../data/boundaries');

test.describe('Batas wilayah: an administrator checks boundary files before importing', () => {
  test('sees the levels in use, gets a file with an unknown code refused with the reason, and a good file checked', async ({ browser }) => {
    const page = await signedIn(browser, 'admin');
    await page.goto('/admin/batas-wilayah');
    await expect(page.getByRole('heading', { level: 1, name: 'Batas wilayah untuk peta' })).toBeVisible();
    // Demo mode imported four levels from data/boundaries.
    await expect(page.getByRole('row', { name: /Desa\/kelurahan jambi-desa\.topojson\.gz 1\.568/ })).toBeVisible();

    // A kecamatan file with one code that is not in the registry: refused, nothing imported.
    const bad = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '15.02.10' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [102.0, -2.1],
                [102.1, -2.1],
                [102.1, -2.0],
                [102.0, -2.0],
                [102.0, -2.1],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { code: '15.02.99' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [102.2, -2.1],
                [102.3, -2.1],
                [102.3, -2.0],
                [102.2, -2.0],
                [102.2, -2.1],
              ],
            ],
          },
        },
      ],
    };
    await page.getByLabel('Berkas GeoJSON/TopoJSON').setInputFiles({ name: 'salah.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const report = page.getByRole('region', { name: 'Laporan impor' });
    await expect(report.getByRole('table', { name: 'Masalah yang harus diperbaiki' })).toContainText('15.02.99');
    await expect(report).toContainText('Belum ada yang disimpan');
    await expect(page.getByRole('button', { name: 'Impor dan pakai' })).toBeDisabled();

    // The shipped kecamatan file, gzip-compressed TopoJSON as it is, checks clean; importing would still need the
    // licence text.
    await page.getByLabel('Berkas GeoJSON/TopoJSON').setInputFiles({
      name: 'jambi-kecamatan.topojson.gz',
      mimeType: 'application/gzip',
      buffer: readFileSync(join(GEO, 'jambi-kecamatan.topojson.gz')),
    });
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    await expect(report).toContainText('144 fitur siap diimpor');
    await expect(page.getByText('Isi teks lisensi data sebelum mengimpor.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Impor dan pakai' })).toBeDisabled();
  });
});
