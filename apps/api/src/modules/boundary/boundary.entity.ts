import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from '../region/region.entity';

export enum BoundarySetStatus {
  /** Being written: no reader looks at it. */
  IMPORTING = 'IMPORTING',
  /** The one set served for its level. */
  ACTIVE = 'ACTIVE',
  /** Superseded by a newer import: kept as history (source, licence, report), its geometry deleted. */
  REPLACED = 'REPLACED',
}

/**
 * One import of boundaries for one level of the hierarchy (1 provinsi, 2 kabupaten/kota, 3 kecamatan,
 * 4 desa/kelurahan), with where the data came from and under which licence. At most one ACTIVE set per level
 * (a partial unique index in the migration): a new import is written as IMPORTING and switched to ACTIVE in one
 * transaction, so readers see the old set until the new one is complete.
 */
@Entity({ name: 'boundary_sets' })
@Index('boundary_sets_active_level_key', { synchronize: false })
export class BoundarySetEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'boundary_sets_pkey' })
  id!: string;

  /** 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan (regions.depth). */
  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'enum', enum: BoundarySetStatus, enumName: 'boundary_set_status' })
  status!: BoundarySetStatus;

  /** Where the data comes from, as the administrator described it (shown on the About page). */
  @Column({ type: 'text' })
  source!: string;

  /** The licence text (or its name and URL) the data is used under. */
  @Column({ type: 'text' })
  licence!: string;

  /** The uploaded file's name, the path given to the CLI, or the URL it was fetched from. */
  @Column({ name: 'file_name', type: 'varchar', length: 2000 })
  fileName!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Features in the file. */
  @Column({ name: 'feature_count', type: 'integer' })
  featureCount!: number;

  /** Regions with a geometry in this set (features of one code are merged into one region). */
  @Column({ name: 'region_count', type: 'integer' })
  regionCount!: number;

  /** Registry regions of this level, inside the file's parent regions, that have no geometry. */
  @Column({ name: 'missing_count', type: 'integer' })
  missingCount!: number;

  /** Who: the username (REST), or how (CLI, demo) when no one signed in. */
  @Column({ name: 'imported_by', type: 'varchar', length: 100 })
  importedBy!: string;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  /** The import report: matched, repaired, warnings, missing codes, timings. */
  @Column({ type: 'jsonb' })
  report!: Record<string, unknown>;
}

/**
 * One region's outline in one set, pre-simplified at three levels of detail (0 coarse, 1 medium, 2 as imported
 * after repair). Each geometry is GeoJSON Polygon/MultiPolygon `{type, coordinates}` as compact JSON text: it is
 * only ever read whole, to be encoded into TopoJSON for a view, so a jsonb or PostGIS type would buy nothing here.
 * Neighbours were simplified together (topology-preserving), so shared borders stay shared at every detail.
 */
@Entity({ name: 'boundary_regions' })
@Index('boundary_regions_set_parent_idx', ['setId', 'parentCode'])
@Index('boundary_regions_region_code_idx', ['regionCode'])
export class BoundaryRegionEntity {
  @PrimaryColumn({ name: 'set_id', type: 'uuid', primaryKeyConstraintName: 'boundary_regions_pkey' })
  setId!: string;

  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 13, primaryKeyConstraintName: 'boundary_regions_pkey' })
  regionCode!: string;

  @ManyToOne(() => BoundarySetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id', foreignKeyConstraintName: 'boundary_regions_set_id_fkey' })
  set?: BoundarySetEntity;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'boundary_regions_region_code_fkey' })
  region?: RegionEntity;

  /** The region's parent (null for provinces): a view asks for the children of one region. */
  @Column({ name: 'parent_code', type: 'varchar', length: 13, nullable: true })
  parentCode!: string | null;

  @Column({ name: 'geometry_0', type: 'text' })
  geometry0!: string;

  @Column({ name: 'geometry_1', type: 'text' })
  geometry1!: string;

  @Column({ name: 'geometry_2', type: 'text' })
  geometry2!: string;

  /** Positions per detail, so a view picks its detail without reading the geometry. */
  @Column({ name: 'points_0', type: 'integer' })
  points0!: number;

  @Column({ name: 'points_1', type: 'integer' })
  points1!: number;

  @Column({ name: 'points_2', type: 'integer' })
  points2!: number;

  @Column({ name: 'min_lon', type: 'double precision' })
  minLon!: number;

  @Column({ name: 'min_lat', type: 'double precision' })
  minLat!: number;

  @Column({ name: 'max_lon', type: 'double precision' })
  maxLon!: number;

  @Column({ name: 'max_lat', type: 'double precision' })
  maxLat!: number;

  /** A point inside the region (pole of inaccessibility of its largest part), for markers and labels. */
  @Column({ name: 'label_lon', type: 'double precision' })
  labelLon!: number;

  @Column({ name: 'label_lat', type: 'double precision' })
  labelLat!: number;
}
