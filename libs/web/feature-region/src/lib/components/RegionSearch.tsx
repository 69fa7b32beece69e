import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useRegionSearch } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { RegionCombobox } from '@jangkau/web-ui';
import { regionPath } from '../utils/regionText';

/** Type-ahead over all 91,599 regions (the server searches; nothing large is sent to the phone); Enter opens one. */
export function RegionSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const search = useRegionSearch(text);
  return (
    <RegionCombobox
      label={t('search.label')}
      text={text}
      onTextChange={setText}
      search={search}
      hint={t('search.hint')}
      onChoose={(region) => {
        setText('');
        navigate(regionPath(region.code));
      }}
    />
  );
}
