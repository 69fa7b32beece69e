import { graphql } from '@jangkau/web-data-access';

/** The immigration offices a reader may see: whose targets an administrator (or a viewer) chooses to look at. */
export const TargetAgenciesQuery = graphql(`
  query TargetAgencies {
    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {
      id
      name
      shortName
    }
  }
`);
