import { graphql } from '@jangkau/web-data-access';

export const UpdateProgrammeFrameworkMutation = graphql(`
  mutation UpdateProgrammeFramework($id: ID!, $version: Int!, $input: ProgrammeFrameworkInput!) {
    updateProgrammeFramework(id: $id, version: $version, input: $input) {
      ...ProgrammeFrameworkFields
    }
  }
`);
