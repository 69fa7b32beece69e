import { ActivityStatus, ActivityType, CoOrganiserStatus, FollowUpStatus, ParticipantCategory, VillageReach } from '@jangkau/shared-domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';
import { AgencyEntity } from '../agency/agency.entity';
import { ProgrammeItemEntity } from '../programme/programme.entity';
import { RegionEntity } from '../region/region.entity';
import { UserEntity } from '../user/user.entity';

/** The managed list of topics an activity covers (ruang lingkup, modus operandi, …). */
@Entity({ name: 'topics' })
@Index('topics_name_key', ['name'], { unique: true })
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/**
 * A sosialisasi, penyuluhan, coordination meeting… The id is chosen by the client (a UUID), so a create retried
 * over a bad network finds the first one instead of making two.
 */
@Entity({ name: 'activities' })
// Keyset pagination in the two orders lists offer.
@Index('activities_starts_at_id_idx', ['startsAt', 'id'])
@Index('activities_updated_at_id_idx', ['updatedAt', 'id'])
@Index('activities_lead_starts_at_idx', ['leadAgencyId', 'startsAt'])
@Index('activities_status_starts_at_idx', ['status', 'startsAt'])
// GIN indexes (region reach, free-text trigram) live in the migration; TypeORM cannot express them.
@Index('activities_reach_codes_idx', { synchronize: false })
@Index('activities_search_trgm_idx', { synchronize: false })
export class ActivityEntity extends VersionedEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'enum', enum: ActivityType, enumName: 'activity_type' })
  type!: ActivityType;

  @Column({ type: 'enum', enum: ActivityStatus, enumName: 'activity_status' })
  status!: ActivityStatus;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'venue_name', type: 'varchar', length: 200 })
  venueName!: string;

  @Column({ name: 'venue_region_code', type: 'varchar', length: 13 })
  venueRegionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'venue_region_code', foreignKeyConstraintName: 'activities_venue_region_code_fkey' })
  venueRegion?: RegionEntity;

  /** WIB, WITA or WIT: the venue's zone, in which times are shown. */
  @Column({ name: 'time_zone', type: 'varchar', length: 4 })
  timeZone!: string;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'lead_agency_id', foreignKeyConstraintName: 'activities_lead_agency_id_fkey' })
  leadAgency?: AgencyEntity;

  /**
   * Every region code the activity touches, at every level: the venue and each village reached with their
   * kecamatan, kabupaten/kota and province. Scope checks and "everything below region X" filters become one
   * indexed array test (`reach_codes && $area`, `reach_codes @> {X}`) instead of a walk over the villages.
   */
  @Column({ name: 'reach_codes', type: 'varchar', array: true, default: () => "'{}'" })
  reachCodes!: string[];

  /** Lower-case, accent-free title and venue (normalizeSearchText), trigram-indexed for the free-text filter. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText!: string;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'activities_created_by_fkey' })
  creator?: UserEntity;

  @Index('activities_submitted_by_idx')
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'activities_submitted_by_fkey' })
  submitter?: UserEntity;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'verified_by', foreignKeyConstraintName: 'activities_verified_by_fkey' })
  verifier?: UserEntity;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  /** Verified by the head who created or submitted it, being the agency's only active head then (shown as such). */
  @Column({ name: 'self_verified', type: 'boolean', default: false })
  selfVerified!: boolean;
}

/** Co-organising agencies and their answer. */
@Entity({ name: 'activity_agencies' })
export class ActivityAgencyEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Index('activity_agencies_agency_id_idx')
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_agencies_activity_id_fkey' })
  activity?: ActivityEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'activity_agencies_agency_id_fkey' })
  agency?: AgencyEntity;

  @Column({ type: 'enum', enum: CoOrganiserStatus, enumName: 'co_organiser_status' })
  status!: CoOrganiserStatus;

  @CreateDateColumn({ name: 'invited_at', type: 'timestamptz' })
  invitedAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}

/** A desa/kelurahan the activity reached, and how. */
@Entity({ name: 'activity_villages' })
export class ActivityVillageEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Index('activity_villages_village_code_idx')
  @PrimaryColumn({ name: 'village_code', type: 'varchar', length: 13 })
  villageCode!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_villages_activity_id_fkey' })
  activity?: ActivityEntity;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'activity_villages_village_code_fkey' })
  village?: RegionEntity;

  @Column({ type: 'enum', enum: VillageReach, enumName: 'village_reach' })
  reach!: VillageReach;
}

/** Participants by category and sex, as reported by each organising agency (the lead and accepted partners). */
@Entity({ name: 'activity_participants' })
export class ActivityParticipantEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @PrimaryColumn({ type: 'enum', enum: ParticipantCategory, enumName: 'participant_category' })
  category!: ParticipantCategory;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_participants_activity_id_fkey' })
  activity?: ActivityEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'activity_participants_agency_id_fkey' })
  agency?: AgencyEntity;

  @Column({ type: 'integer', default: 0 })
  male!: number;

  @Column({ type: 'integer', default: 0 })
  female!: number;
}

@Entity({ name: 'activity_topics' })
export class ActivityTopicEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Index('activity_topics_topic_id_idx')
  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_topics_activity_id_fkey' })
  activity?: ActivityEntity;

  @ManyToOne(() => TopicEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'activity_topics_topic_id_fkey' })
  topic?: TopicEntity;
}

@Entity({ name: 'activity_programme_items' })
export class ActivityProgrammeItemEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Index('activity_programme_items_item_id_idx')
  @PrimaryColumn({ name: 'programme_item_id', type: 'uuid' })
  programmeItemId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_programme_items_activity_id_fkey' })
  activity?: ActivityEntity;

  @ManyToOne(() => ProgrammeItemEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'programme_item_id', foreignKeyConstraintName: 'activity_programme_items_item_id_fkey' })
  programmeItem?: ProgrammeItemEntity;
}

/** What was agreed to do next, by whom and when. */
@Entity({ name: 'activity_follow_ups' })
export class ActivityFollowUpEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('activity_follow_ups_activity_id_idx')
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_follow_ups_activity_id_fkey' })
  activity?: ActivityEntity;

  @Column({ type: 'text' })
  text!: string;

  @Index('activity_follow_ups_responsible_idx')
  @Column({ name: 'responsible_agency_id', type: 'uuid' })
  responsibleAgencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'responsible_agency_id', foreignKeyConstraintName: 'activity_follow_ups_responsible_agency_id_fkey' })
  responsibleAgency?: AgencyEntity;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'enum', enum: FollowUpStatus, enumName: 'follow_up_status', default: FollowUpStatus.OPEN })
  status!: FollowUpStatus;
}

/**
 * A photo or PDF (attendance list, report) attached to an activity. The bytes live in the evidence store (a
 * folder by default, or an S3 bucket), under `storage_key`; the row says what they are. Reading one goes through the same
 * visibility as the activity.
 */
@Entity({ name: 'activity_evidence' })
export class ActivityEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('activity_evidence_activity_id_idx')
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_evidence_activity_id_fkey' })
  activity?: ActivityEntity;

  /** The organising agency that added it (the lead or an accepted partner). */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'activity_evidence_agency_id_fkey' })
  agency?: AgencyEntity;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'activity_evidence_uploaded_by_fkey' })
  uploader?: UserEntity;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** Sniffed from the content, never taken from the upload's headers. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'has_thumbnail', type: 'boolean', default: false })
  hasThumbnail!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The part of an organising agency's participants attributed to a region the activity lists (issue 14): each kepala
 * desa to their own village, the camat to their kecamatan. activity_participants stay the totals; what is not
 * attributed here counts at the activity's home region (libs/shared/domain attendance.ts).
 */
@Entity({ name: 'activity_attendance' })
export class ActivityAttendanceEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Index('activity_attendance_region_code_idx')
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 13 })
  regionCode!: string;

  @PrimaryColumn({ type: 'enum', enum: ParticipantCategory, enumName: 'participant_category' })
  category!: ParticipantCategory;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_attendance_activity_id_fkey' })
  activity?: ActivityEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'activity_attendance_agency_id_fkey' })
  agency?: AgencyEntity;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'activity_attendance_region_code_fkey' })
  region?: RegionEntity;

  @Column({ type: 'integer', default: 0 })
  male!: number;

  @Column({ type: 'integer', default: 0 })
  female!: number;
}
