import { graphql } from '@jangkau/web-data-access';

/** Fires when an activity touching the area is verified or reopened: the dashboard asks again. */
export const CoverageChangedSubscription = graphql(`
  subscription CoverageChanged($regionCode: ID, $agencyId: ID) {
    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {
      activityId
      kind
      at
    }
  }
`);
