import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { SessionProvider, signedInStore, type AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { AuditLogQuery, AuditPeopleQuery } from '../graphql/audit';
import { AuditLogPage } from './AuditLogPage';

type Entry = AnswerOf<typeof AuditLogQuery>['auditLog'][number];

const people: MockLink.MockedResponse = {
  request: { query: AuditPeopleQuery },
  result: {
    data: {
      users: [{ __typename: 'User', id: 'u0000000-0000-4000-8000-000000000001', username: 'admin', fullName: 'Admin Jangkau' }],
      agencies: [{ __typename: 'Agency', id: 'a0000000-0000-4000-8000-000000000001', name: 'Kantor Imigrasi Kerinci', shortName: 'Kanim Kerinci' }],
    } satisfies AnswerOf<typeof AuditPeopleQuery>,
  },
};
const retitled: Entry = {
  __typename: 'AuditEntry',
  id: 'e0000000-0000-4000-8000-000000000001',
  at: '2025-07-01T03:00:00.000Z',
  actorUsername: 'petugas.kerinci',
  actorName: 'Rahmat Hidayat',
  actorAgencyName: 'Kanim Kerinci',
  operation: 'updateActivity',
  entity: 'Activity',
  entityId: 'c0000000-0000-4000-8000-000000000001',
  subjectLabel: 'Sosialisasi TPPO',
  changes: [{ __typename: 'AuditChange', field: 'title', from: 'Sosialisasi', to: 'Sosialisasi TPPO' }],
  references: [],
};
const log = (filter: Record<string, unknown>, auditLog: Entry[]): MockLink.MockedResponse => ({
  request: { query: AuditLogQuery, variables: { filter: { first: 50, ...filter } } },
  result: { data: { auditLog } satisfies AnswerOf<typeof AuditLogQuery> },
});

let search = '';
function Location() {
  search = useLocation().search;
  return null;
}

function renderPage(mocks: MockLink.MockedResponse[], url = '/audit') {
  const store = signedInStore({ username: 'admin', fullName: 'Admin Jangkau', role: 'ADMIN', agency: null });
  return render(
    <MockedProvider mocks={[people, ...mocks]}>
      <SessionProvider store={store} language={() => 'id'}>
        <MemoryRouter initialEntries={[url]}>
          <AuditLogPage />
          <Location />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('AuditLogPage', () => {
  beforeAll(() => initI18n('id'));

  it('tells each change as a sentence, with its kind, agency and the fields before and after', async () => {
    renderPage([log({}, [retitled])]);
    const row = (await screen.findByText(/Rahmat Hidayat \(petugas\.kerinci\) mengubah kegiatan “Sosialisasi TPPO”/)).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Kegiatan · Kanim Kerinci');
    const changes = within(row).getByRole('definition');
    expect(changes.textContent).toBe('Sosialisasi → Sosialisasi TPPO');
    expect(within(row).getByRole('term').textContent).toBe('Judul kegiatan');
    // Fewer than a page: nothing more to load.
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('filters by kind of data, with the filter in the address', async () => {
    renderPage([log({}, [retitled]), log({ entity: 'Agency' }, [])]);
    await screen.findByText(/mengubah kegiatan/);
    fireEvent.change(screen.getByLabelText('Jenis data'), { target: { value: 'Agency' } });
    expect(await screen.findByText('Belum ada data.')).toBeTruthy();
    expect(search).toBe('?jenis=Agency');
  });

  it('reads the dates of a linked view as whole days in WIB, and offers the people and agencies to filter by', async () => {
    renderPage(
      [log({ from: '2025-06-30T17:00:00.000Z', to: '2025-07-01T17:00:00.000Z', actorUserId: 'u0000000-0000-4000-8000-000000000001' }, [retitled])],
      '/audit?dari=2025-07-01&sampai=2025-07-01&oleh=u0000000-0000-4000-8000-000000000001',
    );
    expect(await screen.findByText(/mengubah kegiatan/)).toBeTruthy();
    expect((screen.getByLabelText('Dari tanggal') as HTMLInputElement).value).toBe('2025-07-01');
    expect(await screen.findByRole('option', { name: 'Admin Jangkau (admin)' })).toBeTruthy();
    expect((screen.getByLabelText('Oleh') as HTMLSelectElement).value).toBe('u0000000-0000-4000-8000-000000000001');
    expect(within(screen.getByLabelText('Instansi')).getByRole('option', { name: 'Kanim Kerinci' })).toBeTruthy();
  });
});
