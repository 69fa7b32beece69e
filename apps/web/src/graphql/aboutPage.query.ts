import { graphql } from '@jangkau/web-data-access';

export const AboutPageQuery = graphql(`
  query AboutPage {
    regionDataVersion {
      source
      version
      loadedAt
      total
    }
    boundarySets {
      id
      level
      source
      licence
      regionCount
    }
  }
`);
