import { Indicator } from '@jangkau/shared-domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

// Registered here, once: targets and coverage use the same GraphQL enum.
registerEnumType(Indicator, { name: 'Indicator', description: 'What the programme is measured by, computed from verified activities and Desa Binaan.' });

@ObjectType({ description: 'A numbered item of a programme framework ("butir").' })
export class ProgrammeItem {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field(() => [Indicator], { description: 'What the item is measured by (empty until an administrator enters it).' }) indicators!: Indicator[];
  @Field(() => ID) frameworkId!: string;
  @Field() frameworkName!: string;
  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused.' }) version!: number;
}

@ObjectType({ description: "The minister's programme for a period, e.g. \"13 Program Akselerasi …\" (2024–2025)." })
export class ProgrammeFramework {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'YYYY-MM-DD' }) validFrom!: string;
  @Field({ description: 'YYYY-MM-DD' }) validTo!: string;
  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused.' }) version!: number;
  @Field(() => [ProgrammeItem], { description: 'By number.' }) items!: ProgrammeItem[];
}
