import { Indicator } from '@jangkau/shared-domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';

/**
 * The minister's programme as data, versioned by period ("13 Program Akselerasi …", 2024–2025). Items are entered
 * as they are published; only the known ones are seeded, nothing invented.
 */
@Entity({ name: 'programme_frameworks' })
export class ProgrammeFrameworkEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo!: string;
}

@Entity({ name: 'programme_items' })
@Index('programme_items_framework_number_key', ['frameworkId', 'number'], { unique: true })
export class ProgrammeItemEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => ProgrammeFrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'programme_items_framework_id_fkey' })
  framework?: ProgrammeFrameworkEntity;

  @Column({ type: 'smallint' })
  number!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  /** What the item is measured by, as published with it (empty until an administrator enters it). */
  @Column({ type: 'enum', enum: Indicator, enumName: 'indicator', array: true, default: () => "'{}'" })
  indicators!: Indicator[];
}
