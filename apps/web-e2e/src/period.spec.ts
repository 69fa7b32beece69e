import { expect, type APIRequestContext } from '@playwright/test';
import { noSidewaysScroll, PHONE, signedIn, test } from './support';

/** Villages reached in the working area from–to, asked as `username` through the API (not through the page under test). */
async function villagesReached(request: APIRequestContext, username: string, from: string, to: string): Promise<number> {
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) =>
    (await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} })).json();
  const login = await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: username, p: 'jangkau-demo' });
  const res = await gql('query ($f: CoverageFilter!) { dashboard(filter: $f) { coverage { villagesReached } } }', { f: { from, to } }, login.data.login.accessToken);
  return res.data.dashboard.coverage.villagesReached as number;
}

test.describe('Periode: one picker on the dashboard, the map and the reports', () => {
  test('typing "Des 2026" on the dashboard gives December 2026, never the year; nonsense is refused and the figures stay', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci');
    await page.goto('/dasbor?periode=2025');
    await expect(page.getByText('Periode: Tahun 2025')).toBeVisible();
    const box = page.getByRole('textbox', { name: 'Atau ketik periode' });

    // June 2025: the founding story alone, 14 villages of Merangin.
    await box.fill('Jun 2025');
    await box.press('Enter');
    await expect(page).toHaveURL(/periode=2025-06(&|$)/);
    await expect(page.getByText('Periode: Juni 2025')).toBeVisible();
    await expect(page.getByTestId('kpi-villages-reached')).toHaveText('14 / 571');

    const december = await villagesReached(page.request, 'kepala.kerinci', '2026-12-01', '2026-12-31');
    await box.fill('Des 2026');
    await box.press('Enter');
    await expect(page).toHaveURL(/periode=2026-12(&|$)/);
    await expect(page.getByText('Periode: Desember 2026')).toBeVisible();
    await expect(page.getByTestId('kpi-villages-reached')).toHaveText(`${december} / 571`);
    const picker = page.getByRole('group', { name: 'Periode' });
    await expect(picker.getByRole('combobox', { name: 'Jenis periode' })).toHaveValue('MONTH');
    await expect(picker.getByRole('combobox', { name: 'Bulan' })).toHaveValue('12');
    await expect(picker.getByRole('combobox', { name: 'Tahun' })).toHaveValue('2026');

    // What it cannot read is said by the field; the address, heading and figures stay December's.
    await box.fill('Triwulan V 2026');
    await box.press('Enter');
    await expect(picker.getByRole('alert')).toContainText('Periode tidak dikenali: "Triwulan V 2026". Contoh yang dikenali: Desember 2026');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/periode=2026-12(&|$)/);
    await expect(page.getByText('Periode: Desember 2026')).toBeVisible();
    await expect(page.getByTestId('kpi-villages-reached')).toHaveText(`${december} / 571`);

    // By keyboard alone: the kind select to Triwulan, then the quarter, without a mouse.
    await picker.getByRole('combobox', { name: 'Jenis periode' }).focus();
    await page.keyboard.press('ArrowDown'); // Bulan → Triwulan: the quarter of December
    await expect(page).toHaveURL(/periode=2026-Q4(&|$)/);
    await expect(page.getByText('Periode: Triwulan IV 2026')).toBeVisible();
  });

  test('region names in the coverage chart open their breakdown, by click and by keyboard, as the hint says', async ({ browser }) => {
    const page = await signedIn(browser, 'kepala.kerinci');
    await page.goto('/dasbor?periode=2025');
    const chart = page.locator('.chart').filter({ hasText: 'Cakupan per wilayah' });
    await expect(chart.getByText('Pilih batang atau nama wilayah untuk melihat rinciannya.')).toBeVisible();
    const merangin = chart.locator('.chart__body').getByRole('link', { name: 'Lihat rincian Kabupaten Merangin' });
    await expect(merangin).toBeVisible();
    await merangin.click();
    await expect(page).toHaveURL(/wilayah=15\.02(&|$)/);
    await expect(page).toHaveURL(/periode=2025/);
    await expect(page.getByTestId('kpi-villages-reached')).toHaveText('14 / 215');

    // Back to the working area; the names are in the Tab order and Enter opens one.
    await page.goBack();
    await expect(page.getByTestId('kpi-villages-reached')).toHaveText(/ \/ 571$/);
    const names = chart.locator('.chart__body').getByRole('link', { name: /^Lihat rincian / });
    await expect(names).toHaveCount(3);
    await names.first().focus();
    await expect(names.first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(names.nth(1)).toBeFocused();
    const second = (await names.nth(1).getAttribute('aria-label'))!.replace('Lihat rincian ', '');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/wilayah=15\.(01|02|72)(&|$)/);
    await expect(page.getByRole('navigation', { name: 'Jejak wilayah dasbor' })).toContainText(second);
  });

  test('the same picker on the map and in the report builder, on a 360 px phone', async ({ browser }) => {
    const page = await signedIn(browser, 'kanwil.jambi', PHONE);
    await page.goto('/peta?periode=2025&wilayah=15.02');
    const mapBox = page.getByRole('textbox', { name: 'Atau ketik periode' });
    await mapBox.fill('Triwulan II 2025');
    await mapBox.press('Enter');
    await expect(page).toHaveURL(/periode=2025-Q2(&|$)/);
    await expect(page.getByText('Periode: Triwulan II 2025').first()).toBeVisible();
    await noSidewaysScroll(page);

    await page.goto('/laporan');
    const builder = page.getByRole('form', { name: 'Susun laporan' });
    const box = builder.getByRole('textbox', { name: 'Atau ketik periode' });
    await box.fill('Juni 2025');
    // Enter applies the period and does not run the report yet.
    await box.press('Enter');
    await expect(builder.getByText('Dipilih: Juni 2025')).toBeVisible();
    await expect(page).toHaveURL(/\/laporan$/);
    await builder.getByRole('checkbox', { name: 'Desa/kelurahan terjangkau' }).check();
    await builder.getByRole('button', { name: 'Tampilkan laporan' }).click();
    await expect(page).toHaveURL(/periode=2025-06(&|$)/);
    const table = page.getByRole('table', { name: /Juni 2025|2025-06|1 Jun/ });
    // The table is drawn when the report's answer arrives: wait for the chosen column before reading the headings.
    await expect(table.locator('thead th', { hasText: 'Desa/kelurahan terjangkau' })).toBeVisible();
    const headings = await table.locator('thead th').allTextContents();
    const column = headings.indexOf('Desa/kelurahan terjangkau');
    expect(column).toBeGreaterThan(0);
    await expect(
      table
        .getByRole('row', { name: /Kabupaten Merangin/ })
        .locator('th, td')
        .nth(column),
    ).toHaveText('14');
    await noSidewaysScroll(page);
  });
});
