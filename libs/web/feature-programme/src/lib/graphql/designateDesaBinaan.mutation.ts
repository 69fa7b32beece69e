import { graphql } from '@jangkau/web-data-access';

export const DesignateDesaBinaanMutation = graphql(`
  mutation DesignateDesaBinaan($input: DesignateDesaBinaanInput!) {
    designateDesaBinaan(input: $input) {
      ...DesaBinaanFields
    }
  }
`);
