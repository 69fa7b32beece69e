import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { KERINCI_AGENCY, SessionProvider, signedInStore, type AnswerOf, type Role } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { ActivityFormOptionsQuery, ActivityQuery, AddFollowUpMutation, UpdateFollowUpMutation } from '../graphql/activities';
import { FollowUps } from './ActivityFollowUps';
import { ACTIVITY_ID, activityFixture, type ActivityFixture } from './activity.fixture';

const DESA = { __typename: 'Agency', id: 'desa-pulau-rengas', shortName: 'Desa Pulau Rengas' } as const;
const followUp: ActivityFixture['followUps'][number] = {
  __typename: 'FollowUp',
  id: 'f0000000-0000-4000-8000-000000000001',
  text: 'Bentuk kelompok masyarakat peduli TPPO',
  dueOn: '2025-09-30',
  status: 'OPEN',
  version: 2,
  responsibleAgency: DESA,
};
const options: MockLink.MockedResponse = {
  request: { query: ActivityFormOptionsQuery },
  result: {
    data: {
      topics: [],
      programmeFrameworks: [],
      agencies: [
        { __typename: 'Agency', id: KERINCI_AGENCY.id, shortName: KERINCI_AGENCY.shortName, name: KERINCI_AGENCY.name, active: true },
        { __typename: 'Agency', id: DESA.id, shortName: DESA.shortName, name: 'Pemerintah Desa Pulau Rengas', active: true },
      ],
    } satisfies AnswerOf<typeof ActivityFormOptionsQuery>,
  },
};

function renderFor(activity: ActivityFixture, mocks: MockLink.MockedResponse[], user: { role: Role; agency?: Record<string, unknown> } = { role: 'OFFICER' }) {
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider store={signedInStore(user)} language={() => 'id'}>
        <FollowUps activity={activity} />
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('FollowUps', () => {
  beforeAll(() => initI18n('id'));

  it('says when there are none, and offers no form without the right to add', () => {
    renderFor(activityFixture(), [], { role: 'VIEWER' });
    expect(screen.getByText('Belum ada tindak lanjut.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tambah tindak lanjut' })).toBeNull();
  });

  it('shows each follow-up with who answers for it and when; a reader sees its status as text', () => {
    renderFor(activityFixture({ followUps: [followUp] }), [], { role: 'VIEWER' });
    const item = screen.getByText(followUp.text).closest('li') as HTMLElement;
    expect(item.textContent).toContain('Desa Pulau Rengas · Tenggat 2025-09-30');
    expect(within(item).getByText('Terbuka')).toBeTruthy();
    expect(within(item).queryByRole('combobox')).toBeNull();
  });

  it('lets the responsible agency move the status, keeping the rest of the follow-up', async () => {
    const answer = jest.fn(() => ({
      data: { updateFollowUp: { __typename: 'FollowUp', id: followUp.id, status: 'IN_PROGRESS', version: 3 } } satisfies AnswerOf<typeof UpdateFollowUpMutation>,
    }));
    renderFor(
      activityFixture({ followUps: [followUp] }),
      [
        {
          request: {
            query: UpdateFollowUpMutation,
            variables: { id: followUp.id, version: 2, input: { text: followUp.text, responsibleAgencyId: DESA.id, dueOn: '2025-09-30', status: 'IN_PROGRESS' } },
          },
          result: answer,
        },
      ],
      { role: 'LOCAL', agency: { __typename: 'Agency', id: DESA.id, name: 'Pemerintah Desa Pulau Rengas', shortName: DESA.shortName, type: 'DESA_KELURAHAN' } },
    );
    const status = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect(status.value).toBe('OPEN');
    fireEvent.change(status, { target: { value: 'IN_PROGRESS' } });
    // Answered only when the request carries exactly these variables.
    await waitFor(() => expect(answer).toHaveBeenCalled());
  });

  it('adds a follow-up for an agency with a due date, then empties the form', async () => {
    renderFor(activityFixture({ allowedActions: ['ADD_FOLLOW_UP'] }), [
      options,
      {
        request: {
          query: AddFollowUpMutation,
          variables: { activityId: ACTIVITY_ID, input: { text: 'Pendataan warga yang bekerja di luar negeri', responsibleAgencyId: DESA.id, dueOn: '2025-10-31' } },
        },
        result: { data: { addFollowUp: { __typename: 'FollowUp', id: 'f0000000-0000-4000-8000-000000000002' } } satisfies AnswerOf<typeof AddFollowUpMutation> },
      },
      { request: { query: ActivityQuery, variables: { id: ACTIVITY_ID } }, result: { data: { activity: activityFixture() } satisfies AnswerOf<typeof ActivityQuery> } },
    ]);
    const form = screen.getByRole('heading', { name: 'Tambah tindak lanjut' }).closest('form') as HTMLFormElement;
    await within(form).findByRole('option', { name: 'Desa Pulau Rengas' });
    fireEvent.change(within(form).getByLabelText('Uraian tindak lanjut'), { target: { value: 'Pendataan warga yang bekerja di luar negeri' } });
    fireEvent.change(within(form).getByLabelText('Instansi penanggung jawab'), { target: { value: DESA.id } });
    fireEvent.change(within(form).getByLabelText('Tenggat'), { target: { value: '2025-10-31' } });
    fireEvent.submit(form);
    await waitFor(() => expect((within(form).getByLabelText('Uraian tindak lanjut') as HTMLTextAreaElement).value).toBe(''));
    expect((within(form).getByLabelText('Tenggat') as HTMLInputElement).value).toBe('');
  });

  it("shows the server's refusal of a new follow-up and keeps what was typed", async () => {
    const refusal = 'Tenggat tidak boleh sebelum tanggal kegiatan.';
    renderFor(activityFixture({ allowedActions: ['ADD_FOLLOW_UP'] }), [
      options,
      {
        request: { query: AddFollowUpMutation, variables: { activityId: ACTIVITY_ID, input: { text: 'Rapat lanjutan', responsibleAgencyId: KERINCI_AGENCY.id, dueOn: null } } },
        result: { errors: [new GraphQLError(refusal, { extensions: { code: 'BAD_USER_INPUT' } })] },
      },
    ]);
    const form = screen.getByRole('heading', { name: 'Tambah tindak lanjut' }).closest('form') as HTMLFormElement;
    await within(form).findByRole('option', { name: 'Kanim Kerinci' });
    fireEvent.change(within(form).getByLabelText('Uraian tindak lanjut'), { target: { value: 'Rapat lanjutan' } });
    fireEvent.change(within(form).getByLabelText('Instansi penanggung jawab'), { target: { value: KERINCI_AGENCY.id } });
    fireEvent.submit(form);
    expect(await screen.findByText(refusal)).toBeTruthy();
    expect((within(form).getByLabelText('Uraian tindak lanjut') as HTMLTextAreaElement).value).toBe('Rapat lanjutan');
  });
});
