import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyRef } from '../../activity/models/activity.model';
import { Region } from '../../region/models/region.model';
import { DesaBinaanStatus } from '../desa-binaan.entity';

registerEnumType(DesaBinaanStatus, { name: 'DesaBinaanStatus' });

@ObjectType({ description: 'A person named on a record, seen with it (not the full user).' })
export class UserRef {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
}

@ObjectType({ description: 'A village an immigration office adopts by decree (SK) for TPPO prevention, with its officer (Pimpasa).' })
export class DesaBinaan {
  @Field(() => ID) id!: string;
  @Field(() => AgencyRef, { description: 'The designating immigration office.' }) agency!: AgencyRef;
  @Field(() => Region) village!: Region;
  @Field({ description: 'The decree number (nomor SK).' }) skNumber!: string;
  @Field({ description: 'The decree date, YYYY-MM-DD.' }) skDate!: string;
  @Field({ description: "The Pimpasa's name as written in the SK." }) officerName!: string;
  @Field(() => UserRef, { nullable: true, description: 'The Pimpasa, when they have an account here.' }) officerUser!: UserRef | null;
  @Field(() => DesaBinaanStatus) status!: DesaBinaanStatus;
  @Field() notes!: string;
  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused.' }) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
