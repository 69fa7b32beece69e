import { RegionLevel } from '@jangkau/shared-domain';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class SearchRegionsArgs {
  @Field({ description: 'Part of a name; case, accents and punctuation are ignored.' })
  query!: string;

  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel | null;

  @Field(() => ID, { nullable: true, description: 'Only regions inside this one.' })
  within?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many results (1–50, default 10).' })
  first?: number | null;
}
