import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage, useRegionSearch } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { Combobox } from '@jangkau/web-ui';
import { LevelBadge } from './LevelBadge';
import { regionPath } from '../utils/regionText';

/** Type-ahead over all 91,599 regions (the server searches; nothing large is sent to the phone); Enter opens one. */
export function RegionSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const { results, loading, error, tooLong, settled, query } = useRegionSearch(text);
  return (
    <Combobox
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      text={text}
      onTextChange={setText}
      options={results.map((r) => ({ id: r.code, label: r.name, badge: <LevelBadge level={r.level} />, detail: r.path }))}
      ready={settled}
      busy={loading}
      status={
        tooLong
          ? t('search.tooLong')
          : error
            ? errorMessage(error, t)
            : settled
              ? results.length === 0
                ? t('search.noResults', { query })
                : t('search.results', { count: results.length })
              : ''
      }
      hint={t('search.hint')}
      onChoose={(code) => {
        setText('');
        navigate(regionPath(code));
      }}
    />
  );
}
