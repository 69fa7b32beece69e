import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { SessionProvider, signedInStore, type AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { ReportScheduleQuery, SetReportScheduleMutation } from '../graphql/reportSchedule.query';
import { ReportScheduleForm } from './ReportScheduleForm';

const ID = 's1';
const none: MockLink.MockedResponse = {
  request: { query: ReportScheduleQuery, variables: { savedReportId: ID } },
  result: { data: { reportSchedule: null } satisfies AnswerOf<typeof ReportScheduleQuery> },
};
const set = (recipients: string[]) => ({ savedReportId: ID, input: { frequency: 'QUARTERLY', format: 'PDF', recipients, active: true }, version: null });
const schedule: NonNullable<AnswerOf<typeof ReportScheduleQuery>['reportSchedule']> = {
  __typename: 'ReportSchedule',
  id: 'r1',
  frequency: 'QUARTERLY',
  format: 'PDF',
  active: true,
  version: 1,
  recipients: [{ __typename: 'ReportScheduleRecipient', id: 'u2', username: 'kanwil.jambi', fullName: 'Analis Kanwil Jambi' }],
};

function renderForm(mocks: MockLink.MockedResponse[]) {
  const store = signedInStore({ username: 'kepala.kerinci', fullName: 'K', role: 'HEAD', agency: null }, () => 'id');
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider store={store} language={() => 'id'}>
        <ReportScheduleForm savedReportId={ID} />
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('ReportScheduleForm', () => {
  beforeAll(() => initI18n('id'));

  const fill = async (recipients: string[]) => {
    await screen.findByRole('heading', { name: 'Kirim terjadwal' });
    fireEvent.change(screen.getByLabelText('Frekuensi'), { target: { value: 'QUARTERLY' } });
    fireEvent.change(screen.getByLabelText('Format berkas'), { target: { value: 'PDF' } });
    const input = screen.getByPlaceholderText('Nama pengguna atau alamat surel');
    for (const r of recipients) {
      fireEvent.change(input, { target: { value: r } });
      // Enter adds a chip (keyboard only), not the form.
      fireEvent.keyDown(input, { key: 'Enter' });
    }
  };

  it('shows the API’s refusal of a recipient under the recipients field, the chips kept', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: SetReportScheduleMutation, variables: set(['kanwil.jambi', 'tidak.ada']) },
      result: {
        errors: [
          new GraphQLError('Penerima "tidak.ada" tidak dikenal: tulis nama pengguna atau alamat surel seorang pengguna Jangkau.', {
            extensions: { code: 'BAD_USER_INPUT', field: 'recipients' },
          }),
        ],
      },
    };
    renderForm([none, refused]);
    await fill(['kanwil.jambi', 'tidak.ada']);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.replace('×', '').trim())).toEqual(['kanwil.jambi', 'tidak.ada']);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jadwal' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Penerima "tidak.ada" tidak dikenal');
    expect(screen.getByPlaceholderText('Nama pengguna atau alamat surel').getAttribute('aria-describedby')).toBe(alert.id);
    // A chip goes by its own labelled button.
    fireEvent.click(screen.getByRole('button', { name: 'Hapus penerima tidak.ada' }));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.replace('×', '').trim())).toEqual(['kanwil.jambi']);
  });

  it('asks for a recipient before sending anything, then saves and offers to stop', async () => {
    const saved: MockLink.MockedResponse = {
      request: { query: SetReportScheduleMutation, variables: set(['kanwil.jambi']) },
      result: { data: { setReportSchedule: schedule } satisfies AnswerOf<typeof SetReportScheduleMutation> },
    };
    const after: MockLink.MockedResponse = { ...none, result: { data: { reportSchedule: schedule } satisfies AnswerOf<typeof ReportScheduleQuery> } };
    renderForm([none, saved, after]);
    await fill([]);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jadwal' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tambahkan paling sedikit satu penerima.');
    await fill(['kanwil.jambi']);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan jadwal' }));
    expect((await screen.findByRole('status')).textContent).toBe('Jadwal disimpan.');
    expect(await screen.findByRole('button', { name: 'Hentikan pengiriman' })).toBeTruthy();
  });
});
