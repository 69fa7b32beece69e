import { normalizeSearchText } from '@jangkau/shared-domain';
import type { ActivityFormOptionsQuery } from '@jangkau/web-data-access';
import { offlineDb } from './offlineDb';

/** A region kept on the device, with what the type-ahead shows of it. */
export interface KeptRegion {
  code: string;
  name: string;
  level: string;
  path: string;
  villageCount: number;
}

/** What the activity form needs with no network, kept per person and refreshed when online. */
export interface KeptReference {
  savedAt: string;
  /** false when the working area is too large to keep (national scope): region search then needs the network. */
  complete: boolean;
  regions: KeptRegion[];
  formOptions: ActivityFormOptionsQuery | null;
  workingArea: string[];
}

const keyOf = (userId: string) => `${userId}:reference`;
/** Kept data older than this is fetched again when the network is there. */
export const REFERENCE_MAX_AGE_MS = 6 * 60 * 60 * 1000;

export async function readReference(userId: string): Promise<KeptReference | null> {
  const record = await (await offlineDb()).get('reference', keyOf(userId));
  return (record?.value as KeptReference | undefined) ?? null;
}

export async function writeReference(userId: string, value: KeptReference): Promise<void> {
  await (await offlineDb()).put('reference', { key: keyOf(userId), savedAt: value.savedAt, value });
}

interface Indexed extends KeptRegion {
  key: string;
}
const indexes = new WeakMap<KeptRegion[], Indexed[]>();

/**
 * The kept regions whose name holds the typed text (case, accents and punctuation ignored, as the server's search
 * does), best first: the exact name, then names starting with it, then a word starting with it, then anywhere.
 */
export function searchKept(regions: KeptRegion[], text: string, first = 10): KeptRegion[] {
  const query = normalizeSearchText(text);
  if (!query) return [];
  let index = indexes.get(regions);
  if (!index) {
    index = regions.map((r) => ({ ...r, key: normalizeSearchText(r.name) }));
    indexes.set(regions, index);
  }
  const rank = (key: string) => (key === query ? 0 : key.startsWith(query) ? 1 : key.includes(` ${query}`) ? 2 : key.includes(query) ? 3 : -1);
  return index
    .map((region) => ({ region, rank: rank(region.key) }))
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.region.name.localeCompare(b.region.name, 'id') || a.region.code.localeCompare(b.region.code))
    .slice(0, first)
    .map(({ region }) => ({ code: region.code, name: region.name, level: region.level, path: region.path, villageCount: region.villageCount }));
}

/** The kept direct children of a region, by code. */
export function childrenKept(regions: KeptRegion[], code: string): KeptRegion[] {
  const depth = code.split('.').length + 1;
  return regions.filter((r) => r.code.startsWith(`${code}.`) && r.code.split('.').length === depth).sort((a, b) => a.code.localeCompare(b.code));
}
