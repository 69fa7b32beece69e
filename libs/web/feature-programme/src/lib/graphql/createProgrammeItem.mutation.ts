import { graphql } from '@jangkau/web-data-access';

export const CreateProgrammeItemMutation = graphql(`
  mutation CreateProgrammeItem($frameworkId: ID!, $input: ProgrammeItemInput!) {
    createProgrammeItem(frameworkId: $frameworkId, input: $input) {
      ...ProgrammeItemFields
    }
  }
`);
