import { print } from 'graphql';
import type { SessionUserFragment } from '../gql/graphql';
import { RefreshSessionMutation } from './graphql/session';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; reason?: 'expired' | 'signedOut' }
  /**
   * `offline`: restored on this device without the server (no network when the page loaded, or the server could not
   * say): the last signed-in person's profile, no access token yet. The refresh is tried again on `online`, on focus
   * and every 30 s; only the server's word that the session is over signs the person out.
   */
  | { status: 'signedIn'; user: SessionUserFragment; offline?: boolean };

export interface SessionPayload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: SessionUserFragment;
}

const STORAGE_KEY = 'jangkau.refreshToken';
/** The signed-in person's public profile (SessionUserFragment), beside the refresh token: who to be while offline. */
const USER_KEY = 'jangkau.sessionUser';
/** While restored offline, the refresh is tried again this often (and on `online` and on focus). */
const OFFLINE_RETRY_MS = 30_000;
const DEVICE_KEY = 'jangkau.deviceTokens';
const MAX_DEVICE_TOKENS = 10;
const deviceKey = (identifier: string) => identifier.trim().toLowerCase();
/** The pauses before sending again a refresh that got no answer (see fetchRetrying). */
const REFRESH_RETRY_MS = [500, 1500];
/** Refresh this long before the access token expires, so requests never meet an expired one. */
const REFRESH_MARGIN_SECONDS = 60;

/**
 * The session in the browser. The access token lives in memory only; the refresh token in localStorage, so a
 * reload keeps the user signed in. Refreshing is single-flight within a tab and serialised across tabs (Web
 * Locks): refresh tokens rotate, and two tabs spending the same one would look like theft to the server.
 */
export class SessionStore {
  private state: SessionState;
  private accessToken: string | null = null;
  private refreshToken: string | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<boolean> | null = null;
  private retryTimer: ReturnType<typeof setInterval> | undefined;
  private stopRetryListeners: (() => void) | undefined;
  private readonly listeners = new Set<() => void>();
  /** Called when the session now belongs to another person: nothing cached for the previous one may stay. */
  userChanged?: () => void;

  constructor(private readonly endpoint = '/graphql') {
    this.refreshToken = readStorage();
    this.state = this.refreshToken ? { status: 'restoring' } : { status: 'signedOut' };
    // Signing out in another tab signs out this one too.
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key === STORAGE_KEY && event.newValue === null && this.state.status === 'signedIn') this.clear('signedOut');
    });
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  token(): string | null {
    return this.accessToken;
  }

  start(language: () => string) {
    if (this.state.status === 'restoring') void this.refresh(language);
  }

  setSession(payload: SessionPayload, language: () => string) {
    const previous = this.state.status === 'signedIn' ? this.state.user.id : null;
    if (previous && previous !== payload.user.id) this.userChanged?.();
    this.accessToken = payload.accessToken;
    this.refreshToken = payload.refreshToken;
    writeStorage(payload.refreshToken);
    writeUser(payload.user);
    this.stopRetrying();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(language), Math.max(payload.expiresIn - REFRESH_MARGIN_SECONDS, 10) * 1000);
    this.set({ status: 'signedIn', user: payload.user });
  }

  /** Forgets the session in this tab; `expired` tells the app to offer signing in again where the user is. */
  clear(reason: 'expired' | 'signedOut') {
    clearTimeout(this.timer);
    this.accessToken = null;
    this.refreshToken = null;
    writeStorage(null);
    writeUser(null);
    this.stopRetrying();
    this.set({ status: 'signedOut', reason });
  }

  /**
   * The device token this browser received when `identifier` last signed in here (OWASP device cookie): sent with
   * the next sign-in, it lets the server tell this device from a stranger guessing the password elsewhere, so
   * the stranger's guesses do not pause this device. Kept per name typed (a shared office computer serves several
   * people) and across sign-outs: it grants nothing without the password.
   */
  deviceTokenFor(identifier: string): string | null {
    return readDevices()[deviceKey(identifier)] ?? null;
  }

  rememberDevice(identifier: string, token: string) {
    const devices = readDevices();
    delete devices[deviceKey(identifier)];
    devices[deviceKey(identifier)] = token;
    // The most recent few names only: the list must not grow without end on a shared computer.
    const kept = Object.entries(devices).slice(-MAX_DEVICE_TOKENS);
    try {
      globalThis.localStorage?.setItem(DEVICE_KEY, JSON.stringify(Object.fromEntries(kept)));
    } catch {
      // Private browsing: this device stays unknown to the server, as before it signed in.
    }
  }

  currentRefreshToken() {
    return this.refreshToken;
  }

  /** Signed in on this device only (restored offline, no access token): requests should try a refresh first. */
  isOffline(): boolean {
    return this.state.status === 'signedIn' && this.state.offline === true;
  }

  /** A new access token from the refresh token; false (and signed out) when the session cannot continue. */
  refresh(language: () => string): Promise<boolean> {
    this.inFlight ??= this.withLock(async () => {
      // Another tab may have rotated the token meanwhile: always spend the newest one.
      const token = readStorage() ?? this.refreshToken;
      if (!token) return false;
      try {
        const res = await this.fetchRetrying(() =>
          fetch(this.endpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'accept-language': language() },
            body: JSON.stringify({ query: print(RefreshSessionMutation), variables: { refreshToken: token } }),
          }),
        );
        const body = await res.json().catch(() => null);
        const session = body?.data?.refreshSession as SessionPayload | undefined;
        if (!session) {
          // Only the server's word that the session is over ends it; a 429 or a 503 is worth another try later.
          const reason = body?.errors?.[0]?.extensions?.reason;
          if (reason === 'AUTH_REFRESH_INVALID' || reason === 'AUTH_SESSION_EXPIRED') this.clear('expired');
          else this.continueOffline(language);
          return false;
        }
        this.setSession(session, language);
        return true;
      } catch {
        // Offline: keep what we have, as the last person who signed in here; tried again when the network returns.
        this.continueOffline(language);
        return false;
      }
    }).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /**
   * A refresh that got no answer (the network dropped it, perhaps after the server had already rotated the token) is
   * sent again, twice at most, soon: the server takes the same spent token again for a minute while its successor is
   * unused, so a lost reply costs a moment instead of the session.
   */
  private async fetchRetrying(send: () => Promise<Response>): Promise<Response> {
    // Known to be offline: no answer can come, and the person should not wait for the pauses.
    if (globalThis.navigator?.onLine === false) return send();
    for (const wait of REFRESH_RETRY_MS) {
      try {
        return await send();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    return send();
  }

  /**
   * A refresh that failed without the server's word (no network, a 503): a page being restored comes up signed in as
   * the person last signed in here, with no access token; a running session keeps going. Either way the refresh is
   * tried again on `online`, on focus and every 30 s. With no remembered profile (a session from before profiles were
   * kept) a restoring page can only be signed out, as before; the refresh token stays for the next reload.
   */
  private continueOffline(language: () => string) {
    if (this.state.status === 'restoring') {
      const user = readUser();
      if (!user) {
        this.set({ status: 'signedOut' });
        return;
      }
      this.set({ status: 'signedIn', user, offline: true });
    } else if (this.state.status === 'signedIn' && !this.state.offline) {
      this.set({ ...this.state, offline: true });
    }
    if (this.state.status === 'signedIn') this.retryLater(language);
  }

  private retryLater(language: () => string) {
    if (this.retryTimer !== undefined) return;
    const again = () => {
      if (this.isOffline()) void this.refresh(language);
    };
    this.retryTimer = setInterval(again, OFFLINE_RETRY_MS);
    globalThis.addEventListener?.('online', again);
    globalThis.addEventListener?.('focus', again);
    this.stopRetryListeners = () => {
      globalThis.removeEventListener?.('online', again);
      globalThis.removeEventListener?.('focus', again);
    };
  }

  private stopRetrying() {
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
    this.stopRetryListeners?.();
    this.stopRetryListeners = undefined;
  }

  private withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    return locks ? (locks.request('jangkau-session-refresh', work) as Promise<T>) : work();
  }

  private set(state: SessionState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function readStorage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeStorage(token: string | null) {
  try {
    if (token) globalThis.localStorage?.setItem(STORAGE_KEY, token);
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Private browsing: the session lasts for this tab only.
  }
}

function readUser(): SessionUserFragment | null {
  try {
    const parsed = JSON.parse(globalThis.localStorage?.getItem(USER_KEY) ?? 'null');
    return parsed && typeof parsed === 'object' && typeof parsed.id === 'string' && typeof parsed.role === 'string' ? (parsed as SessionUserFragment) : null;
  } catch {
    return null;
  }
}

function writeUser(user: SessionUserFragment | null) {
  try {
    if (user) globalThis.localStorage?.setItem(USER_KEY, JSON.stringify(user));
    else globalThis.localStorage?.removeItem(USER_KEY);
  } catch {
    // Private browsing: offline, this tab cannot say who was signed in.
  }
}

function readDevices(): Record<string, string> {
  try {
    const parsed = JSON.parse(globalThis.localStorage?.getItem(DEVICE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}
