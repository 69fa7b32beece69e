import { graphql } from '../../gql';

/** The programme items a coverage view (dashboard, map) can be narrowed to, by framework. */
export const FilterProgrammesQuery = graphql(`
  query FilterProgrammes {
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
