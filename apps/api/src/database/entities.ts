import { RegionDataVersionEntity, RegionEntity } from '../modules/region/region.entity';

/** Every entity, listed once: the data source, the migration drift test and the generator all read this. */
export const ENTITIES = [RegionEntity, RegionDataVersionEntity];
