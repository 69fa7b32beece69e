import { graphql } from '../../gql';

export const SearchRegionsQuery = graphql(`
  query SearchRegions($query: String!, $first: Int) {
    searchRegions(query: $query, first: $first) {
      ...RegionChoice
    }
  }
`);
