import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { FilterProgrammesQuery, SessionProvider, signedInStore, KERINCI_AGENCY, type AnswerOf, type RegionLevel } from '@jangkau/web-data-access';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { CoverageChangedSubscription } from '../graphql/coverageChanged.subscription';
import { DashboardQuery } from '../graphql/dashboard.query';
import { VillagesNotReachedQuery } from '../graphql/villagesNotReached.query';
import { PAGE_SIZE } from './NotReachedList';
import { DashboardPage } from './DashboardPage';
import { DashboardConfirmationShareQuery } from '../graphql/confirmationShare.query';
import { DashboardConfirmationWaitingQuery } from '../graphql/confirmationWaiting.query';
import { at } from '@jangkau/shared-domain';

const KERINCI = '6f1c2a52-8d8e-4d55-9a39-6a3c1d0a0001';
const language = () => 'id';
const region = (code: string, name: string, level: RegionLevel) => ({ __typename: 'Region', code, name, level });
const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };

type Dashboard = NonNullable<AnswerOf<typeof DashboardQuery>['dashboard']>;

function dashboard(over: Partial<Dashboard> = {}, coverage: Partial<Dashboard['coverage']> = {}): Dashboard {
  return {
    __typename: 'Dashboard',
    coverage: {
      __typename: 'Coverage',
      from: '2025-01-01',
      to: '2025-12-31',
      restricted: false,
      villagesTotal: 571,
      villagesReached: 14,
      ratio: 14 / 571,
      region: null,
      agency: { __typename: 'AgencyRef', id: KERINCI, name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci' },
      children: [
        { __typename: 'CoverageChild', region: region('15.01', 'Kabupaten Kerinci', 'KABUPATEN'), villagesTotal: 287, villagesReached: 0, ratio: 0, lastReachedOn: null },
        { __typename: 'CoverageChild', region: region('15.02', 'Kabupaten Merangin', 'KABUPATEN'), villagesTotal: 215, villagesReached: 14, ratio: 14 / 215, lastReachedOn: '2025-06-16' },
        { __typename: 'CoverageChild', region: region('15.72', 'Kota Sungai Penuh', 'KOTA'), villagesTotal: 69, villagesReached: 0, ratio: 0, lastReachedOn: null },
      ],
      ...coverage,
    },
    activities: 1234,
    participants: 12345,
    officialsReached: 18,
    participantsNotByVillage: 0,
    officialsNotByVillage: 0,
    desaBinaanFormed: 2,
    monthly: [{ __typename: 'MonthFigures', month: '2025-06-01', activities: 1234, participants: 12345, villagesReached: 14 }],
    byType: [{ __typename: 'TypeCount', type: 'SOSIALISASI', activities: 1234 }],
    byProgrammeItem: [
      {
        __typename: 'ProgrammeItemCount',
        activities: 1234,
        item: { __typename: 'ProgrammeItem', id: 'item-8', number: 8, title: 'pencegahan TPPO dan TPPM', frameworkName: '13 Program Akselerasi' },
      },
    ],
    participantsByCategory: [{ __typename: 'ParticipantCategoryCount', category: 'KEPALA_DESA', male: 10, female: 4 }],
    sameTimeLastYear: {
      __typename: 'DashboardComparison',
      from: '2024-01-01',
      to: '2024-12-31',
      activities: 1200,
      participants: 12345,
      officialsReached: 20,
      desaBinaanFormed: 0,
      villagesReached: 10,
      villagesTotal: 571,
      ratio: 10 / 571,
    },
    targets: [
      {
        __typename: 'Target',
        id: 't1',
        period: '2025',
        periodFrom: '2025-01-01',
        periodTo: '2025-12-31',
        indicator: 'ACTIVITIES',
        programmeItem: null,
        value: 120,
        achieved: 45,
        progress: 0.375,
        elapsed: 0.825,
        expected: 99,
        status: 'BEHIND',
      },
    ],
    ...over,
  };
}

const dashboardMock = (data: Dashboard | null, filter: Record<string, unknown> = YEAR_2025): MockLink.MockedResponse => ({
  request: { query: DashboardQuery, variables: { filter } },
  result: { data: { dashboard: data } satisfies AnswerOf<typeof DashboardQuery> },
});

const notReachedMock = (total: number, filter: Record<string, unknown> = { regionCode: null, agencyId: null }): MockLink.MockedResponse => ({
  request: { query: VillagesNotReachedQuery, variables: { filter, sort: 'NAME', descending: false, first: PAGE_SIZE, offset: 0 } },
  result: {
    data: {
      villagesNotReached: {
        __typename: 'VillagesNotReachedPage',
        total,
        rows:
          total === 0
            ? []
            : [
                {
                  __typename: 'VillageNotReached',
                  region: {
                    ...region('15.01.21.2009', 'Koto Dua Baru', 'DESA'),
                    ancestors: [region('15', 'Jambi', 'PROVINSI'), region('15.01', 'Kabupaten Kerinci', 'KABUPATEN'), region('15.01.21', 'Tanah Cogok', 'KECAMATAN')],
                  },
                  lastReachedOn: null,
                  activities: 0,
                },
              ],
      },
    } satisfies AnswerOf<typeof VillagesNotReachedQuery>,
  },
});

const programmesMock: MockLink.MockedResponse = {
  request: { query: FilterProgrammesQuery },
  result: { data: { programmeFrameworks: [] } },
};

/** Nothing waits at /konfirmasi for this head (the note above the dashboard stays away). */
const confirmationWaitingMock: MockLink.MockedResponse = {
  request: { query: DashboardConfirmationWaitingQuery },
  result: { data: { confirmationQueue: { __typename: 'ConfirmationQueue', toConfirmCount: 0, disputeCount: 0 } } satisfies AnswerOf<typeof DashboardConfirmationWaitingQuery> },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** No village has answered yet, whatever the filter. */
const confirmationShareMock: MockLink.MockedResponse = {
  request: { query: DashboardConfirmationShareQuery, variables: () => true },
  result: { data: { confirmationShare: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The live subscription, quiet unless an event is given. */
const liveMock = (event?: { at: string }, variables: Record<string, unknown> = { regionCode: null, agencyId: null }): MockLink.MockedResponse => ({
  request: { query: CoverageChangedSubscription, variables },
  result: event ? { data: { coverageChanged: { __typename: 'CoverageChange', activityId: 'a1', kind: 'VERIFIED', at: event.at } } } : undefined,
  delay: event ? 20 : Infinity,
});

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  const store = signedInStore({ username: 'kepala.kerinci', fullName: 'Kepala Kantor', role: 'HEAD', agency: { ...KERINCI_AGENCY, id: KERINCI } }, language);
  return render(
    <MockedProvider mocks={[programmesMock, confirmationWaitingMock, confirmationShareMock, ...mocks]}>
      <SessionProvider store={store} language={language}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/dasbor" element={<DashboardPage />} />
          </Routes>
          <Location />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

const kpi = (name: string) => screen.getByRole('group', { name });
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\u00a0/g, ' ');

describe('DashboardPage', () => {
  beforeAll(() => initI18n('id'));
  // jsdom lays nothing out, so recharts' ResponsiveContainer measures 0×0 and says so; the charts are not under test here.
  // Late renders (a query answering as a test ends) warn too, so the filter stays for the whole file.
  const warn = console.warn;
  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });
  afterAll(() => jest.restoreAllMocks());
  afterEach(async () => {
    await act(() => setLanguage('id'));
  });

  it('shows the headline figures the Indonesian way, the villages reached of the total, and the target with its pace', async () => {
    renderAt('/dasbor?periode=2025', [dashboardMock(dashboard()), notReachedMock(557), liveMock()]);
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
    expect(await screen.findByRole('group', { name: 'Kegiatan terverifikasi' })).toBeTruthy();

    expect(within(kpi('Kegiatan terverifikasi')).getByText('1.234')).toBeTruthy();
    expect(within(kpi('Peserta')).getByText('12.345')).toBeTruthy();
    expect(within(kpi('Aparat wilayah terjangkau')).getByText('18')).toBeTruthy();
    expect(within(kpi('Desa Binaan dibentuk')).getByText('2')).toBeTruthy();
    expect(screen.getByTestId('kpi-villages-reached').textContent).toBe('14 / 571');
    expect(text(kpi('Desa/kelurahan terjangkau'))).toContain('2,5 % dari desa/kelurahan di wilayah ini');
    expect(text(kpi('Kegiatan terverifikasi'))).toContain('Target 2025: 120 · capaian instansi 45 (38 %) · seharusnya 99 per hari ini');
    expect(within(kpi('Kegiatan terverifikasi')).getByText('Tertinggal')).toBeTruthy();
    expect(screen.getByText(/angka besar menghitung kerja semua instansi/)).toBeTruthy();

    expect(screen.getByText(/Wilayah kerja Kantor Imigrasi Kelas II Non-TPI Kerinci/)).toBeTruthy();
    expect(screen.getByText(/Periode: Tahun 2025/)).toBeTruthy();
    // Each figure beside the same dates a year earlier, and the change.
    expect(text(kpi('Kegiatan terverifikasi'))).toContain('Tahun lalu: 1.200 · +34 (+2,8 %)');
    expect(text(kpi('Desa/kelurahan terjangkau'))).toContain('Tahun lalu: 10 (1,8 %) · +4 (+40 %)');
    expect(text(kpi('Peserta'))).toContain('Tahun lalu: 12.345 · sama');
    expect(text(kpi('Aparat wilayah terjangkau'))).toContain('Tahun lalu: 20 · \u22122 (\u221210 %)');
    expect(text(kpi('Desa Binaan dibentuk'))).toContain('Tahun lalu: 0 · +2');
    expect(text(screen.getByTestId('kpi-last-year-note'))).toBe('"Tahun lalu" adalah 1 Jan – 31 Des 2024: tanggal yang sama setahun sebelumnya, dengan wilayah dan filter yang sama.');
    // The coverage table lists the gaps first and drills down within the dashboard, keeping the period.
    const coverageTable = await screen.findByRole('table', { name: 'Cakupan per wilayah, terendah dahulu' });
    const firstRegion = at(within(coverageTable).getAllByRole('rowheader'), 0, 'region row header');
    expect(firstRegion.textContent).toBe('Kabupaten Kerinci');
    expect(within(firstRegion).getByRole('link').getAttribute('href')).toBe('/dasbor?periode=2025&wilayah=15.01');

    // The never-reached list: its count, the village linking to its region page, its kecamatan and kabupaten.
    const list = screen.getByRole('region', { name: /Belum terjangkau/ });
    expect(await within(list).findByText('Koto Dua Baru')).toBeTruthy();
    expect(text(list)).toContain('557 desa/kelurahan');
    expect(within(list).getByRole('link', { name: 'Koto Dua Baru' }).getAttribute('href')).toBe('/wilayah/15.01.21.2009');
    expect(within(list).getByText('Tanah Cogok')).toBeTruthy();
    expect(within(list).getByText('Kabupaten Kerinci')).toBeTruthy();
    expect(text(list)).toContain('1–25 dari 557');
  });

  it('shows a national share small enough to move: 19 of 83.762 villages is 0,02 %, not 0 %, with no comparison when there is none', async () => {
    const national = dashboard({ sameTimeLastYear: null, targets: [] }, { villagesTotal: 83_762, villagesReached: 19, ratio: 19 / 83_762, agency: null });
    renderAt('/dasbor?periode=2025', [dashboardMock(national), notReachedMock(83_743), liveMock()]);
    expect((await screen.findByTestId('kpi-villages-reached')).textContent).toBe('19 / 83.762');
    expect(text(kpi('Desa/kelurahan terjangkau'))).toContain('0,02 % dari desa/kelurahan di wilayah ini');
    expect(text(kpi('Kegiatan terverifikasi'))).not.toContain('Tahun lalu');
    expect(screen.queryByTestId('kpi-last-year-note')).toBeNull();
  });

  it('says so when no activity was verified in the period, and points to the activity list', async () => {
    const none = dashboard(
      { activities: 0, participants: 0, officialsReached: 0, desaBinaanFormed: 0, monthly: [], byType: [], byProgrammeItem: [], participantsByCategory: [], targets: [] },
      { villagesReached: 0, ratio: 0 },
    );
    renderAt('/dasbor?periode=2025', [dashboardMock(none), notReachedMock(571), liveMock()]);
    expect(await screen.findByText('Belum ada kegiatan terverifikasi pada periode ini.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka daftar kegiatan' }).getAttribute('href')).toBe('/kegiatan');
    expect(screen.getByTestId('kpi-villages-reached').textContent).toBe('0 / 571');
  });

  it('tells a reader that an area outside their working area is not found, instead of showing zeros', async () => {
    renderAt('/dasbor?periode=2025&wilayah=31', [dashboardMock(null, { ...YEAR_2025, regionCode: '31' }), liveMock(undefined, { regionCode: '31', agencyId: null })]);
    expect(await screen.findByText('Tidak ditemukan atau di luar wilayah kerja Anda')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Kegiatan terverifikasi' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Kembali ke wilayah kerja saya' }).getAttribute('href')).toBe('/dasbor');
  });

  it('on a region, shows the trail back up and the restricted notice, and leaves the working-area targets out', async () => {
    const merangin = dashboard(
      {},
      {
        restricted: true,
        agency: null,
        villagesTotal: 215,
        region: { ...region('15.02', 'Kabupaten Merangin', 'KABUPATEN'), ancestors: [region('15', 'Jambi', 'PROVINSI')] },
        children: [{ __typename: 'CoverageChild', region: region('15.02.10', 'Bangko Barat', 'KECAMATAN'), villagesTotal: 6, villagesReached: 6, ratio: 1, lastReachedOn: '2025-06-16' }],
      },
    );
    const area = { regionCode: '15.02', agencyId: null };
    renderAt('/dasbor?wilayah=15.02&periode=2025', [dashboardMock(merangin, { ...YEAR_2025, regionCode: '15.02' }), notReachedMock(0, area), liveMock(undefined, area)]);
    expect(await screen.findByText(/semua angka di bawah hanya mencakup bagian dalam wilayah kerja Anda/)).toBeTruthy();
    const trail = screen.getByRole('navigation', { name: 'Jejak wilayah dasbor' });
    expect(
      within(trail)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Wilayah kerja saya', 'Jambi', 'Kabupaten Merangin']);
    expect(within(trail).getByRole('link', { name: 'Jambi' }).getAttribute('href')).toBe('/dasbor?wilayah=15&periode=2025');
    expect(screen.getByTestId('kpi-villages-reached').textContent).toBe('14 / 215');
    expect(screen.queryByText(/Target 2025/)).toBeNull();
    expect(await screen.findByText('Semua desa/kelurahan di wilayah ini sudah pernah terjangkau.')).toBeTruthy();
  });

  it('refetches when the API reports a verification in the area, and says when it updated', async () => {
    const after = dashboard({ activities: 1235 }, { villagesReached: 15, ratio: 15 / 571 });
    renderAt('/dasbor?periode=2025', [dashboardMock(dashboard()), notReachedMock(557), liveMock({ at: '2025-06-16T07:05:00Z' }), dashboardMock(after), notReachedMock(556)]);
    expect(await screen.findByText('Diperbarui', { exact: false }, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByTestId('kpi-villages-reached').textContent).toBe('15 / 571');
    expect(within(kpi('Kegiatan terverifikasi')).getByText('1.235')).toBeTruthy();
    expect(screen.getByText(/^Diperbarui \d{2}\.\d{2} WIB$/)).toBeTruthy();
  });

  it('shows an error with a retry when the dashboard cannot load', async () => {
    renderAt('/dasbor?periode=2025', [{ request: { query: DashboardQuery, variables: { filter: YEAR_2025 } }, error: new Error('offline') }, liveMock()]);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });
});
