import { ancestorCodes, shortRegionName } from '@jangkau/shared-domain';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@jangkau/shared-domain';
import { Allow, Public } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { CurrentCaller } from '../../common/access/request-context';
import type { GraphqlContext } from '../../graphql/context';
import { SearchRegionsArgs } from './dto/search-regions.args';
import { RegionEntity } from './region.entity';
import { toRegion } from './region.mapper';
import { RegionService } from './region.service';
import { OfflineRegionSet, Region, RegionCounts, RegionDataVersion } from './models/region.model';

/** The most regions a phone keeps offline: a large province (Jawa Tengah, ~9,400 with its kecamatan) fits. */
export const OFFLINE_REGIONS_MAX = 12_000;

const PUBLIC_REFERENCE = 'regions are public reference data';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly regions: RegionService) {}

  @Public(PUBLIC_REFERENCE)
  @Query(() => Region, { nullable: true, description: 'One region by its Kemendagri code; null when no such region exists.' })
  async region(@Args('code', { type: () => ID }) code: string): Promise<Region | null> {
    const entity = await this.regions.findByCode(code);
    return entity && toRegion(entity);
  }

  @Public(PUBLIC_REFERENCE)
  @Query(() => [Region], { description: 'Regions whose name contains the query, best matches first.' })
  async searchRegions(@Args() args: SearchRegionsArgs): Promise<Region[]> {
    return (await this.regions.search(args)).map(toRegion);
  }

  @Public(PUBLIC_REFERENCE)
  @Query(() => [Region], { description: 'The 38 provinces.' })
  async provinces(): Promise<Region[]> {
    return (await this.regions.provinces()).map(toRegion);
  }

  @Public(PUBLIC_REFERENCE)
  @Query(() => RegionCounts, { description: 'How many regions of each level Indonesia has.' })
  nationalRegionCounts(): Promise<RegionCounts> {
    return this.regions.nationalCounts();
  }

  @Public(PUBLIC_REFERENCE)
  @Query(() => RegionDataVersion, { nullable: true, description: 'Which official list is loaded.' })
  async regionDataVersion(): Promise<RegionDataVersion | null> {
    const latest = await this.regions.latestDataVersion();
    return latest && { source: latest.source, version: latest.version, loadedAt: latest.loadedAt, total: latest.total };
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Query(() => OfflineRegionSet, {
    description: `The caller's working area down to desa/kelurahan (with its ancestors), for picking villages offline; at most ${OFFLINE_REGIONS_MAX} regions. Not complete for a national scope.`,
  })
  async offlineRegions(@CurrentCaller() caller: Caller): Promise<OfflineRegionSet> {
    if (caller.scope.kind === 'NATIONAL') return { complete: false, total: await this.regions.totalCount(), regions: [] };
    const { total, regions } = await this.regions.areaRegions(caller.scope.regionCodes, OFFLINE_REGIONS_MAX);
    return { complete: total <= OFFLINE_REGIONS_MAX, total, regions: regions.map(toRegion) };
  }

  @ResolveField(() => Region, { nullable: true })
  async parent(@Parent() region: Region, @Context() { loaders }: GraphqlContext): Promise<Region | null> {
    if (!region.parentCode) return null;
    const parent = await loaders.regionByCode.load(region.parentCode);
    return parent && toRegion(parent);
  }

  @ResolveField(() => [Region], { description: 'Direct children, by code.' })
  async children(@Parent() region: Region, @Context() { loaders }: GraphqlContext): Promise<Region[]> {
    return (await loaders.childrenOf.load(region.code)).map(toRegion);
  }

  @ResolveField(() => [Region], { description: 'From the province down to the direct parent.' })
  async ancestors(@Parent() region: Region, @Context() { loaders }: GraphqlContext): Promise<Region[]> {
    const found = await loaders.regionByCode.loadMany(ancestorCodes(region.code));
    return found.filter((r): r is RegionEntity => !!r && !(r instanceof Error)).map(toRegion);
  }

  @ResolveField(() => String, { description: 'The region and its ancestors, e.g. "Pulau Rengas · Bangko Barat · Kab. Merangin · Jambi".' })
  async path(@Parent() region: Region): Promise<string> {
    const names = await this.regions.ancestorNames();
    const ancestors = ancestorCodes(region.code)
      .reverse()
      .map((code) => names.get(code))
      .filter((r) => r !== undefined);
    return [region, ...ancestors].map((r) => shortRegionName(r.name, r.level)).join(' · ');
  }
}
