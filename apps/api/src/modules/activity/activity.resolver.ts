import { ActivityStatus, CoOrganiserStatus, OFFICIAL_CATEGORIES, ParticipantCategory, Permission, Role } from '@jangkau/shared-domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import type { GraphqlContext } from '../../graphql/context';
import { toAuditEntry, type AuditContext } from '../audit/audit.service';
import { AuditEntry } from '../audit/models/audit-entry.model';
import { Region } from '../region/models/region.model';
import { toRegion } from '../region/region.mapper';
import { ActivityQueries } from './activity-queries.service';
import { ActivityWorkflow } from './activity-workflow.service';
import { ActivityWriter } from './activity-writer.service';
import type { ActivityRow } from './activity.rows';
import { actionsFor, ownWorkWithAnotherHead, verifiersOf } from './activity.rules';
import { FollowUpService } from './follow-up.service';
import { ReferenceLists } from './reference-lists';
import { ActivityFilter, ActivityInput, ActivitySort, FollowUpInput, ParticipantInput } from './dto/activity.input';
import {
  Activity,
  ActivityActionEnum,
  ActivityConnection,
  ActivityCoOrganiser,
  ActivityVillage,
  AgencyRef,
  CalendarEntry,
  CoOrganiserCandidate,
  FollowUp,
  MyWork,
  AttendanceCount,
  ParticipantCount,
  ParticipantTotals,
  ProgrammeItem,
  Topic,
} from './models/activity.model';

type Ctx = AuditContext & { caller: Caller };

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly queries: ActivityQueries,
    private readonly writer: ActivityWriter,
    private readonly workflow: ActivityWorkflow,
  ) {}

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => Activity, { nullable: true, description: 'null when there is no such activity or the caller may not see it.' })
  async activity(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ActivityRow | null> {
    return (await this.queries.findVisible(caller, [id]))[0] ?? null;
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => ActivityConnection, { description: 'Activities the caller may see, one page at a time (pass pageInfo.endCursor as `after`).' })
  async activities(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter: ActivityFilter | null,
    @Args('sort', { type: () => ActivitySort, nullable: true, defaultValue: ActivitySort.STARTS_AT_DESC }) sort: ActivitySort,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'At most 100.' }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const page = await this.queries.list(caller, filter ?? {}, sort, first, after);
    return { nodes: page.rows, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => Int, { description: 'How many activities the caller may see match the filter.' })
  activityCount(@CurrentCaller() caller: Caller, @Args('filter', { type: () => ActivityFilter, nullable: true }) filter: ActivityFilter | null): Promise<number> {
    return this.queries.count(caller, filter ?? {});
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => [CalendarEntry], { description: 'Planned activities the caller may see, flagging agencies planning in a same kecamatan within 7 days.' })
  activityCalendar(@CurrentCaller() caller: Caller, @Args('from') from: Date, @Args('to') to: Date, @Args('regionCode', { type: () => ID, nullable: true }) regionCode: string | null) {
    return this.queries.calendar(caller, from, to, regionCode);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => MyWork, { description: 'What waits for the caller: submissions to verify, activities returned to them, invitations to answer.' })
  myWork(@CurrentCaller() caller: Caller) {
    return this.queries.myWork(caller);
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Query(() => [CoOrganiserCandidate], {
    description: 'Agencies to invite: active ones working where the activity reaches (villages, kecamatan, venue), or any active agency by name. At most 20.',
  })
  coOrganiserCandidates(
    @CurrentCaller() caller: Caller,
    @Args('villageCodes', { type: () => [ID], nullable: true, defaultValue: [] }) villageCodes: string[],
    @Args('venueRegionCode', { type: () => ID, nullable: true }) venueRegionCode: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'At most 20.' }) first: number,
  ) {
    return this.queries.coOrganiserCandidates(caller, villageCodes ?? [], venueRegionCode, search, first);
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => Activity, {
    description: "Records an activity led by the caller's agency. `id` is the client's own UUID: repeating the call returns the activity the first call made.",
  })
  createActivity(
    @AuditFrom('createActivity') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ActivityInput,
    @Args('planned', { nullable: true, defaultValue: false, description: 'A future activity being planned (else a draft of one held).' }) planned: boolean,
  ) {
    return this.writer.create(context, id, input, planned);
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => Activity, { description: "The lead agency's fields; `version` is the one the edit started from." })
  updateActivity(
    @AuditFrom('updateActivity') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ActivityInput,
  ) {
    return this.writer.update(context, id, version, input);
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => Activity, { description: 'A planned activity took place: it becomes a draft to complete and submit.' })
  markActivityHeld(@AuditFrom('markActivityHeld') context: Ctx, @Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number) {
    return this.workflow.markHeld(context, id, version);
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => Activity, { description: 'Sends a draft or returned activity to the head of the lead agency.' })
  submitActivity(@AuditFrom('submitActivity') context: Ctx, @Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number) {
    return this.workflow.submit(context, id, version);
  }

  @Allow(Permission.ACTIVITY_VERIFY)
  @Mutation(() => Activity, { description: 'The head of the lead agency verifies a submission: from now on it counts, and it is locked.' })
  verifyActivity(@AuditFrom('verifyActivity') context: Ctx, @Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number) {
    return this.workflow.verify(context, id, version);
  }

  @Allow(Permission.ACTIVITY_VERIFY)
  @Mutation(() => Activity, { description: 'The head returns a submission to its submitter with a reason.' })
  returnActivity(
    @AuditFrom('returnActivity') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ) {
    return this.workflow.sendBack(context, id, version, reason, 'RETURN');
  }

  @Allow(Permission.ACTIVITY_VERIFY)
  @Mutation(() => Activity, { description: 'The head reopens a verified activity with a reason; it no longer counts until verified again.' })
  reopenActivity(
    @AuditFrom('reopenActivity') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ) {
    return this.workflow.sendBack(context, id, version, reason, 'REOPEN');
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => Activity, {
    nullable: true,
    description: "A co-organiser's answer to its invitation. null after a decline that ends the agency's access (a draft it no longer sees).",
  })
  answerActivityInvitation(@AuditFrom('answerActivityInvitation') context: Ctx, @Args('id', { type: () => ID }) id: string, @Args('accept') accept: boolean) {
    return this.workflow.answerInvitation(context, id, accept);
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => Activity, { description: 'The lead agency invites again an agency that declined (ACTIVITY_NOT_DECLINED otherwise).' })
  inviteCoOrganiserAgain(
    @AuditFrom('inviteCoOrganiserAgain') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ) {
    return this.workflow.inviteAgain(context, id, version, agencyId);
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => Activity, { description: "An accepted co-organiser's own participant counts (the lead's stay untouched)." })
  setCoOrganiserParticipants(
    @AuditFrom('setCoOrganiserParticipants') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('participants', { type: () => [ParticipantInput] }) participants: ParticipantInput[],
  ) {
    return this.writer.setCoOrganiserParticipants(context, id, version, participants);
  }

  @ResolveField(() => Region)
  async venueRegion(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext): Promise<Region> {
    return toRegion((await loaders.regionByCode.load(a.venueRegionCode))!);
  }

  @ResolveField(() => AgencyRef)
  async leadAgency(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext): Promise<AgencyRef> {
    return (await loaders.agencyRef.load(a.leadAgencyId))!;
  }

  @ResolveField(() => [ActivityCoOrganiser])
  coOrganisers(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext) {
    return loaders.activityCoOrganisers.load(a.id);
  }

  @ResolveField(() => [ActivityVillage], { description: 'Desa/kelurahan reached, by code.' })
  async villages(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext): Promise<ActivityVillage[]> {
    const rows = await loaders.activityVillages.load(a.id);
    const regions = await loaders.regionByCode.loadMany(rows.map((r) => r.code));
    return rows.map((r, i) => ({ ...r, region: toRegion(regions[i] as never) }) as ActivityVillage);
  }

  @ResolveField(() => Int)
  async villageCount(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext): Promise<number> {
    return (await loaders.activityVillages.load(a.id)).length;
  }

  @ResolveField(() => [ParticipantCount], { description: 'As reported by each organising agency.' })
  participants(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext) {
    return loaders.activityParticipants.load(a.id);
  }

  @ResolveField(() => [AttendanceCount], {
    description: 'The part of the participants attributed to regions it lists (each kepala desa to their village); the rest counts where all its villages lie.',
  })
  attendance(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext) {
    return loaders.activityAttendance.load(a.id);
  }

  @ResolveField(() => ParticipantTotals)
  async participantTotals(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext): Promise<ParticipantTotals> {
    const rows = await loaders.activityParticipants.load(a.id);
    const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
    return {
      male: sum((r) => r.male),
      female: sum((r) => r.female),
      total: sum((r) => r.total),
      officials: sum((r) => (OFFICIAL_CATEGORIES.includes(r.category as ParticipantCategory) ? r.total : 0)),
    };
  }

  @ResolveField(() => [Topic])
  topics(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext) {
    return loaders.activityTopics.load(a.id);
  }

  @ResolveField(() => [ProgrammeItem])
  programmeItems(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext) {
    return loaders.activityProgrammeItems.load(a.id);
  }

  @ResolveField(() => [FollowUp])
  followUps(@Parent() a: ActivityRow, @Context() { loaders }: GraphqlContext) {
    return loaders.activityFollowUps.load(a.id);
  }

  @ResolveField(() => [ActivityActionEnum], { description: 'What the caller may do to it now (the mutations enforce the same rules).' })
  async allowedActions(@Parent() a: ActivityRow, @CurrentCaller() caller: Caller, @Context() { loaders }: GraphqlContext) {
    const verifying = a.status === ActivityStatus.SUBMITTED && a.leadAgencyId === caller.agencyId && caller.permissions.includes(Permission.ACTIVITY_VERIFY);
    const ownWork = verifying && ownWorkWithAnotherHead(caller.userId, a, await loaders.activeHeads.load(a.leadAgencyId));
    return actionsFor(caller, a, await loaders.myInvitation.load(a.id), new Date(), ownWork);
  }

  @ResolveField(() => [String], {
    description:
      'Who will verify it: the active heads of the lead agency, less one who created or submitted it while another head exists. Empty when nobody can (no active head), and for callers outside the lead agency.',
  })
  async verifiers(@Parent() a: ActivityRow, @CurrentCaller() caller: Caller, @Context() { loaders }: GraphqlContext): Promise<string[]> {
    if (caller.role !== Role.ADMIN && a.leadAgencyId !== caller.agencyId) return [];
    return verifiersOf(a, await loaders.activeHeads.load(a.leadAgencyId));
  }

  @ResolveField(() => [AuditEntry], { description: 'Its audit trail, oldest first: for the organising agencies and administrators; empty for others.' })
  async history(@Parent() a: ActivityRow, @CurrentCaller() caller: Caller, @Context() { loaders }: GraphqlContext) {
    const invitation = await loaders.myInvitation.load(a.id);
    // An agency that declined is no organiser any more: it may still see a published activity, not its trail.
    const organiser = caller.role === Role.ADMIN || a.leadAgencyId === caller.agencyId || (invitation !== null && invitation !== CoOrganiserStatus.DECLINED);
    return organiser ? (await loaders.activityHistory.load(a.id)).map(toAuditEntry) : [];
  }
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => FollowUp, { description: 'The lead agency agrees what happens next, who does it and by when.' })
  addFollowUp(@AuditFrom('addFollowUp') context: Ctx, @Args('activityId', { type: () => ID }) activityId: string, @Args('input') input: FollowUpInput) {
    return this.followUps.addFollowUp(context, activityId, input);
  }

  @Allow(Permission.FOLLOW_UP_UPDATE)
  @Mutation(() => FollowUp, { description: 'The lead agency edits a follow-up; the responsible agency moves its status.' })
  updateFollowUp(
    @AuditFrom('updateFollowUp') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: FollowUpInput,
  ) {
    return this.followUps.updateFollowUp(context, id, version, input);
  }
}

/** The reference lists an activity form picks from. */
@Resolver()
export class ReferenceListResolver {
  constructor(private readonly lists: ReferenceLists) {}

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => [Topic], { description: 'Topics, in their managed order.' })
  topics(): Promise<readonly Topic[]> {
    return this.lists.topics();
  }
}
