import { useApolloClient, useMutation } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ChangePasswordMutation, LoginMutation, LogoutMutation } from './graphql/session';
import { sendApiRequest, type ApiRequest, type ApiResponse } from './rest/api-request';
import type { SessionState, SessionStore } from './session-store';

interface SessionApi {
  state: SessionState;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  /** A REST request (/api/...) as the signed-in person; an expired access token is refreshed once and retried. */
  request(request: ApiRequest): Promise<ApiResponse>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ store, language, children }: { store: SessionStore; language: () => string; children: ReactNode }) {
  const client = useApolloClient();
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const [login] = useMutation(LoginMutation);
  const [logout] = useMutation(LogoutMutation);
  const [change] = useMutation(ChangePasswordMutation);

  useEffect(() => store.start(language), [store, language]);
  useEffect(() => {
    // The queries on screen are fetched again as the new user; one that fails shows its own error state.
    store.userChanged = () => void client.resetStore().catch(() => undefined);
    return () => {
      store.userChanged = undefined;
    };
  }, [client, store]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const deviceToken = store.deviceTokenFor(username);
      const { data } = await login({ variables: { username, password, ...(deviceToken ? { deviceToken } : {}) } });
      if (data) {
        if (data.login.deviceToken) {
          // Under the name typed and the username too: the next sign-in may use either (or the email).
          store.rememberDevice(username, data.login.deviceToken);
          store.rememberDevice(data.login.user.username, data.login.deviceToken);
        }
        store.setSession(data.login, language);
        // Nothing cached for one person may be shown to the next; what is on screen is fetched again as them.
        await client.resetStore();
      }
    },
    [client, language, login, store],
  );

  const signOut = useCallback(async () => {
    await logout({ variables: { refreshToken: store.currentRefreshToken() } }).catch(() => undefined);
    store.clear('signedOut');
    await client.clearStore();
  }, [client, logout, store]);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      const { data } = await change({ variables: { currentPassword, newPassword } });
      if (data) store.setSession(data.changePassword, language);
    },
    [change, language, store],
  );

  const request = useCallback(
    async (req: ApiRequest) => {
      const response = await sendApiRequest(req, store.token(), language());
      if (response.status !== 401 || req.signal?.aborted) return response;
      return (await store.refresh(language)) ? sendApiRequest(req, store.token(), language()) : response;
    },
    [language, store],
  );

  const api = useMemo(() => ({ state, signIn, signOut, changePassword, request }), [state, signIn, signOut, changePassword, request]);
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession needs a SessionProvider');
  return api;
}
