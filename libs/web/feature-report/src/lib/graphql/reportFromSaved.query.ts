import { graphql } from '@jangkau/web-data-access';

/** A shared link: the saved definition, and its report evaluated with the opener's rights. */
export const ReportFromSavedQuery = graphql(`
  query ReportFromSaved($id: ID!) {
    savedReport(id: $id) {
      ...SavedReportFields
    }
    reportFromSaved(id: $id) {
      ...ReportFields
    }
  }
`);
