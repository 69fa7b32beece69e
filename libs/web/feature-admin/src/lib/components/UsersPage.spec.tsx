import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { CreateUserMutation, ResetUserPasswordMutation, UpdateUserMutation, UsersQuery } from '../graphql/users';
import { UsersPage } from './UsersPage';

type Answer = AnswerOf<typeof UsersQuery>;
type User = Answer['users'][number];

const KANIM = 'a0000000-0000-4000-8000-000000000001';
const DINAS = 'a0000000-0000-4000-8000-000000000002';
const agencies: Answer['agencies'] = [
  { __typename: 'Agency', id: KANIM, shortName: 'Kanim Kerinci' },
  { __typename: 'Agency', id: DINAS, shortName: 'Dinas Merangin' },
];
const officer: User = {
  __typename: 'User',
  id: 'u0000000-0000-4000-8000-000000000001',
  username: 'petugas.kerinci',
  email: 'petugas@example.org',
  fullName: 'Rahmat Hidayat',
  role: 'OFFICER',
  active: true,
  mustChangePassword: false,
  lastLoginAt: null,
  version: 4,
  agencyId: KANIM,
  agency: { __typename: 'Agency', id: KANIM, shortName: 'Kanim Kerinci' },
};
const former: User = { ...officer, id: 'u0000000-0000-4000-8000-000000000002', username: 'mantan', fullName: 'Siti Aminah', active: false, version: 2 };

const list = (users: User[]): MockLink.MockedResponse => ({ request: { query: UsersQuery }, result: { data: { users, agencies } satisfies Answer } });
const updated = (user: User, input: Partial<User>): MockLink.MockedResponse => ({
  request: {
    query: UpdateUserMutation,
    variables: {
      id: user.id,
      version: user.version,
      input: { fullName: user.fullName, email: user.email, agencyId: user.agencyId, role: user.role, active: user.active, ...input },
    },
  },
  result: { data: { updateUser: { ...user, ...input, version: user.version + 1 } } satisfies AnswerOf<typeof UpdateUserMutation> },
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <UsersPage />
    </MockedProvider>,
  );
}

const rowOf = (fullName: string) => screen.getByText(fullName).closest('tr') as HTMLElement;

describe('UsersPage', () => {
  let confirm: jest.SpyInstance;
  beforeAll(() => initI18n('id'));
  beforeEach(() => {
    confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
  });
  afterEach(() => confirm.mockRestore());

  it('lists each account with its agency and role to change, and whether it ever signed in', async () => {
    renderPage([list([officer, former])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengguna' })).toBeTruthy();
    const row = rowOf('Rahmat Hidayat');
    expect(within(row).getByText('petugas.kerinci')).toBeTruthy();
    expect((within(row).getByRole('combobox', { name: 'Instansi: petugas.kerinci' }) as HTMLSelectElement).value).toBe(KANIM);
    expect((within(row).getByRole('combobox', { name: 'Peran: petugas.kerinci' }) as HTMLSelectElement).value).toBe('OFFICER');
    expect(within(row).getByText('belum pernah')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Nonaktifkan' })).toBeTruthy();
    const gone = rowOf('Siti Aminah');
    expect(gone.className).toBe('is-inactive');
    expect(within(gone).getByText(/Nonaktif/)).toBeTruthy();
    expect(within(gone).getByRole('button', { name: 'Aktifkan' })).toBeTruthy();
  });

  it('says so when there are no accounts', async () => {
    renderPage([list([])]);
    expect(await screen.findByText('Belum ada data.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows why the list could not be loaded', async () => {
    renderPage([{ request: { query: UsersQuery }, result: { errors: [new GraphQLError('Akses ditolak.')] } }]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Data tidak dapat dimuat');
    expect(alert.textContent).toContain('Akses ditolak.');
  });

  it('changes a role after asking, keeping the other fields, and says it was saved', async () => {
    renderPage([list([officer]), updated(officer, { role: 'HEAD' })]);
    await screen.findByText('Rahmat Hidayat');
    fireEvent.change(screen.getByRole('combobox', { name: 'Peran: petugas.kerinci' }), { target: { value: 'HEAD' } });
    expect(confirm).toHaveBeenCalledWith('Ubah peran Rahmat Hidayat menjadi Kepala? Semua sesi orang ini akan berakhir.');
    expect((await screen.findByRole('status')).textContent).toBe('Tersimpan.');
  });

  it('changes nothing when the question is declined', async () => {
    confirm.mockReturnValue(false);
    // No mock for the mutation: a call would fail the row with an alert.
    renderPage([list([officer])]);
    await screen.findByText('Rahmat Hidayat');
    fireEvent.change(screen.getByRole('combobox', { name: 'Instansi: petugas.kerinci' }), { target: { value: DINAS } });
    expect(confirm).toHaveBeenCalledWith('Pindahkan Rahmat Hidayat ke Dinas Merangin? Semua sesi orang ini akan berakhir.');
    expect((screen.getByRole('combobox', { name: 'Instansi: petugas.kerinci' }) as HTMLSelectElement).value).toBe(KANIM);
    fireEvent.click(screen.getByRole('button', { name: 'Nonaktifkan' }));
    expect(confirm).toHaveBeenLastCalledWith('Nonaktifkan akun Rahmat Hidayat? Orang ini tidak dapat masuk lagi sampai diaktifkan.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('reactivates an account without asking', async () => {
    renderPage([list([former]), updated(former, { active: true })]);
    await screen.findByText('Siti Aminah');
    fireEvent.click(screen.getByRole('button', { name: 'Aktifkan' }));
    expect((await screen.findByRole('status')).textContent).toBe('Tersimpan.');
    expect(confirm).not.toHaveBeenCalled();
  });

  it("shows the server's refusal on the row", async () => {
    renderPage([
      list([officer]),
      { request: updated(officer, { active: false }).request, result: { errors: [new GraphQLError('Akun ini telah diubah oleh admin lain.', { extensions: { code: 'CONFLICT' } })] } },
    ]);
    await screen.findByText('Rahmat Hidayat');
    fireEvent.click(screen.getByRole('button', { name: 'Nonaktifkan' }));
    expect((await within(rowOf('Rahmat Hidayat')).findByRole('alert')).textContent).toBe('Akun ini telah diubah oleh admin lain.');
  });

  it('sets a temporary password', async () => {
    renderPage([
      list([officer]),
      {
        request: { query: ResetUserPasswordMutation, variables: { id: officer.id, temporaryPassword: 'Sementara-2025!' } },
        result: { data: { resetUserPassword: { ...officer, mustChangePassword: true } } satisfies AnswerOf<typeof ResetUserPasswordMutation> },
      },
    ]);
    await screen.findByText('Rahmat Hidayat');
    fireEvent.click(screen.getByRole('button', { name: 'Atur ulang kata sandi' }));
    const save = screen.getByRole('button', { name: 'Simpan' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Kata sandi sementara'), { target: { value: 'Sementara-2025!' } });
    fireEvent.click(save);
    expect((await screen.findByRole('status')).textContent).toBe('Kata sandi sementara disimpan. Pengguna wajib menggantinya saat masuk.');
    expect(screen.queryByLabelText('Kata sandi sementara')).toBeNull();
  });

  it('creates an account with what was typed (no email is null), then closes the form', async () => {
    const input = { username: 'kepala.merangin', fullName: 'Yusuf Effendi', email: null, agencyId: DINAS, role: 'HEAD' as const, temporaryPassword: 'Sementara-2025!' };
    const created: User = { ...officer, id: 'u0000000-0000-4000-8000-000000000009', ...input, version: 1, agency: { __typename: 'Agency', id: DINAS, shortName: 'Dinas Merangin' } };
    renderPage([
      list([officer]),
      { request: { query: CreateUserMutation, variables: { input } }, result: { data: { createUser: created } satisfies AnswerOf<typeof CreateUserMutation> } },
      list([officer, created]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Pengguna baru' }));
    const form = screen.getByRole('form', { name: 'Pengguna baru' });
    expect((within(form).getByLabelText('Instansi') as HTMLSelectElement).value).toBe(KANIM);
    fireEvent.change(within(form).getByLabelText('Nama pengguna atau email'), { target: { value: input.username } });
    fireEvent.change(within(form).getByLabelText('Nama lengkap'), { target: { value: input.fullName } });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: '  ' } });
    fireEvent.change(within(form).getByLabelText('Instansi'), { target: { value: DINAS } });
    fireEvent.change(within(form).getByLabelText('Peran'), { target: { value: 'HEAD' } });
    fireEvent.change(within(form).getByLabelText(/^Kata sandi sementara/), { target: { value: input.temporaryPassword } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Pengguna baru' })).toBeNull());
    expect(await screen.findByText('Yusuf Effendi')).toBeTruthy();
  });
});
