export { graphql } from './gql';
export type * from './gql/graphql';
export { createApolloClient } from './lib/apollo-client';
