export { MapPage } from './lib/components/MapPage';
