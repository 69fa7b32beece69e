import { graphql } from '@jangkau/web-data-access';

export const DesaBinaanFieldsFragment = graphql(`
  fragment DesaBinaanFields on DesaBinaan {
    id
    skNumber
    skDate
    officerName
    officerUser {
      id
      fullName
    }
    status
    notes
    version
    agency {
      id
      name
      shortName
    }
    village {
      code
      name
      level
      path
    }
  }
`);
