import { expect } from '@playwright/test';
import { clickRegion, noSidewaysScroll, painted, PHONE, signedIn, test } from './support';

const TITLE = 'Sosialisasi Pencegahan TPPO bagi Kepala Desa se-Bangko Barat oleh Dinas';
/**
 * Bangko Barat in 2026, counting only what Dinas PMTSP-TK Merangin led or co-organised: the founding story (2025)
 * and other offices' 2026 activities stay out, so the figure moves with this journey alone.
 */
const DINAS_BANGKO_BARAT_2026 = '/dasbor?wilayah=15.02.10&periode=2026&kontribusi=1';
/** The map of Bangko Barat in 2026, every office's verified activities: its side panel says what the villages answered. */
const MAP_BANGKO_BARAT_2026 = '/peta?periode=2026&wilayah=15.02.10';
const PULAU_RENGAS = '15.02.10.2001';
const SUMMARY = /^(\d+) dikonfirmasi · (\d+) disanggah · (\d+) belum dijawab \(dari 6 desa terjangkau\)$/;

test.describe('Partners close the loop', () => {
  test('the Dinas records the founding story inviting Kanim Kerinci and submits; the Kanim accepts; the Dinas head verifies; Bangko Barat shows 6/6; the kepala desa confirms Pulau Rengas and the map shows it', async ({
    browser,
  }) => {
    test.setTimeout(180_000);

    // The Dinas officer, on a 360 px phone, records it from the Dinas side.
    const dinas = await signedIn(browser, 'dinas.merangin', PHONE);
    await dinas.goto('/kegiatan/baru');
    await expect(dinas.getByRole('heading', { name: /Langkah 1 dari 4/ })).toBeVisible();
    await dinas.getByLabel('Judul').fill(TITLE);
    await dinas.getByLabel('Tanggal', { exact: true }).fill('2026-10-06');
    await dinas.getByLabel('Jam mulai').fill('09:00');
    await dinas.getByLabel('Jam selesai').fill('12:00');
    await dinas.getByRole('button', { name: 'Lanjut' }).click();

    await expect(dinas.getByRole('heading', { name: /Langkah 2 dari 4/ })).toBeVisible();
    await dinas.getByLabel('Nama tempat').fill('Aula Kantor Camat Bangko Barat');
    await dinas.getByRole('combobox', { name: 'Wilayah tempat' }).fill('bangko barat');
    await dinas
      .getByRole('option', { name: /Bangko Barat/ })
      .first()
      .click();
    await dinas.getByRole('combobox', { name: /Tambah desa\/kelurahan/ }).fill('bangko barat');
    await dinas.getByRole('option', { name: /Tambah semua 6 desa\/kelurahan di Bangko Barat/ }).click();
    await expect(dinas.getByText('6 desa/kelurahan dipilih')).toBeVisible();
    // The immigration office works in Merangin: the picker offers it, though the Dinas cannot list it elsewhere.
    const partners = dinas.getByRole('combobox', { name: 'Penyelenggara bersama' });
    await expect(partners.locator('optgroup[label="Bekerja di wilayah kegiatan"] option', { hasText: 'Kanim Kerinci' })).toHaveCount(1);
    await partners.selectOption({ label: 'Kanim Kerinci' });
    await expect(dinas.locator('.chip', { hasText: 'Kanim Kerinci' })).toBeVisible();
    await noSidewaysScroll(dinas);
    await dinas.getByRole('button', { name: 'Lanjut' }).click();

    await dinas.getByLabel('Kepala desa L').fill('6');
    await dinas.getByRole('button', { name: 'Lanjut' }).click();
    await dinas.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(dinas.getByText('Kegiatan disimpan sebagai draf.')).toBeVisible();
    await expect(dinas.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    // The submitter is told who will verify.
    await expect(dinas.getByText('Akan diverifikasi oleh Kepala Dinas PMTSP-TK Merangin.')).toBeVisible();
    await dinas.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
    await expect(dinas.getByText('Kegiatan diajukan ke kepala instansi untuk diverifikasi.')).toBeVisible();
    await expect(dinas.locator('.status-badge')).toHaveText('Diajukan');
    const activityUrl = dinas.url();
    await noSidewaysScroll(dinas);

    // Before verification the Dinas has reached nothing in Bangko Barat in 2026.
    const head = await signedIn(browser, 'kepala.dinas.merangin');
    await head.goto(DINAS_BANGKO_BARAT_2026);
    await expect(head.getByTestId('kpi-villages-reached')).toHaveText('0 / 6');

    // The Kanim's head finds the invitation where they land and accepts it.
    const kanim = await signedIn(browser, 'kepala.kerinci');
    await expect(kanim).toHaveURL(/\/dasbor/);
    await kanim.getByRole('link', { name: /^Undangan menunggu jawaban \(\d+\)$/ }).click();
    await expect(kanim).toHaveURL(/undangan=1/);
    await kanim.locator('.activity-card', { hasText: TITLE }).getByRole('link').click();
    await kanim.getByRole('button', { name: 'Terima undangan' }).click();
    await expect(kanim.locator('.facts')).toContainText('Kanim Kerinci (Menerima)');
    // A co-organiser does not verify.
    await expect(kanim.getByRole('button', { name: 'Verifikasi' })).toHaveCount(0);

    // The Dinas head lands on "Menunggu verifikasi (n)" (other journeys may have left submissions of the Dinas too) and verifies.
    await head.goto('/dasbor');
    const waiting = head.getByRole('link', { name: /^Menunggu verifikasi \(\d+\)$/ });
    // Counted once the dashboard has its figures: this journey's own submission is among them.
    await expect(waiting).not.toHaveText(/\(0\)$/);
    const before = Number(/\((\d+)\)/.exec((await waiting.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThanOrEqual(1);
    await waiting.click();
    await expect(head).toHaveURL(/menunggu=1/);
    await head.locator('.activity-card', { hasText: TITLE }).getByRole('link').click();
    await expect(head).toHaveURL(activityUrl);
    head.once('dialog', (dialog) => void dialog.accept());
    await head.getByRole('button', { name: 'Verifikasi' }).click();
    await expect(head.getByText('Kegiatan diverifikasi dan kini dihitung dalam capaian.')).toBeVisible();
    await expect(head.locator('.status-badge')).toHaveText('Terverifikasi');
    // Verified by a head who neither made nor submitted it: no "verified by its maker" badge.
    await expect(head.locator('.badge--self-verified')).toHaveCount(0);

    // Merangin's figures move: all 6 villages of Bangko Barat.
    await head.goto(DINAS_BANGKO_BARAT_2026);
    await expect(head.getByTestId('kpi-villages-reached')).toHaveText('6 / 6');
    await expect(head.getByRole('link', { name: `Menunggu verifikasi (${before - 1})` })).toBeVisible();

    // The map's side panel before the village answers: Bangko Barat's answers counted (other journeys may have
    // verified activities there in 2026 too), and Pulau Rengas, with this activity listed, not answered yet.
    await head.goto(MAP_BANGKO_BARAT_2026);
    await painted(head, '15.02.10|');
    const panel = head.getByRole('region', { name: 'Rincian wilayah' });
    const answers = panel.getByTestId('map-confirmation');
    await expect(answers).toHaveText(SUMMARY);
    // NaN when the summary does not read as expected: the assertions below then fail.
    const [confirmedBefore = NaN, disputedBefore = NaN, unansweredBefore = NaN] = (SUMMARY.exec((await answers.textContent()) ?? '') ?? []).slice(1).map(Number);
    expect(unansweredBefore).toBeGreaterThanOrEqual(1);
    await clickRegion(head, PULAU_RENGAS);
    await expect(panel.getByRole('heading', { name: 'Pulau Rengas' })).toBeVisible();
    await expect(panel.getByRole('link', { name: TITLE })).toBeVisible();
    await expect(answers).toHaveText('Belum dijawab oleh pemerintah desa');

    // The kepala desa of Pulau Rengas, on a 360 px phone, lands on what waits for the village's answer (this
    // activity, and whatever other journeys verified there) and finds this activity among it.
    const kades = await signedIn(browser, 'kades.pulaurengas', PHONE);
    await expect(kades).toHaveURL(/\/dasbor/);
    const toConfirm = kades
      .getByRole('note')
      .filter({ hasText: 'Konfirmasi desa:' })
      .getByRole('link', { name: /^Menunggu konfirmasi Anda \(\d+\)$/ });
    await expect(toConfirm).toBeVisible();
    const toAnswer = Number(/\((\d+)\)/.exec((await toConfirm.textContent()) ?? '')?.[1]);
    expect(toAnswer).toBeGreaterThanOrEqual(1);
    await toConfirm.click();
    await expect(kades.getByRole('heading', { level: 1, name: 'Konfirmasi desa' })).toBeVisible();
    await expect(kades.getByRole('heading', { name: `Menunggu konfirmasi Anda (${toAnswer})` })).toBeVisible();
    const entry = kades.locator('.confirmation-entry', { hasText: TITLE });
    await expect(entry.locator(`li[data-village="${PULAU_RENGAS}"]`)).toContainText('Belum dijawab');
    await noSidewaysScroll(kades);
    await entry.getByRole('link', { name: TITLE }).click();
    await expect(kades).toHaveURL(activityUrl);

    // On the activity's page: the 6 villages listed, none answered; Pulau Rengas confirmed with a note.
    await expect(kades.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const section = kades.getByRole('region', { name: 'Konfirmasi desa' });
    await expect(section).toContainText('0 dikonfirmasi · 0 disanggah · 6 belum dijawab');
    const pulauRengas = section.locator(`li[data-village="${PULAU_RENGAS}"]`);
    await expect(pulauRengas).toContainText('Belum dijawab');
    const note = 'Kepala Desa Pulau Rengas hadir sampai acara selesai.';
    await pulauRengas.getByLabel('Catatan (tidak wajib)').fill(note);
    await pulauRengas.getByRole('button', { name: 'Konfirmasi Pulau Rengas terjangkau' }).click();
    await expect(section.getByRole('status')).toHaveText('Pulau Rengas telah dikonfirmasi.');
    await expect(pulauRengas).toContainText('Dikonfirmasi');
    await expect(pulauRengas).toContainText('Kepala Desa Pulau Rengas (Desa Pulau Rengas)');
    await expect(pulauRengas.locator('.confirmation__note')).toHaveText(note);
    await expect(section).toContainText('1 dikonfirmasi · 0 disanggah · 5 belum dijawab');
    await noSidewaysScroll(kades);
    // One answer fewer waits.
    await kades.getByRole('button', { name: 'Menu', exact: true }).click();
    await kades.getByRole('link', { name: /^Konfirmasi/ }).click();
    await expect(kades.getByRole('heading', { name: `Menunggu konfirmasi Anda (${toAnswer - 1})` })).toBeVisible();
    await expect(kades.locator('.confirmation-entry', { hasText: TITLE })).toHaveCount(0);

    // The map's side panel: Pulau Rengas confirmed, this activity listed; Bangko Barat counts one more confirmed.
    await head.goto(MAP_BANGKO_BARAT_2026);
    await painted(head, '15.02.10|');
    await expect(answers).toHaveText(`${confirmedBefore + 1} dikonfirmasi · ${disputedBefore} disanggah · ${unansweredBefore - 1} belum dijawab (dari 6 desa terjangkau)`);
    await clickRegion(head, PULAU_RENGAS);
    await expect(panel.getByRole('heading', { name: 'Pulau Rengas' })).toBeVisible();
    await expect(panel.getByRole('link', { name: TITLE })).toBeVisible();
    await expect(answers).toHaveText('Dikonfirmasi oleh pemerintah desa');
  });

  test('a declined invitation ends the Kanim’s access at once; the Dinas invites it again', async ({ browser }) => {
    test.setTimeout(90_000);
    const title = 'Rapat koordinasi Dinas dan Kanim tentang PMI';
    const dinas = await signedIn(browser, 'dinas.merangin');
    await dinas.goto('/kegiatan/baru');
    await dinas.getByLabel('Judul').fill(title);
    await dinas.getByLabel('Tanggal', { exact: true }).fill('2026-10-07');
    await dinas.getByLabel('Jam mulai').fill('09:00');
    await dinas.getByLabel('Jam selesai').fill('11:00');
    await dinas.getByRole('button', { name: 'Lanjut' }).click();
    await dinas.getByLabel('Nama tempat').fill('Kantor Dinas PMTSP-TK Merangin');
    await dinas.getByRole('combobox', { name: 'Wilayah tempat' }).fill('bangko barat');
    await dinas
      .getByRole('option', { name: /Bangko Barat/ })
      .first()
      .click();
    await dinas.getByRole('combobox', { name: /Tambah desa\/kelurahan/ }).fill('bangko barat');
    await dinas.getByRole('option', { name: /Tambah semua 6 desa\/kelurahan di Bangko Barat/ }).click();
    // Found by name too.
    await dinas.getByLabel('Cari instansi menurut nama').fill('kerinci');
    await dinas.getByRole('combobox', { name: 'Penyelenggara bersama' }).selectOption({ label: 'Kanim Kerinci' });
    await dinas.getByRole('button', { name: 'Lanjut' }).click();
    await dinas.getByRole('button', { name: 'Lanjut' }).click();
    await dinas.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(dinas.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const activityUrl = dinas.url();

    // The Kanim declines: the draft is out of its sight at once.
    const kanim = await signedIn(browser, 'petugas.kerinci');
    await kanim.goto(activityUrl);
    await kanim.getByRole('button', { name: 'Tolak undangan' }).click();
    await expect(kanim.getByText('Undangan ditolak. Kegiatan ini tidak lagi terbuka bagi instansi Anda.')).toBeVisible();
    await expect(kanim.getByText('Kegiatan tidak ditemukan', { exact: true })).toBeVisible();
    await kanim.reload();
    await expect(kanim.getByText('Kegiatan tidak ditemukan', { exact: true })).toBeVisible();

    // The Dinas sees the decline and invites again; the Kanim sees the draft and may answer once more.
    await dinas.reload();
    await expect(dinas.locator('.facts')).toContainText('Kanim Kerinci (Menolak)');
    await dinas.getByRole('button', { name: 'Undang kembali: Kanim Kerinci' }).click();
    await expect(dinas.getByText('Kanim Kerinci diundang kembali.')).toBeVisible();
    await expect(dinas.locator('.facts')).toContainText('Kanim Kerinci (Diundang)');
    await kanim.reload();
    await expect(kanim.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(kanim.getByRole('button', { name: 'Terima undangan' })).toBeVisible();
  });

  test('a kepala desa records in their own village, alone as head verifies it, and the page says so', async ({ browser }) => {
    test.setTimeout(90_000);
    const title = 'Penyuluhan PMI aman di Balai Desa Pulau Rengas';
    const kades = await signedIn(browser, 'kades.pulaurengas', PHONE);
    await kades.goto('/kegiatan/baru');
    await kades.getByLabel('Judul').fill(title);
    await kades.getByLabel('Tanggal', { exact: true }).fill('2026-10-08');
    await kades.getByLabel('Jam mulai').fill('09:00');
    await kades.getByLabel('Jam selesai').fill('11:00');
    await kades.getByRole('button', { name: 'Lanjut' }).click();
    await kades.getByLabel('Nama tempat').fill('Balai Desa Pulau Rengas');
    await kades.getByRole('combobox', { name: 'Wilayah tempat' }).fill('pulau rengas');
    await kades
      .getByRole('option', { name: /^Pulau Rengas Desa.*Bangko Barat/ })
      .first()
      .click();
    await kades.getByRole('combobox', { name: /Tambah desa\/kelurahan/ }).fill('pulau rengas');
    await kades
      .getByRole('option', { name: /^Pulau Rengas Desa.*Bangko Barat/ })
      .first()
      .click();
    await noSidewaysScroll(kades);
    await kades.getByRole('button', { name: 'Lanjut' }).click();
    await kades.getByLabel('Masyarakat umum L').fill('12');
    await kades.getByRole('button', { name: 'Lanjut' }).click();
    await kades.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(kades.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(kades.getByText('Akan diverifikasi oleh Kepala Desa Pulau Rengas.')).toBeVisible();
    await kades.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
    await expect(kades.locator('.status-badge')).toHaveText('Diajukan');
    kades.once('dialog', (dialog) => void dialog.accept());
    await kades.getByRole('button', { name: 'Verifikasi' }).click();
    await expect(kades.locator('.status-badge')).toHaveText('Terverifikasi');
    await expect(kades.locator('.badge--self-verified')).toHaveText('Diverifikasi oleh pembuatnya');
    await noSidewaysScroll(kades);
  });

  test('an administrator sees which agencies have no active head', async ({ browser }) => {
    const admin = await signedIn(browser, 'admin');
    await admin.goto('/admin/instansi');
    const bangko = admin.locator('tr', { hasText: 'Kec. Bangko' });
    await expect(bangko).toContainText('Belum ada kepala aktif');
    await expect(admin.locator('tr', { hasText: 'Dinas PMTSP-TK Merangin' })).not.toContainText('Belum ada kepala aktif');
    // The filter is a link-able URL parameter; the router applies it as a transition, so click and wait for it.
    const onlyWithoutHead = admin.getByLabel(/Hanya instansi yang belum punya kepala aktif/);
    await onlyWithoutHead.click();
    await expect(admin).toHaveURL(/tanpa-kepala=1/);
    await expect(onlyWithoutHead).toBeChecked();
    await expect(admin.locator('tr', { hasText: 'Kec. Bangko' })).toBeVisible();
    await expect(admin.locator('tr', { hasText: 'Dinas PMTSP-TK Merangin' })).toHaveCount(0);
  });
});
