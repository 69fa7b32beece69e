import { graphql } from '@jangkau/web-data-access';

export const IndonesiaPageQuery = graphql(`
  query IndonesiaPage {
    nationalRegionCounts {
      provinsi
      ...RegionCountsFields
    }
    provinces {
      ...RegionSummary
    }
  }
`);
