import { OFFICIAL_CATEGORIES, ParticipantCategory } from './activity';
import { ancestorCodes, isWithin } from './region-code';

/*
 * Attribution of attendance to regions (issue 14).
 *
 * An activity's participant counts are totals. Part of them can be attributed to a region the activity lists:
 * the kepala desa of Pulau Rengas to Pulau Rengas, the camat of Bangko to Kecamatan Bangko. The rest (everything
 * not attributed) counts at the activity's home: the lowest region that holds all its villages (the venue when it
 * lists none, Indonesia when they span provinces). A region's figure sums only what is attributed inside it, so a
 * region's children add up to the region minus what is counted at its own level ("tidak dirinci per desa"), and no
 * village shows more people than were attributed to it.
 */

/** Indonesia as a whole: where the unattributed rest of an activity across provinces is counted. */
export const NATIONAL_REGION = 'ID';

/** One attributed part: people of one category and region. */
export interface AttendancePart {
  regionCode: string;
  category: ParticipantCategory | string;
  male: number;
  female: number;
}

/** The lowest region holding every code (codes at any level); 'ID' when they span provinces or there are none. */
export function lowestCommonRegion(codes: readonly string[]): string {
  const [first, ...others] = codes;
  if (first === undefined) return NATIONAL_REGION;
  let common = first.split('.');
  for (const code of others) {
    const parts = code.split('.');
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.length ? common.join('.') : NATIONAL_REGION;
}

/** Where an activity's unattributed attendance counts: its villages' lowest common region, else its venue. */
export function attendanceHome(villageCodes: readonly string[], venueRegionCode: string): string {
  return villageCodes.length ? lowestCommonRegion(villageCodes) : venueRegionCode || NATIONAL_REGION;
}

/**
 * The regions attendance may be attributed to: each listed village and the regions above it (kecamatan,
 * kabupaten/kota, province); with no village listed, the venue and the regions above it.
 */
export function attributableRegions(villageCodes: readonly string[], venueRegionCode: string): Set<string> {
  const result = new Set<string>();
  const sources = villageCodes.length ? villageCodes : venueRegionCode ? [venueRegionCode] : [];
  for (const code of sources) {
    result.add(code);
    for (const ancestor of ancestorCodes(code)) result.add(ancestor);
  }
  return result;
}

/** A code and every region above it, with 'ID': the regions whose figures it counts in. */
export function countedIn(code: string): string[] {
  if (code === NATIONAL_REGION) return [NATIONAL_REGION];
  return [NATIONAL_REGION, ...ancestorCodes(code), code];
}

/** The first category whose attributed men or women exceed the totals, or null. */
export function attendanceOverTotal(
  totals: readonly { category: string; male: number; female: number }[],
  parts: readonly AttendancePart[],
): { category: string; sex: 'male' | 'female'; attributed: number; total: number } | null {
  const sums = new Map<string, { male: number; female: number }>();
  for (const p of parts) {
    const s = sums.get(p.category) ?? { male: 0, female: 0 };
    s.male += p.male;
    s.female += p.female;
    sums.set(p.category, s);
  }
  for (const [category, s] of sums) {
    const total = totals.find((t) => t.category === category) ?? { male: 0, female: 0 };
    for (const sex of ['male', 'female'] as const) {
      if (s[sex] > total[sex]) return { category, sex, attributed: s[sex], total: total[sex] };
    }
  }
  return null;
}

/** People of `parts` whose region lies in `regionCode` (the region itself or below). */
export function attributedWithin(parts: readonly AttendancePart[], regionCode: string, officialsOnly = false): number {
  return parts
    .filter((p) => (regionCode === NATIONAL_REGION || isWithin(p.regionCode, regionCode)) && (!officialsOnly || OFFICIAL_CATEGORIES.includes(p.category as ParticipantCategory)))
    .reduce((s, p) => s + p.male + p.female, 0);
}
