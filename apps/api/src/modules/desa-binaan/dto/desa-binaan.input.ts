import { Field, ID, InputType } from '@nestjs/graphql';
import { DesaBinaanStatus } from '../desa-binaan.entity';

@InputType({ description: 'What a designation says; the designating office is fixed once made.' })
export class DesaBinaanInput {
  @Field(() => ID, { description: "A desa/kelurahan inside the office's working area." }) villageCode!: string;
  @Field({ description: 'Nomor SK, at most 120 characters.' }) skNumber!: string;
  @Field({ description: 'YYYY-MM-DD, not later than today.' }) skDate!: string;
  @Field({ description: "The Pimpasa's name as written in the SK, at most 200 characters." }) officerName!: string;
  @Field(() => ID, { nullable: true, description: "The Pimpasa's account, a user of the same office." }) officerUserId?: string | null;
  @Field(() => DesaBinaanStatus, { nullable: true, defaultValue: DesaBinaanStatus.ACTIVE }) status?: DesaBinaanStatus;
  @Field({ nullable: true, defaultValue: '' }) notes?: string;
}

@InputType()
export class DesignateDesaBinaanInput extends DesaBinaanInput {
  @Field(() => ID, { description: 'The immigration office (heads: their own).' }) agencyId!: string;
}

@InputType()
export class DesaBinaanFilter {
  @Field(() => ID, { nullable: true, description: 'Designated by this agency.' }) agencyId?: string;
  @Field(() => ID, { nullable: true, description: 'The village, or any region above it.' }) regionCode?: string;
  @Field(() => DesaBinaanStatus, { nullable: true }) status?: DesaBinaanStatus;
}
