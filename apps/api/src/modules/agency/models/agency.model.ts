import { AgencyType } from '@jangkau/shared-domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(AgencyType, { name: 'AgencyType' });

@ObjectType({ description: 'A government body or partner (instansi).' })
export class Agency {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() shortName!: string;
  @Field(() => AgencyType) type!: AgencyType;
  @Field(() => String, { nullable: true, description: 'For immigration offices, e.g. "Kelas II Non-TPI".' }) officeClass!: string | null;
  @Field(() => String, { nullable: true, description: "The office's postal address, printed on its reports' letterhead." }) address!: string | null;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => ID, { nullable: true }) homeRegionCode!: string | null;
  @Field(() => Int, { description: 'Desa/kelurahan under the working area: the coverage denominator.' }) villageCount!: number;
  @Field() active!: boolean;
  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused.' }) version!: number;
  @Field() updatedAt!: Date;
}
