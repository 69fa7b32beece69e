import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { RegionDesaBinaanQuery } from '../graphql/regionDesaBinaan.query';
import { RegionPageQuery } from '../graphql/regionPage.query';
import { SearchRegionsQuery, type AnswerOf, type RegionLevel } from '@jangkau/web-data-access';
import { WilayahPage } from './WilayahPage';

type RegionAnswer = NonNullable<AnswerOf<typeof RegionPageQuery>['region']>;

const counts = (c: Partial<Record<string, number>> = {}) => ({
  __typename: 'RegionCounts',
  kabupaten: 0,
  kota: 0,
  kecamatan: 0,
  desa: 0,
  kelurahan: 0,
  desaAdat: 0,
  villages: 0,
  ...c,
});
const village = (code: string, name: string, level: RegionLevel = 'DESA') => ({ __typename: 'Region', code, name, level, villageCount: 0, counts: counts() });

const bangkoMock: MockLink.MockedResponse = {
  request: { query: RegionPageQuery, variables: { code: '15.02.02' } },
  result: {
    data: {
      region: {
        __typename: 'Region',
        code: '15.02.02',
        name: 'Bangko',
        level: 'KECAMATAN',
        villageCount: 8,
        counts: counts({ desa: 4, kelurahan: 4, villages: 8 }),
        ancestors: [
          { __typename: 'Region', code: '15', name: 'Jambi', level: 'PROVINSI' },
          { __typename: 'Region', code: '15.02', name: 'Kabupaten Merangin', level: 'KABUPATEN' },
        ],
        children: [village('15.02.02.1010', 'Pasar Bangko', 'KELURAHAN'), village('15.02.02.2004', 'Kungkai')],
      },
    } satisfies AnswerOf<typeof RegionPageQuery>,
  },
};

function Location() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  return render(
    // Regions keyed by code, as in the app (data-access apollo-client): the page and its Desa Binaan section
    // then read one cached region instead of overwriting each other's.
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies: { Region: { keyFields: ['code'] }, RegionCounts: { merge: true } } })}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/wilayah" element={<WilayahPage />} />
          <Route path="/wilayah/:code" element={<WilayahPage />} />
        </Routes>
        <Location />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('WilayahPage', () => {
  beforeAll(() => initI18n('id'));
  afterEach(async () => {
    await act(() => setLanguage('id'));
  });

  it('shows a kecamatan with its trail, its counts and each village marked desa or kelurahan', async () => {
    renderAt('/wilayah/15.02.02', [bangkoMock]);
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Memuat…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bangko' })).toBeTruthy();
    const trail = screen.getByRole('navigation', { name: 'Jejak wilayah' });
    expect(
      within(trail)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Indonesia', 'Jambi', 'Kabupaten Merangin', 'Bangko']);
    expect(screen.getByText('4 kelurahan · 4 desa')).toBeTruthy();
    const pasar = screen.getByRole('link', { name: /Pasar Bangko/ });
    expect(pasar.getAttribute('href')).toBe('/wilayah/15.02.02.1010');
    expect(within(pasar).getByText('Kelurahan')).toBeTruthy();
    expect(within(screen.getByRole('link', { name: /Kungkai/ })).getByText('Desa')).toBeTruthy();
  });

  it('says so when a code is malformed, without asking the server', async () => {
    renderAt('/wilayah/15-02', []);
    expect(await screen.findByText('Wilayah tidak ditemukan')).toBeTruthy();
    expect(screen.getByText('"15-02" bukan kode wilayah Kemendagri yang sah.')).toBeTruthy();
  });

  it('says so when no region has the code', async () => {
    renderAt('/wilayah/15.02.99', [{ request: { query: RegionPageQuery, variables: { code: '15.02.99' } }, result: { data: { region: null } satisfies AnswerOf<typeof RegionPageQuery> } }]);
    expect(await screen.findByText('Tidak ada wilayah dengan kode 15.02.99.')).toBeTruthy();
  });

  it('offers a retry when the server cannot be reached', async () => {
    renderAt('/wilayah/15.02.02', [{ request: { query: RegionPageQuery, variables: { code: '15.02.02' } }, error: new Error('Failed to fetch') }, bangkoMock]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Data tidak dapat dimuat');
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bangko' })).toBeTruthy();
  });

  it('jumps to a region chosen in the search with the keyboard', async () => {
    renderAt('/wilayah/15.02.02', [
      bangkoMock,
      {
        request: { query: SearchRegionsQuery, variables: { query: 'bangko barat', first: 10 } },
        result: {
          data: {
            searchRegions: [{ __typename: 'Region', code: '15.02.10', name: 'Bangko Barat', level: 'KECAMATAN', path: 'Bangko Barat · Kab. Merangin · Jambi', villageCount: 6 }],
          } satisfies AnswerOf<typeof SearchRegionsQuery>,
        },
      },
      { ...bangkoMock, request: { query: RegionPageQuery, variables: { code: '15.02.10' } } },
    ]);
    const input = screen.getByRole('combobox', { name: 'Cari wilayah' });
    fireEvent.change(input, { target: { value: 'bangko barat' } });
    // The search waits for a pause in typing (200 ms) before asking the server.
    expect(await screen.findByRole('option', { name: /Bangko Barat/ })).toBeTruthy();
    expect(screen.getByText('Bangko Barat · Kab. Merangin · Jambi')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: /Bangko Barat/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('location').textContent).toBe('/wilayah/15.02.10');
  });

  it("shows a village's Desa Binaan Imigrasi: the office, the SK and the Pimpasa", async () => {
    const koto: RegionAnswer = { ...village('15.01.21.2009', 'Koto Dua Baru'), ancestors: [{ __typename: 'Region', code: '15', name: 'Jambi', level: 'PROVINSI' }], children: [] };
    renderAt('/wilayah/15.01.21.2009', [
      { request: { query: RegionPageQuery, variables: { code: '15.01.21.2009' } }, result: { data: { region: koto } satisfies AnswerOf<typeof RegionPageQuery> } },
      {
        request: { query: RegionDesaBinaanQuery, variables: { code: '15.01.21.2009' } },
        result: {
          data: {
            region: {
              __typename: 'Region',
              code: '15.01.21.2009',
              desaBinaan: [
                {
                  __typename: 'DesaBinaan',
                  id: 'd1',
                  skNumber: 'DEMO/SK-DB/001/2025',
                  skDate: '2025-03-10',
                  status: 'ACTIVE',
                  officerName: 'Petugas Kantor Imigrasi Kerinci',
                  agency: { __typename: 'AgencyRef', id: 'a1', name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci' },
                },
              ],
            },
          } satisfies AnswerOf<typeof RegionDesaBinaanQuery>,
        },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Desa Binaan Imigrasi' });
    expect(within(section).getByText('Ditetapkan oleh Kanim Kerinci')).toBeTruthy();
    expect(within(section).getByText('SK DEMO/SK-DB/001/2025 tanggal 10 Maret 2025')).toBeTruthy();
    expect(within(section).getByText('Pimpasa: Petugas Kantor Imigrasi Kerinci')).toBeTruthy();
  });

  it('shows no Desa Binaan section for a village without one', async () => {
    const hiang: RegionAnswer = { ...village('15.01.04.2031', 'Hiang Sakti'), ancestors: [], children: [] };
    let answered = false;
    renderAt('/wilayah/15.01.04.2031', [
      { request: { query: RegionPageQuery, variables: { code: '15.01.04.2031' } }, result: { data: { region: hiang } satisfies AnswerOf<typeof RegionPageQuery> } },
      {
        request: { query: RegionDesaBinaanQuery, variables: { code: '15.01.04.2031' } },
        result: () => {
          answered = true;
          return { data: { region: { __typename: 'Region', code: '15.01.04.2031', desaBinaan: [] } } satisfies AnswerOf<typeof RegionDesaBinaanQuery> };
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hiang Sakti' })).toBeTruthy();
    // The section's own question has been answered (and the answer rendered), not merely some time passed.
    await waitFor(() => expect(answered).toBe(true));
    await act(async () => undefined);
    expect(screen.queryByRole('region', { name: 'Desa Binaan Imigrasi' })).toBeNull();
  });
});
