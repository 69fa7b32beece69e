import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The audit trail: one row per mutation, written in the mutation's own transaction. Append-only: a trigger
 * (see the migration) refuses UPDATE and DELETE, whoever asks.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_actor_agency_at_idx', ['actorAgencyId', 'at'])
@Index('audit_log_entity_idx', ['entity', 'entityId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Index('audit_log_at_idx')
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The actor's username at the time, kept even if the account is renamed. */
  @Column({ name: 'actor_username', type: 'varchar', length: 60, nullable: true })
  actorUsername!: string | null;

  @Column({ name: 'actor_agency_id', type: 'uuid', nullable: true })
  actorAgencyId!: string | null;

  /** The GraphQL mutation or command, e.g. `updateAgency`. */
  @Column({ type: 'varchar', length: 100 })
  operation!: string;

  @Column({ type: 'varchar', length: 60 })
  entity!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 100 })
  entityId!: string;

  /** The agency the changed record belongs to, so heads see changes to their agency made by admins too. */
  @Index('audit_log_subject_agency_idx')
  @Column({ name: 'subject_agency_id', type: 'uuid', nullable: true })
  subjectAgencyId!: string | null;

  /** Changed fields only: `{ field: { from, to } }`. Secrets are never written here. */
  @Column({ type: 'jsonb' })
  changes!: Record<string, { from: unknown; to: unknown }>;

  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;
}
