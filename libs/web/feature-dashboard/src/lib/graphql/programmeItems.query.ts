import { graphql } from '@jangkau/web-data-access';

/** The programme items a dashboard can be narrowed to, by framework. */
export const DashboardProgrammesQuery = graphql(`
  query DashboardProgrammes {
    programmeFrameworks {
      id
      name
      items {
        id
        number
        title
      }
    }
  }
`);
