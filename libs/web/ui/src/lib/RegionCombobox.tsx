import { useTranslation } from '@jangkau/web-i18n';
import { Combobox } from './Combobox';
import { LevelBadge } from './LevelBadge';

export interface RegionSearchResult {
  code: string;
  name: string;
  level: string;
  path: string;
  villageCount: number;
}

/** What a region search hook reports (useRegionSearch in data-access), plus its error already put into words. */
export interface RegionSearchState {
  query: string;
  results: RegionSearchResult[];
  loading: boolean;
  settled: boolean;
  tooLong: boolean;
  errorText?: string | null;
}

/**
 * The region type-ahead every page uses: results with their level badge and path, and one status line (too long,
 * error, no results, how many) announced to screen readers. `only` narrows the results a page can take.
 */
export function RegionCombobox({
  label,
  placeholder,
  text,
  onTextChange,
  search,
  onChoose,
  only,
  optionLabel,
  hint,
  inputId,
  invalid,
  describedBy,
}: {
  label: string;
  placeholder?: string;
  text: string;
  onTextChange: (text: string) => void;
  search: RegionSearchState;
  onChoose: (region: RegionSearchResult) => void;
  only?: (region: RegionSearchResult) => boolean;
  optionLabel?: (region: RegionSearchResult) => string;
  hint?: string;
  inputId?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const results = only ? search.results.filter(only) : search.results;
  const status = search.tooLong
    ? t('search.tooLong')
    : search.errorText
      ? search.errorText
      : search.settled
        ? results.length === 0
          ? t('search.noResults', { query: search.query })
          : t('search.results', { count: results.length })
        : '';
  return (
    <Combobox
      label={label}
      placeholder={placeholder ?? t('search.placeholder')}
      text={text}
      onTextChange={onTextChange}
      options={results.map((r) => ({ id: r.code, label: optionLabel?.(r) ?? r.name, badge: <LevelBadge level={r.level} />, detail: r.path }))}
      ready={search.settled}
      busy={search.loading}
      status={status}
      hint={hint}
      inputId={inputId}
      invalid={invalid}
      describedBy={describedBy}
      onChoose={(code) => {
        const region = results.find((r) => r.code === code);
        if (region) onChoose(region);
      }}
    />
  );
}
