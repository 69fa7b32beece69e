import { graphql } from '@jangkau/web-data-access';

/** Programme frameworks with their validity, so a target offers only the items of frameworks valid in its year. */
export const TargetFrameworksQuery = graphql(`
  query TargetFrameworks {
    programmeFrameworks {
      ...ProgrammeFrameworkChoice
    }
  }
`);
