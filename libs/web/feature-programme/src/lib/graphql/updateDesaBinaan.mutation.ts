import { graphql } from '@jangkau/web-data-access';

export const UpdateDesaBinaanMutation = graphql(`
  mutation UpdateDesaBinaan($id: ID!, $version: Int!, $input: DesaBinaanInput!) {
    updateDesaBinaan(id: $id, version: $version, input: $input) {
      ...DesaBinaanFields
    }
  }
`);
