import { graphql } from '@jangkau/web-data-access';

/** A target as the targets page shows and edits it: its figures, pacing and the version a change must send. */
export const TargetFieldsFragment = graphql(`
  fragment TargetFields on Target {
    id
    agency {
      id
      name
      shortName
    }
    period
    periodFrom
    periodTo
    indicator
    programmeItem {
      id
      number
      title
      frameworkName
    }
    value
    achieved
    progress
    elapsed
    expected
    status
    version
    updatedAt
  }
`);
