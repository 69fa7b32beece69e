import { Indicator, ParticipantCategory, at } from '@jangkau/shared-domain';
import { ReportRows } from '../dto/report.input';
import type { Report, ReportRow } from '../models/report.model';
import { csvMainTable, participantsPerRowTable, rowsInWords } from './report-table';

const CATEGORIES = Object.values(ParticipantCategory);

const row = (key: string, label: string, people: [ParticipantCategory, number, number][]): ReportRow => ({
  key,
  label,
  region: null,
  agency: null,
  restricted: false,
  values: [
    {
      indicator: Indicator.PARTICIPANTS,
      value: people.reduce((s, [, m, f]) => s + m + f, 0),
      previous: null,
      change: null,
      direction: null,
      target: null,
      achieved: null,
      progress: null,
      expected: null,
      status: null,
    },
  ],
  participantsByCategory: people.map(([category, male, female]) => ({ category, male, female })),
});

/** Two kabupaten, every category in the total (the widest the per-row table gets). */
const report = (over: Partial<Report> = {}): Report => {
  const merangin = row('15.02', 'Kabupaten Merangin', [
    [ParticipantCategory.KEPALA_DESA, 10, 0],
    [ParticipantCategory.MASYARAKAT_UMUM, 1200, 1345],
  ]);
  const kerinci = row('15.01', 'Kabupaten Kerinci', [[ParticipantCategory.PELAJAR, 3, 4]]);
  const sum = (category: ParticipantCategory, sex: 1 | 2) =>
    [merangin, kerinci].reduce((n, r) => n + ((r.participantsByCategory.find((p) => p.category === category)?.[sex === 1 ? 'male' : 'female'] as number) ?? 0), 0);
  // The total names every category (some with none), as a national total does.
  const total = row(
    'TOTAL',
    'Total',
    CATEGORIES.map((c): [ParticipantCategory, number, number] => [c, sum(c, 1), sum(c, 2)]),
  );
  return {
    title: 'Laporan per Kabupaten/Kota',
    from: '2025-01-01',
    to: '2025-12-31',
    previousFrom: null,
    previousTo: null,
    rowKind: ReportRows.KABUPATEN_KOTA,
    columns: [Indicator.PARTICIPANTS],
    rows: [merangin, kerinci],
    hideEmptyRows: true,
    emptyRowsHidden: 512,
    total,
    totalNote: null,
    restricted: false,
    participantsByCategory: total.participantsByCategory,
    standard: null,
    withTargets: false,
    withConfirmation: false,
    programmeItemId: null,
    type: null,
    ...over,
  };
};

describe('report tables: rows hidden, participants per row', () => {
  it('says how many rows without activity were left out, or that all are listed', () => {
    expect(rowsInWords(report())).toBe('Baris tanpa kegiatan disembunyikan: 512 dari 514 kabupaten/kota (total tetap mencakup semuanya)');
    expect(rowsInWords(report({ hideEmptyRows: false, emptyRowsHidden: 0, rowKind: ReportRows.KANTOR_IMIGRASI }))).toBe('Semua 2 kantor imigrasi ditampilkan, termasuk yang tanpa kegiatan');
  });

  it('lists each row’s participants by category, L and P, then its sums; "L / P" per category when asked to fit', () => {
    const wide = participantsPerRowTable(report())!;
    expect(wide.headers).toHaveLength(2 + 2 * CATEGORIES.length + 3);
    expect(wide.headers.slice(-3)).toEqual(['Jumlah L', 'Jumlah P', 'Jumlah']);
    const merangin = at(wide.rows, 0, 'Merangin row');
    const cell = (header: string) => merangin[wide.headers.indexOf(header)];
    expect([cell('Kepala desa L'), cell('Kepala desa P'), cell('Masyarakat umum L'), cell('Masyarakat umum P'), cell('Pelajar L')]).toEqual([10, 0, 1200, 1345, 0]);
    expect(merangin.slice(-3)).toEqual([1210, 1345, 2555]);

    const combined = participantsPerRowTable(report(), { combined: true, withParticipantsOnly: true })!;
    expect(combined.headers).toHaveLength(2 + CATEGORIES.length + 3);
    expect(at(combined.rows, 0, 'first row')[combined.headers.indexOf('Masyarakat umum (L / P)')]).toBe('1.200 / 1.345');
    expect(combined.total![combined.headers.indexOf('Pelajar (L / P)')]).toBe('3 / 4');

    // Rows without participants are left out only when asked (the PDF).
    const empty = report({ rows: [...report().rows, row('15.03', 'Kabupaten Sarolangun', [])] });
    expect(participantsPerRowTable(empty)!.rows).toHaveLength(3);
    expect(participantsPerRowTable(empty, { withParticipantsOnly: true })!.rows.map((r) => r[0])).toEqual(['15.02', '15.01']);
    // Without the participants indicator there is no such table.
    expect(participantsPerRowTable(report({ columns: [Indicator.ACTIVITIES] }))).toBeNull();
  });

  it('adds the participants per row to the CSV’s one table as L and P columns per category', () => {
    const csv = csvMainTable(report());
    expect(csv.headers.slice(0, 3)).toEqual(['Kode wilayah', 'Wilayah', 'Peserta']);
    expect(csv.headers).toContain('Peserta kepala desa L');
    expect(at(csv.rows, 0, 'first row')[csv.headers.indexOf('Peserta masyarakat umum P')]).toBe(1345);
    expect(at(csv.rows, 1, 'second row')[csv.headers.indexOf('Peserta pelajar P')]).toBe(4);
    expect(csv.total![csv.headers.indexOf('Peserta kepala desa L')]).toBe(10);
    // Without the participants indicator: the main table as it is.
    expect(csvMainTable(report({ columns: [Indicator.ACTIVITIES] })).headers).toEqual(['Kode wilayah', 'Wilayah', 'Kegiatan']);
  });
});
