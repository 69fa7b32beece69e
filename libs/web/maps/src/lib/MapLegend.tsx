import { MAP_CLASS_STYLES, swatchCss, type MapClassKey } from './classes';

export interface MapLegendItem {
  key: MapClassKey;
  label: string;
  /** How many regions of the view are in this class. */
  count?: number;
}

/** The classes of the map, each with its swatch and how many regions of the view it holds. */
export function MapLegend({ title, items, countLabel }: { title: string; items: MapLegendItem[]; countLabel?: (count: number) => string }) {
  return (
    <figure className="map-legend" aria-label={title}>
      <figcaption className="map-legend__title">{title}</figcaption>
      <ul className="map-legend__items">
        {items.map((item) => (
          <li key={item.key} className="map-legend__item" data-class={item.key}>
            <span className="map-legend__swatch" style={swatchCss(item.key)} aria-hidden="true" data-dark={MAP_CLASS_STYLES[item.key].dark || undefined} />
            <span className="map-legend__label">{item.label}</span>
            {item.count !== undefined && <span className="map-legend__count">{countLabel ? countLabel(item.count) : item.count}</span>}
          </li>
        ))}
      </ul>
    </figure>
  );
}
