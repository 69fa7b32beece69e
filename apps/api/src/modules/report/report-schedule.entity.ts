import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';
import { UserEntity } from '../user/user.entity';
import { SavedReportEntity } from './saved-report.entity';

/**
 * A saved report sent by e-mail every month or quarter to named people, each getting the figures of their own
 * rights (never the owner's). One schedule per saved report; only the saved report's owner manages it.
 */
@Entity({ name: 'report_schedules' })
export class ReportScheduleEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('report_schedules_saved_report_id_key', { unique: true })
  @Column({ name: 'saved_report_id', type: 'uuid' })
  savedReportId!: string;

  @ManyToOne(() => SavedReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'saved_report_id', foreignKeyConstraintName: 'report_schedules_saved_report_id_fkey' })
  savedReport?: SavedReportEntity;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'report_schedules_owner_id_fkey' })
  owner?: UserEntity;

  /** MONTHLY (the 1st of each month: the month before) or QUARTERLY (1 Jan/Apr/Jul/Oct: the quarter before). */
  @Column({ type: 'varchar', length: 20 })
  frequency!: string;

  /** XLSX or PDF. */
  @Column({ type: 'varchar', length: 10 })
  format!: string;

  /** The people it goes to (users): each must be active, have an e-mail and be allowed to read reports. */
  @Column({ name: 'recipient_ids', type: 'uuid', array: true })
  recipientIds!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
