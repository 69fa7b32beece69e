import { graphql } from '@jangkau/web-data-access';

/** What the designation form needs of the office: its working area (the villages it may pick) and its people. */
export const DesaBinaanOfficeQuery = graphql(`
  query DesaBinaanOffice($id: ID!) {
    agency(id: $id) {
      id
      shortName
      workingArea {
        code
      }
    }
    users(agencyId: $id) {
      id
      fullName
      active
    }
  }
`);
