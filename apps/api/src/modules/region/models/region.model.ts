import { RegionLevel } from '@jangkau/shared-domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Kemendagri level, derived from the code: kabupaten 01–69 / kota 71–99; desa 2xxx, kelurahan 1xxx, desa adat 3xxx.',
});

@ObjectType({ description: 'How many regions of each level lie below a region (or in all of Indonesia).' })
export class RegionCounts {
  @Field(() => Int) provinsi!: number;
  @Field(() => Int) kabupaten!: number;
  @Field(() => Int) kota!: number;
  @Field(() => Int) kecamatan!: number;
  @Field(() => Int) desa!: number;
  @Field(() => Int) kelurahan!: number;
  @Field(() => Int) desaAdat!: number;
  @Field(() => Int, { description: 'desa + kelurahan + desa adat' }) villages!: number;
}

@ObjectType({ description: 'A region of the Kemendagri hierarchy (wilayah).' })
export class Region {
  @Field(() => ID, { description: 'Dotted Kemendagri code, e.g. 15.02.10.2001.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;

  @Field(() => ID, { nullable: true })
  parentCode!: string | null;

  @Field(() => Int, { description: 'Desa/kelurahan below this region: the denominator of coverage. 0 for a village.' })
  villageCount!: number;

  @Field(() => RegionCounts)
  counts!: RegionCounts;
}

@ObjectType({ description: 'The official region list currently loaded.' })
export class RegionDataVersion {
  @Field() source!: string;
  @Field() version!: string;
  @Field() loadedAt!: Date;
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "The regions a phone keeps for working offline: the caller's working area down to desa/kelurahan, with the area's own ancestors." })
export class OfflineRegionSet {
  @Field({ description: 'false when the area is too large to keep on a device (all of Indonesia, or over the cap): `regions` is then empty and searches go to the server.' })
  complete!: boolean;

  @Field(() => Int, { description: 'How many regions the area holds (also when not complete).' })
  total!: number;

  @Field(() => [Region])
  regions!: Region[];
}
