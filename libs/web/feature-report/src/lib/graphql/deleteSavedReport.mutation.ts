import { graphql } from '@jangkau/web-data-access';

/** Delete one of the caller's saved reports (the version read). */
export const DeleteSavedReportMutation = graphql(`
  mutation DeleteSavedReport($id: ID!, $version: Int!) {
    deleteSavedReport(id: $id, version: $version)
  }
`);
