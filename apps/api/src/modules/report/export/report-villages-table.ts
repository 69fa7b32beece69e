import type { Report } from '../models/report.model';
import type { UnreachedVillageList } from '../report-villages';
import type { ReportTable } from './report-table';

/** A report as files write it: Belum Terjangkau carries its villages too. */
export type ExportedReport = Report & { unreachedVillages?: UnreachedVillageList | null };

const BASIS: Record<string, string> = { DISTANCE: 'jarak garis lurus', KECAMATAN: 'satu kecamatan', KABUPATEN: 'satu kabupaten/kota' };

/** A PDF is for reading and printing: ~70 pages of villages at most (the XLSX and CSV hold up to MAX_UNREACHED_IN_FILE). */
export const MAX_UNREACHED_IN_PDF = 2_000;

const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * "Belum Terjangkau": every village of the report's area not reached in the last 6 months (or never), by code,
 * with its kecamatan, kabupaten/kota, last reached date ("belum pernah"), the nearest Desa Binaan and the offices
 * responsible. The closing row gives the count, and says when the file lists only the first of them (`max`).
 */
export function unreachedTable(report: ExportedReport, max = Infinity): ReportTable | null {
  const list = report.unreachedVillages;
  if (!list) return null;
  const listed = list.rows.slice(0, max);
  const cut = listed.length < list.total;
  return {
    name: 'Belum Terjangkau',
    headers: ['Kode desa/kelurahan', 'Desa/kelurahan', 'Kecamatan', 'Kabupaten/kota', 'Terakhir dijangkau', 'Desa Binaan terdekat', 'Dasar Desa Binaan terdekat', 'Kantor penanggung jawab'],
    formats: ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    rows: listed.map((v) => {
      const near = v.nearestDesaBinaan;
      return [
        v.code,
        v.name,
        v.kecamatan,
        v.kabupaten,
        v.lastReachedOn ? day(v.lastReachedOn) : 'belum pernah',
        near ? `${near.name} (${near.agency})` : '—',
        near ? (near.distanceKm !== null ? `${BASIS[near.basis]}, ${near.distanceKm.toLocaleString('id-ID')} km` : BASIS[near.basis]) : 'tidak ada di kab/kota ini',
        v.offices.length ? v.offices.join(', ') : '—',
      ];
    }),
    total: [
      '',
      `Jumlah: ${list.total.toLocaleString('id-ID')} desa/kelurahan belum dijangkau dalam 6 bulan sampai ${day(list.asOf)} (termasuk yang belum pernah)` +
        (cut ? `; berkas ini memuat ${listed.length.toLocaleString('id-ID')} yang pertama menurut kode wilayah: persempit wilayahnya untuk melihat sisanya` : ''),
      ...Array(6).fill(null),
    ],
  };
}
