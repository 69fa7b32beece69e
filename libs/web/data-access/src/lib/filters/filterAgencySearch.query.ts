import { graphql } from '../../gql';

/** Agencies whose name matches, for choosing whose working area a coverage view (dashboard, map) shows. */
export const FilterAgencySearchQuery = graphql(`
  query FilterAgencySearch($search: String!) {
    agencies(filter: { search: $search, first: 10 }) {
      id
      name
      shortName
      type
      villageCount
    }
  }
`);
