import { isWithin } from '@jangkau/shared-domain';
import { minimalArea } from '../agency/working-area';

/** An area figures are computed over: the whole country, or a set of disjoint region codes (any levels). */
export type AreaCodes = 'NATIONAL' | string[];

/**
 * The part of `a` that also lies in `b`: for each pair, the narrower code when one contains the other. Kerinci's
 * working area (15.01, 15.02, 15.72) ∩ Jambi (15) is the working area; ∩ Bangko Barat (15.02.10) is Bangko Barat;
 * ∩ Aceh is nothing.
 */
export function intersectAreas(a: AreaCodes, b: AreaCodes): AreaCodes {
  if (a === 'NATIONAL') return b;
  if (b === 'NATIONAL') return a;
  const kept: string[] = [];
  for (const x of a) {
    for (const y of b) {
      if (isWithin(x, y)) kept.push(x);
      else if (isWithin(y, x)) kept.push(y);
    }
  }
  return minimalArea(kept);
}

/**
 * A SQL condition "this village code lies in the area", one LIKE per code so each is a range scan of a
 * varchar_pattern_ops index (a `LIKE ANY(array)` could not use it). Appends parameters to `params`.
 */
export function villageInArea(column: string, codes: string[], params: unknown[]): string {
  if (codes.length === 0) return 'FALSE';
  const parts = codes.map((code) => {
    const village = isVillageCode(code);
    params.push(village ? code : `${code}.%`);
    return village ? `${column} = $${params.length}` : `${column} LIKE $${params.length}`;
  });
  return `(${parts.join(' OR ')})`;
}

/** Villages have four code segments (15.02.10.2001). */
export const isVillageCode = (code: string) => code.split('.').length === 4;
