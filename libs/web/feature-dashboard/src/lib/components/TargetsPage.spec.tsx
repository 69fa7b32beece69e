import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { SessionProvider, SessionStore, type AnswerOf, type Role } from '@jangkau/web-data-access';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { RemoveTargetMutation } from '../graphql/removeTarget.mutation';
import { SetTargetMutation } from '../graphql/setTarget.mutation';
import { TargetAgenciesQuery } from '../graphql/targetAgencies.query';
import { TargetFrameworksQuery } from '../graphql/targetFrameworks.query';
import { TargetsQuery } from '../graphql/targets.query';
import { todayWib } from '@jangkau/web-filters';
import { TargetsPage } from './TargetsPage';

const KERINCI = '6f1c2a52-8d8e-4d55-9a39-6a3c1d0a0001';
const MERANGIN_DINAS = '6f1c2a52-8d8e-4d55-9a39-6a3c1d0a0002';
const DITJEN = '6f1c2a52-8d8e-4d55-9a39-6a3c1d0a0003';
const ITEM_8 = '7a1c2a52-8d8e-4d55-9a39-6a3c1d0a0008';
const language = () => 'id';
const KERINCI_REF = { __typename: 'AgencyRef', id: KERINCI, name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci' };

type TargetData = AnswerOf<typeof TargetsQuery>['targets'][number];
function target(over: Partial<TargetData> & { id: string }): TargetData {
  return {
    __typename: 'Target',
    agency: KERINCI_REF,
    period: '2025',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    indicator: 'ACTIVITIES',
    programmeItem: null,
    value: 120,
    achieved: 45,
    progress: 0.375,
    elapsed: 1,
    expected: 120,
    status: 'BEHIND',
    version: 1,
    updatedAt: '2025-02-01T03:00:00.000Z',
    ...over,
  };
}

const ITEM_8_REF = { __typename: 'ProgrammeItem', id: ITEM_8, number: 8, title: 'Pencegahan TPPO dan TPPM', frameworkName: '13 Program Akselerasi' };
const YEAR_TARGETS = [
  target({ id: 't1', indicator: 'ACTIVITIES', value: 1500, achieved: 1234, progress: 1234 / 1500, status: 'BEHIND' }),
  target({ id: 't2', indicator: 'COVERAGE_RATIO', value: 0.5, achieved: 0.2, progress: 0.4, status: 'BEHIND' }),
  target({ id: 't3', indicator: 'VILLAGES_REACHED', value: 10, achieved: 14, progress: 1.4, status: 'ACHIEVED' }),
  target({
    id: 't4',
    period: '2025-Q2',
    periodFrom: '2025-04-01',
    periodTo: '2025-06-30',
    indicator: 'PARTICIPANTS',
    programmeItem: ITEM_8_REF,
    value: 200,
    achieved: 150,
    progress: 0.75,
    status: 'ON_TRACK',
  }),
];

const targetsMock = (targets: TargetData[], year = 2025, agencyId = KERINCI): MockLink.MockedResponse => ({
  request: { query: TargetsQuery, variables: { agencyId, year } },
  result: { data: { targets } satisfies AnswerOf<typeof TargetsQuery> },
});

const frameworksMock: MockLink.MockedResponse = {
  request: { query: TargetFrameworksQuery },
  result: {
    data: {
      programmeFrameworks: [
        {
          __typename: 'ProgrammeFramework',
          id: 'f13',
          name: '13 Program Akselerasi',
          validFrom: '2024-01-01',
          validTo: '2025-12-31',
          items: [{ __typename: 'ProgrammeItem', id: ITEM_8, number: 8, title: 'Pencegahan TPPO dan TPPM' }],
        },
        {
          __typename: 'ProgrammeFramework',
          id: 'f15',
          name: '15 Program Aksi',
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
          items: [{ __typename: 'ProgrammeItem', id: 'item-15-1', number: 1, title: 'Program aksi pertama' }],
        },
      ],
    },
  },
  maxUsageCount: Infinity,
};

const agenciesMock: MockLink.MockedResponse = {
  request: { query: TargetAgenciesQuery },
  result: { data: { agencies: [{ __typename: 'Agency', id: KERINCI, name: KERINCI_REF.name, shortName: 'Kanim Kerinci' }] } satisfies AnswerOf<typeof TargetAgenciesQuery> },
  maxUsageCount: Infinity,
};

const setTargetMock = (variables: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: SetTargetMutation, variables },
  result,
});

function renderAt(path: string, mocks: MockLink.MockedResponse[], role: Role = 'HEAD') {
  const store = new SessionStore();
  const agency =
    role === 'ADMIN'
      ? { __typename: 'Agency', id: DITJEN, name: 'Direktorat Jenderal Imigrasi', shortName: 'Ditjen Imigrasi', type: 'DITJEN' }
      : { __typename: 'Agency', id: KERINCI, name: KERINCI_REF.name, shortName: 'Kanim Kerinci', type: 'KANTOR_IMIGRASI' };
  store.setSession(
    {
      accessToken: 'a',
      refreshToken: 'r',
      expiresIn: 900,
      user: { __typename: 'User', id: 'u1', username: 'kepala.kerinci', fullName: 'Kepala Kantor', role, mustChangePassword: false, agency } as never,
    },
    language,
  );
  return render(
    <MockedProvider mocks={[frameworksMock, agenciesMock, ...mocks]}>
      <SessionProvider store={store} language={language}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/target" element={<TargetsPage />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\u00a0/g, ' ').trim();
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map(text);
const rowOf = (table: HTMLElement, name: string | RegExp) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
const table = (name: string) => screen.getByRole('table', { name });

describe('TargetsPage', () => {
  beforeAll(() => initI18n('id'));
  afterEach(async () => {
    await act(() => setLanguage('id'));
  });

  it('lists the year’s targets by period, with figures the Indonesian way, a coverage ratio in percent, and the status', async () => {
    renderAt('/target?tahun=2025', [targetsMock(YEAR_TARGETS)]);
    const year = await screen.findByRole('table', { name: 'Tahun 2025' });
    expect(screen.getAllByRole('heading', { level: 2 }).map(text)).toEqual(['Tahun 2025', 'Triwulan II 2025', 'Tambah target']);

    // indicator | target | achieved | progress | expected by today (the year has ended) | status
    expect(cells(rowOf(year, 'Kegiatan terverifikasi'))).toEqual(['1.500', '1.234', '82 %', 'periode berakhir', 'Tertinggal', 'UbahHapus']);
    expect(cells(rowOf(year, 'Cakupan desa/kelurahan'))).toEqual(['50 %', '20 %', '40 %', 'periode berakhir', 'Tertinggal', 'UbahHapus']);
    expect(cells(rowOf(year, 'Desa/kelurahan terjangkau')).slice(0, 5)).toEqual(['10', '14', '140 %', 'periode berakhir', 'Tercapai']);
    expect(within(rowOf(year, 'Desa/kelurahan terjangkau')).getByText('Tercapai').className).toContain('target-status--achieved');

    const q2 = table('Triwulan II 2025');
    const participants = rowOf(q2, /Peserta/);
    expect(text(within(participants).getByRole('rowheader'))).toBe('PesertaProgram 8: Pencegahan TPPO dan TPPM');
    expect(cells(participants).slice(0, 5)).toEqual(['200', '150', '75 %', 'periode berakhir', 'Sesuai jalur']);
    expect(screen.getByText(/Kantor Imigrasi Kelas II Non-TPI Kerinci · tahun 2025/)).toBeTruthy();
  });

  it('shows where even work would be by today while the period runs', async () => {
    const running = target({
      id: 't9',
      period: '2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      value: 1200,
      achieved: 1100,
      progress: 1100 / 1200,
      elapsed: 0.9,
      expected: 1080,
      status: 'ON_TRACK',
    });
    renderAt('/target?tahun=2026', [targetsMock([running], 2026)]);
    const row = rowOf(await screen.findByRole('table', { name: 'Tahun 2026' }), 'Kegiatan terverifikasi');
    expect(cells(row).slice(0, 5)).toEqual(['1.200', '1.100', '92 %', '1.080', 'Sesuai jalur']);
  });

  it('creating a target sends the period, indicator, programme item and value, then lists it', async () => {
    const created = target({
      id: 't5',
      period: '2025-Q2',
      periodFrom: '2025-04-01',
      periodTo: '2025-06-30',
      indicator: 'PARTICIPANTS',
      programmeItem: ITEM_8_REF,
      value: 1500,
      achieved: 150,
      progress: 0.1,
    });
    renderAt('/target?tahun=2025', [
      targetsMock([]),
      setTargetMock({ input: { agencyId: KERINCI, period: '2025-Q2', indicator: 'PARTICIPANTS', value: 1500, programmeItemId: ITEM_8 } }, { data: { setTarget: created } }),
      targetsMock([created]),
    ]);
    expect(await screen.findByText('Belum ada target untuk 2025')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Tambah target' });
    fireEvent.change(within(form).getByLabelText('Periode'), { target: { value: '2025-Q2' } });
    fireEvent.change(within(form).getByLabelText('Indikator'), { target: { value: 'PARTICIPANTS' } });
    // Only the items of frameworks valid in the period are offered.
    const items = within(form).getByLabelText('Butir program (opsional)');
    await within(items).findByRole('option', { name: '8. Pencegahan TPPO dan TPPM' });
    expect(within(items).getAllByRole('option').map(text)).toEqual(['Tanpa butir program (semua kegiatan)', '8. Pencegahan TPPO dan TPPM']);
    fireEvent.change(items, { target: { value: ITEM_8 } });
    fireEvent.change(within(form).getByLabelText('Nilai target'), { target: { value: '1.500' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah target' }));

    expect(await screen.findByText('Target ditambahkan.')).toBeTruthy();
    const row = rowOf(table('Triwulan II 2025'), /Peserta/);
    expect(cells(row)[0]).toBe('1.500');
    expect((within(form).getByLabelText('Nilai target') as HTMLInputElement).value).toBe('');
  });

  it('says when no programme framework is in force in the target’s period, and still sets a target without an item', async () => {
    const created = target({ id: 't6', period: '2027-Q1', periodFrom: '2027-01-01', periodTo: '2027-03-31', value: 3, achieved: 0, progress: 0 });
    renderAt('/target?tahun=2027', [
      targetsMock([], 2027),
      setTargetMock({ input: { agencyId: KERINCI, period: '2027-Q1', indicator: 'ACTIVITIES', value: 3 } }, { data: { setTarget: created } }),
      targetsMock([created], 2027),
    ]);
    const form = await screen.findByRole('form', { name: 'Tambah target' });
    expect(await within(form).findByText('Tidak ada kerangka program yang berlaku pada 2027; target tetap dapat ditetapkan tanpa butir program.')).toBeTruthy();
    // The quarter is named as the period select names it.
    fireEvent.change(within(form).getByLabelText('Periode'), { target: { value: '2027-Q1' } });
    expect(within(form).getByText('Tidak ada kerangka program yang berlaku pada Triwulan I 2027; target tetap dapat ditetapkan tanpa butir program.')).toBeTruthy();
    const items = within(form).getByLabelText('Butir program (opsional)');
    expect(within(items).getAllByRole('option').map(text)).toEqual(['Tanpa butir program (semua kegiatan)']);
    fireEvent.change(within(form).getByLabelText('Nilai target'), { target: { value: '3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah target' }));
    expect(await screen.findByText('Target ditambahkan.')).toBeTruthy();
  });

  it('offers in another year the items of that year’s framework only', async () => {
    renderAt('/target?tahun=2026', [targetsMock([], 2026)]);
    const form = await screen.findByRole('form', { name: 'Tambah target' });
    const items = within(form).getByLabelText('Butir program (opsional)');
    await within(items).findByRole('option', { name: '1. Program aksi pertama' });
    expect(within(items).getAllByRole('option').map(text)).toEqual(['Tanpa butir program (semua kegiatan)', '1. Program aksi pertama']);
    expect(within(form).queryByText(/Tidak ada kerangka program/)).toBeNull();
  });

  it('takes a coverage target in percent and sends the fraction; an edit shows the fraction as percent and sends it back as one', async () => {
    const coverage = target({ id: 't2', indicator: 'COVERAGE_RATIO', value: 0.575, achieved: 0.2, progress: 0.2 / 0.575, version: 3 });
    renderAt('/target?tahun=2025', [
      targetsMock([]),
      setTargetMock({ input: { agencyId: KERINCI, period: '2025', indicator: 'COVERAGE_RATIO', value: 0.575 } }, { data: { setTarget: coverage } }),
      targetsMock([coverage]),
      setTargetMock({ input: { agencyId: KERINCI, period: '2025', indicator: 'COVERAGE_RATIO', value: 0.6 }, version: 3 }, { data: { setTarget: { ...coverage, value: 0.6, version: 4 } } }),
    ]);
    await screen.findByText('Belum ada target untuk 2025');
    const form = screen.getByRole('form', { name: 'Tambah target' });
    fireEvent.change(within(form).getByLabelText('Indikator'), { target: { value: 'COVERAGE_RATIO' } });
    fireEvent.change(within(form).getByLabelText('Nilai target (%)'), { target: { value: '57,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah target' }));

    const year = await screen.findByRole('table', { name: 'Tahun 2025' });
    expect(cells(rowOf(year, 'Cakupan desa/kelurahan'))[0]).toBe('57,5 %');

    fireEvent.click(screen.getByRole('button', { name: 'Ubah target Cakupan desa/kelurahan, Tahun 2025' }));
    const edit = screen.getByRole('form', { name: 'Ubah target Cakupan desa/kelurahan, Tahun 2025' });
    const field = within(edit).getByLabelText('Nilai target baru (%)') as HTMLInputElement;
    expect(field.value).toBe('57,5');
    fireEvent.change(field, { target: { value: '60' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Target diubah.')).toBeTruthy();
    expect(cells(rowOf(year, 'Cakupan desa/kelurahan'))[0]).toBe('60 %');
  });

  it('refuses a value that is not a whole number before asking the server', async () => {
    renderAt('/target?tahun=2025', [targetsMock([])]);
    await screen.findByText('Belum ada target untuk 2025');
    const form = screen.getByRole('form', { name: 'Tambah target' });
    fireEvent.change(within(form).getByLabelText('Nilai target'), { target: { value: '12,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah target' }));
    expect(text(await within(form).findByRole('alert'))).toBe('Isi bilangan bulat 0 sampai 100.000.000.');
  });

  it('shows the server’s words when a target exists already, and offers to reload', async () => {
    const message = 'Target untuk instansi, periode, indikator dan butir program ini sudah ada; ubah target yang ada.';
    const theirs = target({ id: 't7', value: 80 });
    renderAt('/target?tahun=2025', [
      targetsMock([]),
      setTargetMock({ input: { agencyId: KERINCI, period: '2025', indicator: 'ACTIVITIES', value: 100 } }, {
        errors: [{ message, extensions: { code: 'CONFLICT', reason: 'TARGET_ALREADY_SET', field: 'period' } }],
      } as never),
      targetsMock([theirs]),
    ]);
    await screen.findByText('Belum ada target untuk 2025');
    const form = screen.getByRole('form', { name: 'Tambah target' });
    fireEvent.change(within(form).getByLabelText('Nilai target'), { target: { value: '100' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah target' }));
    const alert = await within(form).findByRole('alert');
    expect(text(alert)).toContain(message);
    fireEvent.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    expect(cells(rowOf(await screen.findByRole('table', { name: 'Tahun 2025' }), 'Kegiatan terverifikasi'))[0]).toBe('80');
  });

  it('sends the version read with a change, shows who changed it meanwhile, and reloads on request', async () => {
    const message = 'Target ini telah diubah oleh Administrator Jangkau pada 12 Maret 2025 10.15 WIB. Muat ulang, lalu ulangi perubahan Anda.';
    const mine = target({ id: 't1', value: 120, version: 2 });
    const reloaded = { ...mine, value: 150, version: 3 };
    renderAt('/target?tahun=2025', [
      targetsMock([mine]),
      setTargetMock({ input: { agencyId: KERINCI, period: '2025', indicator: 'ACTIVITIES', value: 140 }, version: 2 }, {
        errors: [{ message, extensions: { code: 'CONFLICT', reason: 'TARGET_VERSION_CONFLICT', field: 'version' } }],
      } as never),
      targetsMock([reloaded]),
      setTargetMock({ input: { agencyId: KERINCI, period: '2025', indicator: 'ACTIVITIES', value: 140 }, version: 3 }, { data: { setTarget: { ...reloaded, value: 140, version: 4 } } }),
    ]);
    const year = await screen.findByRole('table', { name: 'Tahun 2025' });
    fireEvent.click(screen.getByRole('button', { name: 'Ubah target Kegiatan terverifikasi, Tahun 2025' }));
    const edit = screen.getByRole('form', { name: 'Ubah target Kegiatan terverifikasi, Tahun 2025' });
    fireEvent.change(within(edit).getByLabelText('Nilai target baru'), { target: { value: '140' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Simpan' }));

    const alert = await screen.findByRole('alert');
    expect(text(alert)).toContain(message);
    fireEvent.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    // Reloaded, the message goes and the edit stays open with what was typed; saving again sends the new version
    // (the mock answers only to version 3).
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const again = screen.getByRole('form', { name: 'Ubah target Kegiatan terverifikasi, Tahun 2025' });
    expect((within(again).getByLabelText('Nilai target baru') as HTMLInputElement).value).toBe('140');
    fireEvent.click(within(again).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Target diubah.')).toBeTruthy();
    expect(cells(rowOf(year, 'Kegiatan terverifikasi'))[0]).toBe('140');
  });

  it('removes a target only after confirmation', async () => {
    const mine = target({ id: 't1', version: 5 });
    renderAt('/target?tahun=2025', [
      targetsMock([mine]),
      { request: { query: RemoveTargetMutation, variables: { id: 't1', version: 5 } }, result: { data: { removeTarget: true } } },
      targetsMock([]),
    ]);
    await screen.findByRole('table', { name: 'Tahun 2025' });
    fireEvent.click(screen.getByRole('button', { name: 'Hapus target Kegiatan terverifikasi, Tahun 2025' }));
    const confirm = screen.getByRole('group', { name: 'Hapus target Kegiatan terverifikasi, Tahun 2025' });
    expect(text(confirm)).toContain('Hapus target Kegiatan terverifikasi, Tahun 2025?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ya, hapus' }));
    expect(await screen.findByText('Belum ada target untuk 2025')).toBeTruthy();
    expect(screen.getByText('Target dihapus.')).toBeTruthy();
  });

  it('opens on this year (in WIB) and says when it has no targets yet', async () => {
    const year = todayWib().slice(0, 4);
    renderAt('/target', [targetsMock([], Number(year))]);
    expect(await screen.findByText(`Belum ada target untuk ${year}`)).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Tambah target' })).toBeTruthy();
    expect((screen.getByLabelText('Tahun') as HTMLSelectElement).value).toBe(year);
  });

  it('lets a viewer read targets but not change them', async () => {
    renderAt('/target?tahun=2025', [targetsMock(YEAR_TARGETS)], 'VIEWER');
    await screen.findByRole('table', { name: 'Tahun 2025' });
    expect(screen.getByText('Anda dapat melihat target ini tetapi tidak mengubahnya.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Tambah target' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Ubah target/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Hapus target/ })).toBeNull();
  });

  it("gives a head looking at another agency's targets no way to change them", async () => {
    const theirs = [target({ id: 'd1', agency: { ...KERINCI_REF, id: MERANGIN_DINAS, name: 'Dinas PMTSP-TK Kabupaten Merangin', shortName: 'Dinas PMTSP-TK Merangin' } })];
    renderAt(`/target?tahun=2025&instansi=${MERANGIN_DINAS}`, [targetsMock(theirs, 2025, MERANGIN_DINAS)]);
    await screen.findByRole('table', { name: 'Tahun 2025' });
    expect(screen.getByText(/Dinas PMTSP-TK Kabupaten Merangin · tahun 2025/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Ubah target/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Tambah target' })).toBeNull();
  });

  it('lets an administrator choose the agency, and set its targets', async () => {
    renderAt('/target?tahun=2025', [targetsMock([], 2025, DITJEN), targetsMock(YEAR_TARGETS)], 'ADMIN');
    await screen.findByText('Belum ada target untuk 2025');
    const agency = screen.getByLabelText('Instansi') as HTMLSelectElement;
    await within(agency).findByRole('option', { name: 'Kanim Kerinci' });
    fireEvent.change(agency, { target: { value: KERINCI } });
    const year = await screen.findByRole('table', { name: 'Tahun 2025' });
    expect(within(year).getByRole('button', { name: 'Ubah target Kegiatan terverifikasi, Tahun 2025' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Tambah target' })).toBeTruthy();
  });

  it('shows an error with a retry when the targets cannot load', async () => {
    renderAt('/target?tahun=2025', [{ request: { query: TargetsQuery, variables: { agencyId: KERINCI, year: 2025 } }, error: new Error('offline') }]);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });

  it('speaks English when the reader chose it', async () => {
    await act(() => setLanguage('en'));
    renderAt('/target?tahun=2025', [targetsMock(YEAR_TARGETS)]);
    const year = await screen.findByRole('table', { name: 'Year 2025' });
    expect(cells(rowOf(year, 'Verified activities')).slice(0, 5)).toEqual(['1,500', '1,234', '82%', 'period ended', 'Behind']);
  });
});
