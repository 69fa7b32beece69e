import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';
import { AgencyEntity } from '../agency/agency.entity';
import { RegionEntity } from '../region/region.entity';
import { UserEntity } from '../user/user.entity';

export enum DesaBinaanStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

/** A village an immigration office adopts for TPPO prevention, by decree (SK), with its officer (Pimpasa). */
@Entity({ name: 'desa_binaan' })
@Index('desa_binaan_agency_village_key', ['agencyId', 'villageCode'], { unique: true })
export class DesaBinaanEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'desa_binaan_agency_id_fkey' })
  agency?: AgencyEntity;

  @Index('desa_binaan_village_code_idx')
  @Column({ name: 'village_code', type: 'varchar', length: 13 })
  villageCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'desa_binaan_village_code_fkey' })
  village?: RegionEntity;

  @Column({ name: 'sk_number', type: 'varchar', length: 120 })
  skNumber!: string;

  @Index('desa_binaan_sk_date_idx')
  @Column({ name: 'sk_date', type: 'date' })
  skDate!: string;

  /** The Pimpasa, when they have an account here. */
  @Column({ name: 'officer_user_id', type: 'uuid', nullable: true })
  officerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'officer_user_id', foreignKeyConstraintName: 'desa_binaan_officer_user_id_fkey' })
  officerUser?: UserEntity | null;

  /** The Pimpasa's name as written in the SK. */
  @Column({ name: 'officer_name', type: 'varchar', length: 200 })
  officerName!: string;

  @Column({ type: 'enum', enum: DesaBinaanStatus, enumName: 'desa_binaan_status', default: DesaBinaanStatus.ACTIVE })
  status!: DesaBinaanStatus;

  @Column({ type: 'text', default: '' })
  notes!: string;
}
