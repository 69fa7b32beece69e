import { graphql } from '@jangkau/web-data-access';

/** Save the current report definition under a name. */
export const SaveReportMutation = graphql(`
  mutation SaveReport($name: String!, $input: ReportInput!) {
    saveReport(name: $name, input: $input) {
      ...SavedReportFields
    }
  }
`);
