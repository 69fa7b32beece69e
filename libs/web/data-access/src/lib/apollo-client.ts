import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { from, switchMap, throwError } from 'rxjs';
import { attachOfflineAnswers, OfflineAnswers, offlineAnswersLink } from './offline/offline-answers';
import type { SessionStore } from './session-store';

const SESSION_ENDED = new Set(['AUTH_SESSION_EXPIRED']);
/** Our own close code for "the session changed, connect again with the new token" (graphql-ws retries on it). */
const RESTART_CLOSE_CODE = 4205;

/**
 * One client for the app. Every request carries the interface language (the API answers errors in it) and the
 * access token. A request refused because the access token expired refreshes the session once and is retried;
 * when the session cannot continue, the store says so and the app offers signing in again where the user is.
 * Regions are keyed by their code, so a region fetched by search and by the browser is one cache entry.
 * Subscriptions (live dashboards) go over a WebSocket on the same path; queries and mutations stay on HTTP.
 * Offline, a query already answered for the signed-in person is answered from their device (offline-answers.ts).
 */
export function createApolloClient(options: { uri?: string; language: () => string; session: SessionStore; answers?: OfflineAnswers }) {
  const { session, language } = options;
  const answers = options.answers ?? new OfflineAnswers();
  // The kept answers are the signed-in person's: another person's are dropped, and all of them on signing out. A
  // session the server ended keeps them until someone signs in (most often the same person, again).
  const followSession = () => {
    const state = session.getState();
    if (state.status === 'signedIn') answers.setUser(state.user.id);
    else if (state.status === 'signedOut' && state.reason !== 'expired') answers.setUser(null);
  };
  session.subscribe(followSession);
  followSession();
  const uri = options.uri ?? '/graphql';
  const http = new HttpLink({ uri });
  const headers = new SetContextLink(async (prevContext) => {
    // Restored offline (no access token yet): try the refresh first, so the first request once the network is back
    // goes as the person, not as a stranger. Offline it fails at once and the request meets the offline answers.
    if (session.isOffline() && !session.token()) await session.refresh(language);
    const token = session.token();
    return {
      headers: { ...prevContext.headers, 'Accept-Language': language(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    };
  });
  const retryAfterRefresh = new ErrorLink(({ error, operation, forward }) => {
    const expired = CombinedGraphQLErrors.is(error) && error.errors.some((e) => SESSION_ENDED.has(String(e.extensions?.reason)));
    if (!expired || operation.getContext().retriedAfterRefresh) return;
    operation.setContext({ retriedAfterRefresh: true });
    return from(session.refresh(language)).pipe(switchMap((ok) => (ok ? forward(operation) : throwError(() => error))));
  });
  // After a reconnect, what is on screen is asked again (`client` exists by the time a socket reconnects). A query
  // that fails shows its own error state; the rejection is not left unhandled as well.
  const onReconnected = () => void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  const live = typeof window !== 'undefined' && typeof WebSocket !== 'undefined' ? subscriptionLink({ uri, session, language, onReconnected }) : null;
  const transport = live ? ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, live, http) : http;
  const client = new ApolloClient({
    link: ApolloLink.from([offlineAnswersLink(answers), retryAfterRefresh, headers, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
        RegionCounts: { merge: true },
      },
    }),
  });
  attachOfflineAnswers(client, answers);
  // Back online: what was shown from the device is asked again (the session is refreshed first, see `headers`).
  globalThis.addEventListener?.('online', () => {
    if (answers.hasServedFromDevice()) void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  });
  return client;
}

/** ws://host/graphql beside http://host/graphql, wss:// beside https://. */
export function webSocketUrl(path: string, location: Pick<Location, 'href'>): string {
  const url = new URL(path, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * graphql-ws over one lazy WebSocket: opened while a subscription runs, closed a little after the last one ends.
 * A WebSocket has no headers per operation, so the token travels in the connection parameters, read afresh on
 * every (re)connect; when the session's token changes (refresh, another user) the socket is closed and reopened
 * with the new one. Lost connections are retried with a capped backoff, and after a reconnect the active queries
 * are fetched again, since events that fired while offline are gone.
 */
function subscriptionLink(options: { uri: string; session: SessionStore; language: () => string; onReconnected: () => void }) {
  const { session, language } = options;
  let socket: WebSocket | null = null;
  let token = session.token();
  let restarting = false;
  session.subscribe(() => {
    if (session.token() === token) return;
    token = session.token();
    if (socket?.readyState !== WebSocket.OPEN) return;
    restarting = true;
    socket.close(RESTART_CLOSE_CODE, 'session changed');
  });
  const ws = createClient({
    url: webSocketUrl(options.uri, window.location),
    lazyCloseTimeout: 3_000,
    keepAlive: 25_000,
    // Phones on weak networks drop often: keep trying, up to every 30 s, with jitter so a restarted API is not
    // met by every dashboard at once.
    retryAttempts: 50,
    retryWait: (retries) => {
      // Our own restart for a new token: reconnect at once.
      const wait = restarting ? 0 : Math.min(1_000 * 2 ** retries, 30_000) + Math.random() * 1_000;
      restarting = false;
      return new Promise((resolve) => setTimeout(resolve, wait));
    },
    shouldRetry: () => true,
    connectionParams: () => {
      const current = session.token();
      return { 'accept-language': language(), ...(current ? { authorization: `Bearer ${current}` } : {}) };
    },
    on: {
      connected: (opened, _payload, wasRetry) => {
        socket = opened as WebSocket;
        token = session.token();
        if (wasRetry) options.onReconnected();
      },
      closed: () => {
        socket = null;
      },
    },
  });
  return new GraphQLWsLink(ws);
}
