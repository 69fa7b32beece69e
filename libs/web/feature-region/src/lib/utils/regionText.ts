import type { RegionLevel } from '@jangkau/web-data-access';
import { formatNumber } from '@jangkau/web-i18n';
import type { TFunction } from 'i18next';

export interface Counts {
  provinsi?: number;
  kabupaten: number;
  kota: number;
  kecamatan: number;
  desa: number;
  kelurahan: number;
  desaAdat: number;
  villages: number;
}

const VILLAGE_LEVELS: RegionLevel[] = ['DESA', 'KELURAHAN', 'DESA_ADAT'];

export function isVillage(level: RegionLevel) {
  return VILLAGE_LEVELS.includes(level);
}

/**
 * What lies below a region, in one line: "24 kecamatan · 215 desa/kelurahan" for a kabupaten; for a kecamatan the
 * kinds of village are told apart ("4 kelurahan · 4 desa"), since that distinction matters to the people there.
 */
export function countsLine(counts: Counts, level: RegionLevel | 'INDONESIA', t: TFunction): string {
  const n = (key: string, count: number) => t(`region.counts.${key}`, { count, formatted: formatNumber(count) });
  const villageKinds = [
    counts.kelurahan ? n('kelurahan', counts.kelurahan) : null,
    counts.desa ? n('desa', counts.desa) : null,
    counts.desaAdat ? n('desaAdat', counts.desaAdat) : null,
  ].filter((part): part is string => part !== null);
  switch (level) {
    case 'INDONESIA':
      return [n('provinsi', counts.provinsi ?? 0), n('kabupatenKota', counts.kabupaten + counts.kota), n('kecamatan', counts.kecamatan), n('villages', counts.villages)].join(' · ');
    case 'PROVINSI':
      return [counts.kabupaten ? n('kabupaten', counts.kabupaten) : null, counts.kota ? n('kota', counts.kota) : null, n('kecamatan', counts.kecamatan), n('villages', counts.villages)]
        .filter(Boolean)
        .join(' · ');
    case 'KABUPATEN':
    case 'KOTA':
      return [n('kecamatan', counts.kecamatan), n('villages', counts.villages)].join(' · ');
    case 'KECAMATAN':
      return villageKinds.length ? villageKinds.join(' · ') : n('villages', 0);
    default:
      return '';
  }
}

/** "Kabupaten Merangin" stays as it is; used for breadcrumbs and headings. */
export function regionPath(code: string) {
  return `/wilayah/${code}`;
}
