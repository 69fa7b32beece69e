import { graphql } from '@jangkau/web-data-access';

/** The agency a linked activity list is filtered by (a report row's office), by name. */
export const ActivityFilterAgencyQuery = graphql(`
  query ActivityFilterAgency($id: ID!) {
    agency(id: $id) {
      id
      shortName
    }
  }
`);
