import { graphql } from '@jangkau/web-data-access';

export const DesaBinaanListQuery = graphql(`
  query DesaBinaanList($filter: DesaBinaanFilter) {
    desaBinaan(filter: $filter) {
      ...DesaBinaanFields
    }
  }
`);
