import { ActivityType, Indicator, TargetStatus } from '@jangkau/shared-domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../../graphql/date.scalar';
import { AgencyRef } from '../../activity/models/activity.model';
import { ParticipantCategoryCount } from '../../coverage/models/coverage.model';
import { Region } from '../../region/models/region.model';
import { ReportCompare, ReportRows, StandardReportKey } from '../dto/report.input';
import { ReportScheduleFormat, ReportScheduleFrequency } from './report-schedule.model';

export enum ChangeDirection {
  UP = 'UP',
  DOWN = 'DOWN',
  SAME = 'SAME',
}
registerEnumType(ChangeDirection, { name: 'ChangeDirection' });

@ObjectType({ description: 'One indicator of one row.' })
export class ReportValue {
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => Float, { description: 'COVERAGE_RATIO is a fraction 0–1.' }) value!: number;
  @Field(() => Float, { nullable: true, description: 'The same figure in the comparison period (when a comparison was asked for).' }) previous!: number | null;
  @Field(() => Float, { nullable: true, description: 'value − previous.' }) change!: number | null;
  @Field(() => ChangeDirection, { nullable: true }) direction!: ChangeDirection | null;
  @Field(() => Float, { nullable: true, description: 'The agency’s target for this indicator and exactly this period (agency rows only).' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Achieved against the target: the agency’s own work over its whole working area.' }) achieved!: number | null;
  @Field(() => Float, { nullable: true, description: 'achieved / target.' }) progress!: number | null;
  @Field(() => Float, { nullable: true, description: 'Where even work would be by today.' }) expected!: number | null;
  @Field(() => TargetStatus, { nullable: true }) status!: TargetStatus | null;
}

@ObjectType()
export class ReportRow {
  @Field({ description: 'A region code or an agency id; "TOTAL" for the total row.' }) key!: string;
  @Field() label!: string;
  @Field(() => Region, { nullable: true }) region!: Region | null;
  @Field(() => AgencyRef, { nullable: true }) agency!: AgencyRef | null;
  @Field({ description: 'True when the caller may see only part of this row’s area; its figures cover that part.' }) restricted!: boolean;
  @Field(() => [ReportValue]) values!: ReportValue[];
  @Field(() => Int, { nullable: true, description: 'BELUM_TERJANGKAU: villages of the row’s area no verified activity has reached up to `to`.' })
  villagesNeverReached?: number | null;
  @Field(() => Int, { nullable: true, description: 'BELUM_TERJANGKAU: villages not reached in the 6 months up to `to` (never reached included).' })
  villagesNotRecentlyReached?: number | null;
  @Field(() => Int, { nullable: true, description: 'DESA_BINAAN: designations up to `to` (agency rows: the agency’s own) in the row’s area.' })
  desaBinaan?: number | null;
  @Field(() => Int, { nullable: true, description: 'DESA_BINAAN: verified activities in the period reaching those villages (whoever held them).' })
  desaBinaanActivities?: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'withConfirmation: villages reached in the row (as VILLAGES_REACHED counts them) whose own government (desa/kelurahan or kecamatan) confirmed ' +
      'on one of the row’s activities there; villagesDisputed: else disputed; villagesUnanswered: else not answered. The three add up to the ' +
      'row’s villages reached. null: not asked for.',
  })
  villagesConfirmed?: number | null;
  @Field(() => Int, { nullable: true, description: 'withConfirmation: villages reached whose government disputed it (none confirmed). null: not asked for.' })
  villagesDisputed?: number | null;
  @Field(() => Int, { nullable: true, description: 'withConfirmation: villages reached whose government has not answered. null: not asked for.' })
  villagesUnanswered?: number | null;
  @Field(() => [ParticipantCategoryCount], {
    description: 'With the PARTICIPANTS indicator: the row’s participants by category and sex (the total row: the report’s participantsByCategory); otherwise empty.',
  })
  participantsByCategory!: ParticipantCategoryCount[];
}

@ObjectType({
  description:
    'A report over what the caller may see. Agency rows count each agency’s own contribution (activities it led or co-organised) over its ' +
    'working area (within the caller’s scope). The total is computed over the union of the rows’ areas, not by summing: a village reached ' +
    'in two rows counts once.',
})
export class Report {
  @Field() title!: string;
  @Field(() => GraphQLDate) from!: string;
  @Field(() => GraphQLDate) to!: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'The comparison period, when one was asked for.' }) previousFrom!: string | null;
  @Field(() => GraphQLDate, { nullable: true }) previousTo!: string | null;
  @Field(() => ReportRows) rowKind!: ReportRows;
  @Field(() => [Indicator], { description: 'The columns, in order.' }) columns!: Indicator[];
  @Field(() => [ReportRow]) rows!: ReportRow[];
  @Field({ description: 'Whether rows with no activity were left out (ReportInput.hideEmptyRows, or its default).' }) hideEmptyRows!: boolean;
  @Field(() => Int, { description: 'How many rows with no activity were left out (0: none). The total still covers them.' }) emptyRowsHidden!: number;
  @Field(() => ReportRow) total!: ReportRow;
  @Field(() => String, { nullable: true, description: 'Set when a column’s row sum differs from the total, saying why.' }) totalNote!: string | null;
  @Field({ description: 'True when the caller may see only part of what was asked for.' }) restricted!: boolean;
  @Field(() => [ParticipantCategoryCount], { description: 'Participants of the total’s activities by category and sex.' })
  participantsByCategory!: ParticipantCategoryCount[];
  @Field(() => StandardReportKey, { nullable: true }) standard!: StandardReportKey | null;
  @Field({ description: 'Agency rows with target, achieved, progress and pacing columns (CAPAIAN_AKSELERASI, or withTargets); empty where no target is set.' })
  withTargets!: boolean;
  @Field({ description: 'Rows with villages reached split into confirmed / disputed / unanswered by their own government (withConfirmation).' })
  withConfirmation!: boolean;
  @Field(() => ID, { nullable: true, description: 'The programme item the figures follow (CAPAIAN_AKSELERASI: item 8 of the framework that applies).' })
  programmeItemId!: string | null;
  @Field(() => ActivityType, { nullable: true, description: 'The activity type the figures follow.' }) type!: ActivityType | null;
}

@ObjectType({ description: 'A saved report input (the same fields as ReportInput).' })
export class ReportDefinition {
  @Field(() => ReportRows) rows!: ReportRows;
  @Field(() => ID, { nullable: true }) withinRegion!: string | null;
  @Field(() => GraphQLDate, { nullable: true }) from!: string | null;
  @Field(() => GraphQLDate, { nullable: true }) to!: string | null;
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => [Indicator]) indicators!: Indicator[];
  @Field(() => ID, { nullable: true }) programmeItemId!: string | null;
  @Field(() => ActivityType, { nullable: true }) type!: ActivityType | null;
  @Field(() => ReportCompare, { nullable: true }) compare!: ReportCompare | null;
  @Field(() => StandardReportKey, { nullable: true }) standard!: StandardReportKey | null;
  @Field(() => Boolean, { nullable: true }) withTargets!: boolean | null;
  @Field(() => Boolean, { nullable: true }) withConfirmation!: boolean | null;
  @Field(() => Boolean, { nullable: true }) hideEmptyRows!: boolean | null;
}

@ObjectType({ description: 'A standard report: run `report(input: <its input>)`.' })
export class StandardReport {
  @Field(() => StandardReportKey) key!: StandardReportKey;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ReportDefinition, { description: 'As of now: this quarter or year in WIB.' }) input!: ReportDefinition;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the report cannot be drawn up now, in the caller’s language (CAPAIAN_AKSELERASI when no programme framework is in force this ' +
      'quarter); running its input then is refused with the same words. null: it can.',
  })
  unavailable!: string | null;
}

@ObjectType({ description: 'A saved report’s e-mail schedule in brief, as its owner’s list shows it.' })
export class SavedReportScheduleSummary {
  @Field(() => ReportScheduleFrequency) frequency!: ReportScheduleFrequency;
  @Field(() => ReportScheduleFormat) format!: ReportScheduleFormat;
  @Field(() => Int, { description: 'How many people it goes to.' }) recipients!: number;
  @Field({ description: 'False: kept, but not sent until switched on again.' }) active!: boolean;
}

@ObjectType({ description: 'A saved report definition. Whoever opens it sees the report with their own rights, never the owner’s.' })
export class SavedReport {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The owner’s full name.' }) ownerName!: string;
  @Field({ description: 'True when the caller owns it (and may change or delete it).' }) mine!: boolean;
  @Field(() => ReportDefinition) input!: ReportDefinition;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => SavedReportScheduleSummary, { nullable: true, description: 'Its e-mail schedule, for its owner only (null: none, or not yours).' })
  schedule!: SavedReportScheduleSummary | null;
}
