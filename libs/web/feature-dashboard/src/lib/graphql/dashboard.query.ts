import { graphql } from '@jangkau/web-data-access';

/** Everything the dashboard shows for one area, period and filter, in one request. */
export const DashboardQuery = graphql(`
  query Dashboard($filter: CoverageFilter!) {
    dashboard(filter: $filter) {
      coverage {
        ...CoverageFields
      }
      activities
      participants
      officialsReached
      participantsNotByVillage
      officialsNotByVillage
      desaBinaanFormed
      monthly {
        month
        activities
        participants
        villagesReached
      }
      byType {
        type
        activities
      }
      byProgrammeItem {
        item {
          id
          number
          title
          frameworkName
        }
        activities
      }
      participantsByCategory {
        category
        male
        female
      }
      sameTimeLastYear {
        from
        to
        activities
        participants
        officialsReached
        desaBinaanFormed
        villagesReached
        villagesTotal
        ratio
      }
      targets {
        id
        period
        periodFrom
        periodTo
        indicator
        programmeItem {
          id
          number
          title
        }
        value
        achieved
        progress
        elapsed
        expected
        status
      }
    }
  }
`);
