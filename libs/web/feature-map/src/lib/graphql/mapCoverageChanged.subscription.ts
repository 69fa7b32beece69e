import { graphql } from '@jangkau/web-data-access';

/** Fires when an activity touching the area is verified or reopened: the map asks again and recolours. */
export const MapCoverageChangedSubscription = graphql(`
  subscription MapCoverageChanged($regionCode: ID, $agencyId: ID) {
    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {
      activityId
      kind
      at
    }
  }
`);
