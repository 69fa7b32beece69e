import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '@jangkau/web-i18n';
import { LevelBadge } from './LevelBadge';
import { useRegionSearch } from '../hooks/useRegionSearch';
import { errorMessage } from '../utils/errorMessage';
import { regionPath } from '../utils/regionText';

/**
 * Type-ahead over all 91,599 regions (the server searches; nothing large is sent to the phone). An ARIA combobox:
 * ↑/↓ choose, Enter opens, Escape closes.
 */
export function RegionSearch({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { results, loading, error, tooLong, settled, query } = useRegionSearch(text);
  const listId = useId();
  const showList = open && text.trim().length > 0;
  // A new answer can be shorter than the old one: keep the highlighted option inside it.
  useEffect(() => setActive((i) => (i >= results.length ? results.length - 1 : i)), [results.length]);

  const choose = (code: string) => {
    setOpen(false);
    setText('');
    setActive(-1);
    navigate(regionPath(code));
    onNavigate?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (results.length ? (i + 1) % results.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (results.length ? (i <= 0 ? results.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Only the answer to what is typed now: never a result left over from the previous text.
      const target = settled ? results[active >= 0 ? active : 0] : undefined;
      if (target) choose(target.code);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="region-search">
      <label htmlFor={`${listId}-input`} className="region-search__label">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={showList ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="region-search__popup">
          <p className="region-search__message" role="status" aria-live="polite">
            {tooLong
              ? t('search.tooLong')
              : error
                ? errorMessage(error, t)
                : settled
                  ? results.length === 0
                    ? t('search.noResults', { query })
                    : t('search.results', { count: results.length })
                  : ''}
          </p>
          <ul id={listId} role="listbox" aria-label={t('search.label')} aria-busy={loading} className="region-search__list">
            {results.map((region, i) => (
              <li
                key={region.code}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(region.code);
                }}
              >
                <span className="region-search__name">
                  {region.name} <LevelBadge level={region.level} />
                </span>
                <span className="region-search__path">{region.path}</span>
              </li>
            ))}
          </ul>
          {results.length > 0 && <p className="region-search__hint">{t('search.hint')}</p>}
        </div>
      )}
    </div>
  );
}
