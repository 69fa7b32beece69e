import { Link } from 'react-router';
import { formatDate, formatNumber, formatPercent, useTranslation } from '@jangkau/web-i18n';
import type { MapRow } from '../utils/mapRows';

/**
 * The accessible twin of the map: every region it draws, in the same class with the same figures. Regions outside
 * the working area are listed without figures, as on the map.
 */
export function MapTable({
  rows,
  area,
  showBinaan,
  showVenues,
  selected,
  onSelect,
  drillHref,
}: {
  rows: MapRow[];
  area: string;
  showBinaan: boolean;
  showVenues: boolean;
  selected: string | null;
  onSelect: (code: string) => void;
  drillHref: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="map-table table-wrap">
      <table className="table">
        <caption>{t('map.table.caption', { area })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.table.region')}</th>
            <th scope="col">{t('map.table.class')}</th>
            <th scope="col" className="num">
              {t('map.table.reached')}
            </th>
            <th scope="col" className="num">
              {t('map.table.total')}
            </th>
            <th scope="col" className="num">
              {t('map.table.ratio')}
            </th>
            <th scope="col">{t('map.table.lastReached')}</th>
            {showBinaan && (
              <th scope="col" className="num">
                {t('map.table.binaan')}
              </th>
            )}
            {showVenues && (
              <th scope="col" className="num">
                {t('map.table.venues')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-code={row.code} data-class={row.class} aria-selected={row.code === selected || undefined}>
              <th scope="row">
                <button type="button" className="link-button" aria-label={t('map.table.details', { name: row.name })} onClick={() => onSelect(row.code)}>
                  {row.name}
                </button>
                {row.drillable && (
                  <>
                    {' '}
                    <Link to={{ search: drillHref(row.code) }} className="small" aria-label={t('map.table.open', { name: row.name })}>
                      ›
                    </Link>
                  </>
                )}
              </th>
              <td>{t(`map.legend.classes.${row.class}`)}</td>
              {row.figures ? (
                <>
                  <td className="num">{formatNumber(row.figures.villagesReached)}</td>
                  <td className="num">{formatNumber(row.figures.villagesTotal)}</td>
                  <td className="num">{formatPercent(row.figures.ratio)}</td>
                  <td>{row.figures.lastReachedOn ? formatDate(row.figures.lastReachedOn) : t('map.table.never')}</td>
                </>
              ) : (
                <td colSpan={4} className="muted">
                  {t('map.table.outOfScope')}
                </td>
              )}
              {showBinaan && <td className="num">{formatNumber(row.binaan)}</td>}
              {showVenues && <td className="num">{formatNumber(row.venues)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
