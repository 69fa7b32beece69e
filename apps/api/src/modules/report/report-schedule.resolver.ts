import { Permission } from '@jangkau/shared-domain';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import type { AuditContext } from '../audit/audit.service';
import { ReportSchedule, ReportScheduleInput } from './models/report-schedule.model';
import { ReportScheduleService } from './report-schedule.service';

/** Scheduled reports: only a saved report's owner sees and manages its schedule. */
@Resolver(() => ReportSchedule)
export class ReportScheduleResolver {
  constructor(private readonly schedules: ReportScheduleService) {}

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => ReportSchedule, { nullable: true, description: 'The schedule of one of the caller’s own saved reports (null: none, or not theirs).' })
  reportSchedule(@CurrentCaller() caller: Caller, @Args('savedReportId', { type: () => ID }) savedReportId: string): Promise<ReportSchedule | null> {
    return this.schedules.get(caller, savedReportId);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Mutation(() => ReportSchedule, {
    description: 'Send one of the caller’s saved reports monthly or quarterly by e-mail (version: the schedule’s as read, none for a new one).',
  })
  setReportSchedule(
    @AuditFrom('setReportSchedule') context: AuditContext & { caller: Caller },
    @Args('savedReportId', { type: () => ID }) savedReportId: string,
    @Args('input') input: ReportScheduleInput,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<ReportSchedule> {
    return this.schedules.set(context, savedReportId, input, version ?? null);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Mutation(() => Boolean, { description: 'Stop sending one of the caller’s saved reports (send the schedule’s version).' })
  removeReportSchedule(
    @AuditFrom('removeReportSchedule') context: AuditContext & { caller: Caller },
    @Args('savedReportId', { type: () => ID }) savedReportId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<boolean> {
    return this.schedules.remove(context, savedReportId, version);
  }
}
