import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { MarkNotificationsReadMutation, NotificationCountQuery, NotificationsQuery } from '../graphql/notifications';
import { NotificationsPage } from './NotificationsPage';
import { renderSignedIn } from './testing';

const MINUTE = 60_000;

type Entry = AnswerOf<typeof NotificationsQuery>['notifications']['nodes'][number];

function entry(id: string, title: string, over: Partial<Entry> = {}): Entry {
  return {
    __typename: 'Notification',
    id,
    kind: 'ACTIVITY_SUBMITTED',
    createdAt: new Date(Date.now() - 5 * MINUTE).toISOString(),
    readAt: null,
    activityId: `activity-${id}`,
    followUpId: null,
    title,
    link: `/kegiatan/activity-${id}`,
    ...over,
  };
}

const list = (variables: Record<string, unknown>, nodes: Entry[], unreadCount: number, totalCount = nodes.length) => ({
  request: { query: NotificationsQuery, variables: { unreadOnly: false, first: 50, kinds: null, ...variables } },
  result: { data: { notifications: { __typename: 'NotificationPage', unreadCount, totalCount, nodes } } satisfies AnswerOf<typeof NotificationsQuery> },
});
const count = (unreadCount: number) => ({
  request: { query: NotificationCountQuery },
  result: { data: { notifications: { __typename: 'NotificationPage', unreadCount } } satisfies AnswerOf<typeof NotificationCountQuery> },
});

const page = (
  <Routes>
    <Route path="/pemberitahuan" element={<NotificationsPage />} />
    <Route path="/kegiatan/:id" element={<h1>Halaman kegiatan</h1>} />
  </Routes>
);

describe('NotificationsPage: what the person was told', () => {
  beforeAll(() => initI18n('id'));

  it('lists unread entries marked as such, and opening one marks it read and goes where it points', async () => {
    const marked = jest.fn(() => ({ data: { markNotificationsRead: 1 } }));
    renderSignedIn(
      page,
      [
        list(
          {},
          [
            entry('n1', 'Menunggu verifikasi: “Sosialisasi A” diajukan oleh Petugas'),
            entry('n2', 'Diverifikasi: “Sosialisasi B”', { readAt: new Date().toISOString(), kind: 'ACTIVITY_VERIFIED' }),
          ],
          1,
        ),
        count(1),
        { request: { query: MarkNotificationsReadMutation, variables: { ids: ['n1'] } }, result: marked },
      ],
      { path: '/pemberitahuan' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Pemberitahuan' })).toBeTruthy();
    const unread = await screen.findByRole('link', { name: /^Belum dibaca: Menunggu verifikasi: “Sosialisasi A”/ });
    expect(unread.textContent).toContain('5 menit yang lalu');
    expect(unread.textContent).toContain('Kegiatan diajukan untuk verifikasi');
    // The read one carries no marker.
    expect(screen.getByRole('link', { name: /^Diverifikasi: “Sosialisasi B”/ })).toBeTruthy();
    expect(screen.getByTestId('notifications-summary').textContent).toBe('1 belum dibaca dari 2');
    expect(screen.getByRole('link', { name: 'Atur pemberitahuan lewat surel' }).getAttribute('href')).toBe('/pemberitahuan/pengaturan');

    fireEvent.click(unread);
    expect(await screen.findByRole('heading', { name: 'Halaman kegiatan' })).toBeTruthy();
    await waitFor(() => expect(marked).toHaveBeenCalledTimes(1));
  });

  it('reads the kind and "only unread" from the address, and says when nothing matches', async () => {
    renderSignedIn(page, [list({ unreadOnly: true, kinds: ['ACTIVITY_RETURNED'] }, [], 0, 4), count(0)], { path: '/pemberitahuan?jenis=ACTIVITY_RETURNED&belum-dibaca=1' });
    expect(await screen.findByText('Tidak ada pemberitahuan yang cocok dengan pilihan ini.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Jenis' }) as HTMLSelectElement).value).toBe('ACTIVITY_RETURNED');
    expect((screen.getByRole('checkbox', { name: 'Hanya yang belum dibaca' }) as HTMLInputElement).checked).toBe(true);
    // Nothing unread anywhere: nothing to mark.
    expect((screen.getByRole('button', { name: 'Tandai semua sudah dibaca' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says "Belum ada pemberitahuan" to someone never told anything', async () => {
    renderSignedIn(page, [list({}, [], 0), count(0)], { path: '/pemberitahuan' });
    expect(await screen.findByText('Belum ada pemberitahuan')).toBeTruthy();
  });

  it('marks everything read and says how many', async () => {
    renderSignedIn(
      page,
      [
        list({}, [entry('n1', 'Satu'), entry('n2', 'Dua')], 2),
        count(2),
        { request: { query: MarkNotificationsReadMutation, variables: { ids: null } }, result: { data: { markNotificationsRead: 2 } } },
        list({}, [entry('n1', 'Satu', { readAt: new Date().toISOString() }), entry('n2', 'Dua', { readAt: new Date().toISOString() })], 0),
        count(0),
      ],
      { path: '/pemberitahuan' },
    );
    await screen.findByRole('link', { name: /^Belum dibaca: Satu/ });
    const markAll = screen.getByRole('button', { name: 'Tandai semua sudah dibaca' }) as HTMLButtonElement;
    await waitFor(() => expect(markAll.disabled).toBe(false));
    fireEvent.click(markAll);
    expect(await screen.findByText('2 pemberitahuan ditandai sudah dibaca.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('link', { name: /^Belum dibaca/ })).toBeNull());
    expect(screen.getByRole('link', { name: /^Satu/ })).toBeTruthy();
  });
});
