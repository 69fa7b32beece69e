import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { AnswerOf, ReportFieldsFragment, ReportInput } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { ReportUnreachedVillagesQuery } from '../graphql/reportUnreachedVillages.query';
import { ReportView } from './ReportView';
import { reportRow, reportValue } from '../testing/reportFixtures';

const value = reportValue;
const row = reportRow;
const report = (over: Partial<ReportFieldsFragment>): ReportFieldsFragment =>
  ({
    __typename: 'Report',
    title: 'Laporan',
    from: '2025-04-01',
    to: '2025-06-30',
    previousFrom: null,
    previousTo: null,
    rowKind: 'KANTOR_IMIGRASI',
    columns: ['ACTIVITIES'],
    standard: null,
    withTargets: false,
    withConfirmation: false,
    programmeItemId: null,
    type: null,
    restricted: false,
    totalNote: null,
    hideEmptyRows: false,
    emptyRowsHidden: 0,
    rows: [],
    total: row('TOTAL', 'Total', [value('ACTIVITIES', 0)]),
    participantsByCategory: [],
    ...over,
  }) as ReportFieldsFragment;

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

const renderView = (r: ReportFieldsFragment, input: ReportInput | null = null, mocks: MockLink.MockedResponse[] = []) =>
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/laporan']}>
        <Routes>
          <Route path="/laporan" element={<ReportView report={r} input={input} />} />
          <Route path="/kegiatan" element={<Location />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );

describe('ReportView', () => {
  beforeAll(() => initI18n('id'));
  const warn = console.warn;
  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });
  afterAll(() => jest.restoreAllMocks());

  it('opens the verified activities behind a region row: region, period, type and programme item in the list’s URL', () => {
    renderView(
      report({
        rowKind: 'KABUPATEN_KOTA',
        from: '2025-01-01',
        to: '2025-12-31',
        type: 'SOSIALISASI',
        programmeItemId: 'i8',
        rows: [row('15.02', 'Kabupaten Merangin', [value('ACTIVITIES', 3)])],
      }),
    );
    fireEvent.click(screen.getByRole('link', { name: 'Kegiatan terverifikasi di balik baris Kabupaten Merangin' }));
    expect(decodeURIComponent(screen.getByTestId('location').textContent ?? '')).toBe('/kegiatan?status=VERIFIED&dari=2025-01-01&sampai=2025-12-31&wilayah=15.02&jenis=SOSIALISASI&butir=i8');
  });

  it('opens an office row’s activities by the office, and gives the total row no link', () => {
    renderView(report({ rows: [row('a-1', 'Kantor Imigrasi Kerinci', [value('ACTIVITIES', 2)])] }));
    fireEvent.click(screen.getByRole('link', { name: /Kantor Imigrasi Kerinci/ }));
    expect(screen.getByTestId('location').textContent).toBe('/kegiatan?status=VERIFIED&dari=2025-04-01&sampai=2025-06-30&instansi=a-1');
  });

  it('shows target, achieved, progress and pacing for office rows when the report promises them, "—" where none is set', () => {
    renderView(
      report({
        withTargets: true,
        columns: ['VILLAGES_REACHED'],
        rows: [
          row('a-1', 'Kanim Kerinci', [value('VILLAGES_REACHED', 14, { target: 20, achieved: 14, progress: 0.7, status: 'BEHIND' })]),
          row('a-2', 'Kanim Jambi', [value('VILLAGES_REACHED', 3)]),
        ],
        total: row('TOTAL', 'Total', [value('VILLAGES_REACHED', 17)]),
      }),
    );
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Kantor imigrasi', 'Desa/kelurahan terjangkau', 'Target', 'Tercapai', 'Progres', 'Laju']);
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' '));
    expect(cells(/Kanim Kerinci/)).toEqual(['14', '20', '14', '70 %', 'Tertinggal']);
    expect(cells(/Kanim Jambi/)).toEqual(['3', '—', '—', '—', '—']);
    expect(screen.getByText(/belum ada target yang ditetapkan/)).toBeTruthy();
  });

  it('shows each row’s villages reached as confirmed / disputed / unanswered by their own government when asked for', () => {
    const reached = (n: number) => [value('VILLAGES_REACHED', n)];
    renderView(
      report({
        rowKind: 'KABUPATEN_KOTA',
        withConfirmation: true,
        columns: ['VILLAGES_REACHED'],
        rows: [
          row('15.01', 'Kabupaten Kerinci', reached(3), { villagesConfirmed: 0, villagesDisputed: 0, villagesUnanswered: 3 }),
          row('15.02', 'Kabupaten Merangin', reached(14), { villagesConfirmed: 1, villagesDisputed: 1, villagesUnanswered: 12 }),
        ],
        total: row('TOTAL', 'Total', reached(17), { villagesConfirmed: 1, villagesDisputed: 1, villagesUnanswered: 15 }),
      }),
    );
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Kabupaten/kota', 'Desa/kelurahan terjangkau', 'Desa dikonfirmasi', 'Desa disanggah', 'Desa belum dijawab']);
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/Kabupaten Merangin/)).toEqual(['14', '1', '1', '12']);
    expect(cells(/Kabupaten Kerinci/)).toEqual(['3', '0', '0', '3']);
    expect(cells(/^Jumlah/)).toEqual(['17', '1', '1', '15']);
  });

  it('shows no confirmation columns when the report was not asked for them', () => {
    renderView(
      report({ columns: ['VILLAGES_REACHED'], rows: [row('a-1', 'Kanim Kerinci', [value('VILLAGES_REACHED', 14)])], total: row('TOTAL', 'Total', [value('VILLAGES_REACHED', 14)]) }),
    );
    expect(within(screen.getByRole('table')).queryByRole('columnheader', { name: 'Desa dikonfirmasi' })).toBeNull();
  });

  it('lists Belum Terjangkau’s villages a page at a time', async () => {
    const input: ReportInput = { rows: 'KANTOR_IMIGRASI', period: '2026', indicators: ['VILLAGES_REACHED'], standard: 'BELUM_TERJANGKAU' };
    const village = (i: number): NonNullable<AnswerOf<typeof ReportUnreachedVillagesQuery>['reportUnreachedVillages']>['rows'][number] => ({
      __typename: 'UnreachedVillage',
      code: `15.01.01.${String(2000 + i)}`,
      name: `Desa ${i}`,
      kecamatan: 'Gunung Raya',
      kabupaten: 'Kabupaten Kerinci',
      lastReachedOn: i === 1 ? '2025-06-12' : null,
      offices: ['Kanim Kerinci'],
      nearestDesaBinaan: i === 1 ? { __typename: 'NearestDesaBinaan', code: '15.01.01.2050', name: 'Pulau Rengas', agency: 'Kanim Kerinci', distanceKm: 3.25, basis: 'DISTANCE' } : null,
    });
    const page = (offset: number, rows: number[]) => ({
      request: { query: ReportUnreachedVillagesQuery, variables: { input, first: 50, offset } },
      result: {
        data: { reportUnreachedVillages: { __typename: 'UnreachedVillagePage', total: 52, asOf: '2026-12-05', rows: rows.map(village) } } satisfies AnswerOf<
          typeof ReportUnreachedVillagesQuery
        >,
      },
    });
    renderView(report({ standard: 'BELUM_TERJANGKAU', rows: [row('a-1', 'Kanim Kerinci', [value('ACTIVITIES', 0)], { villagesNeverReached: 51, villagesNotRecentlyReached: 52 })] }), input, [
      page(
        0,
        Array.from({ length: 50 }, (_, i) => i + 1),
      ),
      page(50, [51, 52]),
    ]);
    expect(await screen.findByText(/52 desa\/kelurahan tidak dijangkau/)).toBeTruthy();
    const list = screen.getByRole('table', { name: /Desa 1–50 dari 52/ });
    const first = within(list).getByRole('row', { name: /Desa 1 / });
    expect(first.textContent).toContain('12 Jun 2025');
    expect(first.textContent).toContain('Pulau Rengas (Kanim Kerinci)');
    expect(first.textContent).toContain('3,3 km');
    expect(within(list).getByRole('row', { name: /Desa 2 / }).textContent).toContain('belum pernah');
    expect(screen.getByRole('status').textContent).toBe('Desa 1–50 dari 52');
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya →' }));
    expect(await screen.findByRole('table', { name: 'Desa 51–52 dari 52' })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Desa 52 / })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Berikutnya →' })).toHaveProperty('disabled', true);
  });
});
