import { graphql } from '@jangkau/web-data-access';

/** Everything the report page shows of one report (a live report and a saved one alike). */
export const ReportFieldsFragment = graphql(`
  fragment ReportFields on Report {
    title
    from
    to
    previousFrom
    previousTo
    rowKind
    columns
    standard
    withTargets
    withConfirmation
    programmeItemId
    type
    restricted
    totalNote
    hideEmptyRows
    emptyRowsHidden
    rows {
      ...ReportRowFields
    }
    total {
      ...ReportRowFields
    }
    participantsByCategory {
      category
      male
      female
    }
  }
`);
