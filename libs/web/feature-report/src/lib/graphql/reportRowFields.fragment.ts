import { graphql } from '@jangkau/web-data-access';

/** One report row: its label and one value per column. */
export const ReportRowFieldsFragment = graphql(`
  fragment ReportRowFields on ReportRow {
    key
    label
    restricted
    villagesNeverReached
    villagesNotRecentlyReached
    desaBinaan
    desaBinaanActivities
    values {
      indicator
      value
      previous
      change
      direction
      target
      achieved
      progress
      expected
      status
    }
  }
`);
