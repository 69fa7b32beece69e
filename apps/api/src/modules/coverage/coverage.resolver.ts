import { Permission, RegionLevel, isWithin, localDate, sameTimeLastYear } from '@jangkau/shared-domain';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { CurrentCaller } from '../../common/access/request-context';
import { mapEvents } from '../../common/live-channel';
import type { GraphqlContext } from '../../graphql/context';
import { GraphQLDate } from '../../graphql/date.scalar';
import { ProgrammeItem } from '../activity/models/activity.model';
import { CoverageChangeEvent, CoverageEvents } from '../activity/rollups/coverage-events';
import { Region } from '../region/models/region.model';
import { toRegion } from '../region/region.mapper';
import { CoverageCache } from './coverage-cache';
import { CoverageError, CoverageErrorCode } from './coverage.errors';
import { CoverageFigures, CoverageQuery, CoverageService, ResolvedArea } from './coverage.service';
import { CoverageFilter, VillageSort, VillagesNotReachedFilter } from './dto/coverage.input';
import { Coverage, CoverageChange, CoverageChild, Dashboard, DashboardComparison, VillagesNotReachedPage } from './models/coverage.model';

const ratio = (reached: number, total: number) => (total > 0 ? reached / total : 0);
const VILLAGE_COUNTS = { provinsi: 0, kabupaten: 0, kota: 0, kecamatan: 0, desa: 0, kelurahan: 0, desaAdat: 0, villages: 0 };

@Resolver(() => Coverage)
export class CoverageResolver {
  constructor(
    private readonly service: CoverageService,
    private readonly events: CoverageEvents,
    private readonly cache: CoverageCache,
  ) {}

  /** The caller's view of an area; regions and working areas change rarely, so it is kept a minute. */
  private area(caller: Caller, q: Pick<CoverageQuery, 'regionCode' | 'agencyId'>): Promise<ResolvedArea | null> {
    const key = JSON.stringify(['area', caller.scope, caller.agencyId, caller.agencyParentId, q.regionCode ?? null, q.agencyId ?? null]);
    return this.cache.remember(key, 60_000, () => this.service.resolveArea(caller, q));
  }

  /** Figures for an area and question, shared until the coverage generation moves (coverage-cache.ts). */
  private async figures<T>(kind: string, area: ResolvedArea, q: unknown, compute: () => Promise<T>): Promise<T> {
    const generation = await this.cache.generation();
    return this.cache.get(JSON.stringify([kind, area.codes, area.regionCode, area.agencyId, q]), generation, compute);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => Coverage, {
    nullable: true,
    description:
      'Villages reached by verified activities from `from` to `to` (dates inclusive, each activity on its start date in the venue zone) over a region, ' +
      'an agency working area, or (neither) the caller’s own agency; only what the caller may see. null: no such area, or none of it visible.',
  })
  async coverage(
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
    @Args('from', { type: () => GraphQLDate }) from: string,
    @Args('to', { type: () => GraphQLDate }) to: string,
    @Args('regionCode', { type: () => ID, nullable: true }) regionCode: string | null,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId: string | null,
    @Args('programmeItemId', { type: () => ID, nullable: true }) programmeItemId: string | null,
  ): Promise<Coverage | null> {
    const q: CoverageQuery = { from, to, regionCode, agencyId, programmeItemId };
    this.service.validate(q);
    const area = await this.area(caller, q);
    if (!area) return null;
    return this.toCoverage(await this.figures('coverage', area, q, () => this.service.coverage(area, q)), ctx);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => Dashboard, { nullable: true, description: 'Every dashboard figure for one area, range and filter. null as for `coverage`.' })
  async dashboard(@CurrentCaller() caller: Caller, @Context() ctx: GraphqlContext, @Args('filter') filter: CoverageFilter): Promise<Dashboard | null> {
    const q: CoverageQuery = { ...filter };
    this.service.validate(q);
    const area = await this.area(caller, q);
    if (!area) return null;
    const [coverage, facts, monthly, byType, byItem, participants] = await this.figures('dashboard', area, q, () =>
      Promise.all([
        this.service.coverage(area, q),
        this.service.activityFigures(area, q),
        this.service.monthly(area, q),
        this.service.byType(area, q),
        this.service.byProgrammeItem(area, q),
        this.service.participantsByCategory(area, q),
      ]),
    );
    return {
      coverage: await this.toCoverage(coverage, ctx),
      activities: facts.activities,
      participants: facts.participants,
      officialsReached: facts.officials,
      participantsNotByVillage: facts.participantsNotByVillage,
      officialsNotByVillage: facts.officialsNotByVillage,
      desaBinaanFormed: facts.desaBinaanFormed,
      monthly,
      byType,
      byProgrammeItem: byItem.map(({ activities, ...item }) => ({ activities, item: item as ProgrammeItem })),
      participantsByCategory: participants,
      comparedFrom: { area, query: q },
    };
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => [CoverageChild], {
    nullable: true,
    description:
      'Every village of the area (a province at most) the caller may see, reached (1) or not (0) in the range, with the last day: ' +
      'for a map of all villages at once. null as for `coverage`.',
  })
  async coverageVillages(
    @CurrentCaller() caller: Caller,
    @Args('from', { type: () => GraphQLDate }) from: string,
    @Args('to', { type: () => GraphQLDate }) to: string,
    @Args('regionCode', { type: () => ID, nullable: true }) regionCode: string | null,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId: string | null,
    @Args('programmeItemId', { type: () => ID, nullable: true }) programmeItemId: string | null,
  ): Promise<CoverageChild[] | null> {
    const q: CoverageQuery = { from, to, regionCode, agencyId, programmeItemId };
    this.service.validate(q);
    const area = await this.area(caller, q);
    if (!area) return null;
    const villages = await this.figures('villages', area, q, () => this.service.villages(area, q));
    // A village's own row is all a Region needs (its counts are zero); no second lookup of a thousand codes.
    return villages.map((v) => ({
      region: { code: v.code, name: v.name, level: v.level as RegionLevel, parentCode: v.parentCode, villageCount: 0, counts: VILLAGE_COUNTS },
      villagesTotal: 1,
      villagesReached: v.villagesReached,
      ratio: v.villagesReached,
      lastReachedOn: v.lastReachedOn,
    }));
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => VillagesNotReachedPage, {
    nullable: true,
    description: 'Villages of the area never reached (or, with staleMonths, not reached in the last N months), one page at a time.',
  })
  async villagesNotReached(
    @CurrentCaller() caller: Caller,
    @Context() { loaders }: GraphqlContext,
    @Args('filter', { type: () => VillagesNotReachedFilter, nullable: true }) filter: VillagesNotReachedFilter | null,
    @Args('sort', { type: () => VillageSort, defaultValue: VillageSort.NAME }) sort: VillageSort,
    @Args('descending', { defaultValue: false, description: 'Z–A, highest code, or most recently reached first.' }) descending: boolean,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'At most 200.' }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<VillagesNotReachedPage | null> {
    if (first < 1 || first > 200 || offset < 0) throw new CoverageError(CoverageErrorCode.PAGE_INVALID, {}, 'first');
    const stale = filter?.staleMonths ?? null;
    if (stale !== null && (stale < 1 || stale > 120)) throw new CoverageError(CoverageErrorCode.PAGE_INVALID, {}, 'staleMonths');
    const area = await this.area(caller, { regionCode: filter?.regionCode, agencyId: filter?.agencyId });
    if (!area) return null;
    const options = { staleMonths: stale, asOf: localDate(new Date()), sort, descending, first, offset };
    const page = await this.figures('notReached', area, options, () => this.service.villagesNotReached(area, options));
    const regions = await this.regions(page.rows.map((r) => r.code), loaders);
    return {
      total: page.total,
      rows: page.rows.map((row) => ({ region: regions.get(row.code) as Region, lastReachedOn: row.lastReachedOn, activities: row.activities })),
    };
  }

  @Allow(Permission.ACTIVITY_READ)
  @Subscription(() => CoverageChange, {
    description:
      'Fires when an activity touching the area (a region, an agency working area, or the caller’s own agency) is verified or reopened, after it is committed.',
    resolve: (payload: { coverageChanged: CoverageChangeEvent }) => ({ ...payload.coverageChanged, at: new Date(payload.coverageChanged.at) }),
  })
  async coverageChanged(
    @CurrentCaller() caller: Caller,
    @Args('regionCode', { type: () => ID, nullable: true }) regionCode: string | null,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId: string | null,
  ): Promise<AsyncIterableIterator<{ coverageChanged: CoverageChangeEvent }>> {
    const area = await this.area(caller, { regionCode, agencyId });
    const codes = area?.codes ?? [];
    const touches = (event: CoverageChangeEvent) =>
      codes === 'NATIONAL' || codes.some((code) => event.reachCodes.includes(code) || event.reachCodes.some((r) => isWithin(r, code)));
    const source = this.events.listen((event) => area !== null && touches(event));
    return mapEvents(source, (event) => ({ coverageChanged: event }));
  }

  /**
   * Regions by code as the API shows them, kept a minute like the areas they belong to (official reference data,
   * the same for every caller): a dashboard's forty provinces cost no database read per request.
   */
  private regions(codes: string[], loaders: GraphqlContext['loaders']): Promise<Map<string, Region>> {
    return this.cache.remember(JSON.stringify(['regions', codes]), 60_000, async () => {
      const found = await loaders.regionByCode.loadMany(codes);
      return new Map(found.filter((r): r is Exclude<typeof r, Error | null> => Boolean(r) && !(r instanceof Error)).map((r) => [r.code, toRegion(r)]));
    });
  }

  /** The agency an area belongs to, by name: kept as long as the caller's view of the area (`area`). */
  private agencyOf(caller: Caller | null | undefined, agencyId: string, loaders: GraphqlContext['loaders']): Promise<Coverage['agency']> {
    const key = JSON.stringify(['agency', caller?.scope, caller?.agencyId, caller?.agencyParentId, agencyId]);
    return this.cache.remember(key, 60_000, async () => {
      const agency = await loaders.agencyById.load(agencyId);
      return agency ? { id: agency.id, name: agency.name, shortName: agency.shortName } : null;
    });
  }

  private async toCoverage(figures: CoverageFigures, { loaders, req }: GraphqlContext): Promise<Coverage> {
    const area: ResolvedArea = figures.area;
    const codes = [...figures.children.map((c) => c.code), ...(area.regionCode ? [area.regionCode] : [])];
    const [byCode, agency] = await Promise.all([this.regions(codes, loaders), area.agencyId ? this.agencyOf(req.jangkau?.caller, area.agencyId, loaders) : null]);
    return {
      from: figures.from,
      to: figures.to,
      region: area.regionCode ? (byCode.get(area.regionCode) ?? null) : null,
      agency,
      restricted: area.restricted,
      villagesTotal: figures.villagesTotal,
      villagesReached: figures.villagesReached,
      ratio: ratio(figures.villagesReached, figures.villagesTotal),
      children: figures.children.map((c) => ({
        region: byCode.get(c.code) as Region,
        villagesTotal: c.villagesTotal,
        villagesReached: c.villagesReached,
        ratio: ratio(c.villagesReached, c.villagesTotal),
        lastReachedOn: c.lastReachedOn,
      })),
    };
  }
}

/**
 * Dashboard.sameTimeLastYear: computed only when a client asks for it, from the same area and filters a year back.
 * Two queries (villages reached per child, and the activity figures), a standard period's on the counters; cached
 * like every figure until coverage moves.
 */
@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(
    private readonly service: CoverageService,
    private readonly cache: CoverageCache,
  ) {}

  @ResolveField(() => DashboardComparison, { nullable: true, description: 'The same dates a year earlier (see DashboardComparison); null before the range starts.' })
  async sameTimeLastYear(@Parent() dashboard: Dashboard): Promise<DashboardComparison | null> {
    if (!dashboard.comparedFrom) return null;
    const area = dashboard.comparedFrom.area as ResolvedArea;
    const asked = dashboard.comparedFrom.query as CoverageQuery;
    const range = sameTimeLastYear(asked.from, asked.to, localDate(new Date()));
    if (!range) return null;
    const q: CoverageQuery = { ...asked, ...range };
    const generation = await this.cache.generation();
    const [coverage, facts] = await this.cache.get(JSON.stringify(['dashboard-last-year', area.codes, area.regionCode, area.agencyId, q]), generation, () =>
      Promise.all([this.service.coverage(area, q), this.service.activityFigures(area, q)]),
    );
    return {
      from: range.from,
      to: range.to,
      activities: facts.activities,
      participants: facts.participants,
      officialsReached: facts.officials,
      desaBinaanFormed: facts.desaBinaanFormed,
      villagesReached: coverage.villagesReached,
      villagesTotal: coverage.villagesTotal,
      ratio: ratio(coverage.villagesReached, coverage.villagesTotal),
    };
  }
}
