import { format, Language } from '../../../common/i18n/language';
import type { BoundaryErrorCode } from '../boundary.errors';

/** One finding about one feature of the file (or, with `feature` null, about the file as a whole). */
export interface BoundaryFinding {
  /** 1-based position of the feature in the file; null: the whole file. */
  feature: number | null;
  /** The region code as written in the file (null when it has none). */
  code: string | null;
  problem: BoundaryErrorCode;
  /** In the caller's language. */
  message: string;
}

export interface BoundaryImportReport {
  dryRun: boolean;
  /** True when the set was written and is now the active one for its level. */
  committed: boolean;
  /** `bytes` and `sha256` are the file's as given; `gzip`: it came gzip-compressed and was unpacked. */
  file: { name: string; bytes: number; sha256: string; format: 'geojson' | 'topojson'; gzip: boolean; codeProperty: string };
  /** 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan: the level most features' codes have. */
  level: number | null;
  /** Features in the file. */
  features: number;
  /** Features whose code is a registry region of the file's level and whose geometry is valid (perhaps repaired). */
  matched: number;
  /** Distinct regions among them (features sharing a code are merged). */
  regions: number;
  /** Codes missing, malformed or not in the registry. Block the import. */
  unmatched: BoundaryFinding[];
  /** Codes of another level than the file's. Block the import. */
  wrongLevel: BoundaryFinding[];
  /** Geometry that cannot be repaired. Blocks the import. */
  invalid: BoundaryFinding[];
  /** What was repaired (closed rings, duplicate points, winding, merged features). */
  repaired: BoundaryFinding[];
  /** Worth a look, never blocking: self-intersections, names that differ from the registry's. */
  warnings: BoundaryFinding[];
  /** Problems of the file as a whole (no level could be determined). Block the import. */
  fileProblems: BoundaryFinding[];
  /** Registry regions of the file's level, inside the parents of its features, that have no feature. */
  missing: { code: string; name: string; level: string }[];
  /** Totals (the lists above stop at REPORT_LIST_LIMIT entries each). */
  counts: { unmatched: number; wrongLevel: number; invalid: number; repaired: number; warnings: number; missing: number };
  /** The set written by a commit, and the one it replaced. */
  set: { id: string; level: number; replacedSetId: string | null } | null;
  timings: { parseMs: number; validateMs: number; simplifyMs: number; writeMs: number; totalMs: number };
  /** One sentence for the top of the page, in the caller's language. */
  message: string;
}

export const REPORT_LIST_LIMIT = 500;

export function blocked(report: Pick<BoundaryImportReport, 'counts' | 'fileProblems' | 'matched'>): boolean {
  return report.counts.unmatched + report.counts.wrongLevel + report.counts.invalid + report.fileProblems.length > 0 || report.matched === 0;
}

export function reportMessage(language: Language, r: Omit<BoundaryImportReport, 'message'>): string {
  const params = {
    features: r.features,
    regions: r.regions,
    missing: r.counts.missing,
    problems: r.counts.unmatched + r.counts.wrongLevel + r.counts.invalid + r.fileProblems.length,
  };
  const t = (id: string, en: string) => format(language === 'en' ? en : id, params);
  if (blocked(r)) {
    return r.dryRun
      ? t('{problems} masalah ditemukan; perbaiki berkas lalu coba lagi. Belum ada yang disimpan.', '{problems} problems found; fix the file and try again. Nothing has been saved.')
      : t('Tidak ada yang diimpor: {problems} masalah ditemukan. Perbaiki berkas lalu coba lagi.', 'Nothing was imported: {problems} problems found. Fix the file and try again.');
  }
  if (r.dryRun) {
    return t(
      '{features} fitur siap diimpor untuk {regions} wilayah ({missing} wilayah tanpa batas).',
      '{features} features are ready to import for {regions} regions ({missing} regions without a boundary).',
    );
  }
  return t(
    'Batas {regions} wilayah diimpor dan kini dipakai ({missing} wilayah tanpa batas).',
    'Boundaries of {regions} regions were imported and are now in use ({missing} regions without a boundary).',
  );
}
