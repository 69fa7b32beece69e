import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from './useDebouncedValue';
import { SearchRegionsQuery } from './searchRegions.query';

export const SEARCH_MAX_LENGTH = 100;
const RESULTS = 10;

/** Region search as the user types: debounced, skipped for blank text, keeping the last results while loading. */
export function useRegionSearch(text: string) {
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
    tooLong: text.trim().length > SEARCH_MAX_LENGTH,
    settled: !skip && !result.loading && query === text.trim(),
  };
}
