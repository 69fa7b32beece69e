import { expect } from '@playwright/test';
import { clickRegion, noSidewaysScroll, painted, PHONE, signedIn, test } from './support';

const FOUNDING_STORY = 'Sosialisasi Pencegahan TPPO dan TPPM bagi Camat, Lurah dan Kepala Desa';

test.describe('Konfirmasi desa: the village government confirms it was reached', () => {
  test('the kepala desa of Pulau Rengas confirms the founding story on a 360 px phone; the map and the dashboard show it confirmed', async ({ browser }) => {
    test.setTimeout(90_000);
    const kades = await signedIn(browser, 'kades.pulaurengas', PHONE);

    // The header says how many answers wait (the founding story, and whatever other journeys verified there), and leads to them.
    await kades.getByRole('button', { name: 'Menu', exact: true }).click();
    const navLink = kades.getByRole('link', { name: /^Konfirmasi/ });
    await expect(navLink).toHaveAccessibleName(/^Konfirmasi \d+ menunggu$/);
    const waiting = Number(await navLink.locator('.nav-count').textContent());
    expect(waiting).toBeGreaterThanOrEqual(1);
    await navLink.click();
    await expect(kades.getByRole('heading', { level: 1, name: 'Konfirmasi desa' })).toBeVisible();
    await expect(kades.getByRole('heading', { name: `Menunggu konfirmasi Anda (${waiting})` })).toBeVisible();
    // The landing page says the same.
    await kades.goto('/dasbor');
    await expect(kades.getByRole('note').filter({ hasText: 'Konfirmasi desa:' })).toHaveText(`Konfirmasi desa: Menunggu konfirmasi Anda (${waiting})`);
    await kades.getByRole('link', { name: `Menunggu konfirmasi Anda (${waiting})` }).click();
    await noSidewaysScroll(kades);

    // On the activity's page: every village listed, Pulau Rengas not answered yet and answerable by this account alone.
    await kades.getByRole('link', { name: FOUNDING_STORY }).click();
    await expect(kades.getByRole('heading', { level: 1, name: FOUNDING_STORY })).toBeVisible();
    const section = kades.getByRole('region', { name: 'Konfirmasi desa' });
    await expect(section).toContainText('0 dikonfirmasi · 0 disanggah · 14 belum dijawab');
    const pulauRengas = section.locator('li[data-village="15.02.10.2001"]');
    await expect(pulauRengas).toContainText('Belum dijawab');
    await expect(section.getByRole('button', { name: /^Konfirmasi .* terjangkau$/ })).toHaveCount(1);

    // A dispute needs a reason: the form says so before anything is sent.
    await pulauRengas.getByRole('button', { name: 'Sanggah' }).click();
    await pulauRengas.getByRole('button', { name: 'Kirim sanggahan' }).click();
    await expect(pulauRengas.getByRole('alert')).toHaveText('Tuliskan alasan sanggahan (minimal 5 karakter).');
    await pulauRengas.getByRole('button', { name: 'Batal' }).click();

    await pulauRengas.getByRole('button', { name: 'Konfirmasi Pulau Rengas terjangkau' }).click();
    await expect(section.getByRole('status')).toHaveText('Pulau Rengas telah dikonfirmasi.');
    await expect(pulauRengas).toContainText('Dikonfirmasi');
    await expect(pulauRengas).toContainText('Kepala Desa Pulau Rengas (Desa Pulau Rengas)');
    await expect(section).toContainText('1 dikonfirmasi · 0 disanggah · 13 belum dijawab');
    await noSidewaysScroll(kades);
    // One answer fewer waits.
    await kades.getByRole('button', { name: 'Menu', exact: true }).click();
    await expect(kades.getByRole('link', { name: /^Konfirmasi/ })).toHaveAccessibleName(waiting === 1 ? 'Konfirmasi' : `Konfirmasi ${waiting - 1} menunggu`);

    // The head of the lead office sees it on the map's side panel for the village, and counted on its kecamatan.
    const kepala = await signedIn(browser, 'kepala.kerinci');
    await kepala.goto('/peta?periode=2025&wilayah=15.02.10');
    await painted(kepala, '15.02.10|');
    const panel = kepala.getByRole('region', { name: 'Rincian wilayah' });
    await expect(panel.getByTestId('map-confirmation')).toHaveText('1 dikonfirmasi · 0 disanggah · 5 belum dijawab (dari 6 desa terjangkau)');
    await clickRegion(kepala, '15.02.10.2001');
    await expect(panel.getByRole('heading', { name: 'Pulau Rengas' })).toBeVisible();
    await expect(panel.getByTestId('map-confirmation')).toHaveText('Dikonfirmasi oleh pemerintah desa');
    // A neighbour without a government of its own stays unanswered.
    await clickRegion(kepala, '15.02.10.2002');
    await expect(panel.getByTestId('map-confirmation')).toHaveText('Belum dijawab oleh pemerintah desa');

    // The dashboard: the share of reached villages their own government confirmed.
    await kepala.goto('/dasbor?periode=2025&wilayah=15.02.10');
    await expect(kepala.getByTestId('confirmation-share')).toHaveText(/^1 dari 6 desa terjangkau dikonfirmasi oleh pemerintahnya sendiri \(16,7\s%\)$/);
  });
});
