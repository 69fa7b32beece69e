import { graphql } from '@jangkau/web-data-access';

/** The agency's earlier activities to copy a new one from: by title, the most recent first. */
export const CopyCandidatesQuery = graphql(`
  query CopyCandidates($filter: ActivityFilter) {
    activities(filter: $filter, sort: STARTS_AT_DESC, first: 20) {
      nodes {
        id
        title
        startsAt
        timeZone
        venueName
        leadAgency {
          id
        }
      }
    }
  }
`);

/** What a new activity takes from an earlier one: never its dates, participants or evidence. */
export const CopySourceQuery = graphql(`
  query CopySource($id: ID!) {
    activity(id: $id) {
      id
      title
      type
      leadAgencyId
      venueName
      venueRegion {
        code
        name
      }
      topics {
        id
      }
      programmeItems {
        id
      }
      villages {
        code
        reach
        region {
          code
          name
        }
      }
      coOrganisers {
        agency {
          id
          shortName
          name
        }
      }
    }
  }
`);
