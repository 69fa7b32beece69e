import { group } from './checked';
import { RegionLevel } from './region-code';

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

/** Words people put before a name to say its level ("kab merangin", "kec. bangko", "kota jambi"). */
const LEVEL_WORDS: Readonly<Record<string, RegionLevel>> = {
  prov: RegionLevel.PROVINSI,
  provinsi: RegionLevel.PROVINSI,
  kab: RegionLevel.KABUPATEN,
  kabupaten: RegionLevel.KABUPATEN,
  kota: RegionLevel.KOTA,
  kec: RegionLevel.KECAMATAN,
  kecamatan: RegionLevel.KECAMATAN,
  kel: RegionLevel.KELURAHAN,
  kelurahan: RegionLevel.KELURAHAN,
  desa: RegionLevel.DESA,
};

/**
 * A normalised query that starts with a level word, split into that level and the name after it; null when it
 * does not. Searches try the name at that level first and the query as typed after it, since some names begin
 * with such a word (Kecamatan "Kota Baru").
 */
export function splitLevelWord(query: string): { level: RegionLevel; name: string } | null {
  const match = /^(\S+) (.+)$/.exec(query);
  const level = match ? LEVEL_WORDS[group(match, 1)] : undefined;
  return match && level ? { level, name: group(match, 2) } : null;
}

/** Longest search query accepted, in characters, before normalisation. */
export const MAX_SEARCH_QUERY_LENGTH = 100;
/** Most results one search may return. */
export const MAX_SEARCH_RESULTS = 50;
export const DEFAULT_SEARCH_RESULTS = 10;
