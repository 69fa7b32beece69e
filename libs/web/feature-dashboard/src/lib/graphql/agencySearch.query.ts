import { graphql } from '@jangkau/web-data-access';

/** Agencies whose name matches, for choosing whose working area the dashboard shows. */
export const DashboardAgencySearchQuery = graphql(`
  query DashboardAgencySearch($search: String!) {
    agencies(filter: { search: $search, first: 10 }) {
      id
      name
      shortName
      type
      villageCount
    }
  }
`);
