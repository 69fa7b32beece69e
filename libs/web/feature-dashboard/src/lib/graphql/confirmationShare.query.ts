import { graphql } from '@jangkau/web-data-access';

/** The share of reached villages confirmed by their own government, for the dashboard's area and filter. */
export const DashboardConfirmationShareQuery = graphql(`
  query DashboardConfirmationShare($filter: CoverageFilter!) {
    confirmationShare(filter: $filter) {
      villagesReached
      confirmed
      disputed
      unanswered
      ratio
    }
  }
`);
