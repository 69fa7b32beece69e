import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The boundaries in use for one level of the region hierarchy: where they come from and under which licence.' })
export class BoundarySet {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan.' })
  level!: number;

  @Field({ description: 'Where the boundaries come from, as the administrator who imported them described it.' })
  source!: string;

  @Field({ description: 'The licence the boundaries are used under (its text, or its name and URL).' })
  licence!: string;

  @Field({ description: 'The file name, path or URL they were imported from.' })
  fileName!: string;

  @Field({ description: 'SHA-256 of the imported file.' })
  sha256!: string;

  @Field(() => Int, { description: 'Features in the imported file.' })
  featureCount!: number;

  @Field(() => Int, { description: 'Regions with a boundary.' })
  regionCount!: number;

  @Field(() => Int, { description: 'Regions of this level, inside the areas the file covers, without a boundary.' })
  missingCount!: number;

  @Field()
  importedAt!: Date;
}
