import { graphql } from '@jangkau/web-data-access';

/** What waits at /konfirmasi for the reader's agency, for the landing page. */
export const DashboardConfirmationWaitingQuery = graphql(`
  query DashboardConfirmationWaiting {
    confirmationQueue(first: 0) {
      toConfirmCount
      disputeCount
    }
  }
`);
