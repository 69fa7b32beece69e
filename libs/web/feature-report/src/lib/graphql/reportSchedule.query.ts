import { graphql } from '@jangkau/web-data-access';

export const ReportScheduleFieldsFragment = graphql(`
  fragment ReportScheduleFields on ReportSchedule {
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
`);

/** The schedule of one of the caller's own saved reports (null: none yet). */
export const ReportScheduleQuery = graphql(`
  query ReportSchedule($savedReportId: ID!) {
    reportSchedule(savedReportId: $savedReportId) {
      ...ReportScheduleFields
    }
  }
`);

export const SetReportScheduleMutation = graphql(`
  mutation SetReportSchedule($savedReportId: ID!, $input: ReportScheduleInput!, $version: Int) {
    setReportSchedule(savedReportId: $savedReportId, input: $input, version: $version) {
      ...ReportScheduleFields
    }
  }
`);

export const RemoveReportScheduleMutation = graphql(`
  mutation RemoveReportSchedule($savedReportId: ID!, $version: Int!) {
    removeReportSchedule(savedReportId: $savedReportId, version: $version)
  }
`);
