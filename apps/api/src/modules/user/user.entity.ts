import { Role } from '@jangkau/shared-domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';
import { AgencyEntity } from '../agency/agency.entity';

@Entity({ name: 'users' })
export class UserEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Index('users_username_key', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  username!: string;

  /** Stored lower-case; unique when present. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  /** scrypt, self-describing (see password-hasher.ts). Never leaves the API. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  @Index('users_agency_id_idx')
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'users_agency_id_fkey' })
  agency?: AgencyEntity;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** Bumped on deactivation, password reset and password change: every token issued before stops working. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
