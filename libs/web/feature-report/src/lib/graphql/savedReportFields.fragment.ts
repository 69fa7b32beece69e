import { graphql } from '@jangkau/web-data-access';

/** A saved report definition as lists and the shared link show it. */
export const SavedReportFieldsFragment = graphql(`
  fragment SavedReportFields on SavedReport {
    id
    name
    version
    mine
    ownerName
    updatedAt
    schedule {
      frequency
      format
      recipients
      active
    }
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
`);
