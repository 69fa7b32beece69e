import { graphql } from '@jangkau/web-data-access';

export const DesaBinaanRegionNameQuery = graphql(`
  query DesaBinaanRegionName($code: ID!) {
    region(code: $code) {
      code
      name
    }
  }
`);
