import { AgencyType } from '@jangkau/shared-domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AgencyInput {
  @Field() name!: string;
  @Field() shortName!: string;
  @Field(() => AgencyType) type!: AgencyType;
  @Field(() => String, { nullable: true }) officeClass?: string | null;
  @Field(() => String, { nullable: true, description: 'Postal address, at most 300 characters. Omitted: kept as it is; empty: removed.' })
  address?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) homeRegionCode?: string | null;
  @Field(() => [ID], { description: 'Region codes at any level; overlapping codes are reduced to the widest.' }) workingArea!: string[];
  @Field({ nullable: true, defaultValue: true }) active?: boolean;
}

@InputType()
export class AgencyFilter {
  @Field({ nullable: true, description: 'Part of the name or short name.' }) search?: string;
  @Field(() => AgencyType, { nullable: true }) type?: AgencyType;
  @Field({ nullable: true, description: 'Only active agencies that have no active head (their submissions cannot be verified).' }) withoutActiveHead?: boolean;
  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'At most 500.' }) first?: number;
}
