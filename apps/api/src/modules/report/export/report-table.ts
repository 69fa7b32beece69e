import { at, Indicator, PARTICIPANT_CATEGORY_LABELS as CATEGORY_LABELS, ParticipantCategory } from '@jangkau/shared-domain';
import type { Language } from '../../../common/i18n/language';
import type { ReportRow } from '../models/report.model';
import { reportWords } from '../report-words';
import type { ExportedReport } from './report-villages-table';

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

const formatOf = (indicator: Indicator): CellFormat => (indicator === Indicator.COVERAGE_RATIO ? 'ratio' : 'count');

/** "Total" and, when the rows add up to more than it, why. */
export function totalLabel(report: ExportedReport): string {
  const total = reportWords(report.language).total;
  return report.totalNote ? `${total} (${report.totalNote})` : total;
}

const SECTIONS = [
  'villagesNeverReached',
  'villagesNotRecentlyReached',
  'desaBinaan',
  'desaBinaanActivities',
  // withConfirmation: villages reached by their own government's answer (the three add up to villages reached).
  'villagesConfirmed',
  'villagesDisputed',
  'villagesUnanswered',
] as const;

/**
 * The main table: the row (region code and name, or the agency), each indicator, the agency's target and progress
 * where one exists, and the standard reports' own figures. The same cells go into XLSX, CSV and PDF.
 */
export function mainTable(report: ExportedReport): ReportTable {
  const words = reportWords(report.language);
  const agencies = report.rows.some((r) => r.agency);
  const sections = SECTIONS.filter((field) => report.total[field] !== null && report.total[field] !== undefined);
  // A row's value of the i-th indicator: every row has one per column.
  const valueOf = (row: ReportRow, i: number) => at(row.values, i, 'value of the indicator');
  // Capaian (and a builder report asking for them): every indicator, "—" where no target is set.
  const withTargets = report.columns.map((_, i) => report.withTargets || report.rows.some((r) => valueOf(r, i).target !== null));
  const headers = [agencies ? words.columns.agency : words.columns.regionCode, agencies ? words.columns.agencyName : words.columns.region];
  const formats: CellFormat[] = ['text', 'text'];
  report.columns.forEach((indicator, i) => {
    headers.push(words.indicator[indicator]);
    formats.push(formatOf(indicator));
    if (withTargets[i]) {
      const label = words.indicator[indicator].toLowerCase();
      headers.push(words.columns.target(label), words.columns.achieved(label), words.columns.progress(label), words.columns.pacing(label));
      formats.push(formatOf(indicator), formatOf(indicator), 'ratio', 'text');
    }
  });
  for (const field of sections) {
    headers.push(words.columns[field]);
    formats.push('count');
  }
  const target = (row: ReportRow, i: number): Cell[] => {
    // The total row has no target (targets belong to agencies); an agency row without one says so.
    if (!row.agency) return [null, null, null, null];
    const v = valueOf(row, i);
    return v.target === null ? ['—', '—', '—', '—'] : [v.target, v.achieved, v.progress, v.status ? words.pacing[v.status] : '—'];
  };
  const cells = (row: ReportRow, first: Cell[]): Cell[] => [
    ...first,
    ...withTargets.flatMap((withTarget, i) => (withTarget ? [valueOf(row, i).value, ...target(row, i)] : [valueOf(row, i).value])),
    ...sections.map((field) => row[field] ?? null),
  ];
  return {
    name: words.sheets.report,
    headers,
    formats,
    rows: report.rows.map((r) => cells(r, agencies ? [r.agency?.shortName ?? r.label, r.label] : [r.key, r.label])),
    // Targets belong to agencies, so the total row has none.
    total: cells(report.total, ['', totalLabel(report)]),
  };
}

/** Participants of the total's activities by category and sex. */
export function participantsTable(report: ExportedReport): ReportTable | null {
  if (report.participantsByCategory.length === 0) return null;
  const words = reportWords(report.language);
  const language = report.language ?? 'id';
  const rows = report.participantsByCategory.map((p) => [CATEGORY_LABELS[p.category as ParticipantCategory]?.[language] ?? p.category, p.male, p.female, p.male + p.female]);
  const sum = (i: number) => rows.reduce((s, r) => s + (r[i] as number), 0);
  return {
    name: words.sheets.participants,
    headers: [words.columns.category, words.columns.male, words.columns.female, words.columns.sum],
    formats: ['text', 'count', 'count', 'count'],
    rows,
    total: [words.total, sum(1), sum(2), sum(3)],
  };
}

/**
 * The title block's line on the rows: "Baris tanpa kegiatan disembunyikan: 480 dari 514 kabupaten/kota", or that
 * every row is listed. The total always covers every row, hidden or not.
 */
export function rowsInWords(report: ExportedReport): string {
  const words = reportWords(report.language);
  const noun = words.rows.noun[report.rowKind];
  const all = report.rows.length + report.emptyRowsHidden;
  return report.hideEmptyRows ? words.rows.hidden(report.emptyRowsHidden, all, noun) : words.rows.all(all, noun);
}

/** The participant categories a report's rows have (those of its total: the union of the rows), in order. */
function rowCategories(report: ExportedReport): ParticipantCategory[] {
  return report.total.participantsByCategory.map((p) => p.category as ParticipantCategory);
}

const categoryLabel = (category: ParticipantCategory, language: Language) => CATEGORY_LABELS[category]?.[language] ?? category;

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
export function participantsPerRowTable(report: ExportedReport, options: { combined?: boolean; withParticipantsOnly?: boolean } = {}): ReportTable | null {
  const categories = rowCategories(report);
  if (!report.columns.includes(Indicator.PARTICIPANTS) || categories.length === 0) return null;
  const words = reportWords(report.language);
  const language = report.language ?? 'id';
  const { male: m, female: f } = words.perRow;
  const agencies = report.rows.some((r) => r.agency);
  const headers = [agencies ? words.columns.agency : words.columns.regionCode, agencies ? words.columns.agencyName : words.columns.region];
  const formats: CellFormat[] = ['text', 'text'];
  for (const category of categories) {
    if (options.combined) {
      headers.push(`${categoryLabel(category, language)} (${m} / ${f})`);
      formats.push('text');
    } else {
      headers.push(`${categoryLabel(category, language)} ${m}`, `${categoryLabel(category, language)} ${f}`);
      formats.push('count', 'count');
    }
  }
  headers.push(words.perRow.sumMale, words.perRow.sumFemale, words.perRow.sum);
  formats.push('count', 'count', 'count');
  const number = (n: number) => n.toLocaleString(words.locale);
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
    name: words.perRow.sheet,
    headers,
    formats,
    rows: rows.map((r) => cells(r, agencies ? [r.agency?.shortName ?? r.label, r.label] : [r.key, r.label])),
    total: cells(report.total, ['', words.total]),
  };
}

/**
 * The CSV's main table: the main table with each row's participants by category and sex as extra columns
 * ("Peserta kepala desa L", "Peserta kepala desa P", …) when the report shows participants. One table per CSV file: a CSV has no
 * sheets, and a second table below the first (under other headers) is what Excel opens badly: it lands in the
 * same columns, and sorting or filtering the sheet mixes the two. Extra columns keep one row per region.
 */
export function csvMainTable(report: ExportedReport): ReportTable {
  const main = mainTable(report);
  const categories = rowCategories(report);
  if (!report.columns.includes(Indicator.PARTICIPANTS) || categories.length === 0) return main;
  const words = reportWords(report.language);
  const language = report.language ?? 'id';
  const extra = (row: ReportRow): Cell[] =>
    categories.flatMap((category) => {
      const c = countOf(row, category);
      return [c.male, c.female];
    });
  return {
    ...main,
    headers: [
      ...main.headers,
      ...categories.flatMap((category) => {
        const label = categoryLabel(category, language).toLowerCase();
        return [words.perRow.csvColumn(label, words.perRow.male), words.perRow.csvColumn(label, words.perRow.female)];
      }),
    ],
    formats: [...main.formats, ...categories.flatMap((): CellFormat[] => ['count', 'count'])],
    rows: main.rows.map((cells, i) => [...cells, ...extra(at(report.rows, i, 'report row'))]),
    total: main.total ? [...main.total, ...extra(report.total)] : null,
  };
}

/** For a comparison: each indicator now, in the earlier period, and the change. */
export function comparisonTable(report: ExportedReport): ReportTable | null {
  if (!report.previousFrom) return null;
  const words = reportWords(report.language);
  const agencies = report.rows.some((r) => r.agency);
  const headers = [agencies ? words.columns.agency : words.columns.regionCode, agencies ? words.columns.agencyName : words.columns.region];
  const formats: CellFormat[] = ['text', 'text'];
  for (const indicator of report.columns) {
    const label = words.indicator[indicator];
    headers.push(label, words.columns.previous(label), words.columns.change(label.toLowerCase()));
    formats.push(formatOf(indicator), formatOf(indicator), formatOf(indicator));
  }
  const cells = (row: ReportRow, first: Cell[]): Cell[] => [...first, ...row.values.flatMap((v) => [v.value, v.previous, v.change])];
  return {
    name: words.sheets.comparison,
    headers,
    formats,
    rows: report.rows.map((r) => cells(r, agencies ? [r.agency?.shortName ?? r.label, r.label] : [r.key, r.label])),
    total: cells(report.total, ['', totalLabel(report)]),
  };
}

/**
 * The name people give a whole calendar period: "Tahun 2025", "Semester II 2025", "Triwulan IV 2025", "Desember
 * 2025" (in English "Year 2025", "H2 2025", "Q4 2025", "December 2025"); null for any other range.
 */
export function periodName(from: string, to: string, language: Language = 'id'): string | null {
  const words = reportWords(language);
  const start = dateParts(from);
  const end = dateParts(to);
  // Not a calendar date: no period's name.
  if (!start || !end) return null;
  const [fy, fm, fd] = start;
  const [ty, tm, td] = end;
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (fy !== ty || fd !== 1 || td !== lastDay) return null;
  const months = tm - fm + 1;
  if (months === 12) return words.year(fy);
  if (months === 6 && (fm === 1 || fm === 7)) return words.semester((fm - 1) / 6 + 1, fy);
  if (months === 3 && (fm - 1) % 3 === 0) return words.quarter((fm - 1) / 3 + 1, fy);
  if (months === 1) return `${at(words.months, fm - 1, 'month name')} ${fy}`;
  return null;
}

/** Year, month and day of "2025-12-31" as numbers; null when a part is missing. */
function dateParts(iso: string): [year: number, month: number, day: number] | null {
  const [year, month, day] = iso.split('-').map(Number);
  return year === undefined || month === undefined || day === undefined ? null : [year, month, day];
}

/** "01/01/2025 – 31/12/2025" */
export function dateRange(from: string, to: string): string {
  const d = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return `${d(from)} – ${d(to)}`;
}
