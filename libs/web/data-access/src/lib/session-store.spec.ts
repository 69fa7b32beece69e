import type { SessionUserFragment } from '../gql/graphql';
import { SessionStore, type SessionPayload } from './session-store';

const officer: SessionUserFragment = {
  id: 'u-1',
  username: 'petugas.kerinci',
  fullName: 'Petugas Kerinci',
  role: 'OFFICER' as SessionUserFragment['role'],
  mustChangePassword: false,
  agency: { id: 'a-1', name: 'Kantor Imigrasi Kerinci', shortName: 'Kanim Kerinci', type: 'IMMIGRATION' as never },
};
const session = (refreshToken: string): SessionPayload => ({ accessToken: `access-${refreshToken}`, refreshToken, expiresIn: 900, user: officer });
const language = () => 'id';
// jsdom has no Response: the store reads only json().
const answer = (body: unknown, status = 200) => Promise.resolve({ status, ok: status < 400, json: async () => body } as Response);
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

/** A page that signed in earlier on this device and is now loaded again. */
function reloadedAfterSignIn() {
  const before = new SessionStore();
  before.setSession(session('r1'), language);
  return new SessionStore();
}

describe('SessionStore on a bad network', () => {
  let online = true;
  const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();

  beforeAll(() => {
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  });
  beforeEach(() => {
    localStorage.clear();
    online = true;
    fetchMock.mockReset();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    jest.useRealTimers();
  });

  it('a reload with no network comes up signed in as the last person, offline, and goes online when the network returns', async () => {
    const store = reloadedAfterSignIn();
    expect(store.getState()).toEqual({ status: 'restoring' });
    online = false;
    fetchMock.mockImplementation(offline);
    await store.refresh(language);
    expect(store.getState()).toEqual({ status: 'signedIn', user: officer, offline: true });
    expect(store.token()).toBeNull();
    // Offline, the refresh is not retried with pauses: one attempt, so the page is not kept waiting.
    expect(fetchMock).toHaveBeenCalledTimes(1);

    online = true;
    fetchMock.mockImplementation(() => answer({ data: { refreshSession: session('r2') } }));
    window.dispatchEvent(new Event('online'));
    for (let i = 0; i < 50 && store.token() === null; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getState()).toEqual({ status: 'signedIn', user: officer });
    expect(store.token()).toBe('access-r2');
  });

  it('tries the refresh again every 30 s while offline, and stops once signed in online', async () => {
    jest.useFakeTimers();
    const store = reloadedAfterSignIn();
    online = false;
    fetchMock.mockImplementation(offline);
    await store.refresh(language);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(30_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    online = true;
    fetchMock.mockImplementation(() => answer({ data: { refreshSession: session('r2') } }));
    await jest.advanceTimersByTimeAsync(30_000);
    expect(store.getState()).toEqual({ status: 'signedIn', user: officer });
    const calls = fetchMock.mock.calls.length;
    await jest.advanceTimersByTimeAsync(90_000);
    expect(fetchMock).toHaveBeenCalledTimes(calls);
  });

  it('a server that cannot answer (503) does not sign the person out either', async () => {
    const store = reloadedAfterSignIn();
    fetchMock.mockImplementation(() => answer('Service Unavailable', 503));
    await store.refresh(language);
    expect(store.getState()).toMatchObject({ status: 'signedIn', offline: true, user: { username: 'petugas.kerinci' } });
  });

  it("only the server's word ends the session, and then nothing of the person stays on the device", async () => {
    const store = reloadedAfterSignIn();
    online = false;
    fetchMock.mockImplementation(offline);
    await store.refresh(language);
    expect(store.getState()).toMatchObject({ status: 'signedIn', offline: true });

    online = true;
    fetchMock.mockImplementation(() => answer({ data: null, errors: [{ message: 'Sesi berakhir', extensions: { reason: 'AUTH_REFRESH_INVALID' } }] }));
    await store.refresh(language);
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(localStorage.getItem('jangkau.sessionUser')).toBeNull();
    expect(localStorage.getItem('jangkau.refreshToken')).toBeNull();
    // The next reload, offline, is signed out: no profile to come up as.
    online = false;
    expect(new SessionStore().getState()).toEqual({ status: 'signedOut' });
  });

  it('a refresh refused because the session ended elsewhere (AUTH_SESSION_EXPIRED: signed out, deactivated) ends it here too', async () => {
    const store = reloadedAfterSignIn();
    fetchMock.mockImplementation(() => answer({ data: null, errors: [{ message: 'Sesi Anda telah berakhir.', extensions: { reason: 'AUTH_SESSION_EXPIRED' } }] }));
    expect(await store.refresh(language)).toBe(false);
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(localStorage.getItem('jangkau.refreshToken')).toBeNull();
  });

  it('signing out forgets the profile, so an offline reload afterwards is signed out', () => {
    const store = reloadedAfterSignIn();
    expect(localStorage.getItem('jangkau.sessionUser')).toContain('petugas.kerinci');
    store.clear('signedOut');
    expect(localStorage.getItem('jangkau.sessionUser')).toBeNull();
  });

  it('a session kept from before profiles were remembered is signed out offline, its refresh token kept for later', async () => {
    localStorage.setItem('jangkau.refreshToken', 'r0');
    const store = new SessionStore();
    online = false;
    fetchMock.mockImplementation(offline);
    await store.refresh(language);
    expect(store.getState()).toEqual({ status: 'signedOut' });
    expect(localStorage.getItem('jangkau.refreshToken')).toBe('r0');
  });
});
