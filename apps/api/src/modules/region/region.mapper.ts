import { RegionEntity } from './region.entity';
import { Region, RegionCounts } from './models/region.model';

export function toRegion(entity: RegionEntity): Region {
  return {
    code: entity.code,
    name: entity.name,
    level: entity.level,
    parentCode: entity.parentCode,
    villageCount: entity.villageCount,
    counts: {
      provinsi: 0,
      kabupaten: entity.kabupatenCount,
      kota: entity.kotaCount,
      kecamatan: entity.kecamatanCount,
      desa: entity.desaCount,
      kelurahan: entity.kelurahanCount,
      desaAdat: entity.desaAdatCount,
      villages: entity.villageCount,
    } satisfies RegionCounts,
  };
}
