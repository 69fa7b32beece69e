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
    villagesConfirmed
    villagesDisputed
    villagesUnanswered
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
