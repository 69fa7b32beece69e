import { graphql } from '@jangkau/web-data-access';

/** Every village of a province or kabupaten the reader may see, reached or not in the period (one question). */
export const MapCoverageVillagesQuery = graphql(`
  query MapCoverageVillages($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {
    coverageVillages(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {
      ...CoverageChildFields
    }
  }
`);
