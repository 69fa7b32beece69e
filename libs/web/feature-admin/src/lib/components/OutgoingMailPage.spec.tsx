import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import type { AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { OutgoingMailQuery } from '../graphql/mail';
import { OutgoingMailPage } from './OutgoingMailPage';

type Mail = AnswerOf<typeof OutgoingMailQuery>['outgoingMail'];
type Message = Mail['nodes'][number];

const sent: Message = {
  __typename: 'OutgoingMail',
  id: 'm0000000-0000-4000-8000-000000000001',
  kind: 'ACTIVITY_SUBMITTED',
  toAddress: 'kepala@example.org',
  subject: 'Kegiatan menunggu verifikasi',
  textBody: 'Sosialisasi TPPO di Pulau Rengas menunggu verifikasi Anda.',
  status: 'SENT',
  attempts: 1,
  lastError: null,
  createdAt: '2025-07-01T03:00:00.000Z',
  sentAt: '2025-07-01T03:00:05.000Z',
  nextAttemptAt: null,
};
const failing: Message = {
  ...sent,
  id: 'm0000000-0000-4000-8000-000000000002',
  toAddress: 'petugas@example.org',
  subject: 'Kegiatan dikembalikan',
  status: 'WAITING',
  attempts: 3,
  lastError: 'connect ECONNREFUSED',
  sentAt: null,
  nextAttemptAt: '2025-07-01T04:00:00.000Z',
};
const mail = (nodes: Message[], extra: Partial<Mail> = {}): Mail => ({
  __typename: 'OutgoingMailPage',
  smtp: true,
  folder: null,
  waiting: 1,
  sent: 12,
  failed: 0,
  skipped: 2,
  nodes,
  ...extra,
});
const answer = (status: Message['status'] | null, value: Mail): MockLink.MockedResponse => ({
  request: { query: OutgoingMailQuery, variables: { first: 100, status } },
  result: { data: { outgoingMail: value } satisfies AnswerOf<typeof OutgoingMailQuery> },
});

let search = '';
function Location() {
  search = useLocation().search;
  return null;
}

function renderPage(mocks: MockLink.MockedResponse[], url = '/admin/surel') {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[url]}>
        <OutgoingMailPage />
        <Location />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('OutgoingMailPage', () => {
  beforeAll(() => initI18n('id'));

  it('counts the messages by status and lists each with its attempts and last error', async () => {
    renderPage([answer(null, mail([sent, failing]))]);
    const counts = await screen.findByRole('list', { name: 'Jumlah surel menurut status' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 Menunggu', '12 Terkirim', '0 Gagal', '2 Dilewati']);
    const row = screen.getByText('petugas@example.org').closest('tr') as HTMLElement;
    expect(within(row).getByText('Menunggu')).toBeTruthy();
    expect(within(row).getByText('3')).toBeTruthy();
    expect(row.textContent).toContain('Galat terakhir: connect ECONNREFUSED');
    expect(row.textContent).toContain('Dicoba lagi');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says where the messages are kept when no SMTP server is set', async () => {
    renderPage([answer(null, mail([sent], { smtp: false, folder: '/var/lib/jangkau/mail' }))]);
    expect((await screen.findByRole('note')).textContent).toBe('SMTP_URL belum diatur: surel disimpan sebagai berkas .eml di /var/lib/jangkau/mail');
  });

  it('opens a message to its plain-text body and closes it again', async () => {
    renderPage([answer(null, mail([sent]))]);
    const toggle = await screen.findByRole('button', { name: 'Kegiatan menunggu verifikasi' });
    const body = document.getElementById(`mail-body-${sent.id}`) as HTMLElement;
    expect(body.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(body.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(body).getByText(sent.textBody)).toBeTruthy();
    fireEvent.click(toggle);
    expect(body.hidden).toBe(true);
  });

  it('filters by status, with the status in the address', async () => {
    renderPage([answer(null, mail([sent, failing])), answer('WAITING', mail([failing]))]);
    await screen.findByText('kepala@example.org');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'WAITING' } });
    expect(await screen.findByText('petugas@example.org')).toBeTruthy();
    expect(screen.queryByText('kepala@example.org')).toBeNull();
    expect(search).toBe('?status=WAITING');
  });

  it('opens with the status from a linked address', async () => {
    renderPage([answer('FAILED', mail([]))], '/admin/surel?status=FAILED');
    expect(await screen.findByText('Belum ada surel.')).toBeTruthy();
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('FAILED');
  });

  it('shows why the list could not be loaded', async () => {
    renderPage([{ request: answer(null, mail([])).request, result: { errors: [new GraphQLError('Akses ditolak.')] } }]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Akses ditolak.');
  });
});
