import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../../graphql/date.scalar';

export enum NearestDesaBinaanBasis {
  DISTANCE = 'DISTANCE',
  KECAMATAN = 'KECAMATAN',
  KABUPATEN = 'KABUPATEN',
}
registerEnumType(NearestDesaBinaanBasis, {
  name: 'NearestDesaBinaanBasis',
  description:
    'How the nearest Desa Binaan was chosen: DISTANCE, straight-line between the villages’ points (where village boundaries are loaded); ' +
    'else one in the same KECAMATAN, else in the same KABUPATEN (kabupaten/kota).',
});

@ObjectType()
export class NearestDesaBinaan {
  @Field(() => ID, { description: 'The Desa Binaan’s village code.' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'The designating office’s short name.' }) agency!: string;
  @Field(() => Float, { nullable: true, description: 'Straight-line distance in km (basis DISTANCE).' }) distanceKm!: number | null;
  @Field(() => NearestDesaBinaanBasis) basis!: NearestDesaBinaanBasis;
}

@ObjectType({ description: 'A village of the report’s area not reached in the last 6 months (or never).' })
export class UnreachedVillage {
  @Field(() => ID) code!: string;
  @Field() name!: string;
  @Field() kecamatan!: string;
  @Field({ description: 'The kabupaten/kota.' }) kabupaten!: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'The last day a verified activity reached it, up to the report’s end; null: never.' })
  lastReachedOn!: string | null;
  @Field(() => NearestDesaBinaan, { nullable: true, description: 'The nearest Desa Binaan the caller may see; null: none nearby (see the basis).' })
  nearestDesaBinaan!: NearestDesaBinaan | null;
  @Field(() => [String], { description: 'Short names of the offices whose working area holds it (those the caller may see).' }) offices!: string[];
}

@ObjectType()
export class UnreachedVillagePage {
  @Field(() => Int, { description: 'All unreached villages of the report’s area, not only this page.' }) total!: number;
  @Field(() => GraphQLDate, { description: 'The day "the last 6 months" count back from: the report’s end, or today while its period runs.' }) asOf!: string;
  @Field(() => [UnreachedVillage]) rows!: UnreachedVillage[];
}
