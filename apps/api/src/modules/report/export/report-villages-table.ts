import type { Language } from '../../../common/i18n/language';
import type { Report } from '../models/report.model';
import type { UnreachedVillageList } from '../report-villages';
import { reportWords } from '../report-words';
import type { ReportTable } from './report-table';

/** A report as files write it: Belum Terjangkau carries its villages too; its words in `language` (Indonesian by default). */
export type ExportedReport = Report & { unreachedVillages?: UnreachedVillageList | null; language?: Language };

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
  const words = reportWords(report.language);
  const { basis } = words.unreached;
  const number = (n: number) => n.toLocaleString(words.locale);
  // Its words name every basis; one without would show as its code, as category labels do.
  const basisText = (b: string) => basis[b] ?? b;
  return {
    name: words.sheets.unreached,
    headers: words.unreached.headers,
    formats: ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    rows: listed.map((v) => {
      const near = v.nearestDesaBinaan;
      return [
        v.code,
        v.name,
        v.kecamatan,
        v.kabupaten,
        v.lastReachedOn ? day(v.lastReachedOn) : words.unreached.never,
        near ? `${near.name} (${near.agency})` : '—',
        near ? (near.distanceKm !== null ? `${basisText(near.basis)}, ${number(near.distanceKm)} km` : basisText(near.basis)) : words.unreached.noneInKabupaten,
        v.offices.length ? v.offices.join(', ') : '—',
      ];
    }),
    total: ['', words.unreached.count(number(list.total), day(list.asOf)) + (cut ? words.unreached.cut(number(listed.length)) : ''), ...Array(6).fill(null)],
  };
}
