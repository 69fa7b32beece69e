import { ActivityStatus, AgencyType, ActivityType, CoOrganiserStatus, FollowUpStatus, IndonesianTimeZone, ParticipantCategory, RegionLevel, VillageReach } from '@jangkau/shared-domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import '../../agency/models/agency.model'; // registers AgencyType
import { Region } from '../../region/models/region.model';

// The programme's types live with the programme module; activities name its items.
export { ProgrammeFramework, ProgrammeItem } from '../../programme/models/programme.model';

registerEnumType(ActivityType, { name: 'ActivityType' });
registerEnumType(ActivityStatus, { name: 'ActivityStatus' });
registerEnumType(VillageReach, { name: 'VillageReach' });
registerEnumType(ParticipantCategory, { name: 'ParticipantCategory' });
registerEnumType(CoOrganiserStatus, { name: 'CoOrganiserStatus' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
registerEnumType(IndonesianTimeZone, { name: 'IndonesianTimeZone' });

export enum ActivityActionEnum {
  EDIT = 'EDIT',
  MARK_HELD = 'MARK_HELD',
  SUBMIT = 'SUBMIT',
  VERIFY = 'VERIFY',
  RETURN = 'RETURN',
  REOPEN = 'REOPEN',
  INVITE = 'INVITE',
  ANSWER_INVITATION = 'ANSWER_INVITATION',
  EDIT_OWN_PARTICIPANTS = 'EDIT_OWN_PARTICIPANTS',
  ADD_FOLLOW_UP = 'ADD_FOLLOW_UP',
  ADD_EVIDENCE = 'ADD_EVIDENCE',
}
registerEnumType(ActivityActionEnum, { name: 'ActivityAction' });

@ObjectType({ description: 'An organising agency as named on an activity (visible with the activity).' })
export class AgencyRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() shortName!: string;
}

@ObjectType()
export class ActivityCoOrganiser {
  @Field(() => AgencyRef) agency!: AgencyRef;
  @Field(() => CoOrganiserStatus) status!: CoOrganiserStatus;
  @Field() invitedAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType()
export class ActivityVillage {
  @Field(() => ID) code!: string;
  @Field(() => Region) region!: Region;
  @Field(() => VillageReach) reach!: VillageReach;
  @Field({ description: "Outside the lead agency's working area (allowed: joint work crosses borders)." }) outsideLeadArea!: boolean;
}

@ObjectType()
export class ParticipantCount {
  @Field(() => ParticipantCategory) category!: ParticipantCategory;
  @Field(() => Int) male!: number;
  @Field(() => Int) female!: number;
  @Field(() => Int) total!: number;
  @Field(() => AgencyRef, { description: 'The organising agency that reported these.' }) agency!: AgencyRef;
}

@ObjectType({ description: 'People of one category attributed to a region the activity lists (issue 14).' })
export class AttendanceCount {
  @Field(() => ID) regionCode!: string;
  @Field() regionName!: string;
  @Field(() => RegionLevel) regionLevel!: RegionLevel;
  @Field(() => ParticipantCategory) category!: ParticipantCategory;
  @Field(() => Int) male!: number;
  @Field(() => Int) female!: number;
  @Field(() => Int) total!: number;
  @Field(() => AgencyRef, { description: 'The organising agency that attributed them.' }) agency!: AgencyRef;
}

@ObjectType()
export class ParticipantTotals {
  @Field(() => Int) male!: number;
  @Field(() => Int) female!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Camat, lurah and kepala desa.' }) officials!: number;
}

@ObjectType()
export class Topic {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() active!: boolean;
}

@ObjectType()
export class FollowUp {
  @Field(() => ID) id!: string;
  @Field(() => ID) activityId!: string;
  @Field() text!: string;
  @Field(() => AgencyRef) responsibleAgency!: AgencyRef;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn!: string | null;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'An outreach activity (kegiatan).' })
export class Activity {
  @Field(() => ID) id!: string;
  @Field(() => ActivityType) type!: ActivityType;
  @Field(() => ActivityStatus) status!: ActivityStatus;
  @Field() title!: string;
  @Field() description!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => IndonesianTimeZone, { description: "The venue's zone, in which times are shown." }) timeZone!: IndonesianTimeZone;
  @Field() venueName!: string;
  @Field(() => ID) venueRegionCode!: string;
  @Field(() => ID) leadAgencyId!: string;
  @Field(() => String, { nullable: true, description: 'Why the head returned or reopened it (shown to the submitter).' }) returnReason!: string | null;
  @Field(() => String, { nullable: true }) submittedByName!: string | null;
  @Field(() => ID, { nullable: true }) submittedById!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) verifiedByName!: string | null;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field({ description: 'Verified by the head who created or submitted it, the only active head of the agency then ("diverifikasi oleh pembuatnya").' })
  selfVerified!: boolean;
  @Field() createdByName!: string;
  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused.' }) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType()
export class ActivityConnection {
  @Field(() => [Activity]) nodes!: Activity[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'A planned activity on the calendar, with the other agencies planning near it.' })
export class CalendarEntry {
  @Field(() => Activity) activity!: Activity;
  @Field(() => [Activity], { description: 'Planned activities of other agencies in a same kecamatan within 7 days.' }) overlapsWith!: Activity[];
  @Field(() => [ID], { description: 'The kecamatan they share with the activities in overlapsWith.' }) sharedKecamatanCodes!: string[];
}

@ObjectType({ description: 'An agency that may be invited to co-organise: active, working where the activity reaches, or found by name.' })
export class CoOrganiserCandidate {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() shortName!: string;
  @Field(() => AgencyType) type!: AgencyType;
  @Field({ description: "Its working area touches the activity's villages or venue." }) worksInArea!: boolean;
}

@ObjectType({ description: "What waits for the caller: the counts behind the landing page's work queue." })
export class MyWork {
  @Field(() => Int, { description: "Submissions of the caller's agency waiting for a head's verification (0 for those who do not verify)." })
  awaitingVerification!: number;
  @Field(() => Int, { description: 'Activities the caller submitted that came back with a reason.' }) returned!: number;
  @Field(() => Int, { description: "Invitations to the caller's agency waiting for an answer." }) invitations!: number;
}
