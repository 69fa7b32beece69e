import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { from, switchMap, throwError } from 'rxjs';
import type { SessionStore } from './session-store';

const SESSION_ENDED = new Set(['AUTH_SESSION_EXPIRED']);

/**
 * One client for the app. Every request carries the interface language (the API answers errors in it) and the
 * access token. A request refused because the access token expired refreshes the session once and is retried;
 * when the session cannot continue, the store says so and the app offers signing in again where the user is.
 * Regions are keyed by their code, so a region fetched by search and by the browser is one cache entry.
 */
export function createApolloClient(options: { uri?: string; language: () => string; session: SessionStore }) {
  const { session, language } = options;
  const http = new HttpLink({ uri: options.uri ?? '/graphql' });
  const headers = new SetContextLink((prevContext) => {
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
  return new ApolloClient({
    link: ApolloLink.from([retryAfterRefresh, headers, http]),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
        RegionCounts: { merge: true },
      },
    }),
  });
}
