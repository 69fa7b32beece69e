import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { ActivityConfirmationsQuery, AnswerVillageReachMutation, RespondToDisputeMutation } from '../graphql/confirmations';
import { ConfirmationSection } from './ConfirmationSection';

const ACTIVITY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';

type Confirmation = NonNullable<AnswerOf<typeof ActivityConfirmationsQuery>['activity']>['villageConfirmations'][number];

function confirmation(code: string, name: string, over: Partial<Confirmation> = {}): Confirmation {
  return {
    __typename: 'VillageConfirmation',
    activityId: ACTIVITY,
    villageCode: code,
    village: { __typename: 'Region', code, name, parent: { __typename: 'Region', code: code.slice(0, 8), name: 'Bangko Barat' } },
    status: 'UNANSWERED',
    note: '',
    answeredByName: null,
    answeredByAgency: null,
    answeredAt: null,
    response: null,
    respondedByName: null,
    respondedAt: null,
    hasGovernment: true,
    canAnswer: false,
    canRespond: false,
    version: 0,
    ...over,
  };
}

const DISPUTED: Partial<Confirmation> = {
  status: 'DISPUTED',
  note: 'Kepala desa kami tidak hadir.',
  answeredByName: 'Kepala Desa Pulau Rengas',
  answeredByAgency: { __typename: 'AgencyRef', id: 'a1', shortName: 'Desa Pulau Rengas' },
  answeredAt: '2025-07-01T03:00:00.000Z',
  version: 1,
};

const query = (list: Confirmation[]): MockLink.MockedResponse => ({
  request: { query: ActivityConfirmationsQuery, variables: { id: ACTIVITY } },
  result: { data: { activity: { __typename: 'Activity', id: ACTIVITY, status: 'VERIFIED', villageConfirmations: list } } satisfies AnswerOf<typeof ActivityConfirmationsQuery> },
});

function renderSection(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <ConfirmationSection activityId={ACTIVITY} />
    </MockedProvider>,
  );
}

describe('ConfirmationSection', () => {
  beforeAll(() => initI18n('id'));

  it("lets the lead's head keep a disputed record with a reason, and shows the reply", async () => {
    const biukuTanjung = confirmation('15.02.10.2002', 'Biuku Tanjung', { hasGovernment: false });
    const before = [confirmation('15.02.10.2001', 'Pulau Rengas', { ...DISPUTED, canRespond: true }), biukuTanjung];
    const reason = 'Daftar hadir ditandatangani sekretaris desa.';
    const responded = confirmation('15.02.10.2001', 'Pulau Rengas', {
      ...DISPUTED,
      response: reason,
      respondedByName: 'Kepala Kantor Imigrasi Kerinci',
      respondedAt: '2025-07-02T03:00:00.000Z',
      version: 2,
    });
    const after = [responded, biukuTanjung];
    renderSection([
      query(before),
      {
        request: { query: RespondToDisputeMutation, variables: { activityId: ACTIVITY, villageCode: '15.02.10.2001', reason, version: 1 } },
        result: { data: { respondToDispute: responded } satisfies AnswerOf<typeof RespondToDisputeMutation> },
      },
      query(after),
    ]);
    const section = await screen.findByRole('region', { name: 'Konfirmasi desa' });
    expect(section.textContent).toContain('0 dikonfirmasi · 1 disanggah · 1 belum dijawab');
    expect(section.textContent).toContain('Kepala desa kami tidak hadir.');
    expect(section.textContent).toContain('belum ada pemerintah desa terdaftar');
    // Nobody here answers for a village.
    expect(within(section).queryByRole('button', { name: /^Konfirmasi/ })).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: 'Pertahankan data' }));
    fireEvent.change(within(section).getByLabelText('Alasan mempertahankan data (wajib)'), { target: { value: reason } });
    fireEvent.click(within(section).getByRole('button', { name: 'Kirim tanggapan' }));
    expect((await within(section).findByRole('status')).textContent).toContain('Tanggapan untuk Pulau Rengas tersimpan.');
    expect(await within(section).findByText(`Tanggapan penyelenggara (Kepala Kantor Imigrasi Kerinci): ${reason}`)).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Pertahankan data' })).toBeNull();
  });

  it('asks the village government for a reason before a dispute is sent, then sends it', async () => {
    const before = [confirmation('15.02.10.2001', 'Pulau Rengas', { canAnswer: true })];
    const note = 'Tidak ada warga kami yang hadir.';
    const answered = confirmation('15.02.10.2001', 'Pulau Rengas', { ...DISPUTED, note, canAnswer: true });
    const after = [answered];
    renderSection([
      query(before),
      {
        request: { query: AnswerVillageReachMutation, variables: { activityId: ACTIVITY, villageCode: '15.02.10.2001', confirmed: false, note, version: 0 } },
        result: { data: { answerVillageReach: answered } satisfies AnswerOf<typeof AnswerVillageReachMutation> },
      },
      query(after),
    ]);
    const section = await screen.findByRole('region', { name: 'Konfirmasi desa' });
    expect(within(section).getByRole('button', { name: 'Konfirmasi Pulau Rengas terjangkau' })).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Sanggah' }));
    fireEvent.change(within(section).getByLabelText('Alasan sanggahan (wajib)'), { target: { value: 'no' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Kirim sanggahan' }));
    // Too short: refused in the form (no request: an unexpected one would fail the mock).
    expect(within(section).getByRole('alert').textContent).toContain('Tuliskan alasan sanggahan (minimal 5 karakter).');

    fireEvent.change(within(section).getByLabelText('Alasan sanggahan (wajib)'), { target: { value: note } });
    fireEvent.click(within(section).getByRole('button', { name: 'Kirim sanggahan' }));
    expect((await within(section).findByRole('status')).textContent).toContain('Sanggahan untuk Pulau Rengas dikirim ke instansi penyelenggara.');
    expect(await within(section).findByText('Disanggah')).toBeTruthy();
    // Answered: the answer shows first; changing it is one more press.
    expect(within(section).getByRole('button', { name: 'Ubah jawaban' })).toBeTruthy();
  });
  it('lets the village government confirm with a note of its own', async () => {
    const before = [confirmation('15.02.10.2001', 'Pulau Rengas', { canAnswer: true })];
    const note = 'Kepala desa hadir sampai selesai.';
    const after = [
      confirmation('15.02.10.2001', 'Pulau Rengas', {
        status: 'CONFIRMED',
        note,
        answeredByName: 'Kepala Desa Pulau Rengas',
        answeredByAgency: { __typename: 'AgencyRef', id: 'a1', shortName: 'Desa Pulau Rengas' },
        answeredAt: '2026-10-07T03:00:00.000Z',
        canAnswer: true,
        version: 1,
      }),
    ];
    renderSection([
      query(before),
      {
        request: { query: AnswerVillageReachMutation, variables: { activityId: ACTIVITY, villageCode: '15.02.10.2001', confirmed: true, note, version: 0 } },
        result: { data: { answerVillageReach: after[0] } },
      },
      query(after),
    ]);
    const section = await screen.findByRole('region', { name: 'Konfirmasi desa' });
    fireEvent.change(within(section).getByLabelText('Catatan (tidak wajib)'), { target: { value: note } });
    fireEvent.click(within(section).getByRole('button', { name: 'Konfirmasi Pulau Rengas terjangkau' }));
    expect((await within(section).findByRole('status')).textContent).toContain('Pulau Rengas telah dikonfirmasi.');
    expect(await within(section).findByText(note)).toBeTruthy();
    expect(within(section).queryByLabelText('Catatan (tidak wajib)')).toBeNull();
  });
});
