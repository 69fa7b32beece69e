import { graphql } from '@jangkau/web-data-access';

/** Verified activities of a region in the period: the side panel's list and the venue counts. */
export const MapActivitiesQuery = graphql(`
  query MapActivities($filter: ActivityFilter!, $first: Int!) {
    activities(filter: $filter, first: $first, sort: STARTS_AT_DESC) {
      nodes {
        id
        title
        startsAt
        venueName
        venueRegion {
          code
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
