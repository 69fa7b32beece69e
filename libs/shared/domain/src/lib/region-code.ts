/**
 * Kemendagri region codes (Kepmendagri 300.2.2-2138/2025) and the rules that derive a region's level and
 * parent from its code alone:
 *   provinsi `15`, kabupaten/kota `15.02` (01–69 kabupaten, 71–99 kota), kecamatan `15.02.10`,
 *   desa/kelurahan `15.02.10.2001` (first digit of the last part: 1 kelurahan, 2 desa, 3 desa adat).
 */
export enum RegionLevel {
  PROVINSI = 'PROVINSI',
  KABUPATEN = 'KABUPATEN',
  KOTA = 'KOTA',
  KECAMATAN = 'KECAMATAN',
  DESA = 'DESA',
  KELURAHAN = 'KELURAHAN',
  DESA_ADAT = 'DESA_ADAT',
}

/** Depth in the hierarchy: 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan. */
export type RegionDepth = 1 | 2 | 3 | 4;

export const REGION_LEVELS: readonly RegionLevel[] = Object.values(RegionLevel);

/** The levels that are villages: the denominator of coverage. */
export const VILLAGE_LEVELS: readonly RegionLevel[] = [RegionLevel.DESA, RegionLevel.KELURAHAN, RegionLevel.DESA_ADAT];

export function isVillageLevel(level: RegionLevel): boolean {
  return VILLAGE_LEVELS.includes(level);
}

export function depthOfLevel(level: RegionLevel): RegionDepth {
  switch (level) {
    case RegionLevel.PROVINSI:
      return 1;
    case RegionLevel.KABUPATEN:
    case RegionLevel.KOTA:
      return 2;
    case RegionLevel.KECAMATAN:
      return 3;
    case RegionLevel.DESA:
    case RegionLevel.KELURAHAN:
    case RegionLevel.DESA_ADAT:
      return 4;
  }
}

export interface ParsedRegionCode {
  code: string;
  level: RegionLevel;
  depth: RegionDepth;
  parentCode: string | null;
}

export type RegionCodeProblem = 'EMPTY' | 'FORMAT' | 'PROVINCE_PART' | 'REGENCY_PART' | 'DISTRICT_PART' | 'VILLAGE_PART';

export class InvalidRegionCodeError extends Error {
  constructor(
    readonly code: string,
    readonly problem: RegionCodeProblem,
  ) {
    super(`Invalid region code "${code}" (${problem})`);
    this.name = 'InvalidRegionCodeError';
  }
}

const CODE_SHAPE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** Parses a dotted code; returns the problem instead of throwing, for validators. */
export function tryParseRegionCode(raw: string): ParsedRegionCode | RegionCodeProblem {
  const code = raw.trim();
  if (code === '') return 'EMPTY';
  if (!CODE_SHAPE.test(code)) return 'FORMAT';
  const parts = code.split('.');
  // CODE_SHAPE gives one to four parts; each is read only once parts.length shows it is there.
  const [province = '', regency = '', district = '', village = ''] = parts;
  if (Number(province) < 11) return 'PROVINCE_PART';
  if (parts.length === 1) return { code, level: RegionLevel.PROVINSI, depth: 1, parentCode: null };

  const regencyNumber = Number(regency);
  // 01–69 kabupaten, 71–99 kota; 00 and 70 are not used.
  if (regencyNumber === 0 || regencyNumber === 70) return 'REGENCY_PART';
  const regencyLevel = regencyNumber < 70 ? RegionLevel.KABUPATEN : RegionLevel.KOTA;
  if (parts.length === 2) return { code, level: regencyLevel, depth: 2, parentCode: province };

  if (Number(district) === 0) return 'DISTRICT_PART';
  const regencyCode = `${province}.${regency}`;
  if (parts.length === 3) return { code, level: RegionLevel.KECAMATAN, depth: 3, parentCode: regencyCode };

  const villageLevel = VILLAGE_KIND_BY_DIGIT[village.charAt(0)];
  if (!villageLevel || Number(village.slice(1)) === 0) return 'VILLAGE_PART';
  return { code, level: villageLevel, depth: 4, parentCode: `${regencyCode}.${district}` };
}

const VILLAGE_KIND_BY_DIGIT: Record<string, RegionLevel | undefined> = {
  '1': RegionLevel.KELURAHAN,
  '2': RegionLevel.DESA,
  '3': RegionLevel.DESA_ADAT,
};

export function parseRegionCode(raw: string): ParsedRegionCode {
  const parsed = tryParseRegionCode(raw);
  if (typeof parsed === 'string') throw new InvalidRegionCodeError(raw, parsed);
  return parsed;
}

export function isValidRegionCode(raw: string): boolean {
  return typeof tryParseRegionCode(raw) !== 'string';
}

/** The codes of every ancestor, from the province down to the direct parent. */
export function ancestorCodes(code: string): string[] {
  const parts = parseRegionCode(code).code.split('.');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** True when `code` lies inside `ancestor` (or is it). */
export function isWithin(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

/**
 * Sort rank for a level in mixed lists: provinsi first, villages last; kabupaten and kota rank alike, as do the
 * three kinds of village.
 */
export function levelRank(level: RegionLevel): number {
  return depthOfLevel(level);
}

/** "Kabupaten Merangin" → "Kab. Merangin", for compact paths; other names unchanged. */
export function shortRegionName(name: string, level: RegionLevel): string {
  if (level === RegionLevel.KABUPATEN) return name.replace(/^Kabupaten\s+/i, 'Kab. ');
  return name;
}
