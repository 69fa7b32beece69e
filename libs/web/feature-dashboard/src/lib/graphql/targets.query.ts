import { graphql } from '@jangkau/web-data-access';

/** An agency's targets of one year (the year's own and its quarters'), with achievement and pacing. */
export const TargetsQuery = graphql(`
  query Targets($agencyId: ID!, $year: Int!) {
    targets(agencyId: $agencyId, year: $year) {
      ...TargetFields
    }
  }
`);
