import { graphql } from '@jangkau/web-data-access';

export const ActivitySummaryFragment = graphql(`
  fragment ActivitySummary on Activity {
    id
    type
    status
    title
    startsAt
    endsAt
    timeZone
    venueName
    venueRegion {
      code
      name
      level
    }
    leadAgency {
      id
      shortName
    }
    villageCount
    participantTotals {
      total
    }
    returnReason
    submittedById
    version
  }
`);

export const ActivitiesQuery = graphql(`
  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int, $after: String) {
    activities(filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes {
        ...ActivitySummary
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Apart from the pages: counting is the expensive part at national scale, and loading more must not recount. */
export const ActivityCountQuery = graphql(`
  query ActivityCount($filter: ActivityFilter) {
    activityCount(filter: $filter)
  }
`);

export const ActivityDetailFragment = graphql(`
  fragment ActivityDetail on Activity {
    ...ActivitySummary
    description
    venueRegionCode
    leadAgencyId
    submittedByName
    submittedAt
    verifiedByName
    verifiedAt
    selfVerified
    verifiers
    createdByName
    updatedAt
    allowedActions
    coOrganisers {
      agency {
        id
        name
        shortName
      }
      status
      answeredAt
    }
    programmeItems {
      id
      number
      title
      frameworkName
    }
    topics {
      id
      name
    }
    villages {
      code
      reach
      outsideLeadArea
      region {
        code
        name
        level
        parent {
          code
          name
        }
      }
    }
    participants {
      category
      male
      female
      total
      agency {
        id
        shortName
      }
    }
    participantTotals {
      male
      female
      total
      officials
    }
    attendance {
      regionCode
      regionName
      regionLevel
      category
      male
      female
      total
      agency {
        id
        shortName
      }
    }
    evidence {
      id
      fileName
      contentType
      sizeBytes
      hasThumbnail
      createdAt
      uploadedByName
      agency {
        id
        shortName
      }
      url
      thumbnailUrl
      removable
    }
    history {
      id
      at
      actorUsername
      operation
      changes {
        field
        to
      }
    }
    followUps {
      id
      text
      dueOn
      status
      version
      responsibleAgency {
        id
        shortName
      }
    }
  }
`);

export const ActivityQuery = graphql(`
  query Activity($id: ID!) {
    activity(id: $id) {
      ...ActivityDetail
    }
  }
`);

export const ActivityFormOptionsQuery = graphql(`
  query ActivityFormOptions {
    topics {
      id
      name
      active
    }
    programmeFrameworks {
      ...ProgrammeFrameworkChoice
    }
    agencies(filter: { first: 500 }) {
      id
      shortName
      name
      active
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($id: ID!, $input: ActivityInput!, $planned: Boolean) {
    createActivity(id: $id, input: $input, planned: $planned) {
      ...ActivityDetail
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: ID!, $version: Int!, $input: ActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
      ...ActivityDetail
    }
  }
`);

export const MarkActivityHeldMutation = graphql(`
  mutation MarkActivityHeld($id: ID!, $version: Int!) {
    markActivityHeld(id: $id, version: $version) {
      ...ActivityDetail
    }
  }
`);

export const SubmitActivityMutation = graphql(`
  mutation SubmitActivity($id: ID!, $version: Int!) {
    submitActivity(id: $id, version: $version) {
      ...ActivityDetail
    }
  }
`);

export const VerifyActivityMutation = graphql(`
  mutation VerifyActivity($id: ID!, $version: Int!) {
    verifyActivity(id: $id, version: $version) {
      ...ActivityDetail
    }
  }
`);

export const ReturnActivityMutation = graphql(`
  mutation ReturnActivity($id: ID!, $version: Int!, $reason: String!) {
    returnActivity(id: $id, version: $version, reason: $reason) {
      ...ActivityDetail
    }
  }
`);

export const ReopenActivityMutation = graphql(`
  mutation ReopenActivity($id: ID!, $version: Int!, $reason: String!) {
    reopenActivity(id: $id, version: $version, reason: $reason) {
      ...ActivityDetail
    }
  }
`);

export const AnswerInvitationMutation = graphql(`
  mutation AnswerActivityInvitation($id: ID!, $accept: Boolean!) {
    answerActivityInvitation(id: $id, accept: $accept) {
      ...ActivityDetail
    }
  }
`);

export const SetCoOrganiserParticipantsMutation = graphql(`
  mutation SetCoOrganiserParticipants($id: ID!, $version: Int!, $participants: [ParticipantInput!]!) {
    setCoOrganiserParticipants(id: $id, version: $version, participants: $participants) {
      ...ActivityDetail
    }
  }
`);

export const AddFollowUpMutation = graphql(`
  mutation AddFollowUp($activityId: ID!, $input: FollowUpInput!) {
    addFollowUp(activityId: $activityId, input: $input) {
      id
    }
  }
`);

export const UpdateFollowUpMutation = graphql(`
  mutation UpdateFollowUp($id: ID!, $version: Int!, $input: FollowUpInput!) {
    updateFollowUp(id: $id, version: $version, input: $input) {
      id
      status
      version
    }
  }
`);

export const ActivityCalendarQuery = graphql(`
  query ActivityCalendar($from: DateTime!, $to: DateTime!, $regionCode: ID) {
    activityCalendar(from: $from, to: $to, regionCode: $regionCode) {
      activity {
        ...ActivitySummary
      }
      overlapsWith {
        id
        title
        startsAt
        leadAgency {
          shortName
        }
      }
      sharedKecamatanCodes
    }
  }
`);

export const ReturnedToMeCountQuery = graphql(`
  query ReturnedToMeCount {
    activityCount(filter: { returnedToMe: true })
  }
`);

export const RegionNameQuery = graphql(`
  query RegionName($code: ID!) {
    region(code: $code) {
      code
      name
      level
    }
  }
`);

export const KecamatanVillagesQuery = graphql(`
  query KecamatanVillages($code: ID!) {
    region(code: $code) {
      code
      name
      level
      children {
        code
        name
        level
      }
    }
  }
`);

export const MyWorkingAreaQuery = graphql(`
  query MyWorkingArea($agencyId: ID!) {
    agency(id: $agencyId) {
      id
      workingArea {
        code
      }
    }
  }
`);

export const EvidenceLimitsQuery = graphql(`
  query EvidenceLimits {
    appInfo {
      evidenceMaxBytes
    }
  }
`);

export const RemoveEvidenceMutation = graphql(`
  mutation RemoveActivityEvidence($id: ID!) {
    removeActivityEvidence(id: $id)
  }
`);

export const CoOrganiserCandidatesQuery = graphql(`
  query CoOrganiserCandidates($villageCodes: [ID!], $venueRegionCode: ID, $search: String) {
    coOrganiserCandidates(villageCodes: $villageCodes, venueRegionCode: $venueRegionCode, search: $search, first: 20) {
      id
      name
      shortName
      worksInArea
    }
  }
`);

export const InviteCoOrganiserAgainMutation = graphql(`
  mutation InviteCoOrganiserAgain($id: ID!, $version: Int!, $agencyId: ID!) {
    inviteCoOrganiserAgain(id: $id, version: $version, agencyId: $agencyId) {
      ...ActivityDetail
    }
  }
`);

export const MyWorkQuery = graphql(`
  query MyWork {
    myWork {
      awaitingVerification
      returned
      invitations
    }
  }
`);

/** The working area kept on the device for picking villages offline (see offline/reference.ts). */
export const OfflineRegionsQuery = graphql(`
  query OfflineRegions {
    offlineRegions {
      complete
      total
      regions {
        ...RegionChoice
      }
    }
  }
`);

/** What the outbox asks before sending again a change whose answer never came. */
export const ActivityStateQuery = graphql(`
  query ActivityState($id: ID!) {
    activity(id: $id) {
      id
      version
      status
      title
    }
  }
`);
