import { expect, type Browser, type Page } from '@playwright/test';
import { noSidewaysScroll, PHONE, signedIn, test } from './support';

/** A person on their own phone, signed in. */
const phoneOf = (browser: Browser, username: string): Promise<Page> => signedIn(browser, username, PHONE);

/** A real 32×24 PNG (the server decodes every image, so a few random bytes would not do). */
function photo(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAACAAAAAYCAIAAAAUMWhjAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAL0lEQVRIiWPgL8ujKWIYtaBsNIjyRlMR/2hGyxstKvhHS9Oy0QqHf7TKLBvcrQoAWkbZH4lfmLYAAAAASUVORK5CYII=',
    'base64',
  );
}

test.describe('Kegiatan: record, return, fix, verify', () => {
  test('an officer records an activity on a 360 px phone with all villages of Bangko Barat; the head returns it, the officer fixes it, the head verifies', async ({ browser }) => {
    test.setTimeout(90_000);
    const officer = await phoneOf(browser, 'petugas.kerinci');
    await officer.getByRole('button', { name: 'Menu', exact: true }).click();
    await officer.getByRole('link', { name: 'Kegiatan' }).click();
    await expect(officer.getByRole('heading', { level: 1, name: 'Kegiatan' })).toBeVisible();
    await officer.getByRole('link', { name: 'Catat kegiatan' }).click();

    // Step 1: what and when.
    await expect(officer.getByRole('heading', { name: /Langkah 1 dari 4/ })).toBeVisible();
    await officer.getByLabel('Judul').fill('Sosialisasi TPPO bagi Kepala Desa se-Bangko Barat');
    await officer.getByLabel('Tanggal', { exact: true }).fill('2026-11-20');
    await officer.getByLabel('Jam mulai').fill('09:00');
    await officer.getByLabel('Jam selesai').fill('12:00');
    // The 13 Program Akselerasi ended with 2025 and no later framework is entered: the form says so instead of offering its items.
    await expect(officer.getByText(/^Tidak ada kerangka program yang berlaku pada 20 November 2026/)).toBeVisible();
    await expect(officer.getByLabel(/pencegahan TPPO dan TPPM/)).toHaveCount(0);
    await officer.getByLabel('modus operandi').check();
    await noSidewaysScroll(officer);
    await officer.getByRole('button', { name: 'Lanjut' }).click();

    // Step 2: where, and every village of the kecamatan at once.
    await expect(officer.getByRole('heading', { name: /Langkah 2 dari 4/ })).toBeVisible();
    await officer.getByLabel('Nama tempat').fill('Kantor Camat Bangko Barat');
    const venue = officer.getByRole('combobox', { name: 'Wilayah tempat' });
    await venue.fill('bangko barat');
    await officer
      .getByRole('option', { name: /Bangko Barat/ })
      .first()
      .click();
    await expect(officer.getByText('Zona waktu: WIB')).toBeVisible();
    const villages = officer.getByRole('combobox', { name: /Tambah desa\/kelurahan/ });
    await villages.fill('bangko barat');
    await officer.getByRole('option', { name: /Tambah semua 6 desa\/kelurahan di Bangko Barat/ }).click();
    await expect(officer.getByText('6 desa/kelurahan dipilih')).toBeVisible();
    await expect(officer.locator('.village-group .chip')).toHaveCount(6);
    await noSidewaysScroll(officer);
    await officer.getByRole('button', { name: 'Lanjut' }).click();

    // Step 3: participants.
    await officer.getByLabel('Kepala desa L').fill('5');
    await officer.getByLabel('Kepala desa P').fill('1');
    await officer.getByRole('button', { name: 'Lanjut' }).click();

    // Step 4: check and save; then submit.
    await expect(officer.getByText('6 desa/kelurahan dipilih')).toBeVisible();
    await officer.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(officer.getByText('Kegiatan disimpan sebagai draf.')).toBeVisible();
    await expect(officer.getByRole('heading', { level: 1, name: 'Sosialisasi TPPO bagi Kepala Desa se-Bangko Barat' })).toBeVisible();
    await expect(officer.locator('.status-badge')).toHaveText('Draf');
    await expect(officer.getByText('Jumat, 20 November 2026 · 09.00–12.00 WIB')).toBeVisible();
    await expect(officer.locator('.village-list li')).toHaveCount(6);
    const activityUrl = officer.url();
    // Evidence: a photo of the attendance list, shown as a thumbnail; a renamed text file is refused.
    await officer.locator('.evidence-upload input[type=file]').setInputFiles({ name: 'daftar-hadir.png', mimeType: 'image/png', buffer: photo() });
    await expect(officer.locator('.evidence-item')).toHaveCount(1);
    await expect(officer.locator('.evidence-item img')).toBeVisible();
    await expect(officer.locator('.evidence-item__name')).toHaveText('daftar-hadir.png');
    await officer.locator('.evidence-upload input[type=file]').setInputFiles({ name: 'bukan-foto.png', mimeType: 'image/png', buffer: Buffer.from('<html>not a photo</html>') });
    await expect(officer.locator('.uploads .form__error')).toBeVisible();
    await expect(officer.locator('.evidence-item')).toHaveCount(1);
    await officer.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
    await expect(officer.getByText('Kegiatan diajukan ke kepala instansi untuk diverifikasi.')).toBeVisible();
    await expect(officer.locator('.status-badge')).toHaveText('Diajukan');
    await noSidewaysScroll(officer);

    // The head returns it with a reason.
    const head = await phoneOf(browser, 'kepala.kerinci');
    await head.goto(activityUrl);
    await head.getByRole('button', { name: 'Kembalikan' }).click();
    await head.getByLabel('Alasan (akan dibaca pengaju)').fill('Jumlah peserta perempuan dan daftar hadir belum lengkap.');
    await head.locator('form').getByRole('button', { name: 'Kembalikan' }).click();
    await expect(head.getByText('Kegiatan dikembalikan kepada pengaju beserta alasannya.')).toBeVisible();
    await expect(head.locator('.status-badge')).toHaveText('Dikembalikan');

    // The officer sees it returned, with the reason, fixes it and submits again.
    await officer.goto('/kegiatan');
    await expect(officer.getByText(/dikembalikan kepada Anda untuk diperbaiki/)).toBeVisible();
    await officer.getByRole('button', { name: 'Lihat' }).click();
    await expect(officer).toHaveURL(/dikembalikan=1/);
    const card = officer.locator('.activity-card--returned', { hasText: 'se-Bangko Barat' });
    await expect(card).toContainText('Jumlah peserta perempuan dan daftar hadir belum lengkap.');
    await card.getByRole('link').click();
    await expect(officer.locator('.returned-box')).toContainText('Jumlah peserta perempuan dan daftar hadir belum lengkap.');
    await officer.getByRole('link', { name: 'Ubah' }).click();
    await officer.getByRole('button', { name: /Peserta/ }).click();
    await officer.getByLabel('Kepala desa P').fill('2');
    await officer.getByRole('button', { name: 'Lanjut' }).click();
    await officer.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(officer.getByText('Perubahan disimpan.')).toBeVisible();
    await officer.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
    await expect(officer.locator('.status-badge')).toHaveText('Diajukan');

    // The head verifies.
    await head.reload();
    await expect(head.locator('.status-badge')).toHaveText('Diajukan');
    head.once('dialog', (dialog) => void dialog.accept());
    await head.getByRole('button', { name: 'Verifikasi' }).click();
    await expect(head.getByText('Kegiatan diverifikasi dan kini dihitung dalam capaian.')).toBeVisible();
    await expect(head.locator('.status-badge')).toHaveText('Terverifikasi');
    await expect(head.locator('.participants-table, .table').first()).toContainText('7');
    await expect(head.locator('.history')).toContainText('memverifikasi');
    await expect(head.getByRole('link', { name: 'Ubah' })).toHaveCount(0);
  });

  test('the form keeps what was typed on the device when the page is closed before saving', async ({ browser }) => {
    const officer = await phoneOf(browser, 'petugas.kerinci');
    await officer.goto('/kegiatan/baru');
    await officer.getByLabel('Judul').fill('Rapat koordinasi yang belum tersimpan');
    await officer.reload();
    await expect(officer.getByText(/Isian yang belum tersimpan dipulihkan/)).toBeVisible();
    await expect(officer.getByLabel('Judul')).toHaveValue('Rapat koordinasi yang belum tersimpan');
  });

  test('a village head sees the founding story that reached the village, and nothing to press', async ({ browser }) => {
    const desa = await phoneOf(browser, 'desa.pulaurengas');
    await desa.goto('/kegiatan');
    // Only published activities reach beyond their organisers: no draft, submission or returned one shows here.
    await expect(desa.locator('.activity-card').first()).toBeVisible();
    for (const status of await desa.locator('.activity-card .status-badge').allTextContents()) expect(['Terverifikasi', 'Direncanakan']).toContain(status);
    const card = desa.locator('.activity-card', { hasText: 'Hotel Royal Bangko' });
    await card.getByRole('link').click();
    await expect(desa.getByText('Senin, 16 Juni 2025 · 09.00–12.00 WIB')).toBeVisible();
    await expect(desa.getByRole('heading', { name: /Desa\/kelurahan yang dijangkau/ })).toContainText('14');
    await expect(desa.locator('.workflow')).toHaveCount(0);
  });

  test('an officer checks a spreadsheet of past activities, sees every bad row, fixes it and imports all rows at once', async ({ browser }) => {
    const officer = await phoneOf(browser, 'petugas.kerinci');
    await officer.goto('/kegiatan');
    await officer.getByRole('link', { name: 'Impor dari spreadsheet' }).click();
    await expect(officer.getByRole('heading', { level: 1, name: 'Impor kegiatan yang sudah terlaksana' })).toBeVisible();
    const header = 'jenis,judul,tanggal,jam_mulai,jam_selesai,tempat,kode_wilayah_tempat,desa_kelurahan,cara_menjangkau,kepala_desa_l,kepala_desa_p';
    const good = 'SOSIALISASI,Sosialisasi TPPO di Pamenang,2026-08-12,09:00,11:00,Balai Desa,15.02.06,15.02.06,OFFICIALS_ATTENDED,8,1';
    const bad = 'SOSIALISASI,Sosialisasi di desa yang tidak ada,2026-08-13,09:00,08:00,Balai Desa,15.02.06,15.02.06.2999,OFFICIALS_ATTENDED,2,0';
    const file = (rows: string[]) => ({ name: 'kegiatan-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`) });

    await officer.getByLabel(/Pilih berkas yang sudah diisi/).setInputFiles(file([good, bad]));
    await officer.getByRole('button', { name: 'Periksa berkas' }).click();
    const problems = officer.locator('.import-problems');
    await expect(problems).toBeVisible();
    await expect(problems).toContainText('3');
    await expect(problems).toContainText('jam_selesai');
    await expect(officer.getByRole('button', { name: /^Impor \d/ })).toHaveCount(0);

    await officer.getByLabel(/Pilih berkas yang sudah diisi/).setInputFiles(file([good]));
    await officer.getByRole('button', { name: 'Periksa berkas' }).click();
    await expect(officer.getByText('1 siap diimpor')).toBeVisible();
    await officer.getByRole('button', { name: 'Impor 1 kegiatan' }).click();
    await expect(officer.locator('.import-counts')).toContainText('1 kegiatan diimpor');
    await officer.getByRole('link', { name: 'Lihat kegiatan yang menunggu verifikasi' }).click();
    await expect(officer.locator('.activity-card', { hasText: 'Sosialisasi TPPO di Pamenang' })).toContainText('Diajukan');
  });
});
