export { WilayahPage } from './lib/components/WilayahPage';
export { RegionSearch } from './lib/components/RegionSearch';
