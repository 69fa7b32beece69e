import { ActivityType, Indicator } from '@jangkau/shared-domain';
import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../../graphql/date.scalar';

export enum VillageSort {
  NAME = 'NAME',
  CODE = 'CODE',
  LAST_REACHED = 'LAST_REACHED',
}
registerEnumType(VillageSort, { name: 'VillageSort' });

@InputType({ description: 'Where, when and which verified activities. No region and no agency: the caller’s own agency.' })
export class CoverageFilter {
  @Field(() => ID, { nullable: true }) regionCode?: string | null;
  @Field(() => ID, { nullable: true, description: "The agency's working area." }) agencyId?: string | null;
  @Field(() => GraphQLDate) from!: string;
  @Field(() => GraphQLDate) to!: string;
  @Field(() => ID, { nullable: true }) programmeItemId?: string | null;
  @Field(() => ActivityType, { nullable: true }) type?: ActivityType | null;
  @Field(() => ID, { nullable: true }) leadAgencyId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only activities this agency led or co-organised.' }) contributedBy?: string | null;
}

@InputType()
export class VillagesNotReachedFilter {
  @Field(() => ID, { nullable: true }) regionCode?: string | null;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Not reached in the last N months (never-reached included). Absent: never reached.' })
  staleMonths?: number | null;
}

@InputType()
export class TargetInput {
  @Field(() => ID) agencyId!: string;
  @Field({ description: 'A year "2025" or a quarter "2025-Q1".' }) period!: string;
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => ID, { nullable: true }) programmeItemId?: string | null;
  @Field(() => Float) value!: number;
}
