import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { FilterProgrammesQuery, SessionProvider, signedInStore, type AnswerOf, type Indicator, type ParticipantCategory } from '@jangkau/web-data-access';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { ReportFromSavedQuery } from '../graphql/reportFromSaved.query';
import { ReportScheduleQuery } from '../graphql/reportSchedule.query';
import { ReportQuery } from '../graphql/report.query';
import { DeleteSavedReportMutation } from '../graphql/deleteSavedReport.mutation';
import { SaveReportMutation } from '../graphql/saveReport.mutation';
import { UpdateSavedReportMutation } from '../graphql/updateSavedReport.mutation';
import { SavedReportsQuery } from '../graphql/savedReports.query';
import { StandardReportsQuery } from '../graphql/standardReports.query';
import { ReportPage } from './ReportPage';
import { SavedReportPage } from './SavedReportPage';
import { reportRow, reportValue } from '../testing/reportFixtures';
import { at } from '@jangkau/shared-domain';

const language = () => 'id';
/** Types a period into the builder's period picker and applies it with Enter. */
const typePeriod = (text: string) => {
  const box = screen.getByRole('textbox', { name: 'Atau ketik periode' });
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
};
const REKAP_INDICATORS: Indicator[] = ['ACTIVITIES', 'PARTICIPANTS', 'OFFICIALS_REACHED', 'VILLAGES_REACHED'];

type Report = NonNullable<AnswerOf<typeof ReportQuery>['report']>;
type Saved = AnswerOf<typeof SavedReportsQuery>['savedReports'][number];

const standardMock: MockLink.MockedResponse = {
  request: { query: StandardReportsQuery },
  result: {
    data: {
      standardReports: [
        {
          __typename: 'StandardReport',
          key: 'REKAP_SOSIALISASI',
          title: 'Rekap Sosialisasi per Kabupaten/Kota',
          description: 'Kegiatan, peserta per kategori dan jenis kelamin, desa/kelurahan terjangkau.',
          unavailable: null,
          input: {
            __typename: 'ReportDefinition',
            rows: 'KABUPATEN_KOTA',
            indicators: REKAP_INDICATORS,
            period: '2026',
            from: null,
            to: null,
            compare: 'NONE',
            programmeItemId: null,
            type: 'SOSIALISASI',
            withinRegion: null,
            standard: 'REKAP_SOSIALISASI',
            withTargets: null,
            withConfirmation: null,
            hideEmptyRows: null,
          },
        },
      ],
    } satisfies AnswerOf<typeof StandardReportsQuery>,
  },
};

const savedInputOf = (over: Partial<Saved['input']> = {}): Saved['input'] => ({
  __typename: 'ReportDefinition',
  rows: 'KABUPATEN_KOTA',
  indicators: REKAP_INDICATORS,
  period: '2025',
  from: null,
  to: null,
  compare: 'NONE',
  programmeItemId: null,
  type: 'SOSIALISASI',
  withinRegion: null,
  standard: 'REKAP_SOSIALISASI',
  withTargets: null,
  withConfirmation: null,
  hideEmptyRows: null,
  ...over,
});
const savedReport = (over: Partial<Saved> = {}): Saved => ({
  __typename: 'SavedReport',
  id: 's1',
  name: 'Rekap Jambi 2025',
  version: 1,
  mine: true,
  ownerName: 'Kepala Kanwil',
  updatedAt: '2026-11-30T06:00:00.000Z',
  schedule: null,
  input: savedInputOf(),
  ...over,
});
const savedListMock = (list: Saved[] = []): MockLink.MockedResponse => ({
  request: { query: SavedReportsQuery },
  result: { data: { savedReports: list } satisfies AnswerOf<typeof SavedReportsQuery> },
});

const row = (key: string, label: string, values: number[], participants: [ParticipantCategory, number, number][] = []) =>
  reportRow(
    key,
    label,
    REKAP_INDICATORS.map((indicator, i) => reportValue(indicator, at(values, i, `${label} value`))),
    { participantsByCategory: participants.map(([category, male, female]) => ({ __typename: 'ParticipantCategoryCount', category, male, female })) },
  );

const reportData = (over: Partial<Report> = {}): Report => ({
  __typename: 'Report',
  title: 'Rekap Sosialisasi per Kabupaten/Kota',
  from: '2025-01-01',
  to: '2025-12-31',
  previousFrom: null,
  previousTo: null,
  rowKind: 'KABUPATEN_KOTA',
  columns: REKAP_INDICATORS,
  standard: 'REKAP_SOSIALISASI',
  withTargets: false,
  withConfirmation: false,
  programmeItemId: null,
  type: 'SOSIALISASI',
  restricted: true,
  totalNote: 'Jumlah menghitung setiap desa/kelurahan sekali.',
  hideEmptyRows: false,
  emptyRowsHidden: 0,
  rows: [
    row(
      '15.02',
      'Kabupaten Merangin',
      [1234, 12345, 16, 14],
      [
        ['KEPALA_DESA', 10, 0],
        ['MASYARAKAT_UMUM', 6000, 6329],
      ],
    ),
    row('15.01', 'Kabupaten Kerinci', [2, 40, 0, 2], [['MASYARAKAT_UMUM', 18, 22]]),
  ],
  total: row(
    'TOTAL',
    'Jumlah',
    [1236, 12385, 16, 15],
    [
      ['KEPALA_DESA', 10, 0],
      ['MASYARAKAT_UMUM', 6018, 6351],
    ],
  ),
  participantsByCategory: [{ __typename: 'ParticipantCategoryCount', category: 'KEPALA_DESA', male: 10, female: 4 }],
  ...over,
});
const reportMock = (input: Record<string, unknown>, over: Partial<Report> = {}): MockLink.MockedResponse => ({
  request: { query: ReportQuery, variables: { input } },
  result: { data: { report: reportData(over) } satisfies AnswerOf<typeof ReportQuery> },
});

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  const store = signedInStore(
    { username: 'kanwil.jambi', fullName: 'Kepala Kanwil', role: 'HEAD', agency: { __typename: 'Agency', id: 'kanwil', name: 'Kanwil Jambi', shortName: 'Kanwil Jambi', type: 'KANWIL' } },
    language,
  );
  return render(
    <MockedProvider
      mocks={[
        ...(mocks.some((m) => m.request.query === SavedReportsQuery) ? [] : [savedListMock()]),
        ...(mocks.some((m) => m.request.query === FilterProgrammesQuery) ? [] : [{ request: { query: FilterProgrammesQuery }, result: { data: { programmeFrameworks: [] } } }]),
        ...mocks,
      ]}
    >
      <SessionProvider store={store} language={language}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/laporan" element={<ReportPage />} />
            <Route path="/laporan/simpan/:id" element={<SavedReportPage />} />
          </Routes>
          <Location />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\u00a0/g, ' ');
const location = () => decodeURIComponent(screen.getByTestId('location').textContent ?? '');

describe('ReportPage', () => {
  beforeAll(() => initI18n('id'));
  // jsdom lays nothing out, so recharts' ResponsiveContainer measures 0×0 and says so; the chart is not under test.
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

  it('runs a standard report in one click for the period in the URL: Indonesian numbers, the total and its note, the restricted notice', async () => {
    renderAt('/laporan?periode=2025', [
      standardMock,
      reportMock({ rows: 'KABUPATEN_KOTA', indicators: REKAP_INDICATORS, from: '2025-01-01', to: '2025-12-31', compare: 'NONE', type: 'SOSIALISASI', standard: 'REKAP_SOSIALISASI' }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Jalankan: Rekap Sosialisasi per Kabupaten/Kota' }));
    expect(location()).toBe('/laporan?baris=KABUPATEN_KOTA&indikator=ACTIVITIES,PARTICIPANTS,OFFICIALS_REACHED,VILLAGES_REACHED&periode=2025&jenis=SOSIALISASI&standar=REKAP_SOSIALISASI');

    const table = await screen.findByRole('table', { name: /Rekap Sosialisasi per Kabupaten\/Kota/ });
    const merangin = within(table).getByRole('row', { name: /Kabupaten Merangin/ });
    expect(within(merangin).getAllByRole('cell').map(text)).toEqual(['1.234', '12.345', '16', '14']);
    const total = within(table).getByRole('row', { name: /^Jumlah/ });
    expect(within(total).getAllByRole('cell').map(text)).toEqual(['1.236', '12.385', '16', '15']);
    expect(screen.getByText('Jumlah menghitung setiap desa/kelurahan sekali.')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('di luar hak akses Anda');
    const participants = screen.getByRole('table', { name: 'Peserta per kategori dan jenis kelamin' });
    expect(within(participants).getByRole('row', { name: /Kepala desa/ }).textContent).toContain('14');
  });

  it('hides rows without activity as the API does by default, says how many, and keeps the checkbox in the URL', async () => {
    const url = '/laporan?baris=KABUPATEN_KOTA&indikator=ACTIVITIES,PARTICIPANTS,OFFICIALS_REACHED,VILLAGES_REACHED&periode=2025&jenis=SOSIALISASI&standar=REKAP_SOSIALISASI';
    const input = { rows: 'KABUPATEN_KOTA', indicators: REKAP_INDICATORS, from: '2025-01-01', to: '2025-12-31', compare: 'NONE', type: 'SOSIALISASI', standard: 'REKAP_SOSIALISASI' };
    const all = [...reportData().rows, row('15.04', 'Kabupaten Batanghari', [0, 0, 0, 0])];
    renderAt(url, [
      standardMock,
      // No choice in the URL: the API's default (the whole country: hidden).
      reportMock(input, { hideEmptyRows: true, emptyRowsHidden: 512, restricted: false }),
      reportMock({ ...input, hideEmptyRows: false }, { hideEmptyRows: false, emptyRowsHidden: 0, restricted: false, rows: all }),
      reportMock({ ...input, hideEmptyRows: true }, { hideEmptyRows: true, emptyRowsHidden: 512, restricted: false }),
    ]);
    const box = (await screen.findByRole('checkbox', { name: 'Sembunyikan baris tanpa kegiatan' })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByRole('note').textContent).toBe('Baris tanpa kegiatan disembunyikan: 512 dari 514 kabupaten/kota. Jumlah tetap mencakup semuanya.');
    expect(screen.queryByRole('row', { name: /Batanghari/ })).toBeNull();

    // Unticked: every row, written into the URL with the rest of the report.
    fireEvent.click(box);
    expect(location()).toBe(`${url}&kosong=tampilkan`);
    const table = await screen.findByRole('table', { name: /Rekap Sosialisasi/ });
    expect(await within(table).findByRole('row', { name: /Kabupaten Batanghari/ })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Sembunyikan baris tanpa kegiatan' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText(/Baris tanpa kegiatan disembunyikan/)).toBeNull();

    // Ticked again: said in the URL too, so a saved or shared link keeps it.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sembunyikan baris tanpa kegiatan' }));
    expect(location()).toBe(`${url}&kosong=sembunyikan`);
    expect(await screen.findByText(/^Baris tanpa kegiatan disembunyikan: 512 dari 514/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('row', { name: /Batanghari/ })).toBeNull());
  });

  it('opens a saved report with its choice about rows without activity', async () => {
    renderAt('/laporan', [standardMock, savedListMock([savedReport({ input: savedInputOf({ hideEmptyRows: false }) })])]);
    const link = await screen.findByRole('link', { name: 'Rekap Jambi 2025' });
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe(
      '/laporan?baris=KABUPATEN_KOTA&indikator=ACTIVITIES,PARTICIPANTS,OFFICIALS_REACHED,VILLAGES_REACHED&periode=2025&jenis=SOSIALISASI&standar=REKAP_SOSIALISASI&kosong=tampilkan',
    );
  });

  it('shows participants per row by category and sex in a folded table of its own', async () => {
    renderAt('/laporan?baris=KABUPATEN_KOTA&indikator=ACTIVITIES,PARTICIPANTS,OFFICIALS_REACHED,VILLAGES_REACHED&periode=2025&jenis=SOSIALISASI&standar=REKAP_SOSIALISASI', [
      standardMock,
      reportMock({ rows: 'KABUPATEN_KOTA', indicators: REKAP_INDICATORS, from: '2025-01-01', to: '2025-12-31', compare: 'NONE', type: 'SOSIALISASI', standard: 'REKAP_SOSIALISASI' }),
    ]);
    fireEvent.click(await screen.findByText('Peserta per baris menurut kategori dan jenis kelamin', { selector: 'summary' }));
    const table = screen.getByRole('table', { name: /^Peserta per baris/ });
    expect(within(table).getAllByRole('columnheader').map(text)).toEqual(['Kabupaten/kota', 'Kepala desa', 'Masyarakat umum', 'Semua kategori', 'L', 'P', 'L', 'P', 'L', 'P', 'Jumlah']);
    const merangin = within(table).getByRole('row', { name: /Kabupaten Merangin/ });
    expect(within(merangin).getAllByRole('cell').map(text)).toEqual(['10', '0', '6.000', '6.329', '6.010', '6.329', '12.339']);
    const kerinci = within(table).getByRole('row', { name: /Kabupaten Kerinci/ });
    expect(within(kerinci).getAllByRole('cell').map(text)).toEqual(['0', '0', '18', '22', '18', '22', '40']);
    expect(
      within(within(table).getByRole('row', { name: /^Jumlah/ }))
        .getAllByRole('cell')
        .map(text),
    ).toEqual(['10', '0', '6.018', '6.351', '6.028', '6.351', '12.379']);
    // The wide table scrolls inside its own container (never the page).
    expect(table.closest('.table-wrap')).toBeTruthy();
  });

  it('says on the Capaian card when no programme framework is in force, and runs it for another period without the card’s item', async () => {
    const capaian = (programmeItemId: string | null, unavailable: string | null): MockLink.MockedResponse => ({
      request: { query: StandardReportsQuery },
      result: {
        data: {
          standardReports: [
            {
              __typename: 'StandardReport',
              key: 'CAPAIAN_AKSELERASI',
              title: 'Capaian Program Akselerasi per Kantor Imigrasi',
              description: 'Setiap kantor imigrasi: kegiatan butir 8 kerangka program yang berlaku pada triwulan ini (WIB).',
              unavailable,
              input: savedInputOf({ rows: 'KANTOR_IMIGRASI', indicators: ['ACTIVITIES'], period: '2026-Q4', type: null, programmeItemId, standard: 'CAPAIAN_AKSELERASI' }),
            },
          ],
        },
      },
    });
    const none =
      'Tidak ada kerangka program yang berlaku pada 2026-10-01 s.d. 2026-12-31, sehingga laporan "Capaian Program Akselerasi per Kantor Imigrasi" tidak dapat disusun untuk periode ini.';
    // Run anyway, the server refuses it in the same words, and the page shows them.
    const refused: MockLink.MockedResponse = {
      request: {
        query: ReportQuery,
        variables: { input: { rows: 'KANTOR_IMIGRASI', indicators: ['ACTIVITIES'], from: '2026-10-01', to: '2026-12-31', compare: 'NONE', standard: 'CAPAIAN_AKSELERASI' } },
      },
      result: { errors: [{ message: none, extensions: { code: 'BAD_USER_INPUT', reason: 'REPORT_NO_FRAMEWORK_IN_FORCE' } }] },
    };
    const first = renderAt('/laporan', [capaian(null, none), refused]);
    expect(await screen.findByText(none)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Jalankan: Capaian Program Akselerasi per Kantor Imigrasi' }));
    expect(location()).toBe('/laporan?baris=KANTOR_IMIGRASI&indikator=ACTIVITIES&periode=2026-Q4&standar=CAPAIAN_AKSELERASI');
    await waitFor(() => expect(screen.getAllByText(none)).toHaveLength(2));
    first.unmount();

    // Another period than the card's: no item from the card, the server takes item 8 of that period's framework.
    const anyReport: MockLink.MockedResponse = { request: { query: ReportQuery, variables: () => true }, result: { data: { report: null } }, maxUsageCount: Infinity };
    const other = renderAt('/laporan?periode=2025', [capaian(null, none), anyReport]);
    fireEvent.click(await screen.findByRole('button', { name: /Jalankan: Capaian/ }));
    expect(location()).toBe('/laporan?baris=KANTOR_IMIGRASI&indikator=ACTIVITIES&periode=2025&standar=CAPAIAN_AKSELERASI');
    other.unmount();

    // In force now: the card's own period keeps its item 8; another period leaves the choice of item to the server.
    const own = renderAt('/laporan', [capaian('i8', null), anyReport]);
    fireEvent.click(await screen.findByRole('button', { name: /Jalankan: Capaian/ }));
    expect(location()).toBe('/laporan?baris=KANTOR_IMIGRASI&indikator=ACTIVITIES&periode=2026-Q4&standar=CAPAIAN_AKSELERASI&program=i8');
    expect(screen.queryByText(/Tidak ada kerangka program/)).toBeNull();
    own.unmount();
    renderAt('/laporan?periode=2025-Q2', [capaian('i8', null), anyReport]);
    fireEvent.click(await screen.findByRole('button', { name: /Jalankan: Capaian/ }));
    expect(location()).toBe('/laporan?baris=KANTOR_IMIGRASI&indikator=ACTIVITIES&periode=2025-Q2&standar=CAPAIAN_AKSELERASI');
  });

  it('offers in the builder the programme items of the frameworks overlapping its period, and says when none does', async () => {
    const frameworks: MockLink.MockedResponse = {
      request: { query: FilterProgrammesQuery },
      result: {
        data: {
          programmeFrameworks: [
            {
              __typename: 'ProgrammeFramework',
              id: 'f15',
              name: '15 Program Aksi',
              validFrom: '2027-01-01',
              validTo: '2027-12-31',
              items: [{ __typename: 'ProgrammeItem', id: 'a1', number: 1, title: 'Program aksi pertama' }],
            },
            {
              __typename: 'ProgrammeFramework',
              id: 'f13',
              name: '13 Program Akselerasi',
              validFrom: '2024-01-01',
              validTo: '2025-12-31',
              items: [{ __typename: 'ProgrammeItem', id: 'i8', number: 8, title: 'Pencegahan TPPO dan TPPM' }],
            },
          ],
        },
      },
    };
    renderAt('/laporan?periode=2025&program=i8', [standardMock, frameworks]);
    const select = (await screen.findByRole('combobox', { name: 'Butir program' })) as HTMLSelectElement;
    await within(select).findByRole('option', { name: '8. Pencegahan TPPO dan TPPM' });
    expect(within(select).getAllByRole('option').map(text)).toEqual(['Semua program', '8. Pencegahan TPPO dan TPPM']);
    expect(select.value).toBe('i8');

    // A year without a framework: the chosen item is shown apart and said not to apply; none other is offered.
    typePeriod('2026');
    expect(within(select).getAllByRole('option').map(text)).toEqual(['Semua program', '8. Pencegahan TPPO dan TPPM']);
    expect(within(select).getByRole('group', { name: 'Tidak berlaku pada periode ini' })).toBeTruthy();
    expect(screen.getByText(/^Butir yang dipilih tidak berlaku pada periode ini \(13 Program Akselerasi berlaku 1 Januari 2024 s\.d\. 31 Desember 2025\)/)).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect(within(select).getAllByRole('option').map(text)).toEqual(['Semua program']);
    expect(screen.getByText('Tidak ada kerangka program yang berlaku pada periode ini, jadi tidak ada butir program untuk disaring.')).toBeTruthy();

    // A period across two frameworks: both, newest first.
    typePeriod('2027-Q1');
    expect(within(select).getAllByRole('option').map(text)).toEqual(['Semua program', '1. Program aksi pertama']);
    expect(screen.queryByText(/Tidak ada kerangka program/)).toBeNull();
  });

  it('asks for the village confirmation columns from the builder (konfirmasi=1 in the URL)', async () => {
    renderAt('/laporan', [
      standardMock,
      reportMock({ rows: 'KABUPATEN_KOTA', indicators: ['VILLAGES_REACHED'], from: '2025-01-01', to: '2025-12-31', compare: 'NONE', withConfirmation: true }, { withConfirmation: true }),
    ]);
    await screen.findByRole('button', { name: /Jalankan: Rekap/ });
    typePeriod('2025');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Desa/kelurahan terjangkau' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Tampilkan konfirmasi desa terjangkau/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan laporan' }));
    expect(location()).toBe('/laporan?baris=KABUPATEN_KOTA&indikator=VILLAGES_REACHED&periode=2025&konfirmasi=1');
    expect(await screen.findByRole('table', { name: /Rekap Sosialisasi/ })).toBeTruthy();
  });

  it('writes the built report into the URL, so it can be linked and reloaded', async () => {
    renderAt('/laporan', [
      standardMock,
      reportMock({ rows: 'KANTOR_IMIGRASI', indicators: ['ACTIVITIES', 'COVERAGE_RATIO'], from: '2025-04-01', to: '2025-06-30', compare: 'SAME_PERIOD_LAST_YEAR' }),
    ]);
    await screen.findByRole('button', { name: /Jalankan: Rekap/ });
    fireEvent.change(screen.getByLabelText('Baris'), { target: { value: 'KANTOR_IMIGRASI' } });
    typePeriod('2025-Q2');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kegiatan terverifikasi' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cakupan desa/kelurahan' }));
    fireEvent.change(screen.getByLabelText('Pembanding'), { target: { value: 'SAME_PERIOD_LAST_YEAR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan laporan' }));
    expect(location()).toBe('/laporan?baris=KANTOR_IMIGRASI&indikator=ACTIVITIES,COVERAGE_RATIO&periode=2025-Q2&banding=SAME_PERIOD_LAST_YEAR');
    // The URL is the report: the page runs what it says.
    expect(await screen.findByRole('table', { name: /Rekap Sosialisasi/ })).toBeTruthy();
  });

  it('runs no report over a period it cannot read, and says so by the period instead of reporting the whole year', async () => {
    renderAt('/laporan?baris=KABUPATEN_KOTA&indikator=ACTIVITIES&periode=Triwulan V 2025', [standardMock]);
    await screen.findByRole('button', { name: /Jalankan: Rekap/ });
    expect(screen.getByText(/^Periode pada alamat ini tidak dapat dipakai\. Periode tidak dikenali: "Triwulan V 2025"/)).toBeTruthy();
    expect(screen.queryByText('Menjalankan laporan…')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('runs an old link whose period is written in words as that period', async () => {
    renderAt('/laporan?baris=KANTOR_IMIGRASI&indikator=ACTIVITIES&periode=Triwulan II 2025', [
      standardMock,
      reportMock({ rows: 'KANTOR_IMIGRASI', indicators: ['ACTIVITIES'], from: '2025-04-01', to: '2025-06-30', compare: 'NONE' }),
    ]);
    expect(await screen.findByRole('table', { name: /Rekap Sosialisasi/ })).toBeTruthy();
    expect(screen.getByText('Dipilih: Triwulan II 2025')).toBeTruthy();
  });

  it('asks for an indicator before building', async () => {
    renderAt('/laporan', [standardMock]);
    await screen.findByRole('button', { name: /Jalankan: Rekap/ });
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan laporan' }));
    expect(screen.getByText('Pilih setidaknya satu indikator.')).toBeTruthy();
    expect(location()).toBe('/laporan');
  });

  it('saves the report on screen under a name with the input it runs', async () => {
    const input = { rows: 'KABUPATEN_KOTA', indicators: REKAP_INDICATORS, from: '2025-01-01', to: '2025-12-31', compare: 'NONE', type: 'SOSIALISASI', standard: 'REKAP_SOSIALISASI' };
    const saved = jest.fn(() => ({ data: { saveReport: savedReport() } }));
    renderAt('/laporan?baris=KABUPATEN_KOTA&indikator=ACTIVITIES,PARTICIPANTS,OFFICIALS_REACHED,VILLAGES_REACHED&periode=2025&jenis=SOSIALISASI&standar=REKAP_SOSIALISASI', [
      savedListMock(),
      standardMock,
      reportMock(input),
      { request: { query: SaveReportMutation, variables: { name: 'Rekap Jambi 2025', input } }, result: saved },
      savedListMock([savedReport()]),
    ]);
    await screen.findByRole('table', { name: /Rekap Sosialisasi/ });
    fireEvent.change(screen.getByLabelText('Nama laporan'), { target: { value: '  Rekap Jambi 2025 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan laporan ini' }));
    expect(await screen.findByText('Laporan disimpan.')).toBeTruthy();
    expect(saved).toHaveBeenCalled();
    // The list refetched: the saved report opens the same definition.
    const link = await screen.findByRole('link', { name: 'Rekap Jambi 2025' });
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe(
      '/laporan?baris=KABUPATEN_KOTA&indikator=ACTIVITIES,PARTICIPANTS,OFFICIALS_REACHED,VILLAGES_REACHED&periode=2025&jenis=SOSIALISASI&standar=REKAP_SOSIALISASI',
    );
  });

  it('opens a shared link with reportFromSaved and says the figures are the opener’s', async () => {
    const opened = jest.fn(() => ({ data: { savedReport: savedReport({ mine: false, ownerName: 'Admin Pusat' }), reportFromSaved: reportData() } }));
    renderAt('/laporan/simpan/s1', [{ request: { query: ReportFromSavedQuery, variables: { id: 's1' } }, result: opened }]);
    expect(await screen.findByRole('heading', { name: 'Rekap Jambi 2025' })).toBeTruthy();
    expect(opened).toHaveBeenCalled();
    expect(screen.getByText('Disimpan oleh Admin Pusat')).toBeTruthy();
    expect(at(screen.getAllByRole('note'), 0, 'note').textContent).toContain('hak akses Anda sendiri');
    const table = screen.getByRole('table', { name: /Rekap Sosialisasi/ });
    expect(within(table).getByRole('row', { name: /Kabupaten Merangin/ }).textContent).toContain('1.234');
    expect(screen.getByRole('group', { name: 'Unduh laporan' })).toBeTruthy();
  });

  it('does not tell the owner of a saved report that it runs with their own rights, and offers them its schedule', async () => {
    renderAt('/laporan/simpan/s1', [
      {
        request: { query: ReportFromSavedQuery, variables: { id: 's1' } },
        result: { data: { savedReport: savedReport({ mine: true }), reportFromSaved: reportData() } satisfies AnswerOf<typeof ReportFromSavedQuery> },
      },
      { request: { query: ReportScheduleQuery, variables: { savedReportId: 's1' } }, result: { data: { reportSchedule: null } } },
    ]);
    expect(await screen.findByRole('heading', { name: 'Rekap Jambi 2025' })).toBeTruthy();
    expect(await screen.findByLabelText('Frekuensi')).toBeTruthy();
    expect(screen.queryByText(/hak akses Anda sendiri/)).toBeNull();
  });

  it('says in the saved list which reports are sent by e-mail, how often, as what and to how many', async () => {
    const schedule = (over: Partial<NonNullable<Saved['schedule']>>): Saved['schedule'] => ({
      __typename: 'SavedReportScheduleSummary',
      frequency: 'QUARTERLY',
      format: 'PDF',
      recipients: 3,
      active: true,
      ...over,
    });
    renderAt('/laporan', [
      standardMock,
      savedListMock([
        savedReport({ id: 's1', name: 'Triwulanan ke Kanwil', schedule: schedule({}) }),
        savedReport({ id: 's2', name: 'Bulanan', schedule: schedule({ frequency: 'MONTHLY', format: 'XLSX', recipients: 1 }) }),
        savedReport({ id: 's3', name: 'Dihentikan', schedule: schedule({ active: false }) }),
        savedReport({ id: 's4', name: 'Tanpa jadwal' }),
      ]),
    ]);
    const item = async (name: string) => (await screen.findByRole('link', { name })).closest('li') as HTMLElement;
    expect(text(await item('Triwulanan ke Kanwil'))).toContain('Dikirim setiap triwulan sebagai PDF kepada 3 penerima');
    expect(text(await item('Bulanan'))).toContain('Dikirim setiap bulan sebagai XLSX kepada 1 penerima');
    expect(text(await item('Dihentikan'))).toContain('Pengiriman terjadwal nonaktif');
    expect(text(await item('Tanpa jadwal'))).not.toMatch(/Dikirim|Pengiriman/);
    await act(() => setLanguage('en'));
    expect(text(await item('Bulanan'))).toContain('Sent every month as XLSX to 1 recipient');
    expect(text(await item('Triwulanan ke Kanwil'))).toContain('Sent every quarter as PDF to 3 recipients');
  });

  it('renames a saved report with the version read, and shows the API’s message when someone changed it meanwhile', async () => {
    const input = { rows: 'KABUPATEN_KOTA', indicators: REKAP_INDICATORS, period: '2025', compare: 'NONE', type: 'SOSIALISASI', standard: 'REKAP_SOSIALISASI' };
    const renamed = jest.fn(() => ({ data: { updateSavedReport: savedReport({ name: 'Rekap Jambi', version: 2 }) } }));
    renderAt('/laporan', [
      standardMock,
      savedListMock([savedReport()]),
      { request: { query: UpdateSavedReportMutation, variables: { id: 's1', version: 1, name: 'Rekap Jambi', input } }, result: renamed },
      {
        request: { query: DeleteSavedReportMutation, variables: { id: 's1', version: 2 } },
        result: { errors: [new GraphQLError('Laporan tersimpan ini telah diubah orang lain. Muat ulang lalu coba lagi.')] },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ganti nama Rekap Jambi 2025' }));
    fireEvent.change(screen.getByDisplayValue('Rekap Jambi 2025'), { target: { value: 'Rekap Jambi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan nama' }));
    expect(await screen.findByRole('link', { name: 'Rekap Jambi' })).toBeTruthy();
    expect(renamed).toHaveBeenCalled();

    jest.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Hapus Rekap Jambi' }));
    expect(await screen.findByText('Laporan tersimpan ini telah diubah orang lain. Muat ulang lalu coba lagi.')).toBeTruthy();
  });
});
