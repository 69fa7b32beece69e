import { NotificationDelivery, NotificationKind, type NotificationParams } from '@jangkau/shared-domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ActivityEntity, ActivityFollowUpEntity } from '../activity/activity.entity';
import { AgencyEntity } from '../agency/agency.entity';
import { UserEntity } from '../user/user.entity';

/**
 * One thing told to one person (the bell). Written in the transaction of the change it tells of, so a change that
 * rolls back tells nobody. Read through the activity's visibility: who no longer sees the activity no longer sees
 * what was said about it.
 */
@Entity({ name: 'notifications' })
// The bell: a person's newest first, and their unread count.
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
// A scheduled reminder (due, overdue, behind) is told once per person and occasion, however often the job runs.
@Index('notifications_user_dedupe_key', ['userId', 'dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
// The morning digest's waiting entries.
@Index('notifications_digest_waiting_idx', ['userId'], { where: "delivery = 'DAILY_DIGEST' AND digested_at IS NULL" })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Index('notifications_activity_id_idx')
  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId!: string | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'notifications_activity_id_fkey' })
  activity?: ActivityEntity;

  @Column({ name: 'follow_up_id', type: 'uuid', nullable: true })
  followUpId!: string | null;

  @ManyToOne(() => ActivityFollowUpEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follow_up_id', foreignKeyConstraintName: 'notifications_follow_up_id_fkey' })
  followUp?: ActivityFollowUpEntity;

  /** The agency a notification about no activity concerns (TARGET_BEHIND): only its head reads it. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'notifications_agency_id_fkey' })
  agency?: AgencyEntity;

  /** The names and figures the title is written from, as they were when it happened. */
  @Column({ type: 'jsonb', default: {} })
  params!: NotificationParams;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  /** How the e-mail goes (the person's preference when it was recorded). */
  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery!: NotificationDelivery;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When a DAILY_DIGEST entry went into a digest e-mail (or was passed over: no address). */
  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt!: Date | null;
}

/** A person's choice for one kind; no row: the default (DEFAULT_NOTIFICATION_DELIVERY). */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_preferences_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery!: NotificationDelivery;
}

/**
 * An e-mail to send: written in the transaction that decided it (so nothing is sent for a change that rolled back),
 * sent by the mail worker of whichever API instance claims it first (mail-worker.ts says how it is sent once).
 */
@Entity({ name: 'mail_outbox' })
// The worker's queue: what is due and not yet done.
@Index('mail_outbox_due_idx', ['nextAttemptAt'], { where: 'sent_at IS NULL AND failed_at IS NULL AND skipped_at IS NULL' })
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** One message per recipient and occasion: `n:<notification>`, `digest:<user>:<date>`, `weekly:<user>:<week>`, `report:<schedule>:<user>:<period>`. */
  @Index('mail_outbox_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Index('mail_outbox_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'mail_outbox_user_id_fkey' })
  user?: UserEntity;

  /** IMMEDIATE (one event), DIGEST (a day's events), WEEKLY (a head's summary) or REPORT (a scheduled report, attached). */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  /** The activity an IMMEDIATE message tells of: sent only if the recipient still sees it. */
  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId!: string | null;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** A worker's claim: until then no other worker takes it; a worker that died lets it pass to another after. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Given up after MAIL_GIVE_UP_HOURS of failures; the admin page shows it with the last error. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  /** Not sent on purpose: the person was deactivated, no longer sees the activity, or no longer heads the agency a pacing notice or weekly summary is for. */
  @Column({ name: 'skipped_at', type: 'timestamptz', nullable: true })
  skippedAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** A file sent with the message (a scheduled report), its name (ASCII) and MIME type. */
  @Column({ type: 'bytea', nullable: true })
  attachment!: Buffer | null;

  @Column({ name: 'attachment_name', type: 'varchar', length: 200, nullable: true })
  attachmentName!: string | null;

  @Column({ name: 'attachment_type', type: 'varchar', length: 100, nullable: true })
  attachmentType!: string | null;
}

/** A scheduled job's run for one period (a day, a zone's morning, a week, a month): one row, so one run across instances. */
@Entity({ name: 'scheduled_runs' })
export class ScheduledRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  job!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  period!: string;

  @CreateDateColumn({ name: 'ran_at', type: 'timestamptz' })
  ranAt!: Date;

  /** What the run did, for the log and the admin page (e.g. "12 notifications"). */
  @Column({ type: 'text', default: '' })
  outcome!: string;
}
