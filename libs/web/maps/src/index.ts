export {
  ChoroplethMap,
  MAP_DRILL_MARK,
  MAP_LAYER_START_MARK,
  MAP_PAINTED_MARK,
  MAP_RECOLOURED_MARK,
  type ChoroplethMapHandle,
  type ChoroplethMapProps,
  type MapMarker,
  type MapRegionFeature,
  type MapRegionProperties,
} from './lib/ChoroplethMap';
export { MapLegend, type MapLegendItem } from './lib/MapLegend';
export { MAP_CLASSES, MAP_CLASS_STYLES, swatchCss, type MapClassKey } from './lib/classes';
export { type ExportLegendItem } from './lib/exportPng';
export { boundaryFeatures, type BoundarySet, type BoundaryTopology, type MissingRegion } from './lib/topology';
