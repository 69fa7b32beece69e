import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

/**
 * One client for the app. Every request carries the interface language so the API answers errors in it.
 * Regions are keyed by their code, so a region fetched by search and by the browser is one cache entry.
 */
export function createApolloClient(options: { uri?: string; language: () => string }) {
  const http = new HttpLink({ uri: options.uri ?? '/graphql' });
  const language = new SetContextLink((prevContext) => ({
    headers: { ...prevContext.headers, 'Accept-Language': options.language() },
  }));
  return new ApolloClient({
    link: language.concat(http),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
        RegionCounts: { merge: true },
      },
    }),
  });
}
