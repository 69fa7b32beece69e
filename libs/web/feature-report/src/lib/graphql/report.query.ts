import { graphql } from '@jangkau/web-data-access';

/** A report over what the caller may see. */
export const ReportQuery = graphql(`
  query Report($input: ReportInput!) {
    report(input: $input) {
      ...ReportFields
    }
  }
`);
