import { graphql } from '@jangkau/web-data-access';

/** What the governments of the region's reached villages answered: the side panel's "Konfirmasi desa". */
export const MapConfirmationShareQuery = graphql(`
  query MapConfirmationShare($filter: CoverageFilter!) {
    confirmationShare(filter: $filter) {
      villagesReached
      confirmed
      disputed
      unanswered
    }
  }
`);
