import { graphql } from '../../gql';

/** The programme items a coverage view (dashboard, map, report) can be narrowed to, by framework with its validity. */
export const FilterProgrammesQuery = graphql(`
  query FilterProgrammes {
    programmeFrameworks {
      ...ProgrammeFrameworkChoice
    }
  }
`);
