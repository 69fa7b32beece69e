import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '../regions/useDebouncedValue';
import { useRegionSearch } from '../regions/useRegionSearch';
import { FilterAgencySearchQuery } from './filterAgencySearch.query';
import { FilterProgrammesQuery } from './filterProgrammes.query';

/** Agencies by name as the user types: debounced, from two characters. */
export function useAgencySearch(text: string) {
  const query = useDebouncedValue(text.trim(), 250);
  const skip = query.length < 2;
  const { data, loading } = useQuery(FilterAgencySearchQuery, { variables: { search: query }, skip });
  return { query, agencies: skip ? [] : (data?.agencies ?? []), loading, settled: !skip && !loading && query === text.trim() };
}

/** Every programme framework with its validity and items, for the programme filters (which offer those of their period). */
export function useProgrammeFrameworks() {
  const { data } = useQuery(FilterProgrammesQuery);
  return data?.programmeFrameworks ?? [];
}

/**
 * Where the shared coverage filter form (@jangkau/web-filters, a ui lib that may not query) gets its choices: the
 * feature pages hand this object to it. Hooks, called unconditionally in the form's pickers.
 */
export const filterSources = { useRegionSearch, useAgencySearch, useProgrammeFrameworks };
