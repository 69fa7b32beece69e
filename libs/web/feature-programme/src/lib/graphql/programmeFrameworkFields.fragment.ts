import { graphql } from '@jangkau/web-data-access';

export const ProgrammeFrameworkFieldsFragment = graphql(`
  fragment ProgrammeFrameworkFields on ProgrammeFramework {
    id
    name
    validFrom
    validTo
    version
    items {
      ...ProgrammeItemFields
    }
  }
`);
