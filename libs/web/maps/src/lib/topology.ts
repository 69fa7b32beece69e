import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapRegionFeature } from './ChoroplethMap';

/** A region without a boundary in the store: listed, not drawn. */
export interface MissingRegion {
  code: string;
  name: string;
  level: string;
}

/** What GET /api/boundaries/:code(/children) answers: TopoJSON with one object, `regions`, and what is missing. */
export interface BoundaryTopology extends Topology<{ regions: GeometryCollection<{ code: string; name: string; level: string; label?: [number, number] }> }> {
  missing?: MissingRegion[];
  detail?: unknown;
  source?: { level?: string | number; source?: string; licence?: string; importedAt?: string } | null;
}

export interface BoundarySet {
  features: MapRegionFeature[];
  missing: MissingRegion[];
  source: BoundaryTopology['source'];
}

/** The regions of a boundary answer as GeoJSON features (topojson-client does the decoding). */
export function boundaryFeatures(topology: BoundaryTopology): BoundarySet {
  const object = topology.objects?.regions;
  const collection = object ? (feature(topology as Topology, object) as unknown as { features: Feature<Geometry, MapRegionFeature['properties'] & { level?: string }>[] }) : { features: [] };
  const features = collection.features
    .filter((f) => f.geometry && f.properties?.code)
    .map((f) => ({ ...f, properties: { code: f.properties.code, name: f.properties.name, label: f.properties.label ?? null } }));
  return { features, missing: topology.missing ?? [], source: topology.source ?? null };
}
