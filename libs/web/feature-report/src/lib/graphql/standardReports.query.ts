import { graphql } from '@jangkau/web-data-access';

/** The one-click standard reports, each with the input that runs it now. */
export const StandardReportsQuery = graphql(`
  query StandardReports {
    standardReports {
      key
      title
      description
      unavailable
      input {
        rows
        indicators
        period
        from
        to
        compare
        programmeItemId
        type
        withinRegion
        standard
        withTargets
        withConfirmation
        hideEmptyRows
      }
    }
  }
`);
