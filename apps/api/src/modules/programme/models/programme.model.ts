import { Indicator } from '@jangkau/shared-domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

// Also registered by coverage/models/coverage.model.ts (same name and words; the schema keeps one): programme items
// must not depend on the coverage module being loaded.
registerEnumType(Indicator, { name: 'Indicator', description: 'What a programme is measured by, computed from verified activities.' });

@ObjectType({ description: 'A numbered item of a programme framework ("butir").' })
export class ProgrammeItem {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field(() => ID) frameworkId!: string;
  @Field() frameworkName!: string;
  /** Resolved by ProgrammeItemResolver when a row naming an item (an activity's, a target's) does not carry it. */
  indicators?: Indicator[];
  version?: number;
}

@ObjectType({ description: 'The minister\'s programme for a period, e.g. "13 Program Akselerasi …" (2024–2025).' })
export class ProgrammeFramework {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'YYYY-MM-DD' }) validFrom!: string;
  @Field({ description: 'YYYY-MM-DD' }) validTo!: string;
  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused.' }) version!: number;
  @Field(() => [ProgrammeItem], { description: 'By number.' }) items!: ProgrammeItem[];
}
