import { Permission } from '@jangkau/shared-domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import type { GraphqlContext } from '../../graphql/context';
import type { ActivityRow } from '../activity/activity.rows';
import { Activity } from '../activity/models/activity.model';
import type { AuditContext } from '../audit/audit.service';
import { CoverageFilter } from '../coverage/dto/coverage.input';
import { Region } from '../region/models/region.model';
import { toRegion } from '../region/region.mapper';
import { type ConfirmationRecord, ConfirmationService, type ConfirmationView } from './confirmation.service';
import { ConfirmationQueue, ConfirmationShare, VillageConfirmation } from './models/confirmation.model';

type Ctx = AuditContext & { caller: Caller };

/**
 * Per-request loaders of this module, kept beside the request's GraphQL context (a WeakMap: they go with it) so
 * the shared loader list need not know every module.
 */
const recordLoaders = new WeakMap<object, DataLoader<string, ConfirmationRecord[]>>();

@Resolver(() => VillageConfirmation)
export class ConfirmationResolver {
  constructor(private readonly service: ConfirmationService) {}

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => ConfirmationQueue, {
    description: "What waits for the caller's agency: its villages to confirm on verified activities (village governments), open disputes on its activities (lead agencies).",
  })
  confirmationQueue(@CurrentCaller() caller: Caller, @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Entries of each list, at most 50.' }) first: number) {
    return this.service.queue(caller, first);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => ConfirmationShare, {
    nullable: true,
    description: 'Of the villages reached in the range over the area (as `dashboard` counts them), how many their own government confirmed. null as for `coverage`.',
  })
  confirmationShare(@CurrentCaller() caller: Caller, @Args('filter') filter: CoverageFilter) {
    return this.service.share(caller, { ...filter });
  }

  @Allow(Permission.ATTENDANCE_CONFIRM)
  @Mutation(() => VillageConfirmation, {
    description:
      "The village's own government (its desa/kelurahan or kecamatan) confirms that a verified activity reached it, or disputes it with a note. " +
      '`version` is the confirmation’s (0 before the first answer). The counted figures do not change; a dispute goes to the lead agency.',
  })
  answerVillageReach(
    @AuditFrom('answerVillageReach') context: Ctx,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('villageCode', { type: () => ID }) villageCode: string,
    @Args('confirmed') confirmed: boolean,
    @Args('note', { type: () => String, nullable: true, description: 'Required with a dispute.' }) note: string | null,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.service.answer(context, activityId, villageCode, confirmed, note, version);
  }

  @Allow(Permission.ACTIVITY_VERIFY)
  @Mutation(() => VillageConfirmation, {
    description: 'The head of the lead agency keeps a disputed record as it is, with the reason. (To correct it instead: reopen, edit and verify it again.)',
  })
  respondToDispute(
    @AuditFrom('respondToDispute') context: Ctx,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('villageCode', { type: () => ID }) villageCode: string,
    @Args('reason') reason: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.service.respond(context, activityId, villageCode, reason, version);
  }

  @ResolveField(() => Region)
  async village(@Parent() c: ConfirmationView, @Context() { loaders }: GraphqlContext): Promise<Region> {
    return toRegion((await loaders.regionByCode.load(c.villageCode))!);
  }
}

/** Activity.villageConfirmations. */
@Resolver(() => Activity)
export class ActivityConfirmationResolver {
  constructor(private readonly service: ConfirmationService) {}

  @ResolveField(() => [VillageConfirmation], {
    description: "Each village listed and its own government's answer: on a verified activity all of them; on one reopened after answers, those that answered; else none.",
  })
  async villageConfirmations(@Parent() a: ActivityRow, @CurrentCaller() caller: Caller, @Context() ctx: GraphqlContext): Promise<ConfirmationView[]> {
    let loader = recordLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.service.recordsOf(ids);
        return ids.map((id) => rows.filter((r) => r.activityId === id));
      });
      recordLoaders.set(ctx, loader);
    }
    const records = this.service.visibleOn(await loader.load(a.id));
    if (!records.length) return [];
    const invitation = await ctx.loaders.myInvitation.load(a.id);
    return records.map((r) => this.service.view(caller, r, invitation));
  }
}
