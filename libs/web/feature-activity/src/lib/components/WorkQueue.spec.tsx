import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SessionProvider, type AnswerOf, type Role, signedInStore } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { MyWorkQuery } from '../graphql/activities';
import { WorkQueue } from './WorkQueue';

const language = () => 'id';

function renderFor(role: Role, work: { awaitingVerification: number; returned: number; invitations: number }) {
  const store = signedInStore(
    {
      username: 'someone',
      fullName: 'Someone',
      role,
      agency: { __typename: 'Agency', id: 'g1', name: 'Dinas PMTSP-TK Kabupaten Merangin', shortName: 'Dinas PMTSP-TK Merangin', type: 'DINAS' },
    },
    language,
  );
  return render(
    <MockedProvider mocks={[{ request: { query: MyWorkQuery }, result: { data: { myWork: { __typename: 'MyWork', ...work } } satisfies AnswerOf<typeof MyWorkQuery> } }]}>
      <SessionProvider store={store} language={language}>
        <MemoryRouter>
          <WorkQueue />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('WorkQueue: what waits for the person who lands', () => {
  beforeAll(() => initI18n('id'));

  it('shows a head the submissions waiting for verification, linked to that list, even when none wait', async () => {
    renderFor('HEAD', { awaitingVerification: 2, returned: 0, invitations: 1 });
    const awaiting = await screen.findByRole('link', { name: 'Menunggu verifikasi (2)' });
    expect(awaiting.getAttribute('href')).toBe('/kegiatan?menunggu=1');
    expect(screen.getByRole('link', { name: 'Undangan menunggu jawaban (1)' }).getAttribute('href')).toBe('/kegiatan?undangan=1');
    expect(screen.queryByRole('link', { name: /Dikembalikan/ })).toBeNull();
  });

  it('shows an officer what was returned to them, and no verification queue', async () => {
    renderFor('OFFICER', { awaitingVerification: 0, returned: 3, invitations: 0 });
    expect((await screen.findByRole('link', { name: 'Dikembalikan (3)' })).getAttribute('href')).toBe('/kegiatan?dikembalikan=1');
    expect(screen.queryByRole('link', { name: /Menunggu verifikasi/ })).toBeNull();
  });

  it('says so when nothing waits', async () => {
    renderFor('OFFICER', { awaitingVerification: 0, returned: 0, invitations: 0 });
    expect(await screen.findByText('Tidak ada pekerjaan yang menunggu Anda.')).toBeTruthy();
  });
});
