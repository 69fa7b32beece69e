import { Indicator, PARTICIPANT_CATEGORY_LABELS as CATEGORY_LABELS, ParticipantCategory, TargetStatus } from '@jangkau/shared-domain';
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
