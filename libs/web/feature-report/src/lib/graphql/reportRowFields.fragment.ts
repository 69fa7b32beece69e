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
    participantsByCategory {
      category
      male
      female
    }
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
