import { graphql } from '@jangkau/web-data-access';

/** Coverage of the map's area by child region: the figures every map layer colours by. */
export const MapCoverageQuery = graphql(`
  query MapCoverage($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {
    coverage(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {
      ...CoverageFields
    }
  }
`);
