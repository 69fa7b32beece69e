import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { PHONE, signedIn, test } from './support';

/**
 * Every route on a 360 × 740 phone, for every demo role: the page never scrolls sideways, and every button, field,
 * select and standalone link is a target of at least 24 × 24 px (WCAG 2.2 AA 2.5.8); the primary actions of the
 * activity form and of the workflow are at least 44 px tall. Each page's offences are collected and reported
 * together, naming the person, the route and the element.
 */

const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
const activity = (n: number) => `/kegiatan/6a1f0c2e-1b7d-4c55-9a51-00000000000${n}`;
/**
 * A submission of Kanim Kerinci's officer waiting for the head, made by this test through the API: the demo's own
 * submission (activity 3) may have been verified by another journey already (the dashboard's), and the head's
 * verify / send-back buttons are only on a submission.
 */
const WAITING_SUBMISSION = '6a1f0c2e-1b7d-4c55-9a51-0000000000f3';

type Gql = (query: string, variables: Record<string, unknown>, token?: string) => Promise<Record<string, unknown>>;

/** GraphQL through the API, failing on any error; `signIn` gives a demo person's access token. */
function api(request: APIRequestContext): { gql: Gql; signIn: (username: string) => Promise<string> } {
  const gql: Gql = async (query, variables, token) => {
    const body = await (await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} })).json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  const signIn = async (username: string) =>
    ((await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: username, p: 'jangkau-demo' })).login as { accessToken: string })
      .accessToken;
  return { gql, signIn };
}

/** Makes WAITING_SUBMISSION exist and wait for verification (idempotent: the id is the client's own). */
async function ensureWaitingSubmission(request: APIRequestContext) {
  const { gql, signIn } = api(request);
  const token = await signIn('petugas.kerinci');
  const heldOn = new Date(Date.now() + 7 * 3600_000 - 2 * 86_400_000).toISOString().slice(0, 10);
  const input = {
    type: 'SOSIALISASI',
    title: 'Sosialisasi TPPO di Desa Koto Dua Baru (uji layar ponsel)',
    startsAt: `${heldOn}T02:00:00.000Z`,
    endsAt: `${heldOn}T05:00:00.000Z`,
    venueName: 'Balai Desa Koto Dua Baru',
    venueRegionCode: '15.01.21.2009',
    villages: [{ code: '15.01.21.2009', reach: 'HELD_IN_VILLAGE' }],
    participants: [{ category: 'MASYARAKAT_UMUM', male: 12, female: 15 }],
  };
  const made = (await gql('mutation ($id: ID!, $i: ActivityInput!) { createActivity(id: $id, input: $i) { status version } }', { id: WAITING_SUBMISSION, i: input }, token))
    .createActivity as { status: string; version: number };
  if (made.status === 'DRAFT') {
    await gql('mutation ($id: ID!, $v: Int!) { submitActivity(id: $id, version: $v) { status } }', { id: WAITING_SUBMISSION, v: made.version }, token);
  }
}

/**
 * A saved report (/laporan/simpan/:id), which the demo has none of: Kepala Kerinci's, found by its name among
 * theirs or saved now (idempotent: a second run finds the first one's). Any signed-in reader may open the link, with
 * their own rights: its owner sees the e-mail schedule form too, everyone else a note that the figures are theirs.
 * Comparing with 2024 gives the widest table a saved report can have.
 */
const SAVED_REPORT_NAME = 'Rekap Jambi per kabupaten/kota 2025 (uji layar ponsel)';
const SAVED_REPORT_OWNER = 'kepala.kerinci';
let savedReportId: string | null = null;

async function ensureSavedReport(request: APIRequestContext): Promise<string> {
  if (savedReportId) return savedReportId;
  const { gql, signIn } = api(request);
  const token = await signIn(SAVED_REPORT_OWNER);
  const mine = (await gql('{ savedReports { id name } }', {}, token)).savedReports as { id: string; name: string }[];
  const found = mine.find((r) => r.name === SAVED_REPORT_NAME);
  if (found) return (savedReportId = found.id);
  const input = {
    rows: 'KABUPATEN_KOTA',
    withinRegion: '15',
    period: '2025',
    indicators: ['ACTIVITIES', 'VILLAGES_REACHED', 'COVERAGE_RATIO', 'PARTICIPANTS'],
    compare: 'SAME_PERIOD_LAST_YEAR',
  };
  const saved = (await gql('mutation ($n: String!, $i: ReportInput!) { saveReport(name: $n, input: $i) { id } }', { n: SAVED_REPORT_NAME, i: input }, token)).saveReport as { id: string };
  return (savedReportId = saved.id);
}

/** A state of the app to check: a route, and optionally what the person does there before it is checked. */
interface Visit {
  route: string;
  /** What the report calls it, when the route alone does not say (a step of the form, an opened menu). */
  name?: string;
  act?: (page: Page) => Promise<void>;
  /** Carries on from the state before (no new page load). */
  stay?: boolean;
}

type Role = 'ADMIN' | 'HEAD' | 'OFFICER' | 'LOCAL' | 'VIEWER';

interface Person {
  username: string;
  role: Role;
  /** Activities of the founding story this person may open (their detail pages, with their workflow buttons). */
  activities: Visit[];
  /** Activities of their agency they may edit (a draft, a returned one, a plan), opened in the form. */
  edits?: string[];
  /** Whether the activity form's villages in Bangko Barat (Merangin) lie in their working area: all four steps. */
  fullForm?: boolean;
}

const PEOPLE: Person[] = [
  {
    username: 'kepala.kerinci',
    role: 'HEAD',
    activities: [
      { route: `/kegiatan/${FOUNDING_STORY}` },
      // Submitted: verify and send back; the reason form opened.
      { route: `/kegiatan/${WAITING_SUBMISSION}` },
      { route: `/kegiatan/${WAITING_SUBMISSION}`, name: 'send back with a reason', act: (page) => page.getByRole('button', { name: 'Kembalikan' }).click() },
      { route: activity(4) },
    ],
    // Heads write as well: the returned monitoring of their officer, opened in the form with its reason.
    edits: [`${activity(4)}/ubah`],
    fullForm: true,
  },
  {
    username: 'petugas.kerinci',
    role: 'OFFICER',
    // Returned, draft (submit), planned.
    activities: [{ route: `/kegiatan/${FOUNDING_STORY}` }, { route: activity(4) }, { route: activity(5) }, { route: activity(6) }],
    edits: [`${activity(5)}/ubah`],
    fullForm: true,
  },
  // Their agency's plan in Tabir, in the form.
  { username: 'kepala.dinas.merangin', role: 'HEAD', activities: [{ route: `/kegiatan/${FOUNDING_STORY}` }, { route: activity(7) }], edits: [`${activity(7)}/ubah`], fullForm: true },
  {
    username: 'dinas.merangin',
    role: 'OFFICER',
    // Co-organiser of the founding story; invited to Kanim Kerinci's plan in Tabir; its own plan.
    activities: [{ route: `/kegiatan/${FOUNDING_STORY}` }, { route: activity(6) }, { route: activity(7) }],
    edits: [`${activity(7)}/ubah`],
    fullForm: true,
  },
  { username: 'kades.pulaurengas', role: 'HEAD', activities: [{ route: `/kegiatan/${FOUNDING_STORY}` }] },
  { username: 'desa.pulaurengas', role: 'LOCAL', activities: [{ route: `/kegiatan/${FOUNDING_STORY}` }] },
  { username: 'kanwil.jambi', role: 'VIEWER', activities: [{ route: `/kegiatan/${FOUNDING_STORY}` }] },
  { username: 'ditjen', role: 'VIEWER', activities: [{ route: `/kegiatan/${FOUNDING_STORY}` }] },
  { username: 'admin', role: 'ADMIN', activities: [{ route: `/kegiatan/${FOUNDING_STORY}` }] },
];

/** The phone's menu, opened over the dashboard. */
const MENU: Visit = {
  route: '/dasbor',
  name: 'menu opened',
  act: async (page) => {
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await expect(page.locator('#main-nav')).toBeVisible();
  },
};

/** The region browser and the other pages anyone may open. */
const PUBLIC: Visit[] = [
  { route: '/wilayah' },
  { route: '/wilayah/15' },
  { route: '/wilayah/15.02' },
  { route: '/wilayah/15.02.10' },
  { route: '/wilayah/15.02.10.2001' },
  { route: '/tentang' },
  { route: '/halaman-yang-tidak-ada', name: 'not found' },
];

/**
 * The activity form, through its four steps to the summary (villages of Bangko Barat), in one go: the form keeps
 * its draft on the device, so each state after the first carries on from the one before, without reloading.
 */
function formSteps(full: boolean): Visit[] {
  const next = async (page: Page, step: number) => {
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`Langkah ${step} dari 4`) })).toBeVisible();
  };
  const steps: Visit[] = [
    { route: '/kegiatan/baru', name: 'form step 1' },
    {
      route: '/kegiatan/baru',
      name: 'form step 1 with its problems listed',
      stay: true,
      act: async (page) => {
        await page.getByRole('button', { name: 'Lanjut' }).click();
        await expect(page.locator('.error-summary li').first()).toBeVisible();
      },
    },
  ];
  if (!full) return steps;
  return [
    ...steps,
    {
      route: '/kegiatan/baru',
      name: 'form step 2',
      stay: true,
      act: async (page) => {
        await page.getByLabel('Judul').fill('Sosialisasi TPPO bagi Kepala Desa se-Kecamatan Bangko Barat');
        await page.getByLabel('Tanggal', { exact: true }).fill('2026-11-20');
        await page.getByLabel('Jam mulai').fill('09:00');
        await page.getByLabel('Jam selesai').fill('12:00');
        await next(page, 2);
      },
    },
    {
      route: '/kegiatan/baru',
      name: 'form step 2 with 6 villages',
      stay: true,
      act: async (page) => {
        await page.getByLabel('Nama tempat').fill('Aula Kantor Camat Bangko Barat');
        await page.getByRole('combobox', { name: 'Wilayah tempat' }).fill('bangko barat');
        await page
          .getByRole('option', { name: /Bangko Barat/ })
          .first()
          .click();
        await page.getByRole('combobox', { name: /Tambah desa\/kelurahan/ }).fill('bangko barat');
        await page.getByRole('option', { name: /Tambah semua 6 desa\/kelurahan di Bangko Barat/ }).click();
        await expect(page.getByText('6 desa/kelurahan dipilih')).toBeVisible();
      },
    },
    { route: '/kegiatan/baru', name: 'form step 3', stay: true, act: (page) => next(page, 3) },
    { route: '/kegiatan/baru', name: 'form step 4 (summary)', stay: true, act: (page) => next(page, 4) },
  ];
}

/** Every route the person's role may open (the router of apps/web), with real ids from the founding story. */
function visitsOf(person: Person, savedReport: string): Visit[] {
  const { role } = person;
  const writer = role === 'HEAD' || role === 'OFFICER';
  const visits: Visit[] = [
    { route: '/dasbor' },
    MENU,
    { route: '/peta' },
    { route: '/laporan' },
    { route: '/laporan?periode=2025&standar=REKAP_SOSIALISASI', name: 'a standard report run' },
    // Every reader may open a shared saved report; its owner sees the schedule form as well.
    {
      route: `/laporan/simpan/${savedReport}`,
      name: person.username === SAVED_REPORT_OWNER ? 'a saved report, its owner' : 'a saved report, shared',
      act: async (page) => {
        // The report itself, not an error or "not found", is what is checked.
        await expect(page.getByRole('heading', { level: 1, name: SAVED_REPORT_NAME })).toBeVisible();
        await expect(page.locator('.report-page table').first()).toBeVisible();
        if (person.username === SAVED_REPORT_OWNER) await expect(page.getByLabel('Frekuensi')).toBeVisible();
      },
    },
    { route: '/kegiatan' },
    { route: '/kegiatan/kalender' },
    { route: '/kegiatan/kalender?bulan=2025-06', name: 'the founding story’s month' },
    ...person.activities,
    { route: '/desa-binaan' },
    { route: '/pemberitahuan' },
    { route: '/pemberitahuan/pengaturan' },
    { route: '/ganti-sandi' },
    ...PUBLIC,
  ];
  if (role === 'ADMIN' || role === 'HEAD' || role === 'VIEWER') visits.push({ route: '/target' });
  if (role === 'HEAD' || role === 'OFFICER' || role === 'LOCAL') visits.push({ route: '/konfirmasi' });
  if (role === 'ADMIN' || role === 'HEAD') visits.push({ route: '/audit' });
  if (writer) {
    visits.push(...formSteps(person.fullForm ?? false), { route: '/kegiatan/impor' }, { route: '/kegiatan/antrean' });
    for (const route of person.edits ?? []) visits.push({ route, act: async (page) => void (await expect(page.getByRole('heading', { level: 1, name: 'Ubah kegiatan' })).toBeVisible()) });
  }
  if (role === 'ADMIN') {
    visits.push(
      { route: '/admin/instansi' },
      { route: '/admin/instansi?tanpa-kepala=1', name: 'agencies without a head' },
      { route: '/admin/instansi', name: 'new agency form', act: (page) => page.getByRole('button', { name: 'Instansi baru' }).click() },
      { route: '/admin/pengguna' },
      { route: '/admin/pengguna', name: 'new person form', act: (page) => page.getByRole('button', { name: 'Pengguna baru' }).click() },
      { route: '/admin/program' },
      { route: '/admin/batas-wilayah' },
      { route: '/admin/surel' },
    );
  }
  return visits;
}

/** Waits until the page's content stops changing: no skeleton or busy region, and the same layout twice in a row. */
async function settle(page: Page): Promise<boolean> {
  let last = '';
  let same = 0;
  const until = Date.now() + 8_000;
  while (Date.now() < until) {
    const now = await page.evaluate(() => {
      const loading = document.querySelector('.skeleton-row, [aria-busy="true"], .loading-state');
      const s = document.scrollingElement!;
      return loading ? 'loading' : `${s.scrollWidth}x${s.scrollHeight}:${document.body.getElementsByTagName('*').length}`;
    });
    same = now !== 'loading' && now === last ? same + 1 : 0;
    if (same >= 2) return true;
    last = now;
    await page.waitForTimeout(100);
  }
  return false;
}

/** Everything on the page that breaks the phone rules, as readable lines. Runs in the page. */
function offencesOnPage(): string[] {
  const found: string[] = [];
  const root = document.scrollingElement as HTMLElement;
  const width = root.clientWidth;
  const describe = (el: Element) => {
    const classes = [...el.classList]
      .slice(0, 3)
      .map((c) => `.${c}`)
      .join('');
    const label = (el.getAttribute('aria-label') || (el as HTMLElement).innerText || (el as HTMLInputElement).name || el.getAttribute('href') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}>${label ? ` “${label}”` : ''}`;
  };
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions);

  // 1. Sideways scroll: the page itself, then whatever sticks out past the right edge outside a scroll box of its own.
  if (root.scrollWidth > width) found.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${width} px`);
  // Clipped by a box of its own: an ancestor that scrolls or clips sideways, on the element's chain of containing
  // blocks (an absolutely positioned element escapes a scroll box that is not positioned; a fixed one escapes all).
  const inOwnScrollBox = (el: Element) => {
    let position = getComputedStyle(el).position;
    for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (position === 'fixed') return false;
      if (position === 'absolute' && style.position === 'static') continue;
      if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true;
      position = style.position;
    }
    return false;
  };
  const sticksOut = (el: Element) => {
    const r = el.getBoundingClientRect();
    return (r.width > 0 || r.height > 0) && r.right + window.scrollX > width + 0.5 && !inOwnScrollBox(el);
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (!sticksOut(el)) continue;
    // The outermost only: its children stick out because it does.
    if (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
    const r = el.getBoundingClientRect();
    found.push(`${describe(el)} reaches ${Math.round(r.right + window.scrollX)} px (${Math.round(r.width)} px wide)`);
  }

  // Text that runs past the right edge (a long code, address or word), named by the element holding it.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const holder = node.parentElement;
    if (!holder || !/\S/.test(node.textContent ?? '') || !shown(holder) || sticksOut(holder)) continue;
    // Clipped where it is (a visually hidden label) or inside a scroll box: not on the page.
    if (getComputedStyle(holder).overflowX !== 'visible' || inOwnScrollBox(holder)) continue;
    range.selectNodeContents(node);
    const right = range.getBoundingClientRect().right + window.scrollX;
    if (right > width + 0.5) found.push(`text in ${describe(holder)} reaches ${Math.round(right)} px`);
  }

  // 2. Target size. Candidates: every control and every link; the box of a checkbox or radio includes its label
  // (pressing the label works it), and a visually hidden file input is worked through its label.
  type Target = { el: Element; box: DOMRect };
  const targets: Target[] = [];
  const union = (a: DOMRect, b: DOMRect) => {
    const left = Math.min(a.left, b.left);
    const top = Math.min(a.top, b.top);
    return new DOMRect(left, top, Math.max(a.right, b.right) - left, Math.max(a.bottom, b.bottom) - top);
  };
  const selector = 'button, input:not([type="hidden"]), select, textarea, summary, a[href], [role="button"], [role="tab"]';
  for (const el of document.body.querySelectorAll(selector)) {
    if (!shown(el)) continue;
    let box = el.getBoundingClientRect();
    if (el instanceof HTMLInputElement && (['checkbox', 'radio'].includes(el.type) || box.width <= 1 || box.height <= 1)) {
      for (const label of el.labels ?? []) if (shown(label)) box = box.width <= 1 || box.height <= 1 ? label.getBoundingClientRect() : union(box, label.getBoundingClientRect());
    }
    if (box.width <= 1 || box.height <= 1) continue; // visually hidden, for screen readers only
    targets.push({ el, box });
  }
  /** A link inside a line of text (WCAG's inline exception): text or other inline content beside it. */
  const inSentence = (el: Element) => {
    if (!(el instanceof HTMLAnchorElement) || el.classList.contains('button')) return false;
    for (let node: Element | null = el; node && getComputedStyle(node).display === 'inline'; node = node.parentElement) {
      for (const sibling of [node.previousSibling, node.nextSibling]) {
        if (!sibling) continue;
        if (sibling.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]/u.test(sibling.textContent ?? '')) return true;
        if (sibling instanceof Element && getComputedStyle(sibling).display === 'inline' && /[\p{L}\p{N}]/u.test(sibling.textContent ?? '')) return true;
      }
    }
    return false;
  };
  const related = (a: Element, b: Element) => a.contains(b) || b.contains(a) || (a instanceof HTMLInputElement && [...(a.labels ?? [])].some((l) => l.contains(b)));
  const small = targets.filter((t) => !inSentence(t.el) && (t.box.width < 24 || t.box.height < 24));
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distanceToBox = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  for (const t of small) {
    const c = centre(t.box);
    // Controls (buttons, fields, selects, disclosure summaries) are 24 × 24 at least, without exception: the house
    // standard, stricter than WCAG. Standalone links (breadcrumbs, a name in a table cell) may use WCAG's spacing
    // exception: a 24 px circle centred on the link touches no other target and no other small target's circle.
    if (!(t.el instanceof HTMLAnchorElement)) {
      found.push(`${describe(t.el)} is ${Math.round(t.box.width)} × ${Math.round(t.box.height)} px (under 24 × 24)`);
      continue;
    }
    const near = targets.find((o) => o !== t && !related(t.el, o.el) && distanceToBox(c, o.box) < 12);
    const nearSmall = small.find((o) => o !== t && !related(t.el, o.el) && Math.hypot(centre(o.box).x - c.x, centre(o.box).y - c.y) < 24);
    const neighbour = near ?? nearSmall;
    if (!neighbour) continue;
    found.push(
      `${describe(t.el)} is ${Math.round(t.box.width)} × ${Math.round(t.box.height)} px (under 24), ${Math.round(distanceToBox(c, neighbour.box))} px from ${describe(neighbour.el)}`,
    );
  }

  // 3. The primary actions of the activity form and of the workflow: 44 px tall.
  const primary = '.activity-form .form__actions .button, .workflow .button, .invitation .button';
  for (const el of document.body.querySelectorAll(primary)) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.height < 44) found.push(`primary action ${describe(el)} is ${Math.round(r.height)} px tall (under 44)`);
  }
  return found;
}

/**
 * Opens a route as a link inside the app does (the router follows the address; no reload), or loads it when the app
 * is not open yet: one page load per person keeps the run short.
 */
async function open(page: Page, route: string) {
  if (!page.url().startsWith('http')) {
    await page.goto(route);
    return;
  }
  await page.evaluate((to) => {
    window.history.pushState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx: window.history.length }, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, route);
}

/** Checks every visit for one person (one browser context, reused), returning the offences by route. */
async function checkAll(page: Page, who: string, visits: Visit[]): Promise<string[]> {
  const all: string[] = [];
  for (const visit of visits) {
    const name = `${who} ${visit.route}${visit.name ? ` [${visit.name}]` : ''}`;
    let settled = true;
    if (!visit.stay) {
      await open(page, visit.route);
      settled = await settle(page);
    }
    if (visit.act) {
      await visit.act(page);
      settled = await settle(page);
    }
    if (!settled) console.log(`${name}: still changing after 8 s, checked as it was`);
    const offences = await page.evaluate(offencesOnPage);
    all.push(...offences.map((o) => `${name}: ${o}`));
  }
  return all;
}

async function phoneOf(browser: Browser, username: string | null): Promise<Page> {
  if (username) return signedIn(browser, username, PHONE);
  const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID' });
  return context.newPage();
}

test.describe('Every route fits a 360 px phone', () => {
  test.describe.configure({ timeout: 120_000 });

  test('signed out: the sign-in page and the region browser', async ({ browser }) => {
    const page = await phoneOf(browser, null);
    // Signed-out people see the sign-in page, the public pages, and are sent to sign in from the rest.
    const offences = await checkAll(page, '(signed out)', [{ route: '/masuk' }, ...PUBLIC, { route: '/dasbor', name: 'sent to sign in' }]);
    await page.context().close();
    expect(offences, offences.join('\n')).toEqual([]);
  });

  for (const person of PEOPLE) {
    test(`${person.username} (${person.role}): every route they may open`, async ({ browser, request }) => {
      if (person.username === 'kepala.kerinci') await ensureWaitingSubmission(request);
      const savedReport = await ensureSavedReport(request);
      const page = await phoneOf(browser, person.username);
      // Confirmation prompts (verify) are answered no: nothing changes while the pages are checked.
      page.on('dialog', (dialog) => void dialog.dismiss());
      const visits = visitsOf(person, savedReport);
      const offences = await checkAll(page, person.username, visits);
      test.info().annotations.push({ type: 'routes', description: String(visits.length) });
      await page.context().close();
      expect(offences, `${offences.length} offences on ${visits.length} routes:\n${offences.join('\n')}`).toEqual([]);
    });
  }
});
