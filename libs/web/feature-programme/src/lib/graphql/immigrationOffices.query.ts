import { graphql } from '@jangkau/web-data-access';

export const ImmigrationOfficesQuery = graphql(`
  query ImmigrationOffices {
    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {
      id
      shortName
    }
  }
`);
