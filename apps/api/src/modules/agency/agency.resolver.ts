import { Permission } from '@jangkau/shared-domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import type { GraphqlContext } from '../../graphql/context';
import type { AuditContext } from '../audit/audit.service';
import { toRegion } from '../region/region.mapper';
import { Region } from '../region/models/region.model';
import { AgencyService } from './agency.service';
import { AgencyFilter, AgencyInput } from './dto/agency.input';
import { Agency } from './models/agency.model';

@Resolver(() => Agency)
export class AgencyResolver {
  constructor(private readonly service: AgencyService) {}

  @Allow(Permission.AGENCY_READ)
  @Query(() => [Agency], { description: 'Agencies the caller may see, by name.' })
  agencies(@CurrentCaller() caller: Caller, @Args('filter', { type: () => AgencyFilter, nullable: true }) filter: AgencyFilter | null): Promise<Agency[]> {
    return this.service.list(caller, filter ?? {});
  }

  @Allow(Permission.AGENCY_READ)
  @Query(() => Agency, { nullable: true, description: 'null when there is no such agency or the caller may not see it.' })
  async agency(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<Agency | null> {
    return (await this.service.findVisible(caller, [id]))[0] ?? null;
  }

  @Allow(Permission.AGENCY_MANAGE)
  @Mutation(() => Agency)
  createAgency(@AuditFrom('createAgency') context: AuditContext & { caller: Caller }, @Args('input') input: AgencyInput): Promise<Agency> {
    return this.service.create(context, input);
  }

  @Allow(Permission.AGENCY_MANAGE)
  @Mutation(() => Agency, { description: 'Send the version you read; a newer one in the database is a conflict, not an overwrite.' })
  updateAgency(
    @AuditFrom('updateAgency') context: AuditContext & { caller: Caller },
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: AgencyInput,
  ): Promise<Agency> {
    return this.service.update(context, id, version, input);
  }

  @ResolveField(() => Agency, { nullable: true, description: 'null when the caller may not see it.' })
  async parent(@Parent() agency: Agency, @Context() { loaders }: GraphqlContext): Promise<Agency | null> {
    return agency.parentId ? loaders.agencyById.load(agency.parentId) : null;
  }

  @ResolveField(() => Region, { nullable: true })
  async homeRegion(@Parent() agency: Agency, @Context() { loaders }: GraphqlContext): Promise<Region | null> {
    const region = agency.homeRegionCode ? await loaders.regionByCode.load(agency.homeRegionCode) : null;
    return region && toRegion(region);
  }

  @ResolveField(() => [Region], { description: 'The regions the agency is responsible for (widest codes only).' })
  async workingArea(@Parent() agency: Agency, @Context() { loaders }: GraphqlContext): Promise<Region[]> {
    const codes = await loaders.workingAreaOf.load(agency.id);
    const regions = await loaders.regionByCode.loadMany(codes);
    return regions.filter((r) => r && !(r instanceof Error)).map((r) => toRegion(r as Exclude<typeof r, Error | null>));
  }

  @ResolveField(() => Int, { description: 'Active heads (kepala): who verify its activities. 0: its submissions would wait for nobody.' })
  async activeHeadCount(@Parent() agency: Agency, @Context() { loaders }: GraphqlContext): Promise<number> {
    return (await loaders.activeHeads.load(agency.id)).length;
  }
}
