import { graphql } from '@jangkau/web-data-access';

/** /admin/surel: the outbox, newest first, with the counts by status. */
export const OutgoingMailQuery = graphql(`
  query OutgoingMail($first: Int, $status: OutgoingMailStatus) {
    outgoingMail(first: $first, status: $status) {
      smtp
      folder
      waiting
      sent
      failed
      skipped
      nodes {
        id
        kind
        toAddress
        subject
        textBody
        status
        attempts
        lastError
        createdAt
        sentAt
        nextAttemptAt
      }
    }
  }
`);
