import { Link } from 'react-router';
import { useTranslation } from '@jangkau/web-i18n';
import { EmptyState } from '@jangkau/web-ui';
import { mapRows } from '../utils/mapRows';
import { MapTable } from './MapTable';

/**
 * No boundaries to draw (none imported yet, or none for the regions in view): who may import them is told where,
 * everyone else who can do it for them, and the figures are listed in the table all the same.
 */
export function MapNoBoundaries({
  canImportBoundaries,
  coverageChildren,
  area,
  selected,
  onSelect,
  drillHref,
}: {
  canImportBoundaries: boolean;
  /** The coverage children of the view. */
  coverageChildren: Parameters<typeof mapRows>[0]['children'];
  area: string;
  selected: string | null;
  onSelect: (code: string) => void;
  drillHref: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <EmptyState title={t('map.noBoundaries.title')}>
        <p>{t('map.noBoundaries.body')}</p>
        {canImportBoundaries ? (
          <p>
            {t('map.noBoundaries.admin')} <Link to="/admin/batas-wilayah">{t('map.noBoundaries.adminLink')}</Link>
          </p>
        ) : (
          <p>{t('map.noBoundaries.others')}</p>
        )}
        <p>{t('map.noBoundaries.table')}</p>
      </EmptyState>
      <MapTable
        rows={mapRows({ features: [], children: coverageChildren })}
        area={area}
        showBinaan={false}
        showVenues={false}
        selected={selected}
        onSelect={onSelect}
        drillHref={drillHref}
      />
    </>
  );
}
