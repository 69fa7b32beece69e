import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { CreateProgrammeItemMutation } from '../graphql/createProgrammeItem.mutation';
import { ProgrammeAdminQuery } from '../graphql/programmeAdmin.query';
import { UpdateProgrammeItemMutation } from '../graphql/updateProgrammeItem.mutation';
import { ProgrammeAdminPage } from './ProgrammeAdminPage';

const FRAMEWORK = 'f0000000-0000-4000-8000-000000000001';
type Framework = AnswerOf<typeof ProgrammeAdminQuery>['programmeFrameworks'][number];

const item8: Framework['items'][number] = {
  __typename: 'ProgrammeItem' as const,
  id: 'i0000000-0000-4000-8000-000000000008',
  number: 8,
  title: 'Pencegahan TPPO',
  indicators: ['PARTICIPANTS', 'OFFICIALS_REACHED'],
  version: 2,
};
const framework: Framework = {
  __typename: 'ProgrammeFramework' as const,
  id: FRAMEWORK,
  name: '13 Program Akselerasi Kementerian Imigrasi dan Pemasyarakatan',
  validFrom: '2024-01-01',
  validTo: '2025-12-31',
  version: 1,
  items: [item8, { ...item8, id: 'i0000000-0000-4000-8000-000000000009', number: 9, title: 'Butir tanpa indikator', indicators: [] }],
};
const listMock: MockLink.MockedResponse = { request: { query: ProgrammeAdminQuery }, result: { data: { programmeFrameworks: [framework] } satisfies AnswerOf<typeof ProgrammeAdminQuery> } };

function renderPage(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <ProgrammeAdminPage />
    </MockedProvider>,
  );
}

describe('ProgrammeAdminPage', () => {
  beforeAll(() => initI18n('id'));

  it('shows each framework with its validity and items with their indicators in words', async () => {
    renderPage([listMock]);
    const article = (await screen.findByRole('heading', { level: 2, name: framework.name })).closest('article')!;
    expect(within(article).getByText('Berlaku 1 Januari 2024 – 31 Desember 2025')).toBeTruthy();
    const row8 = within(article).getByText('Pencegahan TPPO').closest('tr')!;
    expect(
      within(row8)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Peserta', 'Aparat terjangkau']);
    const row9 = within(article).getByText('Butir tanpa indikator').closest('tr')!;
    expect(within(row9).getByText('belum ditentukan')).toBeTruthy();
  });

  it('edits an item and shows the conflict when another administrator changed it first', async () => {
    const conflict = 'Butir program ini telah diubah oleh admin pada 2025-07-01 10:00 WIB. Muat ulang, lalu ulangi perubahan Anda.';
    renderPage([
      listMock,
      {
        request: {
          query: UpdateProgrammeItemMutation,
          variables: { id: item8.id, version: 2, input: { number: 8, title: 'Pencegahan TPPO', indicators: ['PARTICIPANTS', 'OFFICIALS_REACHED', 'ACTIVITIES'] } },
        },
        result: { errors: [new GraphQLError(conflict, { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah butir 8' }));
    const form = screen.getByRole('form', { name: 'Ubah butir 8' });
    expect((within(form).getByLabelText('Peserta') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByLabelText('Kegiatan'));
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(conflict);
  });

  it("adds an item and shows the server's refusal of a number already taken", async () => {
    const taken = 'Butir 8 sudah ada dalam 13 Program Akselerasi Kementerian Imigrasi dan Pemasyarakatan. Pilih nomor lain atau ubah butir yang ada.';
    renderPage([
      listMock,
      {
        request: { query: CreateProgrammeItemMutation, variables: { frameworkId: FRAMEWORK, input: { number: 8, title: 'Butir baru', indicators: ['DESA_BINAAN_FORMED'] } } },
        result: { errors: [new GraphQLError(taken, { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah butir' }));
    const form = screen.getByRole('form', { name: 'Tambah butir' });
    fireEvent.change(within(form).getByLabelText('Nomor'), { target: { value: '8' } });
    fireEvent.change(within(form).getByLabelText('Judul butir'), { target: { value: 'Butir baru' } });
    fireEvent.click(within(form).getByLabelText('Desa Binaan terbentuk'));
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(taken);
  });
});
