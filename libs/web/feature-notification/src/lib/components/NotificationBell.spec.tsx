import { act, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import { SessionProvider, SessionStore, type AnswerOf } from '@jangkau/web-data-access';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { NotificationCountQuery } from '../graphql/notifications';
import { NotificationBell } from './NotificationBell';
import { renderSignedIn } from './testing';

const count = (unreadCount: number) => ({
  request: { query: NotificationCountQuery },
  result: { data: { notifications: { __typename: 'NotificationPage', unreadCount } } satisfies AnswerOf<typeof NotificationCountQuery> },
});

const added = (id: string, title: string) => ({
  result: {
    data: {
      notificationAdded: {
        __typename: 'Notification',
        id,
        kind: 'ACTIVITY_SUBMITTED',
        createdAt: new Date().toISOString(),
        readAt: null,
        activityId: 'a1',
        followUpId: null,
        title,
        link: '/kegiatan/a1',
      },
    },
  },
});

describe('NotificationBell: the header says how many are unread, live', () => {
  beforeAll(() => initI18n('id'));
  afterEach(() => act(() => setLanguage('id')));

  it('names the link with the unread count, shows it as a badge, and leads to /pemberitahuan', async () => {
    renderSignedIn(<NotificationBell />, [count(3)]);
    const bell = await screen.findByRole('link', { name: 'Pemberitahuan, 3 belum dibaca' });
    expect(bell.getAttribute('href')).toBe('/pemberitahuan');
    expect(screen.getByTestId('bell-count').textContent).toBe('3');
  });

  it('adds one when a notification arrives over the subscription, without asking the server again, and announces it', async () => {
    const { live } = renderSignedIn(<NotificationBell />, [count(3)]);
    await screen.findByRole('link', { name: 'Pemberitahuan, 3 belum dibaca' });
    act(() => live.simulateResult(added('n1', 'Menunggu verifikasi: “Sosialisasi” diajukan oleh Petugas')));
    expect(await screen.findByRole('link', { name: 'Pemberitahuan, 4 belum dibaca' })).toBeTruthy();
    expect(screen.getByTestId('bell-count').textContent).toBe('4');
    expect(screen.getByRole('status').textContent).toBe('Pemberitahuan baru: Menunggu verifikasi: “Sosialisasi” diajukan oleh Petugas');
    act(() => live.simulateResult(added('n2', 'Diverifikasi: “Lain”')));
    expect(await screen.findByRole('link', { name: 'Pemberitahuan, 5 belum dibaca' })).toBeTruthy();
  });

  it('asks again when the window regains focus', async () => {
    renderSignedIn(<NotificationBell />, [count(2), count(0)]);
    await screen.findByRole('link', { name: 'Pemberitahuan, 2 belum dibaca' });
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    const bell = await screen.findByRole('link', { name: 'Pemberitahuan' });
    expect(screen.queryByTestId('bell-count')).toBeNull();
    expect(bell.getAttribute('href')).toBe('/pemberitahuan');
  });

  it('says "luring" when the count cannot be fetched for want of a network, not an error or a zero; the count again once back', async () => {
    renderSignedIn(<NotificationBell />, [{ request: { query: NotificationCountQuery }, error: new TypeError('Failed to fetch') }, count(2)]);
    const bell = await screen.findByRole('link', { name: 'Pemberitahuan, jumlah belum dibaca tidak dapat diperiksa saat luring' });
    expect(screen.getByTestId('bell-count').textContent).toBe('luring');
    expect(bell.getAttribute('href')).toBe('/pemberitahuan');
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByRole('link', { name: 'Pemberitahuan, 2 belum dibaca' })).toBeTruthy();
    expect(screen.getByTestId('bell-count').textContent).toBe('2');
  });

  it('speaks English when the person chose it', async () => {
    await setLanguage('en');
    renderSignedIn(<NotificationBell />, [count(1)]);
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeTruthy();
  });

  it('is not shown to someone signed out', async () => {
    const store = new SessionStore();
    render(
      <MockedProvider mocks={[]}>
        <SessionProvider store={store} language={() => 'id'}>
          <MemoryRouter>
            <NotificationBell />
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>,
    );
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
  });
});
