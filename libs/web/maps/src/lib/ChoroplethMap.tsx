import type { Feature, Geometry } from 'geojson';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { canvasFill, MAP_CLASS_STYLES, MARKER_COLOURS, OUTLINE_COLOUR, type MapClassKey } from './classes';
import { composePng, type ExportLegendItem } from './exportPng';

export interface MapRegionProperties {
  code: string;
  name: string;
  /** A point inside the region for its marker, [lon, lat]. */
  label?: [number, number] | null;
}
export type MapRegionFeature = Feature<Geometry, MapRegionProperties>;

export interface MapMarker {
  id: string;
  /** [lon, lat] */
  at: [number, number];
  count: number;
  kind: keyof typeof MARKER_COLOURS;
  title: string;
}

export interface ChoroplethMapHandle {
  /** The current view as a PNG: the drawn map with a title above and the legend below. */
  exportPng(options: { title: string; subtitle?: string; legend: ExportLegendItem[] }): Promise<Blob>;
}

export interface ChoroplethMapProps {
  features: MapRegionFeature[];
  /** Changes when a different set of regions is shown (a drill step): the view refits and a paint is marked. */
  viewKey: string;
  classOf: (code: string) => MapClassKey;
  /** The lines of a region's hover tooltip (name, reached/total, ratio). Read when shown, not on every render. */
  tooltipOf: (code: string) => string[];
  outline?: MapRegionFeature[];
  markers?: MapMarker[];
  selected?: string | null;
  /** Clicking a region: drill into it when `canDrill(code)`, else select it. */
  canDrill?: (code: string) => boolean;
  onSelect?: (code: string) => void;
  onDrill?: (code: string) => void;
  onHover?: (code: string | null) => void;
  tileUrl?: string | null;
  tileAttribution?: string | null;
  /** The accessible name of the map (the table view is its accessible alternative). */
  label: string;
}

/** Performance marks, so the time from a click to the new layer on screen can be measured (tools/bench/map.mjs). */
export const MAP_PAINTED_MARK = 'jangkau:map-painted';
export const MAP_DRILL_MARK = 'jangkau:map-drill';
export const MAP_RECOLOURED_MARK = 'jangkau:map-recoloured';
/** When the map starts building a new layer (its data has arrived): painted − this is the drawing alone. */
export const MAP_LAYER_START_MARK = 'jangkau:map-layer-start';

function regionStyle(key: MapClassKey, state: 'normal' | 'hover' | 'selected'): L.PathOptions {
  const style = MAP_CLASS_STYLES[key];
  return {
    // Leaflet's canvas renderer assigns this to fillStyle as is: a CanvasPattern draws the hatched classes.
    fillColor: canvasFill(key) as string,
    fillOpacity: 1,
    color: state === 'selected' ? '#000000' : state === 'hover' ? '#333333' : style.stroke,
    weight: state === 'selected' ? 3 : state === 'hover' ? 2 : 0.8,
    dashArray: state === 'normal' && style.dash ? style.dash.join(' ') : undefined,
  };
}

function mark(name: string, detail: Record<string, unknown>) {
  try {
    performance.mark(name, { detail });
  } catch {
    // Old browsers without mark details: the measurement is a nicety.
  }
}

/**
 * A choropleth of regions on a Leaflet canvas (one canvas for hundreds or thousands of polygons: no DOM node per
 * region), with an optional outline layer, count markers and an optional base map. Props only; hover never
 * re-renders React: the highlight and the tooltip are Leaflet's.
 */
export const ChoroplethMap = forwardRef<ChoroplethMapHandle, ChoroplethMapProps>(function ChoroplethMap(props, ref) {
  const { features, viewKey, classOf, outline, markers, selected, tileUrl, tileAttribution, label } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const rendererRef = useRef<L.Canvas | null>(null);
  const regionLayer = useRef<L.GeoJSON | null>(null);
  const byCode = useRef(new Map<string, L.Path>());
  const hovered = useRef<string | null>(null);
  // The latest props for Leaflet's handlers, which are bound once per layer.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const selectedRef = useRef(selected ?? null);

  // The map itself, once.
  useEffect(() => {
    if (!container.current) return;
    const renderer = L.canvas({ padding: 0.2, tolerance: 2 });
    const map = L.map(container.current, {
      renderer,
      preferCanvas: true,
      zoomSnap: 0.25,
      zoomControl: true,
      attributionControl: true,
      boxZoom: false,
      doubleClickZoom: false,
    });
    map.attributionControl.setPrefix(false);
    map.setView([-2.5, 118], 4);
    mapRef.current = map;
    rendererRef.current = renderer;
    // The container can change size (side panel opening, rotating a phone): keep Leaflet's idea of it current.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => map.invalidateSize({ pan: false }));
    resize?.observe(container.current);
    return () => {
      resize?.disconnect();
      map.remove();
      mapRef.current = null;
      rendererRef.current = null;
    };
  }, []);

  // An optional base map: off unless the installation configures a tile URL.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !tileUrl) return;
    const tiles = L.tileLayer(tileUrl, { attribution: tileAttribution ?? '', crossOrigin: true }).addTo(map);
    tiles.bringToBack();
    return () => {
      tiles.remove();
    };
  }, [tileUrl, tileAttribution]);

  // The regions: a new layer for a new set of features; the view fits it and the paint is marked.
  useEffect(() => {
    const map = mapRef.current;
    const renderer = rendererRef.current;
    if (!map || !renderer) return;
    mark(MAP_LAYER_START_MARK, { viewKey, features: features.length });
    const paths = new Map<string, L.Path>();
    // Paths take the map's renderer: the one canvas.
    const layer = L.geoJSON(features as never, {
      style: (feature) => {
        const code = (feature as MapRegionFeature).properties.code;
        return regionStyle(latest.current.classOf(code), code === selectedRef.current ? 'selected' : 'normal');
      },
      onEachFeature: (feature, path) => {
        const code = (feature as MapRegionFeature).properties.code;
        paths.set(code, path as L.Path);
        path.bindTooltip(
          () => {
            const box = document.createElement('div');
            latest.current.tooltipOf(code).forEach((line, i) => {
              const row = document.createElement(i === 0 ? 'strong' : 'div');
              row.textContent = line;
              box.appendChild(row);
            });
            return box;
          },
          { sticky: true, direction: 'top', offset: [0, -8], className: 'map-tooltip' },
        );
        path.on('mouseover', () => {
          hovered.current = code;
          if (code !== selectedRef.current) (path as L.Path).setStyle(regionStyle(latest.current.classOf(code), 'hover'));
          latest.current.onHover?.(code);
        });
        path.on('mouseout', () => {
          if (hovered.current === code) hovered.current = null;
          (path as L.Path).setStyle(regionStyle(latest.current.classOf(code), code === selectedRef.current ? 'selected' : 'normal'));
          latest.current.onHover?.(null);
        });
        path.on('click', () => {
          const { canDrill, onDrill, onSelect } = latest.current;
          if (onDrill && canDrill?.(code)) {
            mark(MAP_DRILL_MARK, { code });
            path.closeTooltip();
            onDrill(code);
          } else onSelect?.(code);
        });
      },
    });
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { animate: false, padding: [12, 12] });
    layer.addTo(map);
    regionLayer.current = layer;
    byCode.current = paths;
    // For browser journeys and the benchmark, which click regions on a canvas: where a region is on screen.
    const element = map.getContainer() as HTMLElement & { jangkauPointOf?: (code: string) => { x: number; y: number } | null };
    element.jangkauPointOf = (code) => {
      const path = paths.get(code) as (L.Polygon & { feature?: MapRegionFeature }) | undefined;
      if (!path) return null;
      const label = path.feature?.properties.label;
      const point = map.latLngToContainerPoint(label ? L.latLng(label[1], label[0]) : path.getCenter());
      const box = element.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    };
    // Leaflet draws the canvas in its own animation frame; a frame requested after that is after the drawing.
    const frame = requestAnimationFrame(() => mark(MAP_PAINTED_MARK, { viewKey, features: features.length }));
    return () => {
      cancelAnimationFrame(frame);
      layer.remove();
      regionLayer.current = null;
      byCode.current = new Map();
    };
    // classOf is read through `latest` (restyling has its own effect); viewKey names this set of features.
  }, [features, viewKey]);

  // Recolour in place when the classes change (another layer, a live update), without rebuilding the layer.
  useEffect(() => {
    const paths = byCode.current;
    if (!paths.size) return;
    for (const [code, path] of paths) {
      path.setStyle(regionStyle(classOf(code), code === selectedRef.current ? 'selected' : code === hovered.current ? 'hover' : 'normal'));
    }
    const frame = requestAnimationFrame(() => mark(MAP_RECOLOURED_MARK, { viewKey }));
    return () => cancelAnimationFrame(frame);
  }, [classOf, viewKey]);

  // The selected region: a heavy black border, brought to the front.
  useEffect(() => {
    const previous = selectedRef.current;
    selectedRef.current = selected ?? null;
    const paths = byCode.current;
    const { classOf: currentClassOf } = latest.current;
    if (previous && previous !== selected) paths.get(previous)?.setStyle(regionStyle(currentClassOf(previous), 'normal'));
    if (selected) {
      const path = paths.get(selected);
      path?.setStyle(regionStyle(currentClassOf(selected), 'selected'));
      path?.bringToFront();
    }
  }, [selected, features]);

  // The working area's outline: on top of the regions, not interactive (hover and clicks go to the regions).
  useEffect(() => {
    const map = mapRef.current;
    const renderer = rendererRef.current;
    if (!map || !renderer || !outline?.length) return;
    const layer = L.geoJSON(outline as never, {
      interactive: false,
      style: { fill: false, color: OUTLINE_COLOUR, weight: 2.5, opacity: 0.95 },
    }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [outline, features]);

  // Count markers: a circle sized by the count, with the count written on it.
  useEffect(() => {
    const map = mapRef.current;
    const renderer = rendererRef.current;
    if (!map || !renderer || !markers?.length) return;
    const group = L.layerGroup();
    for (const marker of markers) {
      const circle = L.circleMarker([marker.at[1], marker.at[0]], {
        renderer,
        radius: 7 + Math.min(12, Math.sqrt(marker.count) * 2.5),
        color: '#ffffff',
        weight: 1.5,
        fillColor: MARKER_COLOURS[marker.kind],
        fillOpacity: 0.9,
        interactive: false,
      });
      circle.bindTooltip(String(marker.count), { permanent: true, direction: 'center', className: `map-count map-count--${marker.kind}`, interactive: false });
      group.addLayer(circle);
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [markers, features]);

  useImperativeHandle(
    ref,
    () => ({
      exportPng: async ({ title, subtitle, legend }) => {
        const map = mapRef.current;
        const renderer = rendererRef.current as (L.Canvas & { _container?: HTMLCanvasElement }) | null;
        if (!map || !renderer?._container) throw new Error('The map is not drawn yet.');
        const counts = (latest.current.markers ?? []).map((m) => ({ point: map.latLngToContainerPoint([m.at[1], m.at[0]]), marker: m }));
        return composePng({ mapElement: map.getContainer(), canvas: renderer._container, title, subtitle, legend, counts });
      },
    }),
    [],
  );

  return <div ref={container} className="choropleth-map" role="region" aria-label={label} data-view={viewKey} />;
});
