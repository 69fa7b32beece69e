import { Permission } from '@jangkau/shared-domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import type { AuditContext } from '../audit/audit.service';
import type { CoverageQuery, ResolvedArea } from '../coverage/coverage.service';
import { TargetInput } from '../coverage/dto/coverage.input';
import { Dashboard, Target } from '../coverage/models/coverage.model';
import { TargetService, type TargetProgress } from './target.service';

function toTarget(t: TargetProgress): Target {
  return {
    id: t.id,
    agency: { id: t.agencyId, name: t.agencyName, shortName: t.agencyShortName },
    period: t.period,
    periodFrom: t.periodFrom,
    periodTo: t.periodTo,
    indicator: t.indicator,
    programmeItem: t.programmeItemId ? { id: t.programmeItemId, number: t.itemNumber!, title: t.itemTitle!, frameworkId: t.itemFrameworkId!, frameworkName: t.itemFrameworkName! } : null,
    value: t.value,
    achieved: t.achieved,
    progress: t.progress,
    elapsed: t.elapsed,
    expected: t.expected,
    status: t.status,
    version: t.version,
    updatedAt: t.updatedAt,
  };
}

@Resolver(() => Target)
export class TargetResolver {
  constructor(private readonly service: TargetService) {}

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => [Target], { description: "An agency's targets with achievement and pacing (optionally those of one year). Empty when the caller may not read them." })
  async targets(
    @CurrentCaller() caller: Caller,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ): Promise<Target[]> {
    const range = year ? { from: `${year}-01-01`, to: `${year}-12-31` } : null;
    return (await this.service.list(caller, agencyId, range)).map(toTarget);
  }

  @Allow(Permission.TARGET_MANAGE)
  @Mutation(() => Target, { description: 'Create a target (no version) or change one (send the version you read).' })
  async setTarget(
    @AuditFrom('setTarget') context: AuditContext & { caller: Caller },
    @Args('input') input: TargetInput,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<Target> {
    return toTarget(await this.service.set(context, input, version ?? null));
  }

  @Allow(Permission.TARGET_MANAGE)
  @Mutation(() => Boolean)
  removeTarget(
    @AuditFrom('removeTarget') context: AuditContext & { caller: Caller },
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<boolean> {
    return this.service.remove(context, id, version);
  }
}

/**
 * Dashboard.targets: the agency's targets beside its coverage, resolved here (targets are computed from coverage,
 * so the coverage module does not know them) from the area and question the dashboard was asked for.
 */
@Resolver(() => Dashboard)
export class DashboardTargetsResolver {
  constructor(private readonly service: TargetService) {}

  @ResolveField(() => [Target], { description: "The agency's targets whose period overlaps the range (agency dashboards only)." })
  async targets(@CurrentCaller() caller: Caller, @Parent() dashboard: Dashboard): Promise<Target[]> {
    const area = dashboard.comparedFrom?.area as ResolvedArea | undefined;
    const q = dashboard.comparedFrom?.query as CoverageQuery | undefined;
    if (!area || !q || !area.agencyId || area.restricted) return [];
    // Targets are edited apart from coverage and pace with the clock: read fresh (their achievements are cached).
    return (await this.service.list(caller, area.agencyId, { from: q.from, to: q.to }, { readable: !q.regionCode })).map(toTarget);
  }
}
