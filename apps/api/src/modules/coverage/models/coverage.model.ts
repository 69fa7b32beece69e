import { ActivityType, Indicator, ParticipantCategory, TargetStatus } from '@jangkau/shared-domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../../graphql/date.scalar';
import { AgencyRef, ProgrammeItem } from '../../activity/models/activity.model';
import { Region } from '../../region/models/region.model';

// Indicator is registered with the programme models (imported through activity.model below).
registerEnumType(TargetStatus, { name: 'TargetStatus' });

@ObjectType({ description: 'Coverage of one part of the area.' })
export class CoverageChild {
  @Field(() => Region) region!: Region;
  @Field(() => Int) villagesTotal!: number;
  @Field(() => Int) villagesReached!: number;
  @Field(() => Float, { description: 'villagesReached / villagesTotal, 0–1.' }) ratio!: number;
  @Field(() => GraphQLDate, { nullable: true, description: 'The last day in the range a verified activity reached it.' })
  lastReachedOn!: string | null;
}

@ObjectType({ description: 'Distinct villages reached by verified activities in a date range, over an area the caller may see.' })
export class Coverage {
  @Field(() => GraphQLDate) from!: string;
  @Field(() => GraphQLDate) to!: string;
  @Field(() => Region, { nullable: true, description: 'The region asked about, if any.' }) region!: Region | null;
  @Field(() => AgencyRef, { nullable: true, description: 'The agency whose working area this is, if any.' }) agency!: AgencyRef | null;
  @Field({ description: 'True when the caller may see only part of what was asked; every figure covers that part.' }) restricted!: boolean;
  @Field(() => Int) villagesTotal!: number;
  @Field(() => Int, { description: 'Each village once, however many activities or agencies reached it.' }) villagesReached!: number;
  @Field(() => Float) ratio!: number;
  @Field(() => [CoverageChild], { description: 'By province, child region, or working-area region.' }) children!: CoverageChild[];
}

@ObjectType()
export class MonthFigures {
  @Field(() => GraphQLDate, { description: 'The first day of the month.' }) month!: string;
  @Field(() => Int) activities!: number;
  @Field(() => Int) participants!: number;
  @Field(() => Int, { description: 'Distinct villages reached in that month.' }) villagesReached!: number;
}

@ObjectType()
export class TypeCount {
  @Field(() => ActivityType) type!: ActivityType;
  @Field(() => Int) activities!: number;
}

@ObjectType()
export class ProgrammeItemCount {
  @Field(() => ProgrammeItem) item!: ProgrammeItem;
  @Field(() => Int) activities!: number;
}

@ObjectType()
export class ParticipantCategoryCount {
  @Field(() => ParticipantCategory) category!: ParticipantCategory;
  @Field(() => Int) male!: number;
  @Field(() => Int) female!: number;
}

@ObjectType({ description: 'A target with what has been achieved against it and where even work would be by today.' })
export class Target {
  @Field(() => ID) id!: string;
  @Field(() => AgencyRef) agency!: AgencyRef;
  @Field({ description: 'A year "2025" or a quarter "2025-Q1".' }) period!: string;
  @Field(() => GraphQLDate) periodFrom!: string;
  @Field(() => GraphQLDate) periodTo!: string;
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => ProgrammeItem, { nullable: true }) programmeItem!: ProgrammeItem | null;
  @Field(() => Float, { description: 'A count, or for COVERAGE_RATIO a fraction (0.5 = 50 %).' }) value!: number;
  @Field(() => Float, { description: "The agency's own verified work in the period, over its working area." }) achieved!: number;
  @Field(() => Float, { nullable: true, description: 'achieved / value; null when the value is 0.' }) progress!: number | null;
  @Field(() => Float, { description: 'The share of the period elapsed by the end of today (the agency zone), 0–1.' }) elapsed!: number;
  @Field(() => Float, { description: 'Where even work would be by today: value × elapsed.' }) expected!: number;
  @Field(() => TargetStatus) status!: TargetStatus;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'Everything a dashboard shows for one area, period and filter, in one answer.' })
export class Dashboard {
  @Field(() => Coverage) coverage!: Coverage;
  @Field(() => Int, { description: 'Verified activities touching the area.' }) activities!: number;
  @Field(() => Int, { description: 'People counted in the area: attributed to it or to a region inside it, or (not attributed) with all the villages inside it.' })
  participants!: number;
  @Field(() => Int, { description: 'Camat, lurah and kepala desa among the participants.' }) officialsReached!: number;
  @Field(() => Int, {
    description: 'Of the participants, those counted above the village level (attributed to a kecamatan or higher, or not attributed): "tidak dirinci per desa".',
  })
  participantsNotByVillage!: number;
  @Field(() => Int, { description: 'Of the officials reached, those counted above the village level (the camat, or not attributed).' })
  officialsNotByVillage!: number;
  @Field(() => Int, { description: 'Desa Binaan designated in the area in the range.' }) desaBinaanFormed!: number;
  @Field(() => [MonthFigures]) monthly!: MonthFigures[];
  @Field(() => [TypeCount]) byType!: TypeCount[];
  @Field(() => [ProgrammeItemCount]) byProgrammeItem!: ProgrammeItemCount[];
  @Field(() => [ParticipantCategoryCount]) participantsByCategory!: ParticipantCategoryCount[];
  // targets: resolved by the target module (target/target.resolver.ts) when asked for.
  /** Not in the schema: the area and question `sameTimeLastYear` and `targets` start from (resolved only when asked for). */
  comparedFrom?: { area: unknown; query: unknown };
}

@ObjectType({
  description:
    'The headline figures of the same dates a year earlier, same area and filters. A range still running is compared up to the same day a ' +
    'year earlier (today in WIB): this year to date against last year to the same date.',
})
export class DashboardComparison {
  @Field(() => GraphQLDate) from!: string;
  @Field(() => GraphQLDate) to!: string;
  @Field(() => Int) activities!: number;
  @Field(() => Int) participants!: number;
  @Field(() => Int) officialsReached!: number;
  @Field(() => Int) desaBinaanFormed!: number;
  @Field(() => Int) villagesReached!: number;
  @Field(() => Int, { description: 'The area today: the villages compared against.' }) villagesTotal!: number;
  @Field(() => Float, { description: 'villagesReached / villagesTotal, 0–1.' }) ratio!: number;
}

@ObjectType()
export class VillageNotReached {
  @Field(() => Region) region!: Region;
  @Field(() => GraphQLDate, { nullable: true, description: 'null: never reached.' }) lastReachedOn!: string | null;
  @Field(() => Int, { description: 'Verified activities that ever reached it.' }) activities!: number;
}

@ObjectType()
export class VillagesNotReachedPage {
  @Field(() => Int) total!: number;
  @Field(() => [VillageNotReached]) rows!: VillageNotReached[];
}

@ObjectType({ description: 'Coverage changed in the subscribed area: refetch what you show.' })
export class CoverageChange {
  @Field(() => ID) activityId!: string;
  @Field({ description: 'VERIFIED or REOPENED.' }) kind!: string;
  @Field() at!: Date;
}
