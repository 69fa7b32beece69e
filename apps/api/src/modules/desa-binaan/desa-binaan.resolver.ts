import { Permission } from '@jangkau/shared-domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import type { GraphqlContext } from '../../graphql/context';
import { AgencyRef } from '../activity/models/activity.model';
import type { AuditContext } from '../audit/audit.service';
import { Region } from '../region/models/region.model';
import { toRegion } from '../region/region.mapper';
import { type DesaBinaanRow, DesaBinaanService } from './desa-binaan.service';
import { DesaBinaanFilter, DesaBinaanInput, DesignateDesaBinaanInput } from './dto/desa-binaan.input';
import { DesaBinaan } from './models/desa-binaan.model';

type Ctx = AuditContext & { caller: Caller };

@Resolver(() => DesaBinaan)
export class DesaBinaanResolver {
  constructor(private readonly service: DesaBinaanService) {}

  @Allow(Permission.AGENCY_READ)
  @Query(() => [DesaBinaan], {
    description: 'Desa Binaan Imigrasi the caller may see (the village lies in their scope, or their own office designated it), newest SK first.',
  })
  desaBinaan(@CurrentCaller() caller: Caller, @Args('filter', { type: () => DesaBinaanFilter, nullable: true }) filter: DesaBinaanFilter | null): Promise<DesaBinaanRow[]> {
    return this.service.list(caller, filter ?? {});
  }

  @Allow(Permission.DESA_BINAAN_MANAGE)
  @Mutation(() => DesaBinaan, { description: "An immigration office designates a village of its working area (heads: their own office's)." })
  designateDesaBinaan(@AuditFrom('designateDesaBinaan') context: Ctx, @Args('input') input: DesignateDesaBinaanInput): Promise<DesaBinaanRow> {
    return this.service.designate(context, input);
  }

  @Allow(Permission.DESA_BINAAN_MANAGE)
  @Mutation(() => DesaBinaan, { description: 'Send the version you read; a newer one in the database is a conflict, not an overwrite.' })
  updateDesaBinaan(
    @AuditFrom('updateDesaBinaan') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: DesaBinaanInput,
  ): Promise<DesaBinaanRow> {
    return this.service.update(context, id, version, input);
  }

  @ResolveField(() => AgencyRef)
  async agency(@Parent() row: DesaBinaanRow, @Context() { loaders }: GraphqlContext): Promise<AgencyRef> {
    return (await loaders.agencyRef.load(row.agencyId))!;
  }

  @ResolveField(() => Region)
  async village(@Parent() row: DesaBinaanRow, @Context() { loaders }: GraphqlContext): Promise<Region> {
    return toRegion((await loaders.regionByCode.load(row.villageCode))!);
  }
}
