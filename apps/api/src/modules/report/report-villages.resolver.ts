import { AgencyType, Permission } from '@jangkau/shared-domain';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { CurrentCaller } from '../../common/access/request-context';
import { CoverageError, CoverageErrorCode } from '../coverage/coverage.errors';
import { ReportInput } from './dto/report.input';
import { NearestDesaBinaanBasis, UnreachedVillagePage } from './models/report-villages.model';
import { ReportVillagesService } from './report-villages';
import { AGENCY_TYPE, ReportService } from './report.service';

@Resolver()
export class ReportVillagesResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly villages: ReportVillagesService,
  ) {}

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => UnreachedVillagePage, {
    nullable: true,
    description:
      'The villages behind a report’s "not reached" counts (Desa/Kelurahan Belum Terjangkau), one page at a time: every village of the rows’ areas ' +
      '(within the caller’s scope) not reached in the last 6 months or never, as villagesNotReached decides, by code. null: as for `report`.',
  })
  async reportUnreachedVillages(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ReportInput,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'At most 200.' }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<UnreachedVillagePage | null> {
    if (first < 1 || first > 200 || offset < 0) throw new CoverageError(CoverageErrorCode.PAGE_INVALID, {}, 'first');
    const computed = await this.reports.compute(caller, input);
    if (!computed) return null;
    const list = await this.villages.unreached(caller, computed, AGENCY_TYPE[input.rows] ?? AgencyType.KANTOR_IMIGRASI, { first, offset });
    return {
      ...list,
      rows: list.rows.map((r) => ({ ...r, nearestDesaBinaan: r.nearestDesaBinaan && { ...r.nearestDesaBinaan, basis: r.nearestDesaBinaan.basis as NearestDesaBinaanBasis } })),
    };
  }
}
