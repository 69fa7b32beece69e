import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../graphql/context';
import { Agency } from '../agency/models/agency.model';
import { Region } from '../region/models/region.model';
import type { DesaBinaanRow } from './desa-binaan.service';
import { DesaBinaan } from './models/desa-binaan.model';

/**
 * The Desa Binaan of a region and of an agency, as fields of those types. They live here, not in the region and
 * agency modules: Desa Binaan depends on regions and agencies, never the other way round.
 */
@Resolver(() => Region)
export class RegionDesaBinaanResolver {
  @ResolveField(() => [DesaBinaan], {
    description: 'Desa Binaan Imigrasi of the village, or of the villages under the region, that the caller may see (none when signed out).',
  })
  desaBinaan(@Parent() region: Region, @Context() { loaders }: GraphqlContext): Promise<DesaBinaanRow[]> {
    return loaders.desaBinaanInRegion.load(region.code);
  }
}

@Resolver(() => Agency)
export class AgencyDesaBinaanResolver {
  @ResolveField(() => [DesaBinaan], { description: 'The villages this office adopted (Desa Binaan Imigrasi) that the caller may see, newest SK first.' })
  desaBinaan(@Parent() agency: Agency, @Context() { loaders }: GraphqlContext): Promise<DesaBinaanRow[]> {
    return loaders.desaBinaanOfAgency.load(agency.id);
  }
}
