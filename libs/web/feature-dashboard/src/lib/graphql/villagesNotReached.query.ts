import { graphql } from '@jangkau/web-data-access';

/** One page of the villages of the area never reached (or not reached in the last N months). */
export const VillagesNotReachedQuery = graphql(`
  query VillagesNotReached($filter: VillagesNotReachedFilter, $sort: VillageSort!, $descending: Boolean!, $first: Int!, $offset: Int!) {
    villagesNotReached(filter: $filter, sort: $sort, descending: $descending, first: $first, offset: $offset) {
      total
      rows {
        region {
          ...RegionPath
        }
        lastReachedOn
        activities
      }
    }
  }
`);
