import { graphql } from '@jangkau/web-data-access';

export const ProgrammeItemFieldsFragment = graphql(`
  fragment ProgrammeItemFields on ProgrammeItem {
    id
    number
    title
    indicators
    version
  }
`);
