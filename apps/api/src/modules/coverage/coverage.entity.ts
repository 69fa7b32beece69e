import { ActivityType, ParticipantCategory } from '@jangkau/shared-domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActivityEntity } from '../activity/activity.entity';
import { RegionEntity } from '../region/region.entity';

/*
 * The coverage rollups. They hold verified activities only and are written by CoverageMaintenance inside the very
 * transaction that verifies or reopens an activity (see coverage-maintenance.ts for why this design); nothing
 * else writes them, and `rebuildCoverage` recomputes all of them from the activities (seed, benchmark, checks).
 */

/** One row per verified activity: the facts every indicator but village reach is summed from. */
@Entity({ name: 'coverage_activities' })
@Index('coverage_activities_day_idx', ['day'])
@Index('coverage_activities_reach_codes_idx', { synchronize: false })
@Index('coverage_activities_agency_ids_idx', { synchronize: false })
export class CoverageActivityEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'coverage_activities_activity_id_fkey' })
  activity?: ActivityEntity;

  /** The date the activity starts on in its venue's time zone: the day it counts on. */
  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId!: string;

  /** The lead and every co-organiser that accepted: whose work it is. */
  @Column({ name: 'agency_ids', type: 'uuid', array: true })
  agencyIds!: string[];

  @Column({ type: 'enum', enum: ActivityType, enumName: 'activity_type' })
  type!: ActivityType;

  @Column({ name: 'programme_item_ids', type: 'uuid', array: true })
  programmeItemIds!: string[];

  /** As on the activity: every region code it touches at every level. */
  @Column({ name: 'reach_codes', type: 'varchar', array: true })
  reachCodes!: string[];

  @Column({ type: 'integer' })
  participants!: number;

  /** Camat, lurah and kepala desa among the participants. */
  @Column({ type: 'integer' })
  officials!: number;
}

/** One row per verified activity × village it reached. */
@Entity({ name: 'coverage_reach' })
@Index('coverage_reach_village_day_idx', { synchronize: false })
@Index('coverage_reach_day_idx', ['day'])
export class CoverageReachEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @PrimaryColumn({ name: 'village_code', type: 'varchar', length: 13 })
  villageCode!: string;

  @ManyToOne(() => CoverageActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'coverage_reach_activity_id_fkey' })
  activity?: CoverageActivityEntity;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'coverage_reach_village_code_fkey' })
  village?: RegionEntity;

  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId!: string;

  @Column({ name: 'agency_ids', type: 'uuid', array: true })
  agencyIds!: string[];

  @Column({ type: 'enum', enum: ActivityType, enumName: 'activity_type' })
  type!: ActivityType;

  @Column({ name: 'programme_item_ids', type: 'uuid', array: true })
  programmeItemIds!: string[];
}

/** A village reached in a month: how many verified activities, and the last day. */
@Entity({ name: 'coverage_village_months' })
@Index('coverage_village_months_code_month_idx', { synchronize: false })
@Index('coverage_village_months_month_idx', ['month'])
export class CoverageVillageMonthEntity {
  @PrimaryColumn({ name: 'village_code', type: 'varchar', length: 13 })
  villageCode!: string;

  /** The first day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ type: 'integer' })
  activities!: number;

  @Column({ name: 'last_day', type: 'date' })
  lastDay!: string;
}

/**
 * Distinct villages reached per region (every level, and 'ID' for Indonesia) and calendar period ("2025-03",
 * "2025-Q1", "2025"): a dashboard for a standard period reads a handful of these rows instead of counting.
 */
@Entity({ name: 'coverage_region_periods' })
export class CoverageRegionPeriodEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 13 })
  regionCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ name: 'villages_reached', type: 'integer' })
  villagesReached!: number;
}

/**
 * One row: a number the workflow bumps in the same transaction as every coverage change. Cached figures carry the
 * number they were computed at; a request that reads a newer one recomputes, so a cache never outlives a commit,
 * in any process.
 */
@Entity({ name: 'coverage_generation' })
export class CoverageGenerationEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'bigint' })
  value!: string;
}

/**
 * A verified activity's attendance by the region it counts in (issue 14): each attributed part at its region, and
 * the unattributed rest at the activity's home region ('ID' across provinces). Per category, so officials and the
 * breakdown by category come from the same rows. `counted_in` is the region and every region above it with 'ID':
 * "counts in this area" is one indexed array overlap, as for coverage_activities.reach_codes.
 */
@Entity({ name: 'coverage_attendance' })
@Index('coverage_attendance_counted_in_idx', { synchronize: false })
export class CoverageAttendanceEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 13 })
  regionCode!: string;

  @PrimaryColumn({ type: 'enum', enum: ParticipantCategory, enumName: 'participant_category' })
  category!: ParticipantCategory;

  @ManyToOne(() => CoverageActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'coverage_attendance_activity_id_fkey' })
  activity?: CoverageActivityEntity;

  @Column({ name: 'counted_in', type: 'varchar', array: true })
  countedIn!: string[];

  /** The unattributed rest (counted at the home region), not a part someone attributed. */
  @Column({ type: 'boolean', default: false })
  rest!: boolean;

  @Column({ type: 'integer' })
  male!: number;

  @Column({ type: 'integer' })
  female!: number;
}
