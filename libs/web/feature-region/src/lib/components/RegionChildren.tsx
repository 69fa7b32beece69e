import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { RegionSummaryFragment } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { EmptyState, LevelBadge } from '@jangkau/web-ui';
import { countsLine, isVillage, regionPath } from '../utils/regionText';

/** The regions one level down, each a link, with a filter for long lists (some kecamatan have 100+ villages). */
export function RegionChildren({ heading, items }: { heading: string; items: RegionSummaryFragment[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = useMemo(() => (needle ? items.filter((r) => r.name.toLowerCase().includes(needle) || r.code.startsWith(needle)) : items), [items, needle]);
  return (
    <section className="region-children" aria-labelledby="region-children-heading">
      <div className="region-children__head">
        <h2 id="region-children-heading">
          {heading} <span className="muted">({items.length})</span>
        </h2>
        {items.length > 8 && (
          <label className="region-children__filter">
            <span className="visually-hidden">{t('region.filterLabel')}</span>
            <input type="search" value={filter} placeholder={t('region.filterPlaceholder')} onChange={(e) => setFilter(e.target.value)} />
          </label>
        )}
      </div>
      {needle && <p className="muted">{t('region.shown', { shown: shown.length, total: items.length })}</p>}
      {shown.length === 0 ? (
        <EmptyState title={t('region.filterEmpty', { filter })} />
      ) : (
        <ul className="region-list">
          {shown.map((region) => (
            <li key={region.code}>
              <Link to={regionPath(region.code)} className="region-list__item">
                <span className="region-list__name">{region.name}</span>
                <span className="region-list__meta">
                  {isVillage(region.level) ? <LevelBadge level={region.level} /> : null}
                  <span className="region-list__code">{region.code}</span>
                </span>
                {!isVillage(region.level) && <span className="region-list__counts">{countsLine(region.counts, region.level, t)}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
