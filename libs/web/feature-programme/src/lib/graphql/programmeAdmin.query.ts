import { graphql } from '@jangkau/web-data-access';

export const ProgrammeAdminQuery = graphql(`
  query ProgrammeAdmin {
    programmeFrameworks {
      ...ProgrammeFrameworkFields
    }
  }
`);
