import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SearchRegionsQuery, SessionProvider, SessionStore, type AnswerOf, type Role } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { DesaBinaanListQuery } from '../graphql/desaBinaanList.query';
import { DesaBinaanOfficeQuery } from '../graphql/desaBinaanOffice.query';
import { ImmigrationOfficesQuery } from '../graphql/immigrationOffices.query';
import { UpdateDesaBinaanMutation } from '../graphql/updateDesaBinaan.mutation';
import { DesaBinaanPage } from './DesaBinaanPage';

const language = () => 'id';
const KERINCI = 'a0000000-0000-4000-8000-000000000001';
const kerinci = { __typename: 'AgencyRef' as const, id: KERINCI, name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci' };

const koto: AnswerOf<typeof DesaBinaanListQuery>['desaBinaan'][number] = {
  __typename: 'DesaBinaan' as const,
  id: 'd0000000-0000-4000-8000-000000000001',
  skNumber: 'DEMO/SK-DB/001/2025',
  skDate: '2025-03-10',
  officerName: 'Petugas Kantor Imigrasi Kerinci',
  officerUser: { __typename: 'UserRef' as const, id: 'u2', fullName: 'Petugas Kantor Imigrasi Kerinci' },
  status: 'ACTIVE' as const,
  notes: 'Data demo.',
  version: 1,
  agency: kerinci,
  village: { __typename: 'Region' as const, code: '15.01.21.2009', name: 'Koto Dua Baru', level: 'DESA' as const, path: 'Koto Dua Baru · Air Hangat Barat · Kab. Kerinci · Jambi' },
};

const listMock: MockLink.MockedResponse = {
  request: { query: DesaBinaanListQuery, variables: { filter: {} } },
  result: { data: { desaBinaan: [koto] } satisfies AnswerOf<typeof DesaBinaanListQuery> },
};
const officesMock: MockLink.MockedResponse = {
  request: { query: ImmigrationOfficesQuery },
  result: { data: { agencies: [{ __typename: 'Agency', id: KERINCI, shortName: 'Kanim Kerinci' }] } satisfies AnswerOf<typeof ImmigrationOfficesQuery> },
};
const officeMock: MockLink.MockedResponse = {
  request: { query: DesaBinaanOfficeQuery, variables: { id: KERINCI } },
  result: {
    data: {
      agency: { __typename: 'Agency', id: KERINCI, shortName: 'Kanim Kerinci', workingArea: ['15.01', '15.02', '15.72'].map((code) => ({ __typename: 'Region', code })) },
      users: [{ __typename: 'User', id: 'u2', fullName: 'Petugas Kantor Imigrasi Kerinci', active: true }],
    },
  },
};

function signedInAs(role: Role) {
  const store = new SessionStore();
  const user = {
    __typename: 'User' as const,
    id: 'u1',
    username: role === 'HEAD' ? 'kepala.kerinci' : 'petugas.kerinci',
    fullName: 'Someone at Kerinci',
    role,
    mustChangePassword: false,
    agency: { __typename: 'Agency' as const, id: KERINCI, name: kerinci.name, shortName: kerinci.shortName, type: 'KANTOR_IMIGRASI' as const },
  };
  store.setSession({ accessToken: 'a', refreshToken: 'r', expiresIn: 900, user }, language);
  return store;
}

function renderPage(role: Role, mocks: MockLink.MockedResponse[]) {
  const store = signedInAs(role);
  render(
    <MockedProvider mocks={mocks}>
      <SessionProvider store={store} language={language}>
        <MemoryRouter initialEntries={['/desa-binaan']}>
          <DesaBinaanPage />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
  return store;
}

describe('DesaBinaanPage', () => {
  beforeAll(() => initI18n('id'));

  it('lists Desa Binaan with the office, SK and Pimpasa; an officer gets no designation form', async () => {
    const store = renderPage('OFFICER', [listMock, officesMock]);
    const row = (await screen.findByRole('link', { name: 'Koto Dua Baru' })).closest('tr')!;
    expect(within(row).getByText('Kanim Kerinci')).toBeTruthy();
    expect(within(row).getByText('DEMO/SK-DB/001/2025')).toBeTruthy();
    expect(within(row).getByText('10 Maret 2025')).toBeTruthy();
    expect(within(row).getByText('Petugas Kantor Imigrasi Kerinci')).toBeTruthy();
    expect(within(row).getByText('Aktif')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Koto Dua Baru' }).getAttribute('href')).toBe('/wilayah/15.01.21.2009');
    expect(screen.queryByRole('button', { name: 'Tetapkan Desa Binaan' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Ubah Desa Binaan/ })).toBeNull();
    act(() => store.clear('signedOut'));
  });

  it("offers the head only villages inside the office's working area", async () => {
    const store = renderPage('HEAD', [
      listMock,
      officesMock,
      officeMock,
      {
        request: { query: SearchRegionsQuery, variables: { query: 'sipin', first: 10 } },
        result: {
          data: {
            searchRegions: [
              { __typename: 'Region', code: '15.71.01.1001', name: 'Simpang IV Sipin', level: 'KELURAHAN', path: 'Simpang IV Sipin · Telanaipura · Kota Jambi · Jambi', villageCount: 0 },
              { __typename: 'Region', code: '15.02.10.2009', name: 'Sipin Jaya', level: 'DESA', path: 'Sipin Jaya · Bangko Barat · Kab. Merangin · Jambi', villageCount: 0 },
              { __typename: 'Region', code: '15.02.10', name: 'Sipin Kecamatan', level: 'KECAMATAN', path: 'Kab. Merangin · Jambi', villageCount: 6 },
            ],
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tetapkan Desa Binaan' }));
    const form = screen.getByRole('form', { name: 'Tetapkan Desa Binaan' });
    const search = await within(form).findByRole('combobox', { name: 'Cari desa/kelurahan' });
    expect(await within(form).findByText('Hanya desa/kelurahan di wilayah kerja Kanim Kerinci.')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'sipin' } });
    expect(await screen.findByRole('option', { name: /Sipin Jaya/ })).toBeTruthy();
    // Kota Jambi is outside Kerinci's working area, and a kecamatan is not a village.
    expect(screen.queryByRole('option', { name: /Simpang IV Sipin/ })).toBeNull();
    expect(screen.queryByRole('option', { name: /Sipin Kecamatan/ })).toBeNull();
    act(() => store.clear('signedOut'));
  });

  it("shows the server's words when someone else changed the designation first", async () => {
    const conflict = 'Data Desa Binaan ini telah diubah oleh admin pada 2025-07-01 10:00 WIB. Muat ulang, lalu ulangi perubahan Anda.';
    const store = renderPage('HEAD', [
      listMock,
      officesMock,
      officeMock,
      {
        request: {
          query: UpdateDesaBinaanMutation,
          variables: {
            id: koto.id,
            version: 1,
            input: {
              villageCode: '15.01.21.2009',
              skNumber: 'DEMO/SK-DB/001/2025',
              skDate: '2025-03-10',
              officerName: 'Petugas Kantor Imigrasi Kerinci',
              officerUserId: 'u2',
              status: 'ENDED',
              notes: 'Data demo.',
            },
          },
        },
        result: { errors: [new GraphQLError(conflict, { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah Desa Binaan Koto Dua Baru' }));
    const form = screen.getByRole('form', { name: 'Ubah Desa Binaan Koto Dua Baru' });
    expect((within(form).getByLabelText('Nomor SK') as HTMLInputElement).value).toBe('DEMO/SK-DB/001/2025');
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'ENDED' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(conflict);
    act(() => store.clear('signedOut'));
  });
});
