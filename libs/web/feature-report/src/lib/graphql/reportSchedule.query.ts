import { graphql } from '@jangkau/web-data-access';

/** The schedule of one of the caller's own saved reports (null: none yet). */
export const ReportScheduleQuery = graphql(`
  query ReportSchedule($savedReportId: ID!) {
    reportSchedule(savedReportId: $savedReportId) {
      id
      frequency
      format
      active
      version
      recipients {
        id
        username
        fullName
      }
    }
  }
`);

export const SetReportScheduleMutation = graphql(`
  mutation SetReportSchedule($savedReportId: ID!, $input: ReportScheduleInput!, $version: Int) {
    setReportSchedule(savedReportId: $savedReportId, input: $input, version: $version) {
      id
      frequency
      format
      active
      version
      recipients {
        id
        username
        fullName
      }
    }
  }
`);

export const RemoveReportScheduleMutation = graphql(`
  mutation RemoveReportSchedule($savedReportId: ID!, $version: Int!) {
    removeReportSchedule(savedReportId: $savedReportId, version: $version)
  }
`);
