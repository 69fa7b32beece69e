import { graphql } from '@jangkau/web-data-access';

export const UpdateProgrammeItemMutation = graphql(`
  mutation UpdateProgrammeItem($id: ID!, $version: Int!, $input: ProgrammeItemInput!) {
    updateProgrammeItem(id: $id, version: $version, input: $input) {
      ...ProgrammeItemFields
    }
  }
`);
