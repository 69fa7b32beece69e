import { GraphQLError } from 'graphql';
import { ApolloProvider } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createApolloClient, LoginMutation, SessionProvider, SessionStore, type AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { LoginForm } from './LoginForm';
import { LoginPage } from './LoginPage';
import { RequireRole } from './RequireSignIn';
import { AppInfoQuery } from '../graphql/appInfo.query';

const language = () => 'id';
const localUser = {
  __typename: 'User' as const,
  id: 'u1',
  username: 'desa.pulaurengas',
  fullName: 'Kepala Desa Pulau Rengas',
  role: 'LOCAL' as const,
  mustChangePassword: false,
  agency: { __typename: 'Agency' as const, id: 'a1', name: 'Pemerintah Desa Pulau Rengas', shortName: 'Desa Pulau Rengas', type: 'DESA_KELURAHAN' as const },
};

describe('signing in and roles', () => {
  beforeAll(() => initI18n('id'));

  it('tells a local-government account that the admin pages are not for them, and shows nothing of them', () => {
    const store = new SessionStore();
    store.setSession({ accessToken: 'a', refreshToken: 'r', expiresIn: 900, user: localUser }, language);
    render(
      <MockedProvider>
        <SessionProvider store={store} language={language}>
          <MemoryRouter>
            <RequireRole roles={['ADMIN']}>
              <p>daftar pengguna</p>
            </RequireRole>
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>,
    );
    expect(screen.getByText('Akses ditolak')).toBeTruthy();
    expect(screen.getByText('Halaman ini hanya untuk Administrator. Anda masuk sebagai Pemerintah setempat.')).toBeTruthy();
    expect(screen.queryByText('daftar pengguna')).toBeNull();
    store.clear('signedOut');
  });

  it('shows the server’s reason when signing in fails, and keeps the username typed', async () => {
    const store = new SessionStore();
    render(
      <MockedProvider
        mocks={[
          { request: { query: AppInfoQuery }, result: { data: { appInfo: { __typename: 'AppInfo', demoMode: false, demoAccounts: [] } } satisfies AnswerOf<typeof AppInfoQuery> } },
          {
            request: { query: LoginMutation, variables: { username: 'dinas.merangin', password: 'salah-sandi-1' } },
            result: { errors: [new GraphQLError('Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.')] },
          },
        ]}
      >
        <SessionProvider store={store} language={language}>
          <MemoryRouter initialEntries={['/masuk']}>
            <Routes>
              <Route path="/masuk" element={<LoginPage />} />
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('Nama pengguna atau email'), { target: { value: 'dinas.merangin' } });
    fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: 'salah-sandi-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.');
    expect((screen.getByLabelText('Nama pengguna atau email') as HTMLInputElement).value).toBe('dinas.merangin');
    expect(store.getState()).toEqual({ status: 'signedOut' });
  });

  it('says a 500 is the server, not the connection, and says offline only when the phone is offline', async () => {
    const realFetch = globalThis.fetch;
    // What a proxy answers when the API is down: an HTML page with a 500 (jsdom has no Response; Apollo reads these).
    const proxyError = { status: 500, ok: false, headers: { get: () => 'text/html' }, text: async () => '<html>Internal Server Error</html>' };
    const fetchMock = jest.fn(async () => proxyError as unknown as Response);
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const store = new SessionStore();
    const client = createApolloClient({ language, session: store });
    try {
      render(
        <ApolloProvider client={client}>
          <SessionProvider store={store} language={language}>
            <LoginForm />
          </SessionProvider>
        </ApolloProvider>,
      );
      fireEvent.change(screen.getByLabelText('Nama pengguna atau email'), { target: { value: 'dinas.merangin' } });
      fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: 'jangkau-demo' } });
      fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
      expect((await screen.findByRole('alert')).textContent).toBe('Server sedang bermasalah (galat 500), bukan koneksi Anda. Coba lagi sebentar lagi.');
      expect(fetchMock).toHaveBeenCalledWith('/graphql', expect.anything());

      // No answer at all, and the browser knows it is offline: now (and only now) it is the connection.
      fetchMock.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
      jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
      fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Anda sedang luring (tidak ada sambungan internet). Coba lagi setelah tersambung.'));
      expect(store.getState()).toEqual({ status: 'signedOut' });
    } finally {
      globalThis.fetch = realFetch;
      jest.restoreAllMocks();
      client.stop();
    }
  });

  it('keeps the device token after signing in and sends it with the next sign-in of that person, after signing out too', async () => {
    localStorage.clear();
    const appInfo = { request: { query: AppInfoQuery }, result: { data: { appInfo: { __typename: 'AppInfo', demoMode: false, demoAccounts: [] } } satisfies AnswerOf<typeof AppInfoQuery> } };
    const session = (deviceToken: string) => ({
      data: { login: { __typename: 'Session', accessToken: 'a', refreshToken: 'r', expiresIn: 900, deviceToken, user: localUser } },
    });
    const signInOnce = async (expected: Record<string, string>, deviceToken: string) => {
      const store = new SessionStore();
      const view = render(
        <MockedProvider mocks={[appInfo, { request: { query: LoginMutation, variables: expected }, result: session(deviceToken) }]}>
          <SessionProvider store={store} language={language}>
            <MemoryRouter initialEntries={['/masuk']}>
              <Routes>
                <Route path="/masuk" element={<LoginPage />} />
                <Route path="*" element={<p>beranda</p>} />
              </Routes>
            </MemoryRouter>
          </SessionProvider>
        </MockedProvider>,
      );
      fireEvent.change(screen.getByLabelText('Nama pengguna atau email'), { target: { value: ' Rengas@Desa.example' } });
      fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: 'jangkau-demo' } });
      fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
      await waitFor(() => expect(store.getState().status).toBe('signedIn'));
      // Signing out forgets the session, not the device.
      store.clear('signedOut');
      view.unmount();
    };
    // The first sign-in on this browser has no token to send (a mock that expected one would not answer).
    await signInOnce({ username: 'Rengas@Desa.example', password: 'jangkau-demo' }, 'device-1');
    await signInOnce({ username: 'Rengas@Desa.example', password: 'jangkau-demo', deviceToken: 'device-1' }, 'device-2');
    // Kept under the username the server answered with too (the name typed could have been an email).
    expect(new SessionStore().deviceTokenFor('desa.pulaurengas')).toBe('device-2');
    expect(new SessionStore().deviceTokenFor('kanwil.jambi')).toBeNull();
    expect(localStorage.getItem('jangkau.refreshToken')).toBeNull();
  });
});
