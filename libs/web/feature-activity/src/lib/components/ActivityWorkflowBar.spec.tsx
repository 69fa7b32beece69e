import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { KERINCI_AGENCY, SessionProvider, signedInStore, type ActivityAction, type AnswerOf, type Role } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { ReturnActivityMutation, SubmitActivityMutation, VerifyActivityMutation } from '../graphql/activities';
import { Verifiers, WorkflowBar } from './ActivityWorkflowBar';
import { ACTIVITY_ID, activityFixture, type ActivityFixture } from './activity.fixture';

type Activity = ActivityFixture;
const activity = activityFixture;
const ID = ACTIVITY_ID;

function renderBar(allowedActions: ActivityAction[], mocks: MockLink.MockedResponse[] = [], role: Role = 'OFFICER') {
  const onDone = jest.fn();
  const store = signedInStore({ role });
  render(
    <MockedProvider mocks={mocks}>
      <SessionProvider store={store} language={() => 'id'}>
        <MemoryRouter>
          <WorkflowBar activity={activity({ allowedActions })} onDone={onDone} />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
  return onDone;
}

describe('WorkflowBar: the actions the server allows, and nothing else', () => {
  let confirm: jest.SpyInstance;
  beforeAll(() => initI18n('id'));
  beforeEach(() => {
    confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
  });
  afterEach(() => confirm.mockRestore());

  it('shows an officer editing and submitting, and no verification', () => {
    renderBar(['EDIT', 'SUBMIT', 'ADD_EVIDENCE']);
    expect(screen.getByRole('link', { name: 'Ubah' }).getAttribute('href')).toBe(`/kegiatan/${ID}/ubah`);
    expect(screen.getByRole('button', { name: 'Ajukan untuk verifikasi' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verifikasi' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kembalikan' })).toBeNull();
  });

  it('shows nothing when no workflow action is allowed', () => {
    const { container } = render(
      <MockedProvider mocks={[]}>
        <SessionProvider store={signedInStore({ role: 'VIEWER' })} language={() => 'id'}>
          <MemoryRouter>
            <WorkflowBar activity={activity({ allowedActions: ['ADD_FOLLOW_UP'] })} onDone={jest.fn()} />
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>,
    );
    expect(container.querySelector('.workflow')).toBeNull();
  });

  it('submits the version shown and says what happens next', async () => {
    const onDone = renderBar(
      ['EDIT', 'SUBMIT'],
      [
        {
          request: { query: SubmitActivityMutation, variables: { id: ID, version: 5 } },
          result: { data: { submitActivity: activity({ status: 'SUBMITTED', version: 6 }) } satisfies AnswerOf<typeof SubmitActivityMutation> },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan untuk verifikasi' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Kegiatan diajukan ke kepala instansi untuk diverifikasi.'));
  });

  it('verifies only after the head confirms', async () => {
    const onDone = renderBar(
      ['VERIFY', 'RETURN'],
      [
        {
          request: { query: VerifyActivityMutation, variables: { id: ID, version: 5 } },
          result: { data: { verifyActivity: activity({ status: 'VERIFIED', version: 6 }) } satisfies AnswerOf<typeof VerifyActivityMutation> },
        },
      ],
      'HEAD',
    );
    confirm.mockReturnValueOnce(false);
    fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));
    expect(confirm).toHaveBeenCalledWith('Verifikasi kegiatan ini? Setelah diverifikasi kegiatan dikunci dan dihitung dalam capaian.');
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Kegiatan diverifikasi dan kini dihitung dalam capaian.'));
  });

  it('returns an activity with the reason written for the officer', async () => {
    const reason = 'Jumlah peserta perempuan belum diisi.';
    const onDone = renderBar(
      ['VERIFY', 'RETURN'],
      [
        {
          request: { query: ReturnActivityMutation, variables: { id: ID, version: 5, reason } },
          result: { data: { returnActivity: activity({ status: 'RETURNED', returnReason: reason, version: 6 }) } satisfies AnswerOf<typeof ReturnActivityMutation> },
        },
      ],
      'HEAD',
    );
    const toggle = screen.getByRole('button', { name: 'Kembalikan' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(screen.getByLabelText('Alasan (akan dibaca pengaju)'), { target: { value: reason } });
    fireEvent.submit(screen.getByLabelText('Alasan (akan dibaca pengaju)').closest('form') as HTMLFormElement);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Kegiatan dikembalikan kepada pengaju beserta alasannya.'));
    expect(screen.queryByLabelText('Alasan (akan dibaca pengaju)')).toBeNull();
  });

  it("shows the server's refusal and keeps the buttons", async () => {
    const refusal = 'Kegiatan ini telah diubah oleh orang lain. Muat ulang halaman.';
    const onDone = renderBar(
      ['SUBMIT'],
      [{ request: { query: SubmitActivityMutation, variables: { id: ID, version: 5 } }, result: { errors: [new GraphQLError(refusal, { extensions: { code: 'CONFLICT' } })] } }],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan untuk verifikasi' }));
    expect((await screen.findByRole('alert')).textContent).toBe(refusal);
    expect(onDone).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Ajukan untuk verifikasi' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('Verifiers: who will verify, for the lead agency', () => {
  beforeAll(() => initI18n('id'));
  const renderFor = (a: Activity, agency: Record<string, unknown> | null = KERINCI_AGENCY) =>
    render(
      <SessionProvider store={signedInStore({ role: 'OFFICER', agency })} language={() => 'id'}>
        <Verifiers activity={a} />
      </SessionProvider>,
      { wrapper: ({ children }) => <MockedProvider mocks={[]}>{children}</MockedProvider> },
    );

  it('names the heads who will verify', () => {
    renderFor(activity({ verifiers: ['Kepala Kantor', 'Wakil Kepala'] }));
    expect(screen.getByText('Akan diverifikasi oleh Kepala Kantor, Wakil Kepala.')).toBeTruthy();
  });

  it('warns when the agency has no active head to verify', () => {
    renderFor(activity({ verifiers: [] }));
    expect(screen.getByRole('note').textContent).toContain('Belum ada kepala aktif di instansi Anda');
  });

  it('says nothing to another agency, nor once the activity is verified', () => {
    const { container } = renderFor(activity({ verifiers: [] }), { __typename: 'Agency', id: 'other', name: 'Lain', shortName: 'Lain', type: 'DINAS' });
    expect(container.textContent).toBe('');
    const verified = renderFor(activity({ status: 'VERIFIED', verifiers: [] }));
    expect(verified.container.textContent).toBe('');
  });
});
