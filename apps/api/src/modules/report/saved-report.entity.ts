import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A person's saved report definition: the input only, never figures. Anyone signed in who has the id may open it,
 * and it is evaluated with the opener's rights.
 */
@Entity({ name: 'saved_reports' })
@Index('saved_reports_owner_id_idx', ['ownerId'])
export class SavedReportEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'saved_reports_owner_id_fkey' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** A ReportInput as JSON. */
  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;
}
