import { graphql } from '@jangkau/web-data-access';

export const BoundarySetsQuery = graphql(`
  query BoundarySets {
    boundarySets {
      id
      level
      source
      licence
      fileName
      featureCount
      regionCount
      missingCount
      importedAt
    }
  }
`);
