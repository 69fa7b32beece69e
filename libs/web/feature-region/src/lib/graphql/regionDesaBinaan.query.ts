import { graphql } from '@jangkau/web-data-access';

/** A village's Desa Binaan designations, as far as the reader may see them (none when signed out). */
export const RegionDesaBinaanQuery = graphql(`
  query RegionDesaBinaan($code: ID!) {
    region(code: $code) {
      code
      desaBinaan {
        id
        skNumber
        skDate
        status
        officerName
        agency {
          id
          name
          shortName
        }
      }
    }
  }
`);
