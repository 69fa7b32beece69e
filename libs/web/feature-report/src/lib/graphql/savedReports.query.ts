import { graphql } from '@jangkau/web-data-access';

/** The caller's own saved reports, most recently changed first. */
export const SavedReportsQuery = graphql(`
  query SavedReports {
    savedReports {
      ...SavedReportFields
    }
  }
`);
