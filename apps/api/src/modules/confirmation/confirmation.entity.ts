import { VillageConfirmationStatus, type VillageConfirmationAnswer } from '@jangkau/shared-domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';
import { ActivityEntity } from '../activity/activity.entity';
import { AgencyEntity } from '../agency/agency.entity';
import { RegionEntity } from '../region/region.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A village government's answer on one village a verified activity lists: reached (CONFIRMED) or not as recorded
 * (DISPUTED, with a note), and the lead agency's reply when it keeps a disputed record. No row: not answered yet.
 * It never changes the counted figures.
 */
@Entity({ name: 'activity_village_confirmations' })
// The lead agency's open disputes and the dashboard's share are read by answer.
@Index('activity_village_confirmations_answer_idx', ['answer'])
export class ActivityVillageConfirmationEntity extends VersionedEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Index('activity_village_confirmations_village_code_idx')
  @PrimaryColumn({ name: 'village_code', type: 'varchar', length: 13 })
  villageCode!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_village_confirmations_activity_id_fkey' })
  activity?: ActivityEntity;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'activity_village_confirmations_village_code_fkey' })
  village?: RegionEntity;

  @Column({ type: 'enum', enum: [VillageConfirmationStatus.CONFIRMED, VillageConfirmationStatus.DISPUTED], enumName: 'village_confirmation_answer' })
  answer!: VillageConfirmationAnswer;

  @Column({ type: 'text', default: '' })
  note!: string;

  /** The village government that answered (its desa/kelurahan or its kecamatan). */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'activity_village_confirmations_agency_id_fkey' })
  agency?: AgencyEntity;

  @Column({ name: 'answered_by', type: 'uuid' })
  answeredBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'answered_by', foreignKeyConstraintName: 'activity_village_confirmations_answered_by_fkey' })
  answerer?: UserEntity;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;

  /** Why the lead agency keeps a disputed record as it is (null: not replied). */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'responded_by', foreignKeyConstraintName: 'activity_village_confirmations_responded_by_fkey' })
  responder?: UserEntity | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
