import { expect } from '@playwright/test';
import { test } from './support';

test.describe('Wilayah: browsing all of Indonesia', () => {
  test('a visitor sees national totals, finds Bangko Barat by typing, and opens its 6 desa', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/wilayah$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Indonesia' })).toBeVisible();
    await expect(page.getByText('38 provinsi · 514 kabupaten/kota · 7.285 kecamatan · 83.762 desa/kelurahan')).toBeVisible();

    const search = page.getByRole('combobox', { name: 'Cari wilayah' });
    await search.fill('bangko barat');
    const option = page.getByRole('option', { name: /Bangko Barat/ }).first();
    await expect(option).toContainText('Bangko Barat · Kab. Merangin · Jambi');
    await search.press('ArrowDown');
    await search.press('Enter');

    await expect(page).toHaveURL(/\/wilayah\/15\.02\.10$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Bangko Barat' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Jejak wilayah' })).toContainText('Indonesia');
    await expect(page.getByRole('navigation', { name: 'Jejak wilayah' })).toContainText('Kabupaten Merangin');
    await expect(page.getByText('6 desa', { exact: true })).toBeVisible();
    const villages = page.locator('.region-list__name');
    await expect(villages).toHaveText(['Pulau Rengas', 'Biuku Tanjung', 'Bedeng Rejo', 'Sungai Putih', 'Bukit Beringin', 'Pulau Rengas Ulu']);

    await page.getByRole('link', { name: /Pulau Rengas Ulu/ }).click();
    await expect(page).toHaveURL(/\/wilayah\/15\.02\.10\.2006$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pulau Rengas Ulu' })).toBeVisible();
    await expect(page.locator('.region-header .level-badge')).toHaveText('Desa');
  });

  test('the interface switches to English and remembers it', async ({ page }) => {
    await page.goto('/wilayah/15.02.02');
    await expect(page.getByText('4 kelurahan · 4 desa')).toBeVisible();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Regions' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search regions' })).toBeVisible();
    await expect(page.getByText('4 urban villages (kelurahan) · 4 rural villages (desa)')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { name: /Villages/ })).toBeVisible();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Desa\/kelurahan/ })).toBeVisible();
  });

  test('a shared link to a region opens directly, and a bad code gets a clear message', async ({ page }) => {
    await page.goto('/wilayah/15.02');
    await expect(page.getByRole('heading', { level: 1, name: 'Kabupaten Merangin' })).toBeVisible();
    await expect(page.getByText('24 kecamatan · 215 desa/kelurahan')).toBeVisible();
    await page.goto('/wilayah/15.99');
    await expect(page.getByText('Tidak ada wilayah dengan kode 15.99.')).toBeVisible();
    await page.goto('/wilayah/abc');
    await expect(page.getByText('"abc" bukan kode wilayah Kemendagri yang sah.')).toBeVisible();
  });

  test('works on a 360 px phone: no sideways scrolling, menu behind a button', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/wilayah/15.02');
    await expect(page.getByRole('heading', { level: 1, name: 'Kabupaten Merangin' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('link', { name: 'Tentang' })).toBeHidden();
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('link', { name: 'Tentang' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tentang Jangkau' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Open Database License/ })).toBeVisible();
    await expect(page.getByText(/idn-area-data versi/)).toBeVisible();
    // The boundaries the demo imported, with their source (the licence text folds out).
    await expect(page.getByText(/Desa\/kelurahan: .*Cahya DSN.*\(1568 wilayah\)/)).toBeVisible();
  });
});

test.describe('Signing in', () => {
  test('the Kerinci head signs in and sees the agency in the header; the session survives a reload', async ({ page }) => {
    await page.goto('/wilayah');
    await expect(page.getByText('DEMO — bukan data resmi')).toBeVisible();
    await page.getByRole('link', { name: 'Masuk' }).click();
    await expect(page.getByRole('heading', { name: 'Masuk ke Jangkau' })).toBeVisible();
    await expect(page.locator('.demo-accounts')).toContainText('kepala.kerinci');
    await page.getByLabel('Nama pengguna atau email').fill('kepala.kerinci');
    await page.getByLabel('Kata sandi').fill('jangkau-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    const header = page.locator('.user-box');
    await expect(header).toContainText('Kepala Kantor Imigrasi Kerinci');
    await expect(header).toContainText('Kanim Kerinci · Kepala');
    await expect(page.getByRole('link', { name: 'Jejak audit' })).toBeVisible();
    await page.reload();
    await expect(page.locator('.user-box')).toContainText('Kanim Kerinci · Kepala');
    await page.getByRole('link', { name: 'Jejak audit' }).click();
    await expect(page.getByRole('heading', { name: 'Jejak audit' })).toBeVisible();
    await expect(page.locator('table')).toContainText(') masuk');
    await page.getByRole('button', { name: 'Keluar' }).click();
    await expect(page.getByRole('link', { name: 'Masuk' })).toBeVisible();
  });

  test('a wrong password gets a clear message, and the Pulau Rengas account cannot open the admin pages', async ({ page }) => {
    await page.goto('/masuk');
    await page.getByLabel('Nama pengguna atau email').fill('desa.pulaurengas');
    await page.getByLabel('Kata sandi').fill('salah-sandi-1');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
    await page.getByLabel('Kata sandi').fill('jangkau-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.locator('.user-box')).toContainText('Desa Pulau Rengas · Pemerintah setempat');
    await expect(page.getByRole('link', { name: 'Pengguna' })).toHaveCount(0);
    await page.goto('/admin/pengguna');
    await expect(page.getByText('Akses ditolak')).toBeVisible();
    await expect(page.locator('table')).toHaveCount(0);
  });

  test('an admin opens the agencies page and sees Kerinci’s 571 villages', async ({ page }) => {
    await page.goto('/admin/instansi');
    await expect(page).toHaveURL(/\/masuk\?lanjut=%2Fadmin%2Finstansi/);
    await page.getByLabel('Nama pengguna atau email').fill('admin');
    await page.getByLabel('Kata sandi').fill('jangkau-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('heading', { name: 'Instansi' })).toBeVisible();
    const kerinci = page.getByRole('row', { name: /Kanim Kerinci/ });
    await expect(kerinci).toContainText('571');
    await kerinci.getByRole('button', { name: 'Ubah' }).click();
    await expect(page.getByRole('group', { name: /Wilayah kerja/ })).toContainText('571 desa/kelurahan');
  });
});

test.describe('A session that ends under the user', () => {
  test('asks to sign in again over the page, and the page keeps its state', async ({ page, request }) => {
    await page.goto('/masuk?lanjut=%2Faudit');
    await page.getByLabel('Nama pengguna atau email').fill('kepala.kerinci');
    await page.getByLabel('Kata sandi').fill('jangkau-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('heading', { name: 'Jejak audit' })).toBeVisible();
    await page.getByLabel('Jenis data').selectOption('Session');
    await expect(page).toHaveURL(/jenis=Session/);

    // An administrator deactivates and reactivates the account elsewhere: every session of it ends at once.
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) =>
      (await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} })).json();
    const admin = (await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: 'admin', p: 'jangkau-demo' })).data.login.accessToken;
    const users = (await gql('{ users { id username version fullName agencyId role } }', {}, admin)).data.users;
    const head = users.find((u: { username: string }) => u.username === 'kepala.kerinci');
    const update = 'mutation ($id: ID!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $i) { version } }';
    const input = { fullName: head.fullName, agencyId: head.agencyId, role: head.role };
    const off = await gql(update, { id: head.id, v: head.version, i: { ...input, active: false } }, admin);
    await gql(update, { id: head.id, v: off.data.updateUser.version, i: { ...input, active: true } }, admin);

    await page.getByLabel('Jenis data').selectOption('User');
    const dialog = page.getByRole('dialog', { name: 'Sesi Anda telah berakhir' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Nama pengguna atau email').fill('kepala.kerinci');
    await dialog.getByLabel('Kata sandi').fill('jangkau-demo');
    await dialog.getByRole('button', { name: 'Masuk' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/audit\?jenis=User/);
    await expect(page.getByLabel('Jenis data')).toHaveValue('User');
    await expect(page.locator('table')).toContainText('mengubah akun “Kepala Kantor Imigrasi Kerinci (kepala.kerinci)”');
  });
});
