import { graphql } from '@jangkau/web-data-access';

export const RemoveTargetMutation = graphql(`
  mutation RemoveTarget($id: ID!, $version: Int!) {
    removeTarget(id: $id, version: $version)
  }
`);
