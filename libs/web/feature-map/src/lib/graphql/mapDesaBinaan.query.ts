import { graphql } from '@jangkau/web-data-access';

/** Desa Binaan under a region (or all the reader may see): markers and the side panel. */
export const MapDesaBinaanQuery = graphql(`
  query MapDesaBinaan($regionCode: ID) {
    desaBinaan(filter: { regionCode: $regionCode }) {
      id
      village {
        code
        name
      }
      agency {
        id
        shortName
      }
      skNumber
      skDate
      officerName
      status
    }
  }
`);
