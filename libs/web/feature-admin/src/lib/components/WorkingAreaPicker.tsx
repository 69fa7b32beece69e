import { isVillageLevel, isWithin, type RegionLevel } from '@jangkau/shared-domain';
import { useState } from 'react';
import { useRegionSearch } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { RegionCombobox } from '@jangkau/web-ui';

export interface PickedRegion {
  code: string;
  name: string;
  level: string;
  villageCount: number;
}

/** Villages under a set of regions, each counted once (a region inside another picked one adds nothing). */
export function areaVillageCount(regions: PickedRegion[]): number {
  return regions
    .filter((r) => !regions.some((other) => other.code !== r.code && isWithin(r.code, other.code)))
    .reduce((sum, r) => sum + (isVillageLevel(r.level as RegionLevel) ? 1 : r.villageCount), 0);
}

/** Regions at any level, found with the national region search; shows the area's size as it is built. */
export function WorkingAreaPicker({ value, onChange }: { value: PickedRegion[]; onChange: (regions: PickedRegion[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useRegionSearch(text);
  return (
    <fieldset className="fieldset">
      <legend>
        {t('admin.workingArea')} <span className="muted">({t('admin.workingAreaSize', { count: areaVillageCount(value), formatted: formatNumber(areaVillageCount(value)) })})</span>
      </legend>
      <ul className="chips">
        {value.map((region) => (
          <li key={region.code} className="chip">
            <span>
              {region.name} <span className="muted">{region.code}</span>
            </span>
            <button type="button" aria-label={t('admin.removeRegion', { name: region.name })} onClick={() => onChange(value.filter((r) => r.code !== region.code))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <RegionCombobox
        label={t('admin.addRegion')}
        text={text}
        onTextChange={setText}
        search={search}
        onChoose={(region) => {
          setText('');
          if (!value.some((r) => r.code === region.code)) {
            onChange([...value, { code: region.code, name: region.name, level: region.level, villageCount: region.villageCount }]);
          }
        }}
      />
    </fieldset>
  );
}
