export { graphql } from './gql';
export type * from './gql/graphql';
export { createApolloClient } from './lib/apollo-client';
export { SessionStore, type SessionState } from './lib/session-store';
export { SessionProvider, useSession } from './lib/session-context';
export { useRegionSearch, SEARCH_MAX_LENGTH } from './lib/regions/useRegionSearch';
export { SearchRegionsQuery } from './lib/regions/searchRegions.query';
export { useDebouncedValue } from './lib/regions/useDebouncedValue';
export { errorMessage } from './lib/errorMessage';
