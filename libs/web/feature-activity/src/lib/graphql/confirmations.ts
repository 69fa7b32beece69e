import { graphql } from '@jangkau/web-data-access';

export const VillageConfirmationFieldsFragment = graphql(`
  fragment VillageConfirmationFields on VillageConfirmation {
    activityId
    villageCode
    village {
      code
      name
      parent {
        code
        name
      }
    }
    status
    note
    answeredByName
    answeredByAgency {
      id
      shortName
    }
    answeredAt
    response
    respondedByName
    respondedAt
    hasGovernment
    canAnswer
    canRespond
    version
  }
`);

/** The "Konfirmasi desa" section of an activity page. */
export const ActivityConfirmationsQuery = graphql(`
  query ActivityConfirmations($id: ID!) {
    activity(id: $id) {
      id
      status
      villageConfirmations {
        ...VillageConfirmationFields
      }
    }
  }
`);

export const AnswerVillageReachMutation = graphql(`
  mutation AnswerVillageReach($activityId: ID!, $villageCode: ID!, $confirmed: Boolean!, $note: String, $version: Int!) {
    answerVillageReach(activityId: $activityId, villageCode: $villageCode, confirmed: $confirmed, note: $note, version: $version) {
      ...VillageConfirmationFields
    }
  }
`);

export const RespondToDisputeMutation = graphql(`
  mutation RespondToDispute($activityId: ID!, $villageCode: ID!, $reason: String!, $version: Int!) {
    respondToDispute(activityId: $activityId, villageCode: $villageCode, reason: $reason, version: $version) {
      ...VillageConfirmationFields
    }
  }
`);

/** /konfirmasi: villages to confirm (village governments) and disputes to answer (lead agencies). */
export const ConfirmationQueueQuery = graphql(`
  query ConfirmationQueue($first: Int) {
    confirmationQueue(first: $first) {
      toConfirmCount
      disputeCount
      toConfirm {
        activity {
          id
          title
          startsAt
          venueName
          leadAgency {
            id
            shortName
          }
        }
        confirmation {
          ...VillageConfirmationFields
        }
      }
      disputes {
        activity {
          id
          title
          startsAt
          venueName
          leadAgency {
            id
            shortName
          }
        }
        confirmation {
          ...VillageConfirmationFields
        }
      }
    }
  }
`);

/** The header's count. */
export const ConfirmationQueueCountQuery = graphql(`
  query ConfirmationQueueCount {
    confirmationQueue(first: 0) {
      toConfirmCount
      disputeCount
    }
  }
`);
