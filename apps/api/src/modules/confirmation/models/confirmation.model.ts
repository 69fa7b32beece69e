import { VillageConfirmationStatus } from '@jangkau/shared-domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Activity, AgencyRef } from '../../activity/models/activity.model';
import { Region } from '../../region/models/region.model';

registerEnumType(VillageConfirmationStatus, {
  name: 'VillageConfirmationStatus',
  description: 'Whether the village government confirmed that its village was reached. CORRECTED: disputed, then verified again by the lead.',
});

@ObjectType({ description: "A village an activity lists, and its own government's answer on whether it was reached." })
export class VillageConfirmation {
  @Field(() => ID) activityId!: string;
  @Field(() => ID) villageCode!: string;
  @Field(() => Region) village!: Region;
  @Field(() => VillageConfirmationStatus) status!: VillageConfirmationStatus;
  @Field({ description: 'The village government’s note (required with a dispute).' }) note!: string;
  @Field(() => String, { nullable: true }) answeredByName!: string | null;
  @Field(() => AgencyRef, { nullable: true, description: 'The government that answered.' }) answeredByAgency!: AgencyRef | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the lead agency keeps a disputed record as it is.' }) response!: string | null;
  @Field(() => String, { nullable: true }) respondedByName!: string | null;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field({ description: 'The village has a registered government (desa/kelurahan or kecamatan) that can answer.' }) hasGovernment!: boolean;
  @Field({ description: 'The caller may confirm or dispute it now (answerVillageReach).' }) canAnswer!: boolean;
  @Field({ description: 'The caller may keep the disputed record with a reason (respondToDispute).' }) canRespond!: boolean;
  @Field(() => Int, { description: '0 until answered; send it back with an answer.' }) version!: number;
}

@ObjectType()
export class ConfirmationQueueEntry {
  @Field(() => Activity) activity!: Activity;
  @Field(() => VillageConfirmation) confirmation!: VillageConfirmation;
}

@ObjectType({ description: "What waits for the caller's agency: villages to confirm (local governments) and disputes to answer (lead agencies)." })
export class ConfirmationQueue {
  @Field(() => Int, { description: 'Villages of the caller’s government on verified activities, not answered yet.' }) toConfirmCount!: number;
  @Field(() => Int, { description: 'Open disputes on activities the caller’s agency leads.' }) disputeCount!: number;
  @Field(() => [ConfirmationQueueEntry], { description: 'The newest first, at most `first`.' }) toConfirm!: ConfirmationQueueEntry[];
  @Field(() => [ConfirmationQueueEntry], { description: 'The newest first, at most `first`.' }) disputes!: ConfirmationQueueEntry[];
}

@ObjectType({ description: 'Villages reached in the range (by verified activities) and what their own governments answered.' })
export class ConfirmationShare {
  @Field(() => Int) villagesReached!: number;
  @Field(() => Int, { description: 'Confirmed by their own government on at least one activity.' }) confirmed!: number;
  @Field(() => Int, { description: 'Not confirmed, and disputed on at least one activity (not since corrected).' }) disputed!: number;
  @Field(() => Int) unanswered!: number;
  @Field(() => Float, { description: 'confirmed / villagesReached (0 when none reached).' }) ratio!: number;
}
