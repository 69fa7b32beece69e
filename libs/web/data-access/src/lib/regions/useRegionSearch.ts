import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@jangkau/web-i18n';
import { errorMessage } from '../errorMessage';
import { useDebouncedValue } from './useDebouncedValue';
import { SearchRegionsQuery } from './searchRegions.query';

export const SEARCH_MAX_LENGTH = 100;
const RESULTS = 10;

/**
 * Region search as the user types: debounced, skipped for blank text, keeping the last results while loading. A
 * search that failed is never "settled" (it found nothing only when it ran): its error comes in words instead.
 */
export function useRegionSearch(text: string) {
  const { t } = useTranslation();
  const query = useDebouncedValue(text.trim(), 200);
  const skip = query.length === 0 || query.length > SEARCH_MAX_LENGTH;
  const result = useQuery(SearchRegionsQuery, {
    variables: { query, first: RESULTS },
    skip,
    fetchPolicy: 'cache-first',
  });
  const data = result.data ?? result.previousData;
  return {
    query,
    results: skip ? [] : (data?.searchRegions ?? []),
    loading: result.loading,
    error: result.error,
    errorText: !skip && result.error ? errorMessage(result.error, t) : null,
    tooLong: text.trim().length > SEARCH_MAX_LENGTH,
    settled: !skip && !result.loading && !result.error && query === text.trim(),
  };
}
