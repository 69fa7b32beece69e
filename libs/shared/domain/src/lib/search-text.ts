/**
 * The one normalisation both the region loader (stored search key) and the search query go through, so that
 * matching is case- and accent-insensitive and ignores punctuation: "Regapu’u" and "regapuu" meet,
 * "Pasar-Bangko" and "pasar bangko" meet.
 */
export function normalizeSearchText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`‘"]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key a region is found by: its normalised name, without "Kabupaten"/"Kota" in front of a kabupaten/kota
 * name, so that "merangin" is an exact match for Kabupaten Merangin.
 */
export function regionSearchKey(name: string, depth: number): string {
  const text = normalizeSearchText(name);
  return depth === 2 ? text.replace(/^(kabupaten|kota) /, '') : text;
}

/** Longest search query accepted, in characters, before normalisation. */
export const MAX_SEARCH_QUERY_LENGTH = 100;
/** Most results one search may return. */
export const MAX_SEARCH_RESULTS = 50;
export const DEFAULT_SEARCH_RESULTS = 10;
