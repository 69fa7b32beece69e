/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AboutPage {\n    regionDataVersion {\n      source\n      version\n      loadedAt\n      total\n    }\n    boundarySets {\n      id\n      level\n      source\n      licence\n      regionCount\n    }\n  }\n": typeof types.AboutPageDocument,
    "\n  query FilterAgencySearch($search: String!) {\n    agencies(filter: { search: $search, first: 10 }) {\n      id\n      name\n      shortName\n      type\n      villageCount\n    }\n  }\n": typeof types.FilterAgencySearchDocument,
    "\n  query FilterProgrammes {\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n  }\n": typeof types.FilterProgrammesDocument,
    "\n  fragment CoverageChildFields on CoverageChild {\n    region {\n      code\n      name\n      level\n    }\n    villagesTotal\n    villagesReached\n    ratio\n    lastReachedOn\n  }\n": typeof types.CoverageChildFieldsFragmentDoc,
    "\n  fragment CoverageFields on Coverage {\n    from\n    to\n    restricted\n    villagesTotal\n    villagesReached\n    ratio\n    region {\n      ...RegionPath\n    }\n    agency {\n      id\n      name\n      shortName\n    }\n    children {\n      ...CoverageChildFields\n    }\n  }\n": typeof types.CoverageFieldsFragmentDoc,
    "\n  fragment ProgrammeFrameworkChoice on ProgrammeFramework {\n    id\n    name\n    validFrom\n    validTo\n    items {\n      id\n      number\n      title\n    }\n  }\n": typeof types.ProgrammeFrameworkChoiceFragmentDoc,
    "\n  fragment RegionPath on Region {\n    code\n    name\n    level\n    ancestors {\n      code\n      name\n      level\n    }\n  }\n": typeof types.RegionPathFragmentDoc,
    "\n  fragment RegionChoice on Region {\n    code\n    name\n    level\n    path\n    villageCount\n  }\n": typeof types.RegionChoiceFragmentDoc,
    "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    role\n    mustChangePassword\n    agency {\n      id\n      name\n      shortName\n      type\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    expiresIn\n    user {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!, $deviceToken: String) {\n    login(username: $username, password: $password, deviceToken: $deviceToken) {\n      ...SessionFields\n      deviceToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query SearchRegions($query: String!, $first: Int) {\n    searchRegions(query: $query, first: $first) {\n      ...RegionChoice\n    }\n  }\n": typeof types.SearchRegionsDocument,
    "\n  fragment ActivitySummary on Activity {\n    id\n    type\n    status\n    title\n    startsAt\n    endsAt\n    timeZone\n    venueName\n    venueRegion {\n      code\n      name\n      level\n    }\n    leadAgency {\n      id\n      shortName\n    }\n    villageCount\n    participantTotals {\n      total\n    }\n    returnReason\n    submittedById\n    version\n  }\n": typeof types.ActivitySummaryFragmentDoc,
    "\n  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int, $after: String) {\n    activities(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ActivitySummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  query ActivityCount($filter: ActivityFilter) {\n    activityCount(filter: $filter)\n  }\n": typeof types.ActivityCountDocument,
    "\n  fragment ActivityDetail on Activity {\n    ...ActivitySummary\n    description\n    venueRegionCode\n    leadAgencyId\n    submittedByName\n    submittedAt\n    verifiedByName\n    verifiedAt\n    selfVerified\n    verifiers\n    createdByName\n    updatedAt\n    allowedActions\n    coOrganisers {\n      agency {\n        id\n        name\n        shortName\n      }\n      status\n      answeredAt\n    }\n    programmeItems {\n      id\n      number\n      title\n      frameworkName\n    }\n    topics {\n      id\n      name\n    }\n    villages {\n      code\n      reach\n      outsideLeadArea\n      region {\n        code\n        name\n        level\n        parent {\n          code\n          name\n        }\n      }\n    }\n    participants {\n      category\n      male\n      female\n      total\n      agency {\n        id\n        shortName\n      }\n    }\n    participantTotals {\n      male\n      female\n      total\n      officials\n    }\n    attendance {\n      regionCode\n      regionName\n      regionLevel\n      category\n      male\n      female\n      total\n      agency {\n        id\n        shortName\n      }\n    }\n    evidence {\n      id\n      fileName\n      contentType\n      sizeBytes\n      hasThumbnail\n      createdAt\n      uploadedByName\n      agency {\n        id\n        shortName\n      }\n      url\n      thumbnailUrl\n      removable\n    }\n    history {\n      id\n      at\n      actorUsername\n      operation\n      changes {\n        field\n        to\n      }\n    }\n    followUps {\n      id\n      text\n      dueOn\n      status\n      version\n      responsibleAgency {\n        id\n        shortName\n      }\n    }\n  }\n": typeof types.ActivityDetailFragmentDoc,
    "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.ActivityDocument,
    "\n  query ActivityFormOptions {\n    topics {\n      id\n      name\n      active\n    }\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      shortName\n      name\n      active\n    }\n  }\n": typeof types.ActivityFormOptionsDocument,
    "\n  mutation CreateActivity($id: ID!, $input: ActivityInput!, $planned: Boolean) {\n    createActivity(id: $id, input: $input, planned: $planned) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation MarkActivityHeld($id: ID!, $version: Int!) {\n    markActivityHeld(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.MarkActivityHeldDocument,
    "\n  mutation SubmitActivity($id: ID!, $version: Int!) {\n    submitActivity(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.SubmitActivityDocument,
    "\n  mutation VerifyActivity($id: ID!, $version: Int!) {\n    verifyActivity(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.VerifyActivityDocument,
    "\n  mutation ReturnActivity($id: ID!, $version: Int!, $reason: String!) {\n    returnActivity(id: $id, version: $version, reason: $reason) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.ReturnActivityDocument,
    "\n  mutation ReopenActivity($id: ID!, $version: Int!, $reason: String!) {\n    reopenActivity(id: $id, version: $version, reason: $reason) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.ReopenActivityDocument,
    "\n  mutation AnswerActivityInvitation($id: ID!, $accept: Boolean!) {\n    answerActivityInvitation(id: $id, accept: $accept) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.AnswerActivityInvitationDocument,
    "\n  mutation SetCoOrganiserParticipants($id: ID!, $version: Int!, $participants: [ParticipantInput!]!) {\n    setCoOrganiserParticipants(id: $id, version: $version, participants: $participants) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.SetCoOrganiserParticipantsDocument,
    "\n  mutation AddFollowUp($activityId: ID!, $input: FollowUpInput!) {\n    addFollowUp(activityId: $activityId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddFollowUpDocument,
    "\n  mutation UpdateFollowUp($id: ID!, $version: Int!, $input: FollowUpInput!) {\n    updateFollowUp(id: $id, version: $version, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.UpdateFollowUpDocument,
    "\n  query ActivityCalendar($from: DateTime!, $to: DateTime!, $regionCode: ID) {\n    activityCalendar(from: $from, to: $to, regionCode: $regionCode) {\n      activity {\n        ...ActivitySummary\n      }\n      overlapsWith {\n        id\n        title\n        startsAt\n        leadAgency {\n          shortName\n        }\n      }\n      sharedKecamatanCodes\n    }\n  }\n": typeof types.ActivityCalendarDocument,
    "\n  query ReturnedToMeCount {\n    activityCount(filter: { returnedToMe: true })\n  }\n": typeof types.ReturnedToMeCountDocument,
    "\n  query RegionName($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      level\n    }\n  }\n": typeof types.RegionNameDocument,
    "\n  query KecamatanVillages($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      level\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.KecamatanVillagesDocument,
    "\n  query MyWorkingArea($agencyId: ID!) {\n    agency(id: $agencyId) {\n      id\n      workingArea {\n        code\n      }\n    }\n  }\n": typeof types.MyWorkingAreaDocument,
    "\n  query EvidenceLimits {\n    appInfo {\n      evidenceMaxBytes\n    }\n  }\n": typeof types.EvidenceLimitsDocument,
    "\n  mutation RemoveActivityEvidence($id: ID!) {\n    removeActivityEvidence(id: $id)\n  }\n": typeof types.RemoveActivityEvidenceDocument,
    "\n  query CoOrganiserCandidates($villageCodes: [ID!], $venueRegionCode: ID, $search: String) {\n    coOrganiserCandidates(villageCodes: $villageCodes, venueRegionCode: $venueRegionCode, search: $search, first: 20) {\n      id\n      name\n      shortName\n      worksInArea\n    }\n  }\n": typeof types.CoOrganiserCandidatesDocument,
    "\n  mutation InviteCoOrganiserAgain($id: ID!, $version: Int!, $agencyId: ID!) {\n    inviteCoOrganiserAgain(id: $id, version: $version, agencyId: $agencyId) {\n      ...ActivityDetail\n    }\n  }\n": typeof types.InviteCoOrganiserAgainDocument,
    "\n  query MyWork {\n    myWork {\n      awaitingVerification\n      returned\n      invitations\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  query OfflineRegions {\n    offlineRegions {\n      complete\n      total\n      regions {\n        ...RegionChoice\n      }\n    }\n  }\n": typeof types.OfflineRegionsDocument,
    "\n  query ActivityState($id: ID!) {\n    activity(id: $id) {\n      id\n      version\n      status\n      title\n    }\n  }\n": typeof types.ActivityStateDocument,
    "\n  query ActivityFilterAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      shortName\n    }\n  }\n": typeof types.ActivityFilterAgencyDocument,
    "\n  fragment VillageConfirmationFields on VillageConfirmation {\n    activityId\n    villageCode\n    village {\n      code\n      name\n      parent {\n        code\n        name\n      }\n    }\n    status\n    note\n    answeredByName\n    answeredByAgency {\n      id\n      shortName\n    }\n    answeredAt\n    response\n    respondedByName\n    respondedAt\n    hasGovernment\n    canAnswer\n    canRespond\n    version\n  }\n": typeof types.VillageConfirmationFieldsFragmentDoc,
    "\n  query ActivityConfirmations($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      villageConfirmations {\n        ...VillageConfirmationFields\n      }\n    }\n  }\n": typeof types.ActivityConfirmationsDocument,
    "\n  mutation AnswerVillageReach($activityId: ID!, $villageCode: ID!, $confirmed: Boolean!, $note: String, $version: Int!) {\n    answerVillageReach(activityId: $activityId, villageCode: $villageCode, confirmed: $confirmed, note: $note, version: $version) {\n      ...VillageConfirmationFields\n    }\n  }\n": typeof types.AnswerVillageReachDocument,
    "\n  mutation RespondToDispute($activityId: ID!, $villageCode: ID!, $reason: String!, $version: Int!) {\n    respondToDispute(activityId: $activityId, villageCode: $villageCode, reason: $reason, version: $version) {\n      ...VillageConfirmationFields\n    }\n  }\n": typeof types.RespondToDisputeDocument,
    "\n  query ConfirmationQueue($first: Int) {\n    confirmationQueue(first: $first) {\n      toConfirmCount\n      disputeCount\n      toConfirm {\n        activity {\n          id\n          title\n          startsAt\n          venueName\n          leadAgency {\n            id\n            shortName\n          }\n        }\n        confirmation {\n          ...VillageConfirmationFields\n        }\n      }\n      disputes {\n        activity {\n          id\n          title\n          startsAt\n          venueName\n          leadAgency {\n            id\n            shortName\n          }\n        }\n        confirmation {\n          ...VillageConfirmationFields\n        }\n      }\n    }\n  }\n": typeof types.ConfirmationQueueDocument,
    "\n  query ConfirmationQueueCount {\n    confirmationQueue(first: 0) {\n      toConfirmCount\n      disputeCount\n    }\n  }\n": typeof types.ConfirmationQueueCountDocument,
    "\n  query CopyCandidates($filter: ActivityFilter) {\n    activities(filter: $filter, sort: STARTS_AT_DESC, first: 20) {\n      nodes {\n        id\n        title\n        startsAt\n        timeZone\n        venueName\n        leadAgency {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CopyCandidatesDocument,
    "\n  query CopySource($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      leadAgencyId\n      venueName\n      venueRegion {\n        code\n        name\n      }\n      topics {\n        id\n      }\n      programmeItems {\n        id\n      }\n      villages {\n        code\n        reach\n        region {\n          code\n          name\n        }\n      }\n      coOrganisers {\n        agency {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n": typeof types.CopySourceDocument,
    "\n  fragment AgencyFields on Agency {\n    id\n    name\n    shortName\n    type\n    officeClass\n    address\n    parentId\n    homeRegionCode\n    villageCount\n    active\n    activeHeadCount\n    version\n    workingArea {\n      code\n      name\n      level\n      villageCount\n    }\n  }\n": typeof types.AgencyFieldsFragmentDoc,
    "\n  query Agencies($filter: AgencyFilter) {\n    agencies(filter: $filter) {\n      ...AgencyFields\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyFields\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($id: ID!, $version: Int!, $input: AgencyInput!) {\n    updateAgency(id: $id, version: $version, input: $input) {\n      ...AgencyFields\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  query AuditPeople {\n    users(first: 500) {\n      id\n      username\n      fullName\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.AuditPeopleDocument,
    "\n  query AuditLog($filter: AuditFilter) {\n    auditLog(filter: $filter) {\n      id\n      at\n      actorUsername\n      actorName\n      actorAgencyName\n      operation\n      entity\n      entityId\n      subjectLabel\n      changes {\n        field\n        from\n        to\n      }\n      references {\n        value\n        label\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query BoundarySets {\n    boundarySets {\n      id\n      level\n      source\n      licence\n      fileName\n      featureCount\n      regionCount\n      missingCount\n      importedAt\n    }\n  }\n": typeof types.BoundarySetsDocument,
    "\n  query OutgoingMail($first: Int, $status: OutgoingMailStatus) {\n    outgoingMail(first: $first, status: $status) {\n      smtp\n      folder\n      waiting\n      sent\n      failed\n      skipped\n      nodes {\n        id\n        kind\n        toAddress\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n": typeof types.OutgoingMailDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    email\n    fullName\n    role\n    active\n    mustChangePassword\n    lastLoginAt\n    version\n    agencyId\n    agency {\n      id\n      shortName\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users(first: 500) {\n      ...UserFields\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      shortName\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $temporaryPassword: String!) {\n    resetUserPassword(id: $id, temporaryPassword: $temporaryPassword) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query AppInfo {\n    appInfo {\n      demoMode\n      demoAccounts\n    }\n  }\n": typeof types.AppInfoDocument,
    "\n  query DashboardConfirmationShare($filter: CoverageFilter!) {\n    confirmationShare(filter: $filter) {\n      villagesReached\n      confirmed\n      disputed\n      unanswered\n      ratio\n    }\n  }\n": typeof types.DashboardConfirmationShareDocument,
    "\n  query DashboardConfirmationWaiting {\n    confirmationQueue(first: 0) {\n      toConfirmCount\n      disputeCount\n    }\n  }\n": typeof types.DashboardConfirmationWaitingDocument,
    "\n  subscription CoverageChanged($regionCode: ID, $agencyId: ID) {\n    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {\n      activityId\n      kind\n      at\n    }\n  }\n": typeof types.CoverageChangedDocument,
    "\n  query Dashboard($filter: CoverageFilter!) {\n    dashboard(filter: $filter) {\n      coverage {\n        ...CoverageFields\n      }\n      activities\n      participants\n      officialsReached\n      participantsNotByVillage\n      officialsNotByVillage\n      desaBinaanFormed\n      monthly {\n        month\n        activities\n        participants\n        villagesReached\n      }\n      byType {\n        type\n        activities\n      }\n      byProgrammeItem {\n        item {\n          id\n          number\n          title\n          frameworkName\n        }\n        activities\n      }\n      participantsByCategory {\n        category\n        male\n        female\n      }\n      sameTimeLastYear {\n        from\n        to\n        activities\n        participants\n        officialsReached\n        desaBinaanFormed\n        villagesReached\n        villagesTotal\n        ratio\n      }\n      targets {\n        id\n        period\n        periodFrom\n        periodTo\n        indicator\n        programmeItem {\n          id\n          number\n          title\n        }\n        value\n        achieved\n        progress\n        elapsed\n        expected\n        status\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation RemoveTarget($id: ID!, $version: Int!) {\n    removeTarget(id: $id, version: $version)\n  }\n": typeof types.RemoveTargetDocument,
    "\n  mutation SetTarget($input: TargetInput!, $version: Int) {\n    setTarget(input: $input, version: $version) {\n      ...TargetFields\n    }\n  }\n": typeof types.SetTargetDocument,
    "\n  query TargetAgencies {\n    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.TargetAgenciesDocument,
    "\n  fragment TargetFields on Target {\n    id\n    agency {\n      id\n      name\n      shortName\n    }\n    period\n    periodFrom\n    periodTo\n    indicator\n    programmeItem {\n      id\n      number\n      title\n      frameworkName\n    }\n    value\n    achieved\n    progress\n    elapsed\n    expected\n    status\n    version\n    updatedAt\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  query TargetFrameworks {\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n  }\n": typeof types.TargetFrameworksDocument,
    "\n  query Targets($agencyId: ID!, $year: Int!) {\n    targets(agencyId: $agencyId, year: $year) {\n      ...TargetFields\n    }\n  }\n": typeof types.TargetsDocument,
    "\n  query VillagesNotReached($filter: VillagesNotReachedFilter, $sort: VillageSort!, $descending: Boolean!, $first: Int!, $offset: Int!) {\n    villagesNotReached(filter: $filter, sort: $sort, descending: $descending, first: $first, offset: $offset) {\n      total\n      rows {\n        region {\n          ...RegionPath\n        }\n        lastReachedOn\n        activities\n      }\n    }\n  }\n": typeof types.VillagesNotReachedDocument,
    "\n  query MapActivities($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, sort: STARTS_AT_DESC) {\n      nodes {\n        id\n        title\n        startsAt\n        venueName\n        venueRegion {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MapActivitiesDocument,
    "\n  query MapConfirmationShare($filter: CoverageFilter!) {\n    confirmationShare(filter: $filter) {\n      villagesReached\n      confirmed\n      disputed\n      unanswered\n    }\n  }\n": typeof types.MapConfirmationShareDocument,
    "\n  query MapCoverage($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {\n    coverage(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {\n      ...CoverageFields\n    }\n  }\n": typeof types.MapCoverageDocument,
    "\n  subscription MapCoverageChanged($regionCode: ID, $agencyId: ID) {\n    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {\n      activityId\n      kind\n      at\n    }\n  }\n": typeof types.MapCoverageChangedDocument,
    "\n  query MapCoverageVillages($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {\n    coverageVillages(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {\n      ...CoverageChildFields\n    }\n  }\n": typeof types.MapCoverageVillagesDocument,
    "\n  query MapDesaBinaan($regionCode: ID) {\n    desaBinaan(filter: { regionCode: $regionCode }) {\n      id\n      village {\n        code\n        name\n      }\n      agency {\n        id\n        shortName\n      }\n      skNumber\n      skDate\n      officerName\n      status\n    }\n  }\n": typeof types.MapDesaBinaanDocument,
    "\n  query MapSettings {\n    appInfo {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n": typeof types.MapSettingsDocument,
    "\n  query MapWorkingArea($id: ID!) {\n    agency(id: $id) {\n      id\n      workingArea {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.MapWorkingAreaDocument,
    "\n  query NotificationCount {\n    notifications(first: 0) {\n      unreadCount\n    }\n  }\n": typeof types.NotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    activityId\n    followUpId\n    title\n    link\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $kinds: [NotificationKind!]) {\n    notifications(unreadOnly: $unreadOnly, first: $first, kinds: $kinds) {\n      unreadCount\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      locked\n      isDefault\n      label\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      delivery\n      locked\n      isDefault\n      label\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  mutation CreateProgrammeFramework($input: ProgrammeFrameworkInput!) {\n    createProgrammeFramework(input: $input) {\n      ...ProgrammeFrameworkFields\n    }\n  }\n": typeof types.CreateProgrammeFrameworkDocument,
    "\n  mutation CreateProgrammeItem($frameworkId: ID!, $input: ProgrammeItemInput!) {\n    createProgrammeItem(frameworkId: $frameworkId, input: $input) {\n      ...ProgrammeItemFields\n    }\n  }\n": typeof types.CreateProgrammeItemDocument,
    "\n  fragment DesaBinaanFields on DesaBinaan {\n    id\n    skNumber\n    skDate\n    officerName\n    officerUser {\n      id\n      fullName\n    }\n    status\n    notes\n    version\n    agency {\n      id\n      name\n      shortName\n    }\n    village {\n      code\n      name\n      level\n      path\n    }\n  }\n": typeof types.DesaBinaanFieldsFragmentDoc,
    "\n  query DesaBinaanList($filter: DesaBinaanFilter) {\n    desaBinaan(filter: $filter) {\n      ...DesaBinaanFields\n    }\n  }\n": typeof types.DesaBinaanListDocument,
    "\n  query DesaBinaanOffice($id: ID!) {\n    agency(id: $id) {\n      id\n      shortName\n      workingArea {\n        code\n      }\n    }\n    users(agencyId: $id) {\n      id\n      fullName\n      active\n    }\n  }\n": typeof types.DesaBinaanOfficeDocument,
    "\n  query DesaBinaanRegionName($code: ID!) {\n    region(code: $code) {\n      code\n      name\n    }\n  }\n": typeof types.DesaBinaanRegionNameDocument,
    "\n  mutation DesignateDesaBinaan($input: DesignateDesaBinaanInput!) {\n    designateDesaBinaan(input: $input) {\n      ...DesaBinaanFields\n    }\n  }\n": typeof types.DesignateDesaBinaanDocument,
    "\n  query ImmigrationOffices {\n    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {\n      id\n      shortName\n    }\n  }\n": typeof types.ImmigrationOfficesDocument,
    "\n  query ProgrammeAdmin {\n    programmeFrameworks {\n      ...ProgrammeFrameworkFields\n    }\n  }\n": typeof types.ProgrammeAdminDocument,
    "\n  fragment ProgrammeFrameworkFields on ProgrammeFramework {\n    id\n    name\n    validFrom\n    validTo\n    version\n    items {\n      ...ProgrammeItemFields\n    }\n  }\n": typeof types.ProgrammeFrameworkFieldsFragmentDoc,
    "\n  fragment ProgrammeItemFields on ProgrammeItem {\n    id\n    number\n    title\n    indicators\n    version\n  }\n": typeof types.ProgrammeItemFieldsFragmentDoc,
    "\n  mutation UpdateDesaBinaan($id: ID!, $version: Int!, $input: DesaBinaanInput!) {\n    updateDesaBinaan(id: $id, version: $version, input: $input) {\n      ...DesaBinaanFields\n    }\n  }\n": typeof types.UpdateDesaBinaanDocument,
    "\n  mutation UpdateProgrammeFramework($id: ID!, $version: Int!, $input: ProgrammeFrameworkInput!) {\n    updateProgrammeFramework(id: $id, version: $version, input: $input) {\n      ...ProgrammeFrameworkFields\n    }\n  }\n": typeof types.UpdateProgrammeFrameworkDocument,
    "\n  mutation UpdateProgrammeItem($id: ID!, $version: Int!, $input: ProgrammeItemInput!) {\n    updateProgrammeItem(id: $id, version: $version, input: $input) {\n      ...ProgrammeItemFields\n    }\n  }\n": typeof types.UpdateProgrammeItemDocument,
    "\n  query IndonesiaPage {\n    nationalRegionCounts {\n      provinsi\n      ...RegionCountsFields\n    }\n    provinces {\n      ...RegionSummary\n    }\n  }\n": typeof types.IndonesiaPageDocument,
    "\n  query RegionDesaBinaan($code: ID!) {\n    region(code: $code) {\n      code\n      desaBinaan {\n        id\n        skNumber\n        skDate\n        status\n        officerName\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.RegionDesaBinaanDocument,
    "\n  fragment RegionCountsFields on RegionCounts {\n    kabupaten\n    kota\n    kecamatan\n    desa\n    kelurahan\n    desaAdat\n    villages\n  }\n": typeof types.RegionCountsFieldsFragmentDoc,
    "\n  fragment RegionSummary on Region {\n    code\n    name\n    level\n    villageCount\n    counts {\n      ...RegionCountsFields\n    }\n  }\n": typeof types.RegionSummaryFragmentDoc,
    "\n  query RegionPage($code: ID!) {\n    region(code: $code) {\n      ...RegionSummary\n      ...RegionPath\n      children {\n        ...RegionSummary\n      }\n    }\n  }\n": typeof types.RegionPageDocument,
    "\n  mutation DeleteSavedReport($id: ID!, $version: Int!) {\n    deleteSavedReport(id: $id, version: $version)\n  }\n": typeof types.DeleteSavedReportDocument,
    "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      ...ReportFields\n    }\n  }\n": typeof types.ReportDocument,
    "\n  fragment ReportFields on Report {\n    title\n    from\n    to\n    previousFrom\n    previousTo\n    rowKind\n    columns\n    standard\n    withTargets\n    withConfirmation\n    programmeItemId\n    type\n    restricted\n    totalNote\n    hideEmptyRows\n    emptyRowsHidden\n    rows {\n      ...ReportRowFields\n    }\n    total {\n      ...ReportRowFields\n    }\n    participantsByCategory {\n      category\n      male\n      female\n    }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query ReportFromSaved($id: ID!) {\n    savedReport(id: $id) {\n      ...SavedReportFields\n    }\n    reportFromSaved(id: $id) {\n      ...ReportFields\n    }\n  }\n": typeof types.ReportFromSavedDocument,
    "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    restricted\n    villagesNeverReached\n    villagesNotRecentlyReached\n    desaBinaan\n    desaBinaanActivities\n    villagesConfirmed\n    villagesDisputed\n    villagesUnanswered\n    participantsByCategory {\n      category\n      male\n      female\n    }\n    values {\n      indicator\n      value\n      previous\n      change\n      direction\n      target\n      achieved\n      progress\n      expected\n      status\n    }\n  }\n": typeof types.ReportRowFieldsFragmentDoc,
    "\n  fragment ReportScheduleFields on ReportSchedule {\n    id\n    frequency\n    format\n    active\n    version\n    recipients {\n      id\n      username\n      fullName\n    }\n  }\n": typeof types.ReportScheduleFieldsFragmentDoc,
    "\n  query ReportSchedule($savedReportId: ID!) {\n    reportSchedule(savedReportId: $savedReportId) {\n      ...ReportScheduleFields\n    }\n  }\n": typeof types.ReportScheduleDocument,
    "\n  mutation SetReportSchedule($savedReportId: ID!, $input: ReportScheduleInput!, $version: Int) {\n    setReportSchedule(savedReportId: $savedReportId, input: $input, version: $version) {\n      ...ReportScheduleFields\n    }\n  }\n": typeof types.SetReportScheduleDocument,
    "\n  mutation RemoveReportSchedule($savedReportId: ID!, $version: Int!) {\n    removeReportSchedule(savedReportId: $savedReportId, version: $version)\n  }\n": typeof types.RemoveReportScheduleDocument,
    "\n  query ReportUnreachedVillages($input: ReportInput!, $first: Int!, $offset: Int!) {\n    reportUnreachedVillages(input: $input, first: $first, offset: $offset) {\n      total\n      asOf\n      rows {\n        code\n        name\n        kecamatan\n        kabupaten\n        lastReachedOn\n        offices\n        nearestDesaBinaan {\n          code\n          name\n          agency\n          distanceKm\n          basis\n        }\n      }\n    }\n  }\n": typeof types.ReportUnreachedVillagesDocument,
    "\n  mutation SaveReport($name: String!, $input: ReportInput!) {\n    saveReport(name: $name, input: $input) {\n      ...SavedReportFields\n    }\n  }\n": typeof types.SaveReportDocument,
    "\n  fragment SavedReportFields on SavedReport {\n    id\n    name\n    version\n    mine\n    ownerName\n    updatedAt\n    schedule {\n      frequency\n      format\n      recipients\n      active\n    }\n    input {\n      rows\n      indicators\n      period\n      from\n      to\n      compare\n      programmeItemId\n      type\n      withinRegion\n      standard\n      withTargets\n      withConfirmation\n      hideEmptyRows\n    }\n  }\n": typeof types.SavedReportFieldsFragmentDoc,
    "\n  query SavedReports {\n    savedReports {\n      ...SavedReportFields\n    }\n  }\n": typeof types.SavedReportsDocument,
    "\n  query StandardReports {\n    standardReports {\n      key\n      title\n      description\n      unavailable\n      input {\n        rows\n        indicators\n        period\n        from\n        to\n        compare\n        programmeItemId\n        type\n        withinRegion\n        standard\n        withTargets\n        withConfirmation\n        hideEmptyRows\n      }\n    }\n  }\n": typeof types.StandardReportsDocument,
    "\n  mutation UpdateSavedReport($id: ID!, $version: Int!, $name: String!, $input: ReportInput!) {\n    updateSavedReport(id: $id, version: $version, name: $name, input: $input) {\n      ...SavedReportFields\n    }\n  }\n": typeof types.UpdateSavedReportDocument,
};
const documents: Documents = {
    "\n  query AboutPage {\n    regionDataVersion {\n      source\n      version\n      loadedAt\n      total\n    }\n    boundarySets {\n      id\n      level\n      source\n      licence\n      regionCount\n    }\n  }\n": types.AboutPageDocument,
    "\n  query FilterAgencySearch($search: String!) {\n    agencies(filter: { search: $search, first: 10 }) {\n      id\n      name\n      shortName\n      type\n      villageCount\n    }\n  }\n": types.FilterAgencySearchDocument,
    "\n  query FilterProgrammes {\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n  }\n": types.FilterProgrammesDocument,
    "\n  fragment CoverageChildFields on CoverageChild {\n    region {\n      code\n      name\n      level\n    }\n    villagesTotal\n    villagesReached\n    ratio\n    lastReachedOn\n  }\n": types.CoverageChildFieldsFragmentDoc,
    "\n  fragment CoverageFields on Coverage {\n    from\n    to\n    restricted\n    villagesTotal\n    villagesReached\n    ratio\n    region {\n      ...RegionPath\n    }\n    agency {\n      id\n      name\n      shortName\n    }\n    children {\n      ...CoverageChildFields\n    }\n  }\n": types.CoverageFieldsFragmentDoc,
    "\n  fragment ProgrammeFrameworkChoice on ProgrammeFramework {\n    id\n    name\n    validFrom\n    validTo\n    items {\n      id\n      number\n      title\n    }\n  }\n": types.ProgrammeFrameworkChoiceFragmentDoc,
    "\n  fragment RegionPath on Region {\n    code\n    name\n    level\n    ancestors {\n      code\n      name\n      level\n    }\n  }\n": types.RegionPathFragmentDoc,
    "\n  fragment RegionChoice on Region {\n    code\n    name\n    level\n    path\n    villageCount\n  }\n": types.RegionChoiceFragmentDoc,
    "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    role\n    mustChangePassword\n    agency {\n      id\n      name\n      shortName\n      type\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    expiresIn\n    user {\n      ...SessionUser\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!, $deviceToken: String) {\n    login(username: $username, password: $password, deviceToken: $deviceToken) {\n      ...SessionFields\n      deviceToken\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query SearchRegions($query: String!, $first: Int) {\n    searchRegions(query: $query, first: $first) {\n      ...RegionChoice\n    }\n  }\n": types.SearchRegionsDocument,
    "\n  fragment ActivitySummary on Activity {\n    id\n    type\n    status\n    title\n    startsAt\n    endsAt\n    timeZone\n    venueName\n    venueRegion {\n      code\n      name\n      level\n    }\n    leadAgency {\n      id\n      shortName\n    }\n    villageCount\n    participantTotals {\n      total\n    }\n    returnReason\n    submittedById\n    version\n  }\n": types.ActivitySummaryFragmentDoc,
    "\n  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int, $after: String) {\n    activities(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ActivitySummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  query ActivityCount($filter: ActivityFilter) {\n    activityCount(filter: $filter)\n  }\n": types.ActivityCountDocument,
    "\n  fragment ActivityDetail on Activity {\n    ...ActivitySummary\n    description\n    venueRegionCode\n    leadAgencyId\n    submittedByName\n    submittedAt\n    verifiedByName\n    verifiedAt\n    selfVerified\n    verifiers\n    createdByName\n    updatedAt\n    allowedActions\n    coOrganisers {\n      agency {\n        id\n        name\n        shortName\n      }\n      status\n      answeredAt\n    }\n    programmeItems {\n      id\n      number\n      title\n      frameworkName\n    }\n    topics {\n      id\n      name\n    }\n    villages {\n      code\n      reach\n      outsideLeadArea\n      region {\n        code\n        name\n        level\n        parent {\n          code\n          name\n        }\n      }\n    }\n    participants {\n      category\n      male\n      female\n      total\n      agency {\n        id\n        shortName\n      }\n    }\n    participantTotals {\n      male\n      female\n      total\n      officials\n    }\n    attendance {\n      regionCode\n      regionName\n      regionLevel\n      category\n      male\n      female\n      total\n      agency {\n        id\n        shortName\n      }\n    }\n    evidence {\n      id\n      fileName\n      contentType\n      sizeBytes\n      hasThumbnail\n      createdAt\n      uploadedByName\n      agency {\n        id\n        shortName\n      }\n      url\n      thumbnailUrl\n      removable\n    }\n    history {\n      id\n      at\n      actorUsername\n      operation\n      changes {\n        field\n        to\n      }\n    }\n    followUps {\n      id\n      text\n      dueOn\n      status\n      version\n      responsibleAgency {\n        id\n        shortName\n      }\n    }\n  }\n": types.ActivityDetailFragmentDoc,
    "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetail\n    }\n  }\n": types.ActivityDocument,
    "\n  query ActivityFormOptions {\n    topics {\n      id\n      name\n      active\n    }\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      shortName\n      name\n      active\n    }\n  }\n": types.ActivityFormOptionsDocument,
    "\n  mutation CreateActivity($id: ID!, $input: ActivityInput!, $planned: Boolean) {\n    createActivity(id: $id, input: $input, planned: $planned) {\n      ...ActivityDetail\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityDetail\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation MarkActivityHeld($id: ID!, $version: Int!) {\n    markActivityHeld(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n": types.MarkActivityHeldDocument,
    "\n  mutation SubmitActivity($id: ID!, $version: Int!) {\n    submitActivity(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n": types.SubmitActivityDocument,
    "\n  mutation VerifyActivity($id: ID!, $version: Int!) {\n    verifyActivity(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n": types.VerifyActivityDocument,
    "\n  mutation ReturnActivity($id: ID!, $version: Int!, $reason: String!) {\n    returnActivity(id: $id, version: $version, reason: $reason) {\n      ...ActivityDetail\n    }\n  }\n": types.ReturnActivityDocument,
    "\n  mutation ReopenActivity($id: ID!, $version: Int!, $reason: String!) {\n    reopenActivity(id: $id, version: $version, reason: $reason) {\n      ...ActivityDetail\n    }\n  }\n": types.ReopenActivityDocument,
    "\n  mutation AnswerActivityInvitation($id: ID!, $accept: Boolean!) {\n    answerActivityInvitation(id: $id, accept: $accept) {\n      ...ActivityDetail\n    }\n  }\n": types.AnswerActivityInvitationDocument,
    "\n  mutation SetCoOrganiserParticipants($id: ID!, $version: Int!, $participants: [ParticipantInput!]!) {\n    setCoOrganiserParticipants(id: $id, version: $version, participants: $participants) {\n      ...ActivityDetail\n    }\n  }\n": types.SetCoOrganiserParticipantsDocument,
    "\n  mutation AddFollowUp($activityId: ID!, $input: FollowUpInput!) {\n    addFollowUp(activityId: $activityId, input: $input) {\n      id\n    }\n  }\n": types.AddFollowUpDocument,
    "\n  mutation UpdateFollowUp($id: ID!, $version: Int!, $input: FollowUpInput!) {\n    updateFollowUp(id: $id, version: $version, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.UpdateFollowUpDocument,
    "\n  query ActivityCalendar($from: DateTime!, $to: DateTime!, $regionCode: ID) {\n    activityCalendar(from: $from, to: $to, regionCode: $regionCode) {\n      activity {\n        ...ActivitySummary\n      }\n      overlapsWith {\n        id\n        title\n        startsAt\n        leadAgency {\n          shortName\n        }\n      }\n      sharedKecamatanCodes\n    }\n  }\n": types.ActivityCalendarDocument,
    "\n  query ReturnedToMeCount {\n    activityCount(filter: { returnedToMe: true })\n  }\n": types.ReturnedToMeCountDocument,
    "\n  query RegionName($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      level\n    }\n  }\n": types.RegionNameDocument,
    "\n  query KecamatanVillages($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      level\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.KecamatanVillagesDocument,
    "\n  query MyWorkingArea($agencyId: ID!) {\n    agency(id: $agencyId) {\n      id\n      workingArea {\n        code\n      }\n    }\n  }\n": types.MyWorkingAreaDocument,
    "\n  query EvidenceLimits {\n    appInfo {\n      evidenceMaxBytes\n    }\n  }\n": types.EvidenceLimitsDocument,
    "\n  mutation RemoveActivityEvidence($id: ID!) {\n    removeActivityEvidence(id: $id)\n  }\n": types.RemoveActivityEvidenceDocument,
    "\n  query CoOrganiserCandidates($villageCodes: [ID!], $venueRegionCode: ID, $search: String) {\n    coOrganiserCandidates(villageCodes: $villageCodes, venueRegionCode: $venueRegionCode, search: $search, first: 20) {\n      id\n      name\n      shortName\n      worksInArea\n    }\n  }\n": types.CoOrganiserCandidatesDocument,
    "\n  mutation InviteCoOrganiserAgain($id: ID!, $version: Int!, $agencyId: ID!) {\n    inviteCoOrganiserAgain(id: $id, version: $version, agencyId: $agencyId) {\n      ...ActivityDetail\n    }\n  }\n": types.InviteCoOrganiserAgainDocument,
    "\n  query MyWork {\n    myWork {\n      awaitingVerification\n      returned\n      invitations\n    }\n  }\n": types.MyWorkDocument,
    "\n  query OfflineRegions {\n    offlineRegions {\n      complete\n      total\n      regions {\n        ...RegionChoice\n      }\n    }\n  }\n": types.OfflineRegionsDocument,
    "\n  query ActivityState($id: ID!) {\n    activity(id: $id) {\n      id\n      version\n      status\n      title\n    }\n  }\n": types.ActivityStateDocument,
    "\n  query ActivityFilterAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      shortName\n    }\n  }\n": types.ActivityFilterAgencyDocument,
    "\n  fragment VillageConfirmationFields on VillageConfirmation {\n    activityId\n    villageCode\n    village {\n      code\n      name\n      parent {\n        code\n        name\n      }\n    }\n    status\n    note\n    answeredByName\n    answeredByAgency {\n      id\n      shortName\n    }\n    answeredAt\n    response\n    respondedByName\n    respondedAt\n    hasGovernment\n    canAnswer\n    canRespond\n    version\n  }\n": types.VillageConfirmationFieldsFragmentDoc,
    "\n  query ActivityConfirmations($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      villageConfirmations {\n        ...VillageConfirmationFields\n      }\n    }\n  }\n": types.ActivityConfirmationsDocument,
    "\n  mutation AnswerVillageReach($activityId: ID!, $villageCode: ID!, $confirmed: Boolean!, $note: String, $version: Int!) {\n    answerVillageReach(activityId: $activityId, villageCode: $villageCode, confirmed: $confirmed, note: $note, version: $version) {\n      ...VillageConfirmationFields\n    }\n  }\n": types.AnswerVillageReachDocument,
    "\n  mutation RespondToDispute($activityId: ID!, $villageCode: ID!, $reason: String!, $version: Int!) {\n    respondToDispute(activityId: $activityId, villageCode: $villageCode, reason: $reason, version: $version) {\n      ...VillageConfirmationFields\n    }\n  }\n": types.RespondToDisputeDocument,
    "\n  query ConfirmationQueue($first: Int) {\n    confirmationQueue(first: $first) {\n      toConfirmCount\n      disputeCount\n      toConfirm {\n        activity {\n          id\n          title\n          startsAt\n          venueName\n          leadAgency {\n            id\n            shortName\n          }\n        }\n        confirmation {\n          ...VillageConfirmationFields\n        }\n      }\n      disputes {\n        activity {\n          id\n          title\n          startsAt\n          venueName\n          leadAgency {\n            id\n            shortName\n          }\n        }\n        confirmation {\n          ...VillageConfirmationFields\n        }\n      }\n    }\n  }\n": types.ConfirmationQueueDocument,
    "\n  query ConfirmationQueueCount {\n    confirmationQueue(first: 0) {\n      toConfirmCount\n      disputeCount\n    }\n  }\n": types.ConfirmationQueueCountDocument,
    "\n  query CopyCandidates($filter: ActivityFilter) {\n    activities(filter: $filter, sort: STARTS_AT_DESC, first: 20) {\n      nodes {\n        id\n        title\n        startsAt\n        timeZone\n        venueName\n        leadAgency {\n          id\n        }\n      }\n    }\n  }\n": types.CopyCandidatesDocument,
    "\n  query CopySource($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      leadAgencyId\n      venueName\n      venueRegion {\n        code\n        name\n      }\n      topics {\n        id\n      }\n      programmeItems {\n        id\n      }\n      villages {\n        code\n        reach\n        region {\n          code\n          name\n        }\n      }\n      coOrganisers {\n        agency {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n": types.CopySourceDocument,
    "\n  fragment AgencyFields on Agency {\n    id\n    name\n    shortName\n    type\n    officeClass\n    address\n    parentId\n    homeRegionCode\n    villageCount\n    active\n    activeHeadCount\n    version\n    workingArea {\n      code\n      name\n      level\n      villageCount\n    }\n  }\n": types.AgencyFieldsFragmentDoc,
    "\n  query Agencies($filter: AgencyFilter) {\n    agencies(filter: $filter) {\n      ...AgencyFields\n    }\n  }\n": types.AgenciesDocument,
    "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyFields\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($id: ID!, $version: Int!, $input: AgencyInput!) {\n    updateAgency(id: $id, version: $version, input: $input) {\n      ...AgencyFields\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  query AuditPeople {\n    users(first: 500) {\n      id\n      username\n      fullName\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      name\n      shortName\n    }\n  }\n": types.AuditPeopleDocument,
    "\n  query AuditLog($filter: AuditFilter) {\n    auditLog(filter: $filter) {\n      id\n      at\n      actorUsername\n      actorName\n      actorAgencyName\n      operation\n      entity\n      entityId\n      subjectLabel\n      changes {\n        field\n        from\n        to\n      }\n      references {\n        value\n        label\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query BoundarySets {\n    boundarySets {\n      id\n      level\n      source\n      licence\n      fileName\n      featureCount\n      regionCount\n      missingCount\n      importedAt\n    }\n  }\n": types.BoundarySetsDocument,
    "\n  query OutgoingMail($first: Int, $status: OutgoingMailStatus) {\n    outgoingMail(first: $first, status: $status) {\n      smtp\n      folder\n      waiting\n      sent\n      failed\n      skipped\n      nodes {\n        id\n        kind\n        toAddress\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n": types.OutgoingMailDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    email\n    fullName\n    role\n    active\n    mustChangePassword\n    lastLoginAt\n    version\n    agencyId\n    agency {\n      id\n      shortName\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users(first: 500) {\n      ...UserFields\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      shortName\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $temporaryPassword: String!) {\n    resetUserPassword(id: $id, temporaryPassword: $temporaryPassword) {\n      ...UserFields\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query AppInfo {\n    appInfo {\n      demoMode\n      demoAccounts\n    }\n  }\n": types.AppInfoDocument,
    "\n  query DashboardConfirmationShare($filter: CoverageFilter!) {\n    confirmationShare(filter: $filter) {\n      villagesReached\n      confirmed\n      disputed\n      unanswered\n      ratio\n    }\n  }\n": types.DashboardConfirmationShareDocument,
    "\n  query DashboardConfirmationWaiting {\n    confirmationQueue(first: 0) {\n      toConfirmCount\n      disputeCount\n    }\n  }\n": types.DashboardConfirmationWaitingDocument,
    "\n  subscription CoverageChanged($regionCode: ID, $agencyId: ID) {\n    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {\n      activityId\n      kind\n      at\n    }\n  }\n": types.CoverageChangedDocument,
    "\n  query Dashboard($filter: CoverageFilter!) {\n    dashboard(filter: $filter) {\n      coverage {\n        ...CoverageFields\n      }\n      activities\n      participants\n      officialsReached\n      participantsNotByVillage\n      officialsNotByVillage\n      desaBinaanFormed\n      monthly {\n        month\n        activities\n        participants\n        villagesReached\n      }\n      byType {\n        type\n        activities\n      }\n      byProgrammeItem {\n        item {\n          id\n          number\n          title\n          frameworkName\n        }\n        activities\n      }\n      participantsByCategory {\n        category\n        male\n        female\n      }\n      sameTimeLastYear {\n        from\n        to\n        activities\n        participants\n        officialsReached\n        desaBinaanFormed\n        villagesReached\n        villagesTotal\n        ratio\n      }\n      targets {\n        id\n        period\n        periodFrom\n        periodTo\n        indicator\n        programmeItem {\n          id\n          number\n          title\n        }\n        value\n        achieved\n        progress\n        elapsed\n        expected\n        status\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation RemoveTarget($id: ID!, $version: Int!) {\n    removeTarget(id: $id, version: $version)\n  }\n": types.RemoveTargetDocument,
    "\n  mutation SetTarget($input: TargetInput!, $version: Int) {\n    setTarget(input: $input, version: $version) {\n      ...TargetFields\n    }\n  }\n": types.SetTargetDocument,
    "\n  query TargetAgencies {\n    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {\n      id\n      name\n      shortName\n    }\n  }\n": types.TargetAgenciesDocument,
    "\n  fragment TargetFields on Target {\n    id\n    agency {\n      id\n      name\n      shortName\n    }\n    period\n    periodFrom\n    periodTo\n    indicator\n    programmeItem {\n      id\n      number\n      title\n      frameworkName\n    }\n    value\n    achieved\n    progress\n    elapsed\n    expected\n    status\n    version\n    updatedAt\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  query TargetFrameworks {\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n  }\n": types.TargetFrameworksDocument,
    "\n  query Targets($agencyId: ID!, $year: Int!) {\n    targets(agencyId: $agencyId, year: $year) {\n      ...TargetFields\n    }\n  }\n": types.TargetsDocument,
    "\n  query VillagesNotReached($filter: VillagesNotReachedFilter, $sort: VillageSort!, $descending: Boolean!, $first: Int!, $offset: Int!) {\n    villagesNotReached(filter: $filter, sort: $sort, descending: $descending, first: $first, offset: $offset) {\n      total\n      rows {\n        region {\n          ...RegionPath\n        }\n        lastReachedOn\n        activities\n      }\n    }\n  }\n": types.VillagesNotReachedDocument,
    "\n  query MapActivities($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, sort: STARTS_AT_DESC) {\n      nodes {\n        id\n        title\n        startsAt\n        venueName\n        venueRegion {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.MapActivitiesDocument,
    "\n  query MapConfirmationShare($filter: CoverageFilter!) {\n    confirmationShare(filter: $filter) {\n      villagesReached\n      confirmed\n      disputed\n      unanswered\n    }\n  }\n": types.MapConfirmationShareDocument,
    "\n  query MapCoverage($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {\n    coverage(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {\n      ...CoverageFields\n    }\n  }\n": types.MapCoverageDocument,
    "\n  subscription MapCoverageChanged($regionCode: ID, $agencyId: ID) {\n    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {\n      activityId\n      kind\n      at\n    }\n  }\n": types.MapCoverageChangedDocument,
    "\n  query MapCoverageVillages($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {\n    coverageVillages(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {\n      ...CoverageChildFields\n    }\n  }\n": types.MapCoverageVillagesDocument,
    "\n  query MapDesaBinaan($regionCode: ID) {\n    desaBinaan(filter: { regionCode: $regionCode }) {\n      id\n      village {\n        code\n        name\n      }\n      agency {\n        id\n        shortName\n      }\n      skNumber\n      skDate\n      officerName\n      status\n    }\n  }\n": types.MapDesaBinaanDocument,
    "\n  query MapSettings {\n    appInfo {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n": types.MapSettingsDocument,
    "\n  query MapWorkingArea($id: ID!) {\n    agency(id: $id) {\n      id\n      workingArea {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.MapWorkingAreaDocument,
    "\n  query NotificationCount {\n    notifications(first: 0) {\n      unreadCount\n    }\n  }\n": types.NotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    activityId\n    followUpId\n    title\n    link\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $kinds: [NotificationKind!]) {\n    notifications(unreadOnly: $unreadOnly, first: $first, kinds: $kinds) {\n      unreadCount\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      locked\n      isDefault\n      label\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      delivery\n      locked\n      isDefault\n      label\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  mutation CreateProgrammeFramework($input: ProgrammeFrameworkInput!) {\n    createProgrammeFramework(input: $input) {\n      ...ProgrammeFrameworkFields\n    }\n  }\n": types.CreateProgrammeFrameworkDocument,
    "\n  mutation CreateProgrammeItem($frameworkId: ID!, $input: ProgrammeItemInput!) {\n    createProgrammeItem(frameworkId: $frameworkId, input: $input) {\n      ...ProgrammeItemFields\n    }\n  }\n": types.CreateProgrammeItemDocument,
    "\n  fragment DesaBinaanFields on DesaBinaan {\n    id\n    skNumber\n    skDate\n    officerName\n    officerUser {\n      id\n      fullName\n    }\n    status\n    notes\n    version\n    agency {\n      id\n      name\n      shortName\n    }\n    village {\n      code\n      name\n      level\n      path\n    }\n  }\n": types.DesaBinaanFieldsFragmentDoc,
    "\n  query DesaBinaanList($filter: DesaBinaanFilter) {\n    desaBinaan(filter: $filter) {\n      ...DesaBinaanFields\n    }\n  }\n": types.DesaBinaanListDocument,
    "\n  query DesaBinaanOffice($id: ID!) {\n    agency(id: $id) {\n      id\n      shortName\n      workingArea {\n        code\n      }\n    }\n    users(agencyId: $id) {\n      id\n      fullName\n      active\n    }\n  }\n": types.DesaBinaanOfficeDocument,
    "\n  query DesaBinaanRegionName($code: ID!) {\n    region(code: $code) {\n      code\n      name\n    }\n  }\n": types.DesaBinaanRegionNameDocument,
    "\n  mutation DesignateDesaBinaan($input: DesignateDesaBinaanInput!) {\n    designateDesaBinaan(input: $input) {\n      ...DesaBinaanFields\n    }\n  }\n": types.DesignateDesaBinaanDocument,
    "\n  query ImmigrationOffices {\n    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {\n      id\n      shortName\n    }\n  }\n": types.ImmigrationOfficesDocument,
    "\n  query ProgrammeAdmin {\n    programmeFrameworks {\n      ...ProgrammeFrameworkFields\n    }\n  }\n": types.ProgrammeAdminDocument,
    "\n  fragment ProgrammeFrameworkFields on ProgrammeFramework {\n    id\n    name\n    validFrom\n    validTo\n    version\n    items {\n      ...ProgrammeItemFields\n    }\n  }\n": types.ProgrammeFrameworkFieldsFragmentDoc,
    "\n  fragment ProgrammeItemFields on ProgrammeItem {\n    id\n    number\n    title\n    indicators\n    version\n  }\n": types.ProgrammeItemFieldsFragmentDoc,
    "\n  mutation UpdateDesaBinaan($id: ID!, $version: Int!, $input: DesaBinaanInput!) {\n    updateDesaBinaan(id: $id, version: $version, input: $input) {\n      ...DesaBinaanFields\n    }\n  }\n": types.UpdateDesaBinaanDocument,
    "\n  mutation UpdateProgrammeFramework($id: ID!, $version: Int!, $input: ProgrammeFrameworkInput!) {\n    updateProgrammeFramework(id: $id, version: $version, input: $input) {\n      ...ProgrammeFrameworkFields\n    }\n  }\n": types.UpdateProgrammeFrameworkDocument,
    "\n  mutation UpdateProgrammeItem($id: ID!, $version: Int!, $input: ProgrammeItemInput!) {\n    updateProgrammeItem(id: $id, version: $version, input: $input) {\n      ...ProgrammeItemFields\n    }\n  }\n": types.UpdateProgrammeItemDocument,
    "\n  query IndonesiaPage {\n    nationalRegionCounts {\n      provinsi\n      ...RegionCountsFields\n    }\n    provinces {\n      ...RegionSummary\n    }\n  }\n": types.IndonesiaPageDocument,
    "\n  query RegionDesaBinaan($code: ID!) {\n    region(code: $code) {\n      code\n      desaBinaan {\n        id\n        skNumber\n        skDate\n        status\n        officerName\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.RegionDesaBinaanDocument,
    "\n  fragment RegionCountsFields on RegionCounts {\n    kabupaten\n    kota\n    kecamatan\n    desa\n    kelurahan\n    desaAdat\n    villages\n  }\n": types.RegionCountsFieldsFragmentDoc,
    "\n  fragment RegionSummary on Region {\n    code\n    name\n    level\n    villageCount\n    counts {\n      ...RegionCountsFields\n    }\n  }\n": types.RegionSummaryFragmentDoc,
    "\n  query RegionPage($code: ID!) {\n    region(code: $code) {\n      ...RegionSummary\n      ...RegionPath\n      children {\n        ...RegionSummary\n      }\n    }\n  }\n": types.RegionPageDocument,
    "\n  mutation DeleteSavedReport($id: ID!, $version: Int!) {\n    deleteSavedReport(id: $id, version: $version)\n  }\n": types.DeleteSavedReportDocument,
    "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      ...ReportFields\n    }\n  }\n": types.ReportDocument,
    "\n  fragment ReportFields on Report {\n    title\n    from\n    to\n    previousFrom\n    previousTo\n    rowKind\n    columns\n    standard\n    withTargets\n    withConfirmation\n    programmeItemId\n    type\n    restricted\n    totalNote\n    hideEmptyRows\n    emptyRowsHidden\n    rows {\n      ...ReportRowFields\n    }\n    total {\n      ...ReportRowFields\n    }\n    participantsByCategory {\n      category\n      male\n      female\n    }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query ReportFromSaved($id: ID!) {\n    savedReport(id: $id) {\n      ...SavedReportFields\n    }\n    reportFromSaved(id: $id) {\n      ...ReportFields\n    }\n  }\n": types.ReportFromSavedDocument,
    "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    restricted\n    villagesNeverReached\n    villagesNotRecentlyReached\n    desaBinaan\n    desaBinaanActivities\n    villagesConfirmed\n    villagesDisputed\n    villagesUnanswered\n    participantsByCategory {\n      category\n      male\n      female\n    }\n    values {\n      indicator\n      value\n      previous\n      change\n      direction\n      target\n      achieved\n      progress\n      expected\n      status\n    }\n  }\n": types.ReportRowFieldsFragmentDoc,
    "\n  fragment ReportScheduleFields on ReportSchedule {\n    id\n    frequency\n    format\n    active\n    version\n    recipients {\n      id\n      username\n      fullName\n    }\n  }\n": types.ReportScheduleFieldsFragmentDoc,
    "\n  query ReportSchedule($savedReportId: ID!) {\n    reportSchedule(savedReportId: $savedReportId) {\n      ...ReportScheduleFields\n    }\n  }\n": types.ReportScheduleDocument,
    "\n  mutation SetReportSchedule($savedReportId: ID!, $input: ReportScheduleInput!, $version: Int) {\n    setReportSchedule(savedReportId: $savedReportId, input: $input, version: $version) {\n      ...ReportScheduleFields\n    }\n  }\n": types.SetReportScheduleDocument,
    "\n  mutation RemoveReportSchedule($savedReportId: ID!, $version: Int!) {\n    removeReportSchedule(savedReportId: $savedReportId, version: $version)\n  }\n": types.RemoveReportScheduleDocument,
    "\n  query ReportUnreachedVillages($input: ReportInput!, $first: Int!, $offset: Int!) {\n    reportUnreachedVillages(input: $input, first: $first, offset: $offset) {\n      total\n      asOf\n      rows {\n        code\n        name\n        kecamatan\n        kabupaten\n        lastReachedOn\n        offices\n        nearestDesaBinaan {\n          code\n          name\n          agency\n          distanceKm\n          basis\n        }\n      }\n    }\n  }\n": types.ReportUnreachedVillagesDocument,
    "\n  mutation SaveReport($name: String!, $input: ReportInput!) {\n    saveReport(name: $name, input: $input) {\n      ...SavedReportFields\n    }\n  }\n": types.SaveReportDocument,
    "\n  fragment SavedReportFields on SavedReport {\n    id\n    name\n    version\n    mine\n    ownerName\n    updatedAt\n    schedule {\n      frequency\n      format\n      recipients\n      active\n    }\n    input {\n      rows\n      indicators\n      period\n      from\n      to\n      compare\n      programmeItemId\n      type\n      withinRegion\n      standard\n      withTargets\n      withConfirmation\n      hideEmptyRows\n    }\n  }\n": types.SavedReportFieldsFragmentDoc,
    "\n  query SavedReports {\n    savedReports {\n      ...SavedReportFields\n    }\n  }\n": types.SavedReportsDocument,
    "\n  query StandardReports {\n    standardReports {\n      key\n      title\n      description\n      unavailable\n      input {\n        rows\n        indicators\n        period\n        from\n        to\n        compare\n        programmeItemId\n        type\n        withinRegion\n        standard\n        withTargets\n        withConfirmation\n        hideEmptyRows\n      }\n    }\n  }\n": types.StandardReportsDocument,
    "\n  mutation UpdateSavedReport($id: ID!, $version: Int!, $name: String!, $input: ReportInput!) {\n    updateSavedReport(id: $id, version: $version, name: $name, input: $input) {\n      ...SavedReportFields\n    }\n  }\n": types.UpdateSavedReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AboutPage {\n    regionDataVersion {\n      source\n      version\n      loadedAt\n      total\n    }\n    boundarySets {\n      id\n      level\n      source\n      licence\n      regionCount\n    }\n  }\n"): (typeof documents)["\n  query AboutPage {\n    regionDataVersion {\n      source\n      version\n      loadedAt\n      total\n    }\n    boundarySets {\n      id\n      level\n      source\n      licence\n      regionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterAgencySearch($search: String!) {\n    agencies(filter: { search: $search, first: 10 }) {\n      id\n      name\n      shortName\n      type\n      villageCount\n    }\n  }\n"): (typeof documents)["\n  query FilterAgencySearch($search: String!) {\n    agencies(filter: { search: $search, first: 10 }) {\n      id\n      name\n      shortName\n      type\n      villageCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterProgrammes {\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n  }\n"): (typeof documents)["\n  query FilterProgrammes {\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageChildFields on CoverageChild {\n    region {\n      code\n      name\n      level\n    }\n    villagesTotal\n    villagesReached\n    ratio\n    lastReachedOn\n  }\n"): (typeof documents)["\n  fragment CoverageChildFields on CoverageChild {\n    region {\n      code\n      name\n      level\n    }\n    villagesTotal\n    villagesReached\n    ratio\n    lastReachedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageFields on Coverage {\n    from\n    to\n    restricted\n    villagesTotal\n    villagesReached\n    ratio\n    region {\n      ...RegionPath\n    }\n    agency {\n      id\n      name\n      shortName\n    }\n    children {\n      ...CoverageChildFields\n    }\n  }\n"): (typeof documents)["\n  fragment CoverageFields on Coverage {\n    from\n    to\n    restricted\n    villagesTotal\n    villagesReached\n    ratio\n    region {\n      ...RegionPath\n    }\n    agency {\n      id\n      name\n      shortName\n    }\n    children {\n      ...CoverageChildFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeFrameworkChoice on ProgrammeFramework {\n    id\n    name\n    validFrom\n    validTo\n    items {\n      id\n      number\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeFrameworkChoice on ProgrammeFramework {\n    id\n    name\n    validFrom\n    validTo\n    items {\n      id\n      number\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionPath on Region {\n    code\n    name\n    level\n    ancestors {\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment RegionPath on Region {\n    code\n    name\n    level\n    ancestors {\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionChoice on Region {\n    code\n    name\n    level\n    path\n    villageCount\n  }\n"): (typeof documents)["\n  fragment RegionChoice on Region {\n    code\n    name\n    level\n    path\n    villageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    role\n    mustChangePassword\n    agency {\n      id\n      name\n      shortName\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    role\n    mustChangePassword\n    agency {\n      id\n      name\n      shortName\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    expiresIn\n    user {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    expiresIn\n    user {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!, $deviceToken: String) {\n    login(username: $username, password: $password, deviceToken: $deviceToken) {\n      ...SessionFields\n      deviceToken\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!, $deviceToken: String) {\n    login(username: $username, password: $password, deviceToken: $deviceToken) {\n      ...SessionFields\n      deviceToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRegions($query: String!, $first: Int) {\n    searchRegions(query: $query, first: $first) {\n      ...RegionChoice\n    }\n  }\n"): (typeof documents)["\n  query SearchRegions($query: String!, $first: Int) {\n    searchRegions(query: $query, first: $first) {\n      ...RegionChoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivitySummary on Activity {\n    id\n    type\n    status\n    title\n    startsAt\n    endsAt\n    timeZone\n    venueName\n    venueRegion {\n      code\n      name\n      level\n    }\n    leadAgency {\n      id\n      shortName\n    }\n    villageCount\n    participantTotals {\n      total\n    }\n    returnReason\n    submittedById\n    version\n  }\n"): (typeof documents)["\n  fragment ActivitySummary on Activity {\n    id\n    type\n    status\n    title\n    startsAt\n    endsAt\n    timeZone\n    venueName\n    venueRegion {\n      code\n      name\n      level\n    }\n    leadAgency {\n      id\n      shortName\n    }\n    villageCount\n    participantTotals {\n      total\n    }\n    returnReason\n    submittedById\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int, $after: String) {\n    activities(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ActivitySummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int, $after: String) {\n    activities(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ActivitySummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityCount($filter: ActivityFilter) {\n    activityCount(filter: $filter)\n  }\n"): (typeof documents)["\n  query ActivityCount($filter: ActivityFilter) {\n    activityCount(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityDetail on Activity {\n    ...ActivitySummary\n    description\n    venueRegionCode\n    leadAgencyId\n    submittedByName\n    submittedAt\n    verifiedByName\n    verifiedAt\n    selfVerified\n    verifiers\n    createdByName\n    updatedAt\n    allowedActions\n    coOrganisers {\n      agency {\n        id\n        name\n        shortName\n      }\n      status\n      answeredAt\n    }\n    programmeItems {\n      id\n      number\n      title\n      frameworkName\n    }\n    topics {\n      id\n      name\n    }\n    villages {\n      code\n      reach\n      outsideLeadArea\n      region {\n        code\n        name\n        level\n        parent {\n          code\n          name\n        }\n      }\n    }\n    participants {\n      category\n      male\n      female\n      total\n      agency {\n        id\n        shortName\n      }\n    }\n    participantTotals {\n      male\n      female\n      total\n      officials\n    }\n    attendance {\n      regionCode\n      regionName\n      regionLevel\n      category\n      male\n      female\n      total\n      agency {\n        id\n        shortName\n      }\n    }\n    evidence {\n      id\n      fileName\n      contentType\n      sizeBytes\n      hasThumbnail\n      createdAt\n      uploadedByName\n      agency {\n        id\n        shortName\n      }\n      url\n      thumbnailUrl\n      removable\n    }\n    history {\n      id\n      at\n      actorUsername\n      operation\n      changes {\n        field\n        to\n      }\n    }\n    followUps {\n      id\n      text\n      dueOn\n      status\n      version\n      responsibleAgency {\n        id\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityDetail on Activity {\n    ...ActivitySummary\n    description\n    venueRegionCode\n    leadAgencyId\n    submittedByName\n    submittedAt\n    verifiedByName\n    verifiedAt\n    selfVerified\n    verifiers\n    createdByName\n    updatedAt\n    allowedActions\n    coOrganisers {\n      agency {\n        id\n        name\n        shortName\n      }\n      status\n      answeredAt\n    }\n    programmeItems {\n      id\n      number\n      title\n      frameworkName\n    }\n    topics {\n      id\n      name\n    }\n    villages {\n      code\n      reach\n      outsideLeadArea\n      region {\n        code\n        name\n        level\n        parent {\n          code\n          name\n        }\n      }\n    }\n    participants {\n      category\n      male\n      female\n      total\n      agency {\n        id\n        shortName\n      }\n    }\n    participantTotals {\n      male\n      female\n      total\n      officials\n    }\n    attendance {\n      regionCode\n      regionName\n      regionLevel\n      category\n      male\n      female\n      total\n      agency {\n        id\n        shortName\n      }\n    }\n    evidence {\n      id\n      fileName\n      contentType\n      sizeBytes\n      hasThumbnail\n      createdAt\n      uploadedByName\n      agency {\n        id\n        shortName\n      }\n      url\n      thumbnailUrl\n      removable\n    }\n    history {\n      id\n      at\n      actorUsername\n      operation\n      changes {\n        field\n        to\n      }\n    }\n    followUps {\n      id\n      text\n      dueOn\n      status\n      version\n      responsibleAgency {\n        id\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityFormOptions {\n    topics {\n      id\n      name\n      active\n    }\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      shortName\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query ActivityFormOptions {\n    topics {\n      id\n      name\n      active\n    }\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      shortName\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($id: ID!, $input: ActivityInput!, $planned: Boolean) {\n    createActivity(id: $id, input: $input, planned: $planned) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($id: ID!, $input: ActivityInput!, $planned: Boolean) {\n    createActivity(id: $id, input: $input, planned: $planned) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkActivityHeld($id: ID!, $version: Int!) {\n    markActivityHeld(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MarkActivityHeld($id: ID!, $version: Int!) {\n    markActivityHeld(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitActivity($id: ID!, $version: Int!) {\n    submitActivity(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitActivity($id: ID!, $version: Int!) {\n    submitActivity(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyActivity($id: ID!, $version: Int!) {\n    verifyActivity(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyActivity($id: ID!, $version: Int!) {\n    verifyActivity(id: $id, version: $version) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnActivity($id: ID!, $version: Int!, $reason: String!) {\n    returnActivity(id: $id, version: $version, reason: $reason) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnActivity($id: ID!, $version: Int!, $reason: String!) {\n    returnActivity(id: $id, version: $version, reason: $reason) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenActivity($id: ID!, $version: Int!, $reason: String!) {\n    reopenActivity(id: $id, version: $version, reason: $reason) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenActivity($id: ID!, $version: Int!, $reason: String!) {\n    reopenActivity(id: $id, version: $version, reason: $reason) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerActivityInvitation($id: ID!, $accept: Boolean!) {\n    answerActivityInvitation(id: $id, accept: $accept) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerActivityInvitation($id: ID!, $accept: Boolean!) {\n    answerActivityInvitation(id: $id, accept: $accept) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCoOrganiserParticipants($id: ID!, $version: Int!, $participants: [ParticipantInput!]!) {\n    setCoOrganiserParticipants(id: $id, version: $version, participants: $participants) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetCoOrganiserParticipants($id: ID!, $version: Int!, $participants: [ParticipantInput!]!) {\n    setCoOrganiserParticipants(id: $id, version: $version, participants: $participants) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFollowUp($activityId: ID!, $input: FollowUpInput!) {\n    addFollowUp(activityId: $activityId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddFollowUp($activityId: ID!, $input: FollowUpInput!) {\n    addFollowUp(activityId: $activityId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUp($id: ID!, $version: Int!, $input: FollowUpInput!) {\n    updateFollowUp(id: $id, version: $version, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUp($id: ID!, $version: Int!, $input: FollowUpInput!) {\n    updateFollowUp(id: $id, version: $version, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityCalendar($from: DateTime!, $to: DateTime!, $regionCode: ID) {\n    activityCalendar(from: $from, to: $to, regionCode: $regionCode) {\n      activity {\n        ...ActivitySummary\n      }\n      overlapsWith {\n        id\n        title\n        startsAt\n        leadAgency {\n          shortName\n        }\n      }\n      sharedKecamatanCodes\n    }\n  }\n"): (typeof documents)["\n  query ActivityCalendar($from: DateTime!, $to: DateTime!, $regionCode: ID) {\n    activityCalendar(from: $from, to: $to, regionCode: $regionCode) {\n      activity {\n        ...ActivitySummary\n      }\n      overlapsWith {\n        id\n        title\n        startsAt\n        leadAgency {\n          shortName\n        }\n      }\n      sharedKecamatanCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnedToMeCount {\n    activityCount(filter: { returnedToMe: true })\n  }\n"): (typeof documents)["\n  query ReturnedToMeCount {\n    activityCount(filter: { returnedToMe: true })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionName($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query RegionName($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KecamatanVillages($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      level\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query KecamatanVillages($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      level\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkingArea($agencyId: ID!) {\n    agency(id: $agencyId) {\n      id\n      workingArea {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWorkingArea($agencyId: ID!) {\n    agency(id: $agencyId) {\n      id\n      workingArea {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceLimits {\n    appInfo {\n      evidenceMaxBytes\n    }\n  }\n"): (typeof documents)["\n  query EvidenceLimits {\n    appInfo {\n      evidenceMaxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActivityEvidence($id: ID!) {\n    removeActivityEvidence(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveActivityEvidence($id: ID!) {\n    removeActivityEvidence(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoOrganiserCandidates($villageCodes: [ID!], $venueRegionCode: ID, $search: String) {\n    coOrganiserCandidates(villageCodes: $villageCodes, venueRegionCode: $venueRegionCode, search: $search, first: 20) {\n      id\n      name\n      shortName\n      worksInArea\n    }\n  }\n"): (typeof documents)["\n  query CoOrganiserCandidates($villageCodes: [ID!], $venueRegionCode: ID, $search: String) {\n    coOrganiserCandidates(villageCodes: $villageCodes, venueRegionCode: $venueRegionCode, search: $search, first: 20) {\n      id\n      name\n      shortName\n      worksInArea\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoOrganiserAgain($id: ID!, $version: Int!, $agencyId: ID!) {\n    inviteCoOrganiserAgain(id: $id, version: $version, agencyId: $agencyId) {\n      ...ActivityDetail\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoOrganiserAgain($id: ID!, $version: Int!, $agencyId: ID!) {\n    inviteCoOrganiserAgain(id: $id, version: $version, agencyId: $agencyId) {\n      ...ActivityDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork {\n    myWork {\n      awaitingVerification\n      returned\n      invitations\n    }\n  }\n"): (typeof documents)["\n  query MyWork {\n    myWork {\n      awaitingVerification\n      returned\n      invitations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineRegions {\n    offlineRegions {\n      complete\n      total\n      regions {\n        ...RegionChoice\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflineRegions {\n    offlineRegions {\n      complete\n      total\n      regions {\n        ...RegionChoice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityState($id: ID!) {\n    activity(id: $id) {\n      id\n      version\n      status\n      title\n    }\n  }\n"): (typeof documents)["\n  query ActivityState($id: ID!) {\n    activity(id: $id) {\n      id\n      version\n      status\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityFilterAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query ActivityFilterAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VillageConfirmationFields on VillageConfirmation {\n    activityId\n    villageCode\n    village {\n      code\n      name\n      parent {\n        code\n        name\n      }\n    }\n    status\n    note\n    answeredByName\n    answeredByAgency {\n      id\n      shortName\n    }\n    answeredAt\n    response\n    respondedByName\n    respondedAt\n    hasGovernment\n    canAnswer\n    canRespond\n    version\n  }\n"): (typeof documents)["\n  fragment VillageConfirmationFields on VillageConfirmation {\n    activityId\n    villageCode\n    village {\n      code\n      name\n      parent {\n        code\n        name\n      }\n    }\n    status\n    note\n    answeredByName\n    answeredByAgency {\n      id\n      shortName\n    }\n    answeredAt\n    response\n    respondedByName\n    respondedAt\n    hasGovernment\n    canAnswer\n    canRespond\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityConfirmations($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      villageConfirmations {\n        ...VillageConfirmationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityConfirmations($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      villageConfirmations {\n        ...VillageConfirmationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerVillageReach($activityId: ID!, $villageCode: ID!, $confirmed: Boolean!, $note: String, $version: Int!) {\n    answerVillageReach(activityId: $activityId, villageCode: $villageCode, confirmed: $confirmed, note: $note, version: $version) {\n      ...VillageConfirmationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerVillageReach($activityId: ID!, $villageCode: ID!, $confirmed: Boolean!, $note: String, $version: Int!) {\n    answerVillageReach(activityId: $activityId, villageCode: $villageCode, confirmed: $confirmed, note: $note, version: $version) {\n      ...VillageConfirmationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToDispute($activityId: ID!, $villageCode: ID!, $reason: String!, $version: Int!) {\n    respondToDispute(activityId: $activityId, villageCode: $villageCode, reason: $reason, version: $version) {\n      ...VillageConfirmationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToDispute($activityId: ID!, $villageCode: ID!, $reason: String!, $version: Int!) {\n    respondToDispute(activityId: $activityId, villageCode: $villageCode, reason: $reason, version: $version) {\n      ...VillageConfirmationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfirmationQueue($first: Int) {\n    confirmationQueue(first: $first) {\n      toConfirmCount\n      disputeCount\n      toConfirm {\n        activity {\n          id\n          title\n          startsAt\n          venueName\n          leadAgency {\n            id\n            shortName\n          }\n        }\n        confirmation {\n          ...VillageConfirmationFields\n        }\n      }\n      disputes {\n        activity {\n          id\n          title\n          startsAt\n          venueName\n          leadAgency {\n            id\n            shortName\n          }\n        }\n        confirmation {\n          ...VillageConfirmationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConfirmationQueue($first: Int) {\n    confirmationQueue(first: $first) {\n      toConfirmCount\n      disputeCount\n      toConfirm {\n        activity {\n          id\n          title\n          startsAt\n          venueName\n          leadAgency {\n            id\n            shortName\n          }\n        }\n        confirmation {\n          ...VillageConfirmationFields\n        }\n      }\n      disputes {\n        activity {\n          id\n          title\n          startsAt\n          venueName\n          leadAgency {\n            id\n            shortName\n          }\n        }\n        confirmation {\n          ...VillageConfirmationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfirmationQueueCount {\n    confirmationQueue(first: 0) {\n      toConfirmCount\n      disputeCount\n    }\n  }\n"): (typeof documents)["\n  query ConfirmationQueueCount {\n    confirmationQueue(first: 0) {\n      toConfirmCount\n      disputeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CopyCandidates($filter: ActivityFilter) {\n    activities(filter: $filter, sort: STARTS_AT_DESC, first: 20) {\n      nodes {\n        id\n        title\n        startsAt\n        timeZone\n        venueName\n        leadAgency {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CopyCandidates($filter: ActivityFilter) {\n    activities(filter: $filter, sort: STARTS_AT_DESC, first: 20) {\n      nodes {\n        id\n        title\n        startsAt\n        timeZone\n        venueName\n        leadAgency {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CopySource($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      leadAgencyId\n      venueName\n      venueRegion {\n        code\n        name\n      }\n      topics {\n        id\n      }\n      programmeItems {\n        id\n      }\n      villages {\n        code\n        reach\n        region {\n          code\n          name\n        }\n      }\n      coOrganisers {\n        agency {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CopySource($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      leadAgencyId\n      venueName\n      venueRegion {\n        code\n        name\n      }\n      topics {\n        id\n      }\n      programmeItems {\n        id\n      }\n      villages {\n        code\n        reach\n        region {\n          code\n          name\n        }\n      }\n      coOrganisers {\n        agency {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyFields on Agency {\n    id\n    name\n    shortName\n    type\n    officeClass\n    address\n    parentId\n    homeRegionCode\n    villageCount\n    active\n    activeHeadCount\n    version\n    workingArea {\n      code\n      name\n      level\n      villageCount\n    }\n  }\n"): (typeof documents)["\n  fragment AgencyFields on Agency {\n    id\n    name\n    shortName\n    type\n    officeClass\n    address\n    parentId\n    homeRegionCode\n    villageCount\n    active\n    activeHeadCount\n    version\n    workingArea {\n      code\n      name\n      level\n      villageCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($filter: AgencyFilter) {\n    agencies(filter: $filter) {\n      ...AgencyFields\n    }\n  }\n"): (typeof documents)["\n  query Agencies($filter: AgencyFilter) {\n    agencies(filter: $filter) {\n      ...AgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      ...AgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($id: ID!, $version: Int!, $input: AgencyInput!) {\n    updateAgency(id: $id, version: $version, input: $input) {\n      ...AgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($id: ID!, $version: Int!, $input: AgencyInput!) {\n    updateAgency(id: $id, version: $version, input: $input) {\n      ...AgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPeople {\n    users(first: 500) {\n      id\n      username\n      fullName\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query AuditPeople {\n    users(first: 500) {\n      id\n      username\n      fullName\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter) {\n    auditLog(filter: $filter) {\n      id\n      at\n      actorUsername\n      actorName\n      actorAgencyName\n      operation\n      entity\n      entityId\n      subjectLabel\n      changes {\n        field\n        from\n        to\n      }\n      references {\n        value\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter) {\n    auditLog(filter: $filter) {\n      id\n      at\n      actorUsername\n      actorName\n      actorAgencyName\n      operation\n      entity\n      entityId\n      subjectLabel\n      changes {\n        field\n        from\n        to\n      }\n      references {\n        value\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundarySets {\n    boundarySets {\n      id\n      level\n      source\n      licence\n      fileName\n      featureCount\n      regionCount\n      missingCount\n      importedAt\n    }\n  }\n"): (typeof documents)["\n  query BoundarySets {\n    boundarySets {\n      id\n      level\n      source\n      licence\n      fileName\n      featureCount\n      regionCount\n      missingCount\n      importedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutgoingMail($first: Int, $status: OutgoingMailStatus) {\n    outgoingMail(first: $first, status: $status) {\n      smtp\n      folder\n      waiting\n      sent\n      failed\n      skipped\n      nodes {\n        id\n        kind\n        toAddress\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutgoingMail($first: Int, $status: OutgoingMailStatus) {\n    outgoingMail(first: $first, status: $status) {\n      smtp\n      folder\n      waiting\n      sent\n      failed\n      skipped\n      nodes {\n        id\n        kind\n        toAddress\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    email\n    fullName\n    role\n    active\n    mustChangePassword\n    lastLoginAt\n    version\n    agencyId\n    agency {\n      id\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    email\n    fullName\n    role\n    active\n    mustChangePassword\n    lastLoginAt\n    version\n    agencyId\n    agency {\n      id\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users(first: 500) {\n      ...UserFields\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users(first: 500) {\n      ...UserFields\n    }\n    agencies(filter: { first: 500 }) {\n      id\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $temporaryPassword: String!) {\n    resetUserPassword(id: $id, temporaryPassword: $temporaryPassword) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $temporaryPassword: String!) {\n    resetUserPassword(id: $id, temporaryPassword: $temporaryPassword) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppInfo {\n    appInfo {\n      demoMode\n      demoAccounts\n    }\n  }\n"): (typeof documents)["\n  query AppInfo {\n    appInfo {\n      demoMode\n      demoAccounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardConfirmationShare($filter: CoverageFilter!) {\n    confirmationShare(filter: $filter) {\n      villagesReached\n      confirmed\n      disputed\n      unanswered\n      ratio\n    }\n  }\n"): (typeof documents)["\n  query DashboardConfirmationShare($filter: CoverageFilter!) {\n    confirmationShare(filter: $filter) {\n      villagesReached\n      confirmed\n      disputed\n      unanswered\n      ratio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardConfirmationWaiting {\n    confirmationQueue(first: 0) {\n      toConfirmCount\n      disputeCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardConfirmationWaiting {\n    confirmationQueue(first: 0) {\n      toConfirmCount\n      disputeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CoverageChanged($regionCode: ID, $agencyId: ID) {\n    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {\n      activityId\n      kind\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription CoverageChanged($regionCode: ID, $agencyId: ID) {\n    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {\n      activityId\n      kind\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($filter: CoverageFilter!) {\n    dashboard(filter: $filter) {\n      coverage {\n        ...CoverageFields\n      }\n      activities\n      participants\n      officialsReached\n      participantsNotByVillage\n      officialsNotByVillage\n      desaBinaanFormed\n      monthly {\n        month\n        activities\n        participants\n        villagesReached\n      }\n      byType {\n        type\n        activities\n      }\n      byProgrammeItem {\n        item {\n          id\n          number\n          title\n          frameworkName\n        }\n        activities\n      }\n      participantsByCategory {\n        category\n        male\n        female\n      }\n      sameTimeLastYear {\n        from\n        to\n        activities\n        participants\n        officialsReached\n        desaBinaanFormed\n        villagesReached\n        villagesTotal\n        ratio\n      }\n      targets {\n        id\n        period\n        periodFrom\n        periodTo\n        indicator\n        programmeItem {\n          id\n          number\n          title\n        }\n        value\n        achieved\n        progress\n        elapsed\n        expected\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: CoverageFilter!) {\n    dashboard(filter: $filter) {\n      coverage {\n        ...CoverageFields\n      }\n      activities\n      participants\n      officialsReached\n      participantsNotByVillage\n      officialsNotByVillage\n      desaBinaanFormed\n      monthly {\n        month\n        activities\n        participants\n        villagesReached\n      }\n      byType {\n        type\n        activities\n      }\n      byProgrammeItem {\n        item {\n          id\n          number\n          title\n          frameworkName\n        }\n        activities\n      }\n      participantsByCategory {\n        category\n        male\n        female\n      }\n      sameTimeLastYear {\n        from\n        to\n        activities\n        participants\n        officialsReached\n        desaBinaanFormed\n        villagesReached\n        villagesTotal\n        ratio\n      }\n      targets {\n        id\n        period\n        periodFrom\n        periodTo\n        indicator\n        programmeItem {\n          id\n          number\n          title\n        }\n        value\n        achieved\n        progress\n        elapsed\n        expected\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTarget($id: ID!, $version: Int!) {\n    removeTarget(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveTarget($id: ID!, $version: Int!) {\n    removeTarget(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTarget($input: TargetInput!, $version: Int) {\n    setTarget(input: $input, version: $version) {\n      ...TargetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTarget($input: TargetInput!, $version: Int) {\n    setTarget(input: $input, version: $version) {\n      ...TargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetAgencies {\n    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query TargetAgencies {\n    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on Target {\n    id\n    agency {\n      id\n      name\n      shortName\n    }\n    period\n    periodFrom\n    periodTo\n    indicator\n    programmeItem {\n      id\n      number\n      title\n      frameworkName\n    }\n    value\n    achieved\n    progress\n    elapsed\n    expected\n    status\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TargetFields on Target {\n    id\n    agency {\n      id\n      name\n      shortName\n    }\n    period\n    periodFrom\n    periodTo\n    indicator\n    programmeItem {\n      id\n      number\n      title\n      frameworkName\n    }\n    value\n    achieved\n    progress\n    elapsed\n    expected\n    status\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetFrameworks {\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n  }\n"): (typeof documents)["\n  query TargetFrameworks {\n    programmeFrameworks {\n      ...ProgrammeFrameworkChoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Targets($agencyId: ID!, $year: Int!) {\n    targets(agencyId: $agencyId, year: $year) {\n      ...TargetFields\n    }\n  }\n"): (typeof documents)["\n  query Targets($agencyId: ID!, $year: Int!) {\n    targets(agencyId: $agencyId, year: $year) {\n      ...TargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillagesNotReached($filter: VillagesNotReachedFilter, $sort: VillageSort!, $descending: Boolean!, $first: Int!, $offset: Int!) {\n    villagesNotReached(filter: $filter, sort: $sort, descending: $descending, first: $first, offset: $offset) {\n      total\n      rows {\n        region {\n          ...RegionPath\n        }\n        lastReachedOn\n        activities\n      }\n    }\n  }\n"): (typeof documents)["\n  query VillagesNotReached($filter: VillagesNotReachedFilter, $sort: VillageSort!, $descending: Boolean!, $first: Int!, $offset: Int!) {\n    villagesNotReached(filter: $filter, sort: $sort, descending: $descending, first: $first, offset: $offset) {\n      total\n      rows {\n        region {\n          ...RegionPath\n        }\n        lastReachedOn\n        activities\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapActivities($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, sort: STARTS_AT_DESC) {\n      nodes {\n        id\n        title\n        startsAt\n        venueName\n        venueRegion {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapActivities($filter: ActivityFilter!, $first: Int!) {\n    activities(filter: $filter, first: $first, sort: STARTS_AT_DESC) {\n      nodes {\n        id\n        title\n        startsAt\n        venueName\n        venueRegion {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapConfirmationShare($filter: CoverageFilter!) {\n    confirmationShare(filter: $filter) {\n      villagesReached\n      confirmed\n      disputed\n      unanswered\n    }\n  }\n"): (typeof documents)["\n  query MapConfirmationShare($filter: CoverageFilter!) {\n    confirmationShare(filter: $filter) {\n      villagesReached\n      confirmed\n      disputed\n      unanswered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapCoverage($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {\n    coverage(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {\n      ...CoverageFields\n    }\n  }\n"): (typeof documents)["\n  query MapCoverage($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {\n    coverage(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {\n      ...CoverageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MapCoverageChanged($regionCode: ID, $agencyId: ID) {\n    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {\n      activityId\n      kind\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription MapCoverageChanged($regionCode: ID, $agencyId: ID) {\n    coverageChanged(regionCode: $regionCode, agencyId: $agencyId) {\n      activityId\n      kind\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapCoverageVillages($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {\n    coverageVillages(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {\n      ...CoverageChildFields\n    }\n  }\n"): (typeof documents)["\n  query MapCoverageVillages($regionCode: ID, $agencyId: ID, $from: Date!, $to: Date!, $programmeItemId: ID) {\n    coverageVillages(regionCode: $regionCode, agencyId: $agencyId, from: $from, to: $to, programmeItemId: $programmeItemId) {\n      ...CoverageChildFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapDesaBinaan($regionCode: ID) {\n    desaBinaan(filter: { regionCode: $regionCode }) {\n      id\n      village {\n        code\n        name\n      }\n      agency {\n        id\n        shortName\n      }\n      skNumber\n      skDate\n      officerName\n      status\n    }\n  }\n"): (typeof documents)["\n  query MapDesaBinaan($regionCode: ID) {\n    desaBinaan(filter: { regionCode: $regionCode }) {\n      id\n      village {\n        code\n        name\n      }\n      agency {\n        id\n        shortName\n      }\n      skNumber\n      skDate\n      officerName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSettings {\n    appInfo {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n"): (typeof documents)["\n  query MapSettings {\n    appInfo {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapWorkingArea($id: ID!) {\n    agency(id: $id) {\n      id\n      workingArea {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapWorkingArea($id: ID!) {\n    agency(id: $id) {\n      id\n      workingArea {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationCount {\n    notifications(first: 0) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query NotificationCount {\n    notifications(first: 0) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    activityId\n    followUpId\n    title\n    link\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    activityId\n    followUpId\n    title\n    link\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int, $kinds: [NotificationKind!]) {\n    notifications(unreadOnly: $unreadOnly, first: $first, kinds: $kinds) {\n      unreadCount\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean, $first: Int, $kinds: [NotificationKind!]) {\n    notifications(unreadOnly: $unreadOnly, first: $first, kinds: $kinds) {\n      unreadCount\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      locked\n      isDefault\n      label\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      locked\n      isDefault\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      delivery\n      locked\n      isDefault\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      delivery\n      locked\n      isDefault\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgrammeFramework($input: ProgrammeFrameworkInput!) {\n    createProgrammeFramework(input: $input) {\n      ...ProgrammeFrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgrammeFramework($input: ProgrammeFrameworkInput!) {\n    createProgrammeFramework(input: $input) {\n      ...ProgrammeFrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgrammeItem($frameworkId: ID!, $input: ProgrammeItemInput!) {\n    createProgrammeItem(frameworkId: $frameworkId, input: $input) {\n      ...ProgrammeItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgrammeItem($frameworkId: ID!, $input: ProgrammeItemInput!) {\n    createProgrammeItem(frameworkId: $frameworkId, input: $input) {\n      ...ProgrammeItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DesaBinaanFields on DesaBinaan {\n    id\n    skNumber\n    skDate\n    officerName\n    officerUser {\n      id\n      fullName\n    }\n    status\n    notes\n    version\n    agency {\n      id\n      name\n      shortName\n    }\n    village {\n      code\n      name\n      level\n      path\n    }\n  }\n"): (typeof documents)["\n  fragment DesaBinaanFields on DesaBinaan {\n    id\n    skNumber\n    skDate\n    officerName\n    officerUser {\n      id\n      fullName\n    }\n    status\n    notes\n    version\n    agency {\n      id\n      name\n      shortName\n    }\n    village {\n      code\n      name\n      level\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesaBinaanList($filter: DesaBinaanFilter) {\n    desaBinaan(filter: $filter) {\n      ...DesaBinaanFields\n    }\n  }\n"): (typeof documents)["\n  query DesaBinaanList($filter: DesaBinaanFilter) {\n    desaBinaan(filter: $filter) {\n      ...DesaBinaanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesaBinaanOffice($id: ID!) {\n    agency(id: $id) {\n      id\n      shortName\n      workingArea {\n        code\n      }\n    }\n    users(agencyId: $id) {\n      id\n      fullName\n      active\n    }\n  }\n"): (typeof documents)["\n  query DesaBinaanOffice($id: ID!) {\n    agency(id: $id) {\n      id\n      shortName\n      workingArea {\n        code\n      }\n    }\n    users(agencyId: $id) {\n      id\n      fullName\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesaBinaanRegionName($code: ID!) {\n    region(code: $code) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query DesaBinaanRegionName($code: ID!) {\n    region(code: $code) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DesignateDesaBinaan($input: DesignateDesaBinaanInput!) {\n    designateDesaBinaan(input: $input) {\n      ...DesaBinaanFields\n    }\n  }\n"): (typeof documents)["\n  mutation DesignateDesaBinaan($input: DesignateDesaBinaanInput!) {\n    designateDesaBinaan(input: $input) {\n      ...DesaBinaanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImmigrationOffices {\n    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {\n      id\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query ImmigrationOffices {\n    agencies(filter: { type: KANTOR_IMIGRASI, first: 500 }) {\n      id\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeAdmin {\n    programmeFrameworks {\n      ...ProgrammeFrameworkFields\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeAdmin {\n    programmeFrameworks {\n      ...ProgrammeFrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeFrameworkFields on ProgrammeFramework {\n    id\n    name\n    validFrom\n    validTo\n    version\n    items {\n      ...ProgrammeItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeFrameworkFields on ProgrammeFramework {\n    id\n    name\n    validFrom\n    validTo\n    version\n    items {\n      ...ProgrammeItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeItemFields on ProgrammeItem {\n    id\n    number\n    title\n    indicators\n    version\n  }\n"): (typeof documents)["\n  fragment ProgrammeItemFields on ProgrammeItem {\n    id\n    number\n    title\n    indicators\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDesaBinaan($id: ID!, $version: Int!, $input: DesaBinaanInput!) {\n    updateDesaBinaan(id: $id, version: $version, input: $input) {\n      ...DesaBinaanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDesaBinaan($id: ID!, $version: Int!, $input: DesaBinaanInput!) {\n    updateDesaBinaan(id: $id, version: $version, input: $input) {\n      ...DesaBinaanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgrammeFramework($id: ID!, $version: Int!, $input: ProgrammeFrameworkInput!) {\n    updateProgrammeFramework(id: $id, version: $version, input: $input) {\n      ...ProgrammeFrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgrammeFramework($id: ID!, $version: Int!, $input: ProgrammeFrameworkInput!) {\n    updateProgrammeFramework(id: $id, version: $version, input: $input) {\n      ...ProgrammeFrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgrammeItem($id: ID!, $version: Int!, $input: ProgrammeItemInput!) {\n    updateProgrammeItem(id: $id, version: $version, input: $input) {\n      ...ProgrammeItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgrammeItem($id: ID!, $version: Int!, $input: ProgrammeItemInput!) {\n    updateProgrammeItem(id: $id, version: $version, input: $input) {\n      ...ProgrammeItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndonesiaPage {\n    nationalRegionCounts {\n      provinsi\n      ...RegionCountsFields\n    }\n    provinces {\n      ...RegionSummary\n    }\n  }\n"): (typeof documents)["\n  query IndonesiaPage {\n    nationalRegionCounts {\n      provinsi\n      ...RegionCountsFields\n    }\n    provinces {\n      ...RegionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDesaBinaan($code: ID!) {\n    region(code: $code) {\n      code\n      desaBinaan {\n        id\n        skNumber\n        skDate\n        status\n        officerName\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionDesaBinaan($code: ID!) {\n    region(code: $code) {\n      code\n      desaBinaan {\n        id\n        skNumber\n        skDate\n        status\n        officerName\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionCountsFields on RegionCounts {\n    kabupaten\n    kota\n    kecamatan\n    desa\n    kelurahan\n    desaAdat\n    villages\n  }\n"): (typeof documents)["\n  fragment RegionCountsFields on RegionCounts {\n    kabupaten\n    kota\n    kecamatan\n    desa\n    kelurahan\n    desaAdat\n    villages\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionSummary on Region {\n    code\n    name\n    level\n    villageCount\n    counts {\n      ...RegionCountsFields\n    }\n  }\n"): (typeof documents)["\n  fragment RegionSummary on Region {\n    code\n    name\n    level\n    villageCount\n    counts {\n      ...RegionCountsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPage($code: ID!) {\n    region(code: $code) {\n      ...RegionSummary\n      ...RegionPath\n      children {\n        ...RegionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionPage($code: ID!) {\n    region(code: $code) {\n      ...RegionSummary\n      ...RegionPath\n      children {\n        ...RegionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedReport($id: ID!, $version: Int!) {\n    deleteSavedReport(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedReport($id: ID!, $version: Int!) {\n    deleteSavedReport(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on Report {\n    title\n    from\n    to\n    previousFrom\n    previousTo\n    rowKind\n    columns\n    standard\n    withTargets\n    withConfirmation\n    programmeItemId\n    type\n    restricted\n    totalNote\n    hideEmptyRows\n    emptyRowsHidden\n    rows {\n      ...ReportRowFields\n    }\n    total {\n      ...ReportRowFields\n    }\n    participantsByCategory {\n      category\n      male\n      female\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFields on Report {\n    title\n    from\n    to\n    previousFrom\n    previousTo\n    rowKind\n    columns\n    standard\n    withTargets\n    withConfirmation\n    programmeItemId\n    type\n    restricted\n    totalNote\n    hideEmptyRows\n    emptyRowsHidden\n    rows {\n      ...ReportRowFields\n    }\n    total {\n      ...ReportRowFields\n    }\n    participantsByCategory {\n      category\n      male\n      female\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFromSaved($id: ID!) {\n    savedReport(id: $id) {\n      ...SavedReportFields\n    }\n    reportFromSaved(id: $id) {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  query ReportFromSaved($id: ID!) {\n    savedReport(id: $id) {\n      ...SavedReportFields\n    }\n    reportFromSaved(id: $id) {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    restricted\n    villagesNeverReached\n    villagesNotRecentlyReached\n    desaBinaan\n    desaBinaanActivities\n    villagesConfirmed\n    villagesDisputed\n    villagesUnanswered\n    participantsByCategory {\n      category\n      male\n      female\n    }\n    values {\n      indicator\n      value\n      previous\n      change\n      direction\n      target\n      achieved\n      progress\n      expected\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ReportRowFields on ReportRow {\n    key\n    label\n    restricted\n    villagesNeverReached\n    villagesNotRecentlyReached\n    desaBinaan\n    desaBinaanActivities\n    villagesConfirmed\n    villagesDisputed\n    villagesUnanswered\n    participantsByCategory {\n      category\n      male\n      female\n    }\n    values {\n      indicator\n      value\n      previous\n      change\n      direction\n      target\n      achieved\n      progress\n      expected\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportScheduleFields on ReportSchedule {\n    id\n    frequency\n    format\n    active\n    version\n    recipients {\n      id\n      username\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ReportScheduleFields on ReportSchedule {\n    id\n    frequency\n    format\n    active\n    version\n    recipients {\n      id\n      username\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSchedule($savedReportId: ID!) {\n    reportSchedule(savedReportId: $savedReportId) {\n      ...ReportScheduleFields\n    }\n  }\n"): (typeof documents)["\n  query ReportSchedule($savedReportId: ID!) {\n    reportSchedule(savedReportId: $savedReportId) {\n      ...ReportScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportSchedule($savedReportId: ID!, $input: ReportScheduleInput!, $version: Int) {\n    setReportSchedule(savedReportId: $savedReportId, input: $input, version: $version) {\n      ...ReportScheduleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetReportSchedule($savedReportId: ID!, $input: ReportScheduleInput!, $version: Int) {\n    setReportSchedule(savedReportId: $savedReportId, input: $input, version: $version) {\n      ...ReportScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReportSchedule($savedReportId: ID!, $version: Int!) {\n    removeReportSchedule(savedReportId: $savedReportId, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveReportSchedule($savedReportId: ID!, $version: Int!) {\n    removeReportSchedule(savedReportId: $savedReportId, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportUnreachedVillages($input: ReportInput!, $first: Int!, $offset: Int!) {\n    reportUnreachedVillages(input: $input, first: $first, offset: $offset) {\n      total\n      asOf\n      rows {\n        code\n        name\n        kecamatan\n        kabupaten\n        lastReachedOn\n        offices\n        nearestDesaBinaan {\n          code\n          name\n          agency\n          distanceKm\n          basis\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportUnreachedVillages($input: ReportInput!, $first: Int!, $offset: Int!) {\n    reportUnreachedVillages(input: $input, first: $first, offset: $offset) {\n      total\n      asOf\n      rows {\n        code\n        name\n        kecamatan\n        kabupaten\n        lastReachedOn\n        offices\n        nearestDesaBinaan {\n          code\n          name\n          agency\n          distanceKm\n          basis\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReport($name: String!, $input: ReportInput!) {\n    saveReport(name: $name, input: $input) {\n      ...SavedReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReport($name: String!, $input: ReportInput!) {\n    saveReport(name: $name, input: $input) {\n      ...SavedReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedReportFields on SavedReport {\n    id\n    name\n    version\n    mine\n    ownerName\n    updatedAt\n    schedule {\n      frequency\n      format\n      recipients\n      active\n    }\n    input {\n      rows\n      indicators\n      period\n      from\n      to\n      compare\n      programmeItemId\n      type\n      withinRegion\n      standard\n      withTargets\n      withConfirmation\n      hideEmptyRows\n    }\n  }\n"): (typeof documents)["\n  fragment SavedReportFields on SavedReport {\n    id\n    name\n    version\n    mine\n    ownerName\n    updatedAt\n    schedule {\n      frequency\n      format\n      recipients\n      active\n    }\n    input {\n      rows\n      indicators\n      period\n      from\n      to\n      compare\n      programmeItemId\n      type\n      withinRegion\n      standard\n      withTargets\n      withConfirmation\n      hideEmptyRows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReports {\n    savedReports {\n      ...SavedReportFields\n    }\n  }\n"): (typeof documents)["\n  query SavedReports {\n    savedReports {\n      ...SavedReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardReports {\n    standardReports {\n      key\n      title\n      description\n      unavailable\n      input {\n        rows\n        indicators\n        period\n        from\n        to\n        compare\n        programmeItemId\n        type\n        withinRegion\n        standard\n        withTargets\n        withConfirmation\n        hideEmptyRows\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardReports {\n    standardReports {\n      key\n      title\n      description\n      unavailable\n      input {\n        rows\n        indicators\n        period\n        from\n        to\n        compare\n        programmeItemId\n        type\n        withinRegion\n        standard\n        withTargets\n        withConfirmation\n        hideEmptyRows\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedReport($id: ID!, $version: Int!, $name: String!, $input: ReportInput!) {\n    updateSavedReport(id: $id, version: $version, name: $name, input: $input) {\n      ...SavedReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedReport($id: ID!, $version: Int!, $name: String!, $input: ReportInput!) {\n    updateSavedReport(id: $id, version: $version, name: $name, input: $input) {\n      ...SavedReportFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;