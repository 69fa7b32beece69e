import { useTranslation } from '@jangkau/web-i18n';
import type { MapOverlays } from '../hooks/useMapOverlays';
import type { MapLayer } from '../hooks/useMapView';
import { STALE_CHOICES, type StaleChoice } from '../utils/staleWindow';

export interface MapControlsProps {
  layer: MapLayer;
  onLayer: (layer: MapLayer) => void;
  staleChoice: StaleChoice;
  onStaleChoice: (choice: StaleChoice) => void;
  overlays: MapOverlays;
  onOverlay: (key: keyof MapOverlays, on: boolean) => void;
  /** "Show villages" is offered (a province or kabupaten in view). */
  villagesOffered: boolean;
  villagesOn: boolean;
  onVillages: (on: boolean) => void;
  tableView: boolean;
  onTableView: (on: boolean) => void;
  exporting: 'idle' | 'busy' | 'failed';
  onExport: () => void;
}

/** The map's layers: what colours the regions, the overlays, villages, the table instead of the map, and the PNG. */
export function MapControls({
  layer,
  onLayer,
  staleChoice,
  onStaleChoice,
  overlays,
  onOverlay,
  villagesOffered,
  villagesOn,
  onVillages,
  tableView,
  onTableView,
  exporting,
  onExport,
}: MapControlsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="map-controls">
      <legend>{t('map.layers.title')}</legend>
      <label className="field--inline">
        <input type="radio" name="map-layer" checked={layer === 'coverage'} onChange={() => onLayer('coverage')} />
        <span>{t('map.layers.coverage')}</span>
      </label>
      <label className="field--inline">
        <input type="radio" name="map-layer" checked={layer === 'stale'} onChange={() => onLayer('stale')} />
        <span>{t('map.layers.stale')}</span>
      </label>
      {layer === 'stale' && (
        <label className="field field--compact">
          <span className="visually-hidden">{t('map.layers.staleChoice')}</span>
          <select value={String(staleChoice)} onChange={(e) => onStaleChoice(e.target.value === 'never' ? 'never' : (Number(e.target.value) as StaleChoice))}>
            {STALE_CHOICES.map((c) => (
              <option key={c} value={String(c)}>
                {c === 'never' ? t('map.layers.never') : t('map.layers.staleMonths', { count: c })}
              </option>
            ))}
          </select>
        </label>
      )}
      {(['binaan', 'venues', 'outline'] as const).map((key) => (
        <label key={key} className="field--inline">
          <input type="checkbox" checked={overlays[key]} onChange={(e) => onOverlay(key, e.target.checked)} />
          <span>{t(`map.layers.${key}`)}</span>
        </label>
      ))}
      {villagesOffered && (
        <label className="field--inline">
          <input type="checkbox" checked={villagesOn} onChange={(e) => onVillages(e.target.checked)} />
          <span>{t('map.showVillages')}</span>
        </label>
      )}
      <label className="field--inline">
        <input type="checkbox" checked={tableView} onChange={(e) => onTableView(e.target.checked)} />
        <span>{t('map.layers.table')}</span>
      </label>
      <button type="button" className="button button--secondary" onClick={onExport} disabled={tableView || exporting === 'busy'}>
        {exporting === 'busy' ? t('map.export.busy') : t('map.export.button')}
      </button>
    </fieldset>
  );
}
