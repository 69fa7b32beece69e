import { graphql } from '@jangkau/web-data-access';

/** Creates a target (no version) or changes its value (the version read; a stale one is refused). */
export const SetTargetMutation = graphql(`
  mutation SetTarget($input: TargetInput!, $version: Int) {
    setTarget(input: $input, version: $version) {
      ...TargetFields
    }
  }
`);
