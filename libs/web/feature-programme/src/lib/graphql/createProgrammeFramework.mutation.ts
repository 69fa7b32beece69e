import { graphql } from '@jangkau/web-data-access';

export const CreateProgrammeFrameworkMutation = graphql(`
  mutation CreateProgrammeFramework($input: ProgrammeFrameworkInput!) {
    createProgrammeFramework(input: $input) {
      ...ProgrammeFrameworkFields
    }
  }
`);
