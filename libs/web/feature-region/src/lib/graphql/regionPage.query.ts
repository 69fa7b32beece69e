import { graphql } from '@jangkau/web-data-access';

export const RegionPageQuery = graphql(`
  query RegionPage($code: ID!) {
    region(code: $code) {
      ...RegionSummary
      ...RegionPath
      children {
        ...RegionSummary
      }
    }
  }
`);
