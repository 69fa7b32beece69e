import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import type { AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { AgenciesQuery, CreateAgencyMutation, UpdateAgencyMutation } from '../graphql/agencies';
import { AgenciesPage } from './AgenciesPage';

type Agency = AnswerOf<typeof AgenciesQuery>['agencies'][number];

const kanim: Agency = {
  __typename: 'Agency',
  id: 'a0000000-0000-4000-8000-000000000001',
  name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci',
  shortName: 'Kanim Kerinci',
  type: 'KANTOR_IMIGRASI',
  officeClass: 'Kelas II Non-TPI',
  address: null,
  parentId: null,
  homeRegionCode: '15.01',
  villageCount: 1234,
  active: true,
  activeHeadCount: 1,
  version: 3,
  workingArea: [{ __typename: 'Region', code: '15.01', name: 'Kerinci', level: 'KABUPATEN', villageCount: 1234 }],
};
const dinas: Agency = {
  ...kanim,
  id: 'a0000000-0000-4000-8000-000000000002',
  name: 'Dinas PMTSP-TK Kabupaten Merangin',
  shortName: 'Dinas Merangin',
  type: 'DINAS',
  officeClass: null,
  villageCount: 215,
  activeHeadCount: 0,
  version: 1,
  workingArea: [],
};
const closed: Agency = { ...dinas, id: 'a0000000-0000-4000-8000-000000000003', name: 'Dinas Kabupaten Lama', shortName: 'Dinas Lama', active: false, villageCount: 0 };

const list = (agencies: Agency[], withoutActiveHead = false): MockLink.MockedResponse => ({
  request: { query: AgenciesQuery, variables: { filter: { first: 500, ...(withoutActiveHead ? { withoutActiveHead: true } : {}) } } },
  result: { data: { agencies } satisfies AnswerOf<typeof AgenciesQuery> },
});

let search = '';
function Location() {
  search = useLocation().search;
  return null;
}

function renderPage(mocks: MockLink.MockedResponse[], url = '/admin/instansi') {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[url]}>
        <AgenciesPage />
        <Location />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const rowOf = (shortName: string) => screen.getByText(shortName).closest('tr') as HTMLElement;

describe('AgenciesPage', () => {
  beforeAll(() => initI18n('id'));

  it('lists the agencies with their type, villages and whether they are active', async () => {
    renderPage([list([kanim, dinas, closed])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Instansi' })).toBeTruthy();
    const row = rowOf('Kanim Kerinci');
    expect(within(row).getByText('Kantor Imigrasi Kelas II Non-TPI Kerinci')).toBeTruthy();
    expect(within(row).getByText('Kantor Imigrasi')).toBeTruthy();
    expect(within(row).getByText('1.234')).toBeTruthy();
    expect(within(row).getByText('Aktif')).toBeTruthy();
    expect(within(rowOf('Dinas Lama')).getByText('Nonaktif')).toBeTruthy();
  });

  it('flags an active agency without an active head, not one with a head nor an inactive one', async () => {
    renderPage([list([kanim, dinas, closed])]);
    await screen.findByText('Kanim Kerinci');
    expect(within(rowOf('Dinas Merangin')).getByText('Belum ada kepala aktif').className).toBe('flag');
    expect(within(rowOf('Kanim Kerinci')).queryByText('Belum ada kepala aktif')).toBeNull();
    expect(within(rowOf('Dinas Lama')).queryByText('Belum ada kepala aktif')).toBeNull();
  });

  it('lists only the agencies without an active head when asked, with the filter in the address', async () => {
    renderPage([list([kanim, dinas]), list([dinas], true)]);
    await screen.findByText('Kanim Kerinci');
    const only = screen.getByLabelText(/Hanya instansi yang belum punya kepala aktif/) as HTMLInputElement;
    expect(only.checked).toBe(false);
    fireEvent.click(only);
    await waitFor(() => expect(screen.queryByText('Kanim Kerinci')).toBeNull());
    expect(screen.getByText('Dinas Merangin')).toBeTruthy();
    expect(search).toBe('?tanpa-kepala=1');
    expect((screen.getByLabelText(/Hanya instansi/) as HTMLInputElement).checked).toBe(true);
  });

  it('opens with the filter on from a linked address', async () => {
    renderPage([list([dinas], true)], '/admin/instansi?tanpa-kepala=1');
    expect(await screen.findByText('Dinas Merangin')).toBeTruthy();
    expect((screen.getByLabelText(/Hanya instansi/) as HTMLInputElement).checked).toBe(true);
  });

  it('says so when there are no agencies', async () => {
    renderPage([list([])]);
    expect(await screen.findByText('Belum ada data.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows why the list could not be loaded, with a retry', async () => {
    renderPage([{ request: list([]).request, result: { errors: [new GraphQLError('Akses ditolak.')] } }]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Data tidak dapat dimuat');
    expect(alert.textContent).toContain('Akses ditolak.');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });

  it('creates an agency with what was typed, then closes the form', async () => {
    const input = {
      name: 'Dinas PMTSP-TK Kabupaten Sarolangun',
      shortName: 'Dinas Sarolangun',
      type: 'DINAS' as const,
      officeClass: null,
      address: null,
      parentId: kanim.id,
      homeRegionCode: '15.03',
      workingArea: [],
      active: true,
    };
    renderPage([
      list([kanim]),
      {
        request: { query: CreateAgencyMutation, variables: { input } },
        result: { data: { createAgency: { ...dinas, id: 'a0000000-0000-4000-8000-000000000009', ...input } } satisfies AnswerOf<typeof CreateAgencyMutation> },
      },
      list([kanim]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Instansi baru' }));
    const form = screen.getByRole('form', { name: 'Instansi baru' });
    fireEvent.change(within(form).getByLabelText('Nama'), { target: { value: input.name } });
    fireEvent.change(within(form).getByLabelText('Nama singkat'), { target: { value: input.shortName } });
    fireEvent.change(within(form).getByLabelText('Jenis'), { target: { value: 'DINAS' } });
    expect(within(form).queryByLabelText('Kelas kantor')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Instansi induk'), { target: { value: kanim.id } });
    fireEvent.change(within(form).getByLabelText('Wilayah kedudukan (kode)'), { target: { value: ' 15.03 ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Instansi baru' })).toBeNull());
  });

  it("edits an agency from its row, starting from its fields, and shows the server's refusal", async () => {
    const refusal = 'Instansi ini telah diubah oleh admin. Muat ulang, lalu ulangi perubahan Anda.';
    renderPage([
      list([kanim, dinas]),
      {
        request: {
          query: UpdateAgencyMutation,
          variables: {
            id: kanim.id,
            version: 3,
            input: {
              name: 'Kantor Imigrasi Kerinci',
              shortName: 'Kanim Kerinci',
              type: 'KANTOR_IMIGRASI',
              officeClass: 'Kelas II Non-TPI',
              address: null,
              parentId: null,
              homeRegionCode: '15.01',
              workingArea: ['15.01'],
              active: true,
            },
          },
        },
        result: { errors: [new GraphQLError(refusal, { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    await screen.findByText('Kanim Kerinci');
    fireEvent.click(within(rowOf('Kanim Kerinci')).getByRole('button', { name: 'Ubah' }));
    const form = screen.getByRole('form', { name: 'Kanim Kerinci' });
    expect((within(form).getByLabelText('Kelas kantor') as HTMLInputElement).value).toBe('Kelas II Non-TPI');
    // The agency itself is not offered as its own parent.
    expect(within(within(form).getByLabelText('Instansi induk')).queryByRole('option', { name: 'Kanim Kerinci' })).toBeNull();
    fireEvent.change(within(form).getByLabelText('Nama'), { target: { value: 'Kantor Imigrasi Kerinci' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(refusal);
  });

  it('cancels an edit without saving', async () => {
    renderPage([list([kanim])]);
    await screen.findByText('Kanim Kerinci');
    fireEvent.click(within(rowOf('Kanim Kerinci')).getByRole('button', { name: 'Ubah' }));
    fireEvent.click(within(screen.getByRole('form', { name: 'Kanim Kerinci' })).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('form')).toBeNull();
  });
});
