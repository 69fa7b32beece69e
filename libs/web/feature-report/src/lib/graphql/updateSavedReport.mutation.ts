import { graphql } from '@jangkau/web-data-access';

/** Rename (or redefine) one of the caller's saved reports; the version guards against a lost update. */
export const UpdateSavedReportMutation = graphql(`
  mutation UpdateSavedReport($id: ID!, $version: Int!, $name: String!, $input: ReportInput!) {
    updateSavedReport(id: $id, version: $version, name: $name, input: $input) {
      ...SavedReportFields
    }
  }
`);
