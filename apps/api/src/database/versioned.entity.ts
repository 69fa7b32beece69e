import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Records people edit: `version` is the optimistic-concurrency token every update sends back (a stale one is a
 * conflict, never a silent overwrite); the timestamps say when.
 */
export abstract class VersionedEntity {
  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
