import { Indicator } from '@jangkau/shared-domain';
import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class ProgrammeFrameworkInput {
  @Field({ description: 'At most 200 characters.' }) name!: string;
  @Field({ description: 'YYYY-MM-DD' }) validFrom!: string;
  @Field({ description: 'YYYY-MM-DD, on or after validFrom.' }) validTo!: string;
}

@InputType()
export class ProgrammeItemInput {
  @Field(() => Int, { description: '1–99, unique within the framework.' }) number!: number;
  @Field({ description: 'As published, at most 500 characters.' }) title!: string;
  @Field(() => [Indicator]) indicators!: Indicator[];
}
