import { graphql } from '../../gql';

/**
 * A programme framework as a programme select offers it (the filters, the activity form, a target): its validity
 * decides which periods offer its items.
 */
export const ProgrammeFrameworkChoiceFragment = graphql(`
  fragment ProgrammeFrameworkChoice on ProgrammeFramework {
    id
    name
    validFrom
    validTo
    items {
      id
      number
      title
    }
  }
`);
