import { RegionResolver } from '../modules/region/region.resolver';

/** Every resolver class: the schema printer and the deny-by-default test walk this list. */
export const RESOLVERS = [RegionResolver];
