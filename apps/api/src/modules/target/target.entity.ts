import { Indicator } from '@jangkau/shared-domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';
import { AgencyEntity } from '../agency/agency.entity';
import { ProgrammeItemEntity } from '../programme/programme.entity';

/** Agency × period (a year "2025" or a quarter "2025-Q1") × indicator (× programme item) → a value. */
@Entity({ name: 'targets' })
// One target per agency, period, indicator and item ("no item" included): an expression index the migration holds.
@Index('targets_agency_period_indicator_item_key', { synchronize: false })
export class TargetEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'targets_agency_id_fkey' })
  agency?: AgencyEntity;

  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'enum', enum: Indicator, enumName: 'indicator' })
  indicator!: Indicator;

  @Column({ name: 'programme_item_id', type: 'uuid', nullable: true })
  programmeItemId!: string | null;

  @ManyToOne(() => ProgrammeItemEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'programme_item_id', foreignKeyConstraintName: 'targets_programme_item_id_fkey' })
  programmeItem?: ProgrammeItemEntity | null;

  /** A count, or for COVERAGE_RATIO a fraction (0.5 = 50 %). */
  @Column({ type: 'numeric', precision: 12, scale: 4 })
  value!: string;
}
