import { RegionLevel } from '@jangkau/shared-domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per Kemendagri region: 38 provinsi, 514 kabupaten/kota, 7,285 kecamatan, 83,762 desa/kelurahan.
 * The descendant counts are kept on the row (maintained set-based by the loader) so that coverage denominators and
 * the "24 kecamatan · 215 desa/kelurahan" lines never walk the tree.
 */
@Entity({ name: 'regions' })
// Subtree queries (`code LIKE '15.02.%'`) and search need operator classes TypeORM cannot express; they live in
// the migration and TypeORM is told to leave them alone.
@Index('regions_code_pattern_idx', { synchronize: false })
@Index('regions_name_key_idx', { synchronize: false })
@Index('regions_name_search_trgm_idx', { synchronize: false })
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 13 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'enum', enum: RegionLevel, enumName: 'region_level' })
  level!: RegionLevel;

  /** 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan. */
  @Column({ type: 'smallint' })
  depth!: number;

  @Index('regions_parent_code_idx')
  @Column({ name: 'parent_code', type: 'varchar', length: 13, nullable: true })
  parentCode!: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_code', foreignKeyConstraintName: 'regions_parent_code_fkey' })
  parent?: RegionEntity | null;

  /** Lower-case, accent- and punctuation-free name (normalizeSearchText); trigram-indexed. */
  @Column({ name: 'name_search', type: 'varchar', length: 255 })
  nameSearch!: string;

  /**
   * nameSearch without "kabupaten"/"kota" in front (regionSearchKey). Byte-order collation ("C"), so one plain
   * index on (depth, name_key, code) serves both `LIKE 'ba%'` and the ORDER BY, and a prefix search stops at its limit.
   */
  @Column({ name: 'name_key', type: 'varchar', length: 255, collation: 'C' })
  nameKey!: string;

  @Column({ name: 'kabupaten_count', type: 'integer', default: 0 })
  kabupatenCount!: number;

  @Column({ name: 'kota_count', type: 'integer', default: 0 })
  kotaCount!: number;

  @Column({ name: 'kecamatan_count', type: 'integer', default: 0 })
  kecamatanCount!: number;

  @Column({ name: 'desa_count', type: 'integer', default: 0 })
  desaCount!: number;

  @Column({ name: 'kelurahan_count', type: 'integer', default: 0 })
  kelurahanCount!: number;

  @Column({ name: 'desa_adat_count', type: 'integer', default: 0 })
  desaAdatCount!: number;

  /** desa + kelurahan + desa adat below this region (a village itself holds 0). */
  @Column({ name: 'village_count', type: 'integer', default: 0 })
  villageCount!: number;
}

/**
 * Every distinct word of every region name (about 48,000), for telling a misspelled word from a known or
 * half-typed one and correcting it: fuzzy-matching one word against this small table takes well under a
 * millisecond, fuzzy-matching whole names over 91,599 rows tens of milliseconds. Rebuilt by the region loader.
 * Byte-order collation, so the primary key also answers "is there a word starting with …".
 */
@Entity({ name: 'region_words' })
@Index('region_words_word_trgm_idx', { synchronize: false })
export class RegionWordEntity {
  @PrimaryColumn({ type: 'varchar', length: 255, collation: 'C', primaryKeyConstraintName: 'region_words_pkey' })
  word!: string;
}

/** Which version of which official list is loaded, and what each load changed. */
@Entity({ name: 'region_data_versions' })
export class RegionDataVersionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  source!: string;

  @Column({ type: 'varchar', length: 50 })
  version!: string;

  @CreateDateColumn({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt!: Date;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @Column({ name: 'total', type: 'integer' })
  total!: number;

  @Column({ type: 'integer' })
  added!: number;

  @Column({ type: 'integer' })
  renamed!: number;

  @Column({ type: 'integer' })
  removed!: number;

  @Column({ name: 'kept_referenced', type: 'integer' })
  keptReferenced!: number;

  /** The full diff: codes added, renamed (from → to), removed, and removed-upstream codes kept because referenced. */
  @Column({ type: 'jsonb' })
  report!: Record<string, unknown>;
}
