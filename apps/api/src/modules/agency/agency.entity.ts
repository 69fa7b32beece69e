import { AgencyType } from '@jangkau/shared-domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned.entity';
import { RegionEntity } from '../region/region.entity';

/** A government body or partner: an immigration office, a Kanwil, a kabupaten agency, a kecamatan, a desa… */
@Entity({ name: 'agencies' })
export class AgencyEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'short_name', type: 'varchar', length: 60 })
  shortName!: string;

  @Column({ type: 'enum', enum: AgencyType, enumName: 'agency_type' })
  type!: AgencyType;

  /** For immigration offices, e.g. "Kelas II Non-TPI". */
  @Column({ name: 'office_class', type: 'varchar', length: 60, nullable: true })
  officeClass!: string | null;

  /** The office's postal address, for the letterhead of its reports. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Index('agencies_parent_id_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'agencies_parent_id_fkey' })
  parent?: AgencyEntity;

  @Index('agencies_home_region_code_idx')
  @Column({ name: 'home_region_code', type: 'varchar', length: 13, nullable: true })
  homeRegionCode!: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'home_region_code', foreignKeyConstraintName: 'agencies_home_region_code_fkey' })
  homeRegion?: RegionEntity;

  /**
   * Desa/kelurahan under the working area: the coverage denominator, kept on the row (recomputed set-based
   * whenever the area changes) so dashboards never walk the tree.
   */
  @Column({ name: 'village_count', type: 'integer', default: 0 })
  villageCount!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/**
 * The regions an agency is responsible for, at any level. Stored minimal: a region already covered by another
 * of the same agency's regions is not stored again (15.02 makes 15.02.10 redundant).
 */
@Entity({ name: 'agency_working_areas' })
export class AgencyWorkingAreaEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 13 })
  regionCode!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'agency_working_areas_agency_id_fkey' })
  agency?: AgencyEntity;

  @Index('agency_working_areas_region_code_idx')
  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'agency_working_areas_region_code_fkey' })
  region?: RegionEntity;
}
