import { Indicator, ParticipantCategory, TargetStatus } from '@jangkau/shared-domain';
import { ReportRows } from '../dto/report.input';
import { CATEGORY_LABELS } from '../../activity/import/import.columns';
import type { Report, ReportRow } from '../models/report.model';

/** How a cell is shown: text, a count (#,##0) or a fraction shown as a percentage (0.0%). */
export type CellFormat = 'text' | 'count' | 'ratio';
export type Cell = string | number | null;

export interface ReportTable {
  name: string;
  headers: string[];
  formats: CellFormat[];
  rows: Cell[][];
  /** The totals row (labelled; with the de-duplication note when the rows add up to more than the total). */
  total: Cell[] | null;
}

export const INDICATOR_LABELS: Record<Indicator, string> = {
  [Indicator.ACTIVITIES]: 'Kegiatan',
  [Indicator.VILLAGES_REACHED]: 'Desa/kelurahan dijangkau',
  [Indicator.COVERAGE_RATIO]: 'Cakupan',
  [Indicator.PARTICIPANTS]: 'Peserta',
  [Indicator.OFFICIALS_REACHED]: 'Aparat dijangkau',
  [Indicator.DESA_BINAAN_FORMED]: 'Desa Binaan dibentuk',
};

/** Pacing in words, as the targets page says it. */
export const PACING_LABELS: Record<TargetStatus, string> = {
  [TargetStatus.ACHIEVED]: 'Tercapai',
  [TargetStatus.ON_TRACK]: 'Sesuai jalur',
  [TargetStatus.BEHIND]: 'Tertinggal',
};

const formatOf = (indicator: Indicator): CellFormat => (indicator === Indicator.COVERAGE_RATIO ? 'ratio' : 'count');

/** "Total" and, when the rows add up to more than it, why. */
export function totalLabel(report: Report): string {
  return report.totalNote ? `Total (${report.totalNote})` : 'Total';
}

const SECTIONS: { field: 'villagesNeverReached' | 'villagesNotRecentlyReached' | 'desaBinaan' | 'desaBinaanActivities'; header: string }[] = [
  { field: 'villagesNeverReached', header: 'Desa belum pernah dijangkau' },
  { field: 'villagesNotRecentlyReached', header: 'Desa tidak dijangkau 6 bulan terakhir' },
  { field: 'desaBinaan', header: 'Desa Binaan' },
  { field: 'desaBinaanActivities', header: 'Kegiatan di Desa Binaan' },
];

/**
 * The main table: the row (region code and name, or the agency), each indicator, the agency's target and progress
 * where one exists, and the standard reports' own figures. The same cells go into XLSX, CSV and PDF.
 */
export function mainTable(report: Report): ReportTable {
  const agencies = report.rows.some((r) => r.agency);
  const sections = SECTIONS.filter((s) => report.total[s.field] !== null && report.total[s.field] !== undefined);
  // Capaian (and a builder report asking for them): every indicator, "—" where no target is set.
  const withTargets = report.columns.map((_, i) => report.withTargets || report.rows.some((r) => r.values[i].target !== null));
  const headers = [agencies ? 'Instansi' : 'Kode wilayah', agencies ? 'Nama instansi' : 'Wilayah'];
  const formats: CellFormat[] = ['text', 'text'];
  report.columns.forEach((indicator, i) => {
    headers.push(INDICATOR_LABELS[indicator]);
    formats.push(formatOf(indicator));
    if (withTargets[i]) {
      const label = INDICATOR_LABELS[indicator].toLowerCase();
      headers.push(`Target ${label} (— = belum ditetapkan untuk periode ini)`, `Tercapai ${label}`, `Progres ${label}`, `Laju ${label}`);
      formats.push(formatOf(indicator), formatOf(indicator), 'ratio', 'text');
    }
  });
  for (const s of sections) {
    headers.push(s.header);
    formats.push('count');
  }
  const target = (row: ReportRow, i: number): Cell[] => {
    // The total row has no target (targets belong to agencies); an agency row without one says so.
    if (!row.agency) return [null, null, null, null];
    const v = row.values[i];
    return v.target === null ? ['—', '—', '—', '—'] : [v.target, v.achieved, v.progress, v.status ? PACING_LABELS[v.status] : '—'];
  };
  const cells = (row: ReportRow, first: Cell[]): Cell[] => [
    ...first,
    ...report.columns.flatMap((_, i) => (withTargets[i] ? [row.values[i].value, ...target(row, i)] : [row.values[i].value])),
    ...sections.map((s) => row[s.field] ?? null),
  ];
  return {
    name: 'Laporan',
    headers,
    formats,
    rows: report.rows.map((r) => cells(r, agencies ? [r.agency?.shortName ?? r.label, r.label] : [r.key, r.label])),
    // Targets belong to agencies, so the total row has none.
    total: cells(report.total, ['', totalLabel(report)]),
  };
}

/** Participants of the total's activities by category and sex. */
export function participantsTable(report: Report): ReportTable | null {
  if (report.participantsByCategory.length === 0) return null;
  const rows = report.participantsByCategory.map((p) => [CATEGORY_LABELS[p.category as ParticipantCategory]?.id ?? p.category, p.male, p.female, p.male + p.female]);
  const sum = (i: number) => rows.reduce((s, r) => s + (r[i] as number), 0);
  return {
    name: 'Peserta',
    headers: ['Kategori peserta', 'Laki-laki', 'Perempuan', 'Jumlah'],
    formats: ['text', 'count', 'count', 'count'],
    rows,
    total: ['Total', sum(1), sum(2), sum(3)],
  };
}

/** What one row is, in the plural a count takes ("480 dari 514 kabupaten/kota"). */
const ROW_NOUNS: Record<ReportRows, string> = {
  [ReportRows.PROVINSI]: 'provinsi',
  [ReportRows.KABUPATEN_KOTA]: 'kabupaten/kota',
  [ReportRows.KECAMATAN]: 'kecamatan',
  [ReportRows.KANTOR_IMIGRASI]: 'kantor imigrasi',
  [ReportRows.KANWIL]: 'kantor wilayah',
  [ReportRows.DINAS]: 'dinas',
};

/**
 * The title block's line on the rows: "Baris tanpa kegiatan disembunyikan: 480 dari 514 kabupaten/kota", or that
 * every row is listed. The total always covers every row, hidden or not.
 */
export function rowsInWords(report: Report): string {
  const noun = ROW_NOUNS[report.rowKind];
  const all = report.rows.length + report.emptyRowsHidden;
  return report.hideEmptyRows
    ? `Baris tanpa kegiatan disembunyikan: ${report.emptyRowsHidden} dari ${all} ${noun} (total tetap mencakup semuanya)`
    : `Semua ${all} ${noun} ditampilkan, termasuk yang tanpa kegiatan`;
}

/** The participant categories a report's rows have (those of its total: the union of the rows), in order. */
function rowCategories(report: Report): ParticipantCategory[] {
  return report.total.participantsByCategory.map((p) => p.category as ParticipantCategory);
}

const categoryLabel = (category: ParticipantCategory) => CATEGORY_LABELS[category]?.id ?? category;

/** A row's participants of one category, by sex (0 when none). */
function countOf(row: ReportRow, category: ParticipantCategory): { male: number; female: number } {
  return row.participantsByCategory.find((p) => p.category === category) ?? { male: 0, female: 0 };
}

/**
 * "Peserta per baris": each row's participants by category and sex (L = laki-laki, P = perempuan), the row's men,
 * women and all, then the total row (the report's participants by category: each attendance counted once).
 * `combined`: one column per category holding "L / P" (the PDF, when L and P columns for every category would not
 * fit its width). `withParticipantsOnly`: leave out rows without participants (the PDF, which is for reading).
 * null when the report does not show participants.
 */
export function participantsPerRowTable(report: Report, options: { combined?: boolean; withParticipantsOnly?: boolean } = {}): ReportTable | null {
  const categories = rowCategories(report);
  if (!report.columns.includes(Indicator.PARTICIPANTS) || categories.length === 0) return null;
  const agencies = report.rows.some((r) => r.agency);
  const headers = [agencies ? 'Instansi' : 'Kode wilayah', agencies ? 'Nama instansi' : 'Wilayah'];
  const formats: CellFormat[] = ['text', 'text'];
  for (const category of categories) {
    if (options.combined) {
      headers.push(`${categoryLabel(category)} (L / P)`);
      formats.push('text');
    } else {
      headers.push(`${categoryLabel(category)} L`, `${categoryLabel(category)} P`);
      formats.push('count', 'count');
    }
  }
  headers.push('Jumlah L', 'Jumlah P', 'Jumlah');
  formats.push('count', 'count', 'count');
  const number = (n: number) => n.toLocaleString('id-ID');
  const cells = (row: ReportRow, first: Cell[]): Cell[] => {
    const male = row.participantsByCategory.reduce((s, p) => s + p.male, 0);
    const female = row.participantsByCategory.reduce((s, p) => s + p.female, 0);
    return [
      ...first,
      ...categories.flatMap((category): Cell[] => {
        const c = countOf(row, category);
        return options.combined ? [`${number(c.male)} / ${number(c.female)}`] : [c.male, c.female];
      }),
      male,
      female,
      male + female,
    ];
  };
  const rows = options.withParticipantsOnly ? report.rows.filter((r) => r.participantsByCategory.some((p) => p.male + p.female > 0)) : report.rows;
  return {
    name: 'Peserta per baris',
    headers,
    formats,
    rows: rows.map((r) => cells(r, agencies ? [r.agency?.shortName ?? r.label, r.label] : [r.key, r.label])),
    total: cells(report.total, ['', 'Total']),
  };
}

/**
 * The CSV's main table: the main table with each row's participants by category and sex as extra columns
 * ("Kepala desa L", "Kepala desa P", …) when the report shows participants. One table per CSV file: a CSV has no
 * sheets, and a second table below the first (under other headers) is what Excel opens badly: it lands in the
 * same columns, and sorting or filtering the sheet mixes the two. Extra columns keep one row per region.
 */
export function csvMainTable(report: Report): ReportTable {
  const main = mainTable(report);
  const categories = rowCategories(report);
  if (!report.columns.includes(Indicator.PARTICIPANTS) || categories.length === 0) return main;
  const extra = (row: ReportRow): Cell[] => categories.flatMap((category) => {
    const c = countOf(row, category);
    return [c.male, c.female];
  });
  return {
    ...main,
    headers: [...main.headers, ...categories.flatMap((category) => [`Peserta ${categoryLabel(category).toLowerCase()} L`, `Peserta ${categoryLabel(category).toLowerCase()} P`])],
    formats: [...main.formats, ...categories.flatMap((): CellFormat[] => ['count', 'count'])],
    rows: main.rows.map((cells, i) => [...cells, ...extra(report.rows[i])]),
    total: main.total ? [...main.total, ...extra(report.total)] : null,
  };
}

/** For a comparison: each indicator now, in the earlier period, and the change. */
export function comparisonTable(report: Report): ReportTable | null {
  if (!report.previousFrom) return null;
  const agencies = report.rows.some((r) => r.agency);
  const headers = [agencies ? 'Instansi' : 'Kode wilayah', agencies ? 'Nama instansi' : 'Wilayah'];
  const formats: CellFormat[] = ['text', 'text'];
  for (const indicator of report.columns) {
    const label = INDICATOR_LABELS[indicator];
    headers.push(label, `${label} periode pembanding`, `Perubahan ${label.toLowerCase()}`);
    formats.push(formatOf(indicator), formatOf(indicator), formatOf(indicator));
  }
  const cells = (row: ReportRow, first: Cell[]): Cell[] => [...first, ...row.values.flatMap((v) => [v.value, v.previous, v.change])];
  return {
    name: 'Perbandingan',
    headers,
    formats,
    rows: report.rows.map((r) => cells(r, agencies ? [r.agency?.shortName ?? r.label, r.label] : [r.key, r.label])),
    total: cells(report.total, ['', totalLabel(report)]),
  };
}

/** "01/01/2025 – 31/12/2025" */
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The name people give a whole calendar period: "Tahun 2025", "Semester II 2025", "Triwulan IV 2025", "Desember
 * 2025"; null for any other range.
 */
export function periodName(from: string, to: string): string | null {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (fy !== ty || fd !== 1 || td !== lastDay) return null;
  const months = tm - fm + 1;
  if (months === 12) return `Tahun ${fy}`;
  if (months === 6 && (fm === 1 || fm === 7)) return `Semester ${ROMAN[(fm - 1) / 6]} ${fy}`;
  if (months === 3 && (fm - 1) % 3 === 0) return `Triwulan ${ROMAN[(fm - 1) / 3]} ${fy}`;
  if (months === 1) return `${MONTHS_ID[fm - 1]} ${fy}`;
  return null;
}

export function dateRange(from: string, to: string): string {
  const d = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return `${d(from)} – ${d(to)}`;
}
