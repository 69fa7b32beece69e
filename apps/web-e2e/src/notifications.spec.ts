import { expect, type Page } from '@playwright/test';
import { fillBangkoBaratSteps, noSidewaysScroll, PHONE, signedIn, test } from './support';

const TITLE = 'Sosialisasi Pencegahan TPPO bagi Karang Taruna se-Bangko Barat';
const OFFICER = 'Petugas Kantor Imigrasi Kerinci';
const ENTRY_TITLE = `Menunggu verifikasi: “${TITLE}” diajukan oleh ${OFFICER}`;

/** The bell's accessible name for a count, as the header gives it. */
const bellName = (count: number) => (count > 0 ? `Pemberitahuan, ${count} belum dibaca` : 'Pemberitahuan');

/**
 * Opens /dasbor and resolves with the unread count the bell was given, once the page's live subscription to
 * notificationAdded has been sent (an event before that would be missed, as it would be for a real person).
 */
async function openDashboardWatchingBell(page: Page): Promise<number> {
  // Listen only once the new document is committed: the page signing in left behind still has requests and a
  // socket of its own in flight, and its answers must not be taken for this page's.
  await page.goto('/dasbor', { waitUntil: 'commit' });
  const subscribed = new Promise<void>((resolve) => {
    page.on('websocket', (ws) => {
      ws.on('framesent', (frame) => {
        const text = String(frame.payload);
        if (text.includes('"subscribe"') && text.includes('NotificationAdded')) resolve();
      });
    });
  });
  const counted = await page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"NotificationCount"'));
  const unread = (await counted.json()).data.notifications.unreadCount as number;
  await expect(page.getByRole('link', { name: bellName(unread), exact: true })).toBeVisible();
  await subscribed;
  return unread;
}

test.describe('Pemberitahuan: people are told', () => {
  test('the head sees a submission arrive on the bell without a reload, opens it, and it is read; the administrator sees the e-mail', async ({ browser }) => {
    test.setTimeout(120_000);

    // The head of Kanim Kerinci has the dashboard open.
    const head = await signedIn(browser, 'kepala.kerinci');
    const before = await openDashboardWatchingBell(head);
    const navigations: string[] = [];
    head.on('framenavigated', (frame) => frame === head.mainFrame() && navigations.push(frame.url()));
    // When the bell first says one more, by the page's own clock (the same machine's clock as this test's).
    await head.evaluate(
      (expected) => {
        const w = window as unknown as { bellRoseAt?: number };
        const seen = () => document.querySelector('a.bell')?.getAttribute('aria-label') === expected;
        new MutationObserver(() => {
          if (w.bellRoseAt === undefined && seen()) w.bellRoseAt = Date.now();
        }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
      },
      bellName(before + 1),
    );

    // Meanwhile, on another device, the officer records an activity through the form and submits it.
    const officer = await signedIn(browser, 'petugas.kerinci');
    await officer.goto('/kegiatan/baru');
    await fillBangkoBaratSteps(officer, { title: TITLE, date: '2026-11-27', start: '09:00', end: '11:00', venue: 'Balai Pemuda Bangko Barat' });
    await officer.getByLabel('Kepala desa L').fill('4');
    await officer.getByRole('button', { name: 'Lanjut' }).click();
    await officer.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(officer.getByText('Kegiatan disimpan sebagai draf.')).toBeVisible();
    await expect(officer.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const activityPath = new URL(officer.url()).pathname;

    const submittedAt = Date.now();
    await officer.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
    await expect(officer.getByText('Kegiatan diajukan ke kepala instansi untuk diverifikasi.')).toBeVisible();

    // The head's bell says one more, with no reload.
    const bell = head.getByRole('link', { name: bellName(before + 1), exact: true });
    await expect(bell).toBeVisible();
    await expect(bell.getByTestId('bell-count')).toHaveText(String(before + 1));
    const roseAt = await head.evaluate(() => (window as unknown as { bellRoseAt?: number }).bellRoseAt);
    expect(roseAt).toBeDefined();
    console.log(`notify-to-visible: ${roseAt! - submittedAt} ms`);
    expect(navigations).toEqual([]);

    // The head opens the bell: the submission is there, unread, worded for the head.
    await bell.click();
    await expect(head).toHaveURL(/\/pemberitahuan$/);
    await expect(head.getByRole('heading', { level: 1, name: 'Pemberitahuan' })).toBeVisible();
    const entry = head.getByRole('link', { name: new RegExp(`^Belum dibaca: ${ENTRY_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(entry.locator('.notification__title')).toHaveText(ENTRY_TITLE);
    await entry.click();

    // It opens the activity, and is read now: the bell says one fewer, the list shows it without the marker.
    await expect(head).toHaveURL(activityPath);
    await expect(head.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(head.getByRole('link', { name: bellName(before), exact: true })).toBeVisible();
    await head.getByRole('link', { name: bellName(before), exact: true }).click();
    await expect(head.locator('.notification', { hasText: ENTRY_TITLE })).not.toHaveClass(/is-unread/);
    await expect(head.getByRole('link', { name: new RegExp(`^${ENTRY_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();

    // The administrator sees the e-mail the head was sent (the e2e server writes files: no SMTP).
    const admin = await signedIn(browser, 'admin');
    await admin.goto('/admin/surel');
    await expect(admin.getByRole('heading', { level: 1, name: 'Surel keluar' })).toBeVisible();
    await expect(admin.getByRole('note').filter({ hasText: 'SMTP_URL' })).toHaveText(/^SMTP_URL belum diatur: surel disimpan sebagai berkas \.eml di .+e2e-mail$/);
    const row = admin.locator('tr.mail-table__row', { hasText: 'kepala.kerinci@jangkau.example' }).filter({ hasText: TITLE });
    // The worker polls every second in e2e: ask again until it was sent.
    await expect(async () => {
      await admin.getByRole('button', { name: 'Perbarui' }).click();
      await expect(row.locator('.status-badge')).toHaveText('Terkirim', { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(row).toContainText(`[Jangkau] ${ENTRY_TITLE}`);
    await expect(admin.getByTestId('mail-count-SENT')).toHaveText(/^[1-9]\d* Terkirim$/);
    const subject = row.getByRole('button', { name: `[Jangkau] ${ENTRY_TITLE}` });
    await expect(subject).toHaveAttribute('aria-expanded', 'false');
    await subject.click();
    await expect(subject).toHaveAttribute('aria-expanded', 'true');
    const body = admin.locator(`#${await subject.getAttribute('aria-controls')}`);
    await expect(body).toBeVisible();
    await expect(body.locator('pre')).toContainText(ENTRY_TITLE);
    await expect(body.locator('pre')).toContainText(activityPath);
    // Only sent ones, by the filter kept in the address.
    await admin.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Terkirim' });
    await expect(admin).toHaveURL(/status=SENT/);
    await expect(row).toBeVisible();
    await admin.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Gagal' });
    await expect(row).toHaveCount(0);
    // A phone reads it as cards, without sideways scrolling.
    await admin.setViewportSize(PHONE);
    await admin.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Semua status' });
    await expect(row).toBeVisible();
    await noSidewaysScroll(admin);
  });

  test('on a 360 px phone the bell sits beside the menu button, and the pages fit', async ({ browser }) => {
    const page = await signedIn(browser, 'petugas.kerinci', PHONE);
    await page.goto('/kegiatan');
    // Reachable without opening the menu, and by keyboard.
    const bell = page.getByRole('link', { name: /^Pemberitahuan/ });
    await expect(bell).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeInViewport();
    await bell.focus();
    await expect(bell).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/pemberitahuan$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pemberitahuan' })).toBeVisible();
    await noSidewaysScroll(page);

    // The filters go into the address.
    await page.getByRole('checkbox', { name: 'Hanya yang belum dibaca' }).check();
    await page.getByRole('combobox', { name: 'Jenis' }).selectOption({ label: 'Kegiatan dikembalikan' });
    await expect(page).toHaveURL(/jenis=ACTIVITY_RETURNED/);
    await expect(page).toHaveURL(/belum-dibaca=1/);
    await noSidewaysScroll(page);

    // The e-mail preferences: returns are fixed; a change is saved and stays after a reload.
    await page.getByRole('link', { name: 'Atur pemberitahuan lewat surel' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan pemberitahuan' })).toBeVisible();
    const returned = page.getByRole('group', { name: /^Kegiatan dikembalikan/ });
    await expect(returned.getByRole('radio', { name: 'Segera' })).toBeChecked();
    await expect(returned.getByRole('radio', { name: 'Tidak dikirim lewat surel' })).toBeDisabled();
    await expect(returned).toContainText('Selalu dikirim segera: kegiatan yang dikembalikan tidak dapat dimatikan.');
    const verified = page.getByRole('group', { name: /^Kegiatan diverifikasi/ });
    await verified.getByRole('radio', { name: 'Tidak dikirim lewat surel' }).check();
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pengaturan pemberitahuan tersimpan.' })).toBeVisible();
    await noSidewaysScroll(page);
    await page.reload();
    await expect(page.getByRole('group', { name: /^Kegiatan diverifikasi/ }).getByRole('radio', { name: 'Tidak dikirim lewat surel' })).toBeChecked();
  });
});
