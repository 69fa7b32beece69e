import { ActivityStatus, ActivityType, FollowUpStatus, ParticipantCategory, VillageReach } from '@jangkau/shared-domain';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum ActivitySort {
  STARTS_AT_DESC = 'STARTS_AT_DESC',
  STARTS_AT_ASC = 'STARTS_AT_ASC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
}
registerEnumType(ActivitySort, { name: 'ActivitySort' });

@InputType()
export class VillageReachInput {
  @Field(() => ID, { description: 'A desa/kelurahan code, or a kecamatan code to add all of its villages.' }) code!: string;
  @Field(() => VillageReach) reach!: VillageReach;
}

@InputType()
export class ParticipantInput {
  @Field(() => ParticipantCategory) category!: ParticipantCategory;
  @Field(() => Int) male!: number;
  @Field(() => Int) female!: number;
}

@InputType({ description: 'People of one category attributed to a region the activity lists: a village, or the kecamatan (…) above one.' })
export class AttendanceInput {
  @Field(() => ID) regionCode!: string;
  @Field(() => ParticipantCategory) category!: ParticipantCategory;
  @Field(() => Int) male!: number;
  @Field(() => Int) female!: number;
}

@InputType({ description: "The lead agency's fields of an activity." })
export class ActivityInput {
  @Field(() => ActivityType) type!: ActivityType;
  @Field() title!: string;
  @Field({ nullable: true, defaultValue: '' }) description?: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() venueName!: string;
  @Field(() => ID) venueRegionCode!: string;
  @Field(() => [ID], { defaultValue: [] }) programmeItemIds!: string[];
  @Field(() => [ID], { defaultValue: [] }) topicIds!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Agencies invited to co-organise; new ones are invited, removed ones withdrawn.' })
  coOrganiserIds!: string[];
  @Field(() => [VillageReachInput], { defaultValue: [] }) villages!: VillageReachInput[];
  @Field(() => [ParticipantInput], { defaultValue: [], description: "The lead agency's own participant counts." }) participants!: ParticipantInput[];
  @Field(() => [AttendanceInput], {
    defaultValue: [],
    description: "The part of the lead's participants attributed to listed regions (each kepala desa to their village); the rest counts where all the villages lie.",
  })
  attendance?: AttendanceInput[];
}

@InputType()
export class ActivityFilter {
  @Field({ nullable: true, description: 'Activities that end on or after this instant.' }) from?: Date;
  @Field({ nullable: true, description: 'Activities that start before this instant.' }) to?: Date;
  @Field(() => [ActivityStatus], { nullable: true }) statuses?: ActivityStatus[];
  @Field(() => [ActivityType], { nullable: true }) types?: ActivityType[];
  @Field(() => ID, { nullable: true, description: 'Led or co-organised by this agency.' }) agencyId?: string;
  @Field(() => ID, { nullable: true, description: 'The venue or a village reached lies in this region (any level).' }) regionCode?: string;
  @Field(() => ID, { nullable: true }) programmeItemId?: string;
  @Field(() => ID, { nullable: true }) topicId?: string;
  @Field({ nullable: true, description: 'Words of the title or venue.' }) search?: string;
  @Field({ nullable: true, description: 'Only activities returned to the caller (they submitted them).' }) returnedToMe?: boolean;
  @Field({ nullable: true, description: "Only submissions of the caller's agency waiting for verification (heads; none for others)." })
  awaitingMyVerification?: boolean;
  @Field({ nullable: true, description: "Only activities whose invitation to the caller's agency waits for an answer." }) invitationsToMe?: boolean;
}

@InputType()
export class FollowUpInput {
  @Field() text!: string;
  @Field(() => ID) responsibleAgencyId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn?: string | null;
  @Field(() => FollowUpStatus, { nullable: true, defaultValue: FollowUpStatus.OPEN }) status?: FollowUpStatus;
}
