import { expect, type Locator, type Page } from '@playwright/test';
import { noSidewaysScroll, PHONE, signedIn, test } from './support';

/** The problems listed at the top of the step, in order. */
const problems = (page: Page) => page.locator('.error-summary li');

/** At least 44 px tall: the form's primary actions are thumb targets. */
async function tallEnough(button: Locator) {
  const box = await button.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
}

test.describe('The activity form on a 360 px phone', () => {
  test('Lanjut on an empty first step lists the title and date problems at once and stays; an end before the start is refused', async ({ browser }) => {
    const officer = await signedIn(browser, 'petugas.kerinci', PHONE);
    await officer.goto('/kegiatan/baru');
    await expect(officer.getByRole('heading', { name: /Langkah 1 dari 4/ })).toBeVisible();
    // The step indicator names the current step in full at 360 px.
    const current = officer.locator('.steps li[aria-current="step"] .steps__label');
    await expect(current).toHaveText('Apa dan kapan');
    const label = await current.boundingBox();
    const labelWidth = await current.evaluate((el) => el.scrollWidth);
    expect(label?.width ?? 0).toBeGreaterThanOrEqual(labelWidth - 1);
    await tallEnough(officer.getByRole('button', { name: 'Lanjut' }));

    await officer.getByRole('button', { name: 'Lanjut' }).click();
    await expect(problems(officer)).toHaveText(['Judul wajib diisi.', 'Tanggal kegiatan wajib diisi.']);
    await expect(officer.getByRole('alert').filter({ has: officer.locator('.error-summary__title') })).toBeFocused();
    await expect(officer.getByRole('heading', { name: /Langkah 1 dari 4/ })).toBeVisible();
    await expect(officer.getByLabel('Judul')).toHaveAttribute('aria-invalid', 'true');
    await noSidewaysScroll(officer);
    // The start and end inputs do not overlap: each lies apart from the others.
    const boxes = await Promise.all(['Tanggal', 'Jam mulai', 'Jam selesai', 'Tanggal selesai'].map((name) => officer.getByLabel(name, { exact: true }).boundingBox()));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `inputs ${i} and ${j} overlap`).toBe(false);
      }
    }

    // A link in the list takes the person to the field.
    await officer.getByRole('link', { name: 'Judul wajib diisi.' }).click();
    await expect(officer.getByLabel('Judul')).toBeFocused();
    await officer.getByLabel('Judul').fill('Sosialisasi TPPO di Pulau Rengas');
    await officer.getByLabel('Tanggal', { exact: true }).fill('2026-11-20');
    await officer.getByLabel('Jam mulai').fill('13:00');
    await officer.getByLabel('Jam selesai').fill('11:00');
    await officer.getByRole('button', { name: 'Lanjut' }).click();
    await expect(problems(officer)).toHaveText(['Waktu selesai harus setelah waktu mulai.']);
    await expect(officer.getByRole('heading', { name: /Langkah 1 dari 4/ })).toBeVisible();

    await officer.getByLabel('Jam selesai').fill('15:00');
    await expect(problems(officer)).toHaveCount(0);
    await officer.getByRole('button', { name: 'Lanjut' }).click();
    await expect(officer.getByRole('heading', { name: /Langkah 2 dari 4/ })).toBeVisible();
    await tallEnough(officer.getByRole('button', { name: 'Kembali' }));
  });

  test('copying from a past activity fills the venue, villages and co-organiser; the review reads the dates in Indonesian; it saves', async ({ browser }) => {
    test.setTimeout(60_000);
    const officer = await signedIn(browser, 'petugas.kerinci', PHONE);
    await officer.goto('/kegiatan/baru');
    await officer.getByText('Salin dari kegiatan sebelumnya').click();
    await officer.getByLabel('Cari kegiatan sebelumnya').fill('royal');
    // The founding story, led by Kanim Kerinci at Hotel Royal Bangko with the Dinas, 14 villages.
    const pick = officer.locator('.copy-from__pick', { hasText: 'Hotel Royal Bangko' }).first();
    await expect(pick).toBeVisible();
    await tallEnough(pick);
    await noSidewaysScroll(officer);
    await pick.click();
    await expect(officer.getByText(/^Disalin dari “/)).toBeVisible();
    // Not the dates: they belong to the new day.
    await expect(officer.getByLabel('Tanggal', { exact: true })).toHaveValue('');

    await officer.getByLabel('Judul').fill('Sosialisasi lanjutan di Hotel Royal Bangko');
    await officer.getByLabel('Tanggal', { exact: true }).fill('2026-11-20');
    await officer.getByRole('button', { name: 'Lanjut' }).click();
    // The founding story named an item of the 13 Program Akselerasi, which ended with 2025: copied, then refused
    // on the device for a 2026 date, before anything is sent.
    await expect(problems(officer)).toHaveText(['Hapus dulu butir program yang tidak berlaku pada tanggal kegiatan (langkah 1).']);
    await officer.getByRole('button', { name: 'Hapus butir yang tidak berlaku' }).click();
    await officer.getByRole('button', { name: 'Lanjut' }).click();
    await expect(officer.getByRole('heading', { name: /Langkah 2 dari 4/ })).toBeVisible();
    await expect(officer.getByLabel('Nama tempat')).toHaveValue('Hotel Royal Bangko');
    await expect(officer.getByText('14 desa/kelurahan dipilih')).toBeVisible();
    await expect(officer.locator('.village-group .chip')).toHaveCount(14);
    await expect(officer.locator('.co-organiser-picker__row').locator('..').locator('.chip')).toContainText(['Dinas PMTSP-TK Merangin']);
    await noSidewaysScroll(officer);
    await officer.getByRole('button', { name: 'Lanjut' }).click();

    await officer.getByLabel('Kepala desa L').fill('3');
    await officer.getByRole('button', { name: 'Lanjut' }).click();
    await expect(officer.getByRole('heading', { name: /Langkah 4 dari 4/ })).toBeVisible();
    await expect(officer.locator('.summary')).toContainText('Jumat, 20 November 2026, 09.00 WIB');
    await expect(officer.locator('.summary')).toContainText('Jumat, 20 November 2026, 12.00 WIB');
    await noSidewaysScroll(officer);
    await tallEnough(officer.getByRole('button', { name: 'Simpan', exact: true }));
    await officer.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(officer.getByRole('heading', { level: 1, name: 'Sosialisasi lanjutan di Hotel Royal Bangko' })).toBeVisible();
    await expect(officer.locator('.village-list li')).toHaveCount(14);
    await tallEnough(officer.getByRole('button', { name: 'Ajukan untuk verifikasi' }));
  });
});
