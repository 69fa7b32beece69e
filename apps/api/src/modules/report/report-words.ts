import { Indicator, TargetStatus } from '@jangkau/shared-domain';
import type { Language } from '../../common/i18n/language';
import { ReportRows, StandardReportKey } from './dto/report.input';

/**
 * Every word a report says on its own (titles, descriptions, column headers, title blocks, the PDF's letterhead and
 * signature block), in the reader's language: the page's `report` answer and the files people download. Region,
 * agency and person names stay as they are; so do "Camat", "Lurah" and "Desa Binaan", which English readers in
 * this field use too.
 */
export interface ReportWords {
  standard: Record<StandardReportKey, { title: string; description: string }>;
  /** A builder report's title: "Laporan per Kabupaten/Kota". */
  builderTitle: Record<ReportRows, string>;
  indicator: Record<Indicator, string>;
  pacing: Record<TargetStatus, string>;
  /** Why the rows add up to more than the total, per indicator. */
  totalNote: (sum: number, total: number, indicator: Indicator) => string | null;
  total: string;
  columns: {
    agency: string;
    agencyName: string;
    regionCode: string;
    region: string;
    target: (indicator: string) => string;
    achieved: (indicator: string) => string;
    progress: (indicator: string) => string;
    pacing: (indicator: string) => string;
    previous: (indicator: string) => string;
    change: (indicator: string) => string;
    villagesNeverReached: string;
    villagesNotRecentlyReached: string;
    desaBinaan: string;
    desaBinaanActivities: string;
    villagesConfirmed: string;
    villagesDisputed: string;
    villagesUnanswered: string;
    category: string;
    male: string;
    female: string;
    sum: string;
  };
  sheets: { report: string; participants: string; comparison: string; unreached: string };
  unreached: {
    headers: string[];
    never: string;
    basis: Record<string, string>;
    noneInKabupaten: string;
    count: (total: string, asOf: string) => string;
    cut: (listed: string) => string;
  };
  months: string[];
  /** "Tahun 2025", "Semester II 2025", "Triwulan IV 2025"; "Year 2025", "H2 2025", "Q4 2025". */
  year: (y: number) => string;
  semester: (n: number, y: number) => string;
  quarter: (n: number, y: number) => string;
  period: string;
  comparedWith: string;
  filter: string;
  noFilter: string;
  filters: { region: (name: string) => string; programmeItem: (n: number, title: string) => string; type: (name: string) => string; previousPeriod: string; sameLastYear: string };
  madeBy: (who: string, at: string) => string;
  sources: string;
  demo: string;
  /** The title block's line on the rows shown: empty ones hidden, or all listed. */
  rows: { noun: Record<ReportRows, string>; hidden: (hidden: number, all: number, noun: string) => string; all: (all: number, noun: string) => string };
  /** Participants per row: the sheet, the sexes' short forms, the sums, the CSV's extra columns, the PDF's heading and key. */
  perRow: {
    sheet: string;
    male: string;
    female: string;
    sumMale: string;
    sumFemale: string;
    sum: string;
    csvColumn: (category: string, sex: string) => string;
    pdfTitle: string;
    pdfKey: string;
  };
  pdf: {
    participants: string;
    unreached: string;
    chart: (indicator: string, n: number) => string;
    acknowledged: string;
    head: (office: string) => string;
    page: (n: number, of: number) => string;
  };
  /** The locale numbers and dates are written in. */
  locale: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

const ID: ReportWords = {
  standard: {
    [StandardReportKey.CAPAIAN_AKSELERASI]: {
      title: 'Capaian Program Akselerasi per Kantor Imigrasi',
      description:
        'Setiap kantor imigrasi: kegiatan butir 8 kerangka program yang berlaku pada triwulan ini (WIB), dibandingkan dengan target. Tidak dapat disusun untuk periode tanpa kerangka program yang berlaku.',
    },
    [StandardReportKey.REKAP_SOSIALISASI]: {
      title: 'Rekap Sosialisasi per Kabupaten/Kota',
      description: 'Sosialisasi tahun ini per kabupaten/kota: kegiatan, peserta menurut kategori dan jenis kelamin, desa/kelurahan terjangkau.',
    },
    [StandardReportKey.BELUM_TERJANGKAU]: {
      title: 'Desa/Kelurahan Belum Terjangkau',
      description:
        'Per wilayah kerja kantor imigrasi: desa/kelurahan yang belum pernah dijangkau, dan yang tidak dijangkau dalam 6 bulan terakhir, ' +
        'dengan daftar desanya (kecamatan, kabupaten/kota, terakhir dijangkau, Desa Binaan terdekat, kantor penanggung jawab).',
    },
    [StandardReportKey.DESA_BINAAN]: {
      title: 'Desa Binaan Imigrasi',
      description: 'Per kantor imigrasi: Desa Binaan yang ditetapkan dan kegiatan terverifikasi di desa-desa tersebut tahun ini.',
    },
  },
  builderTitle: {
    [ReportRows.PROVINSI]: 'Laporan per Provinsi',
    [ReportRows.KABUPATEN_KOTA]: 'Laporan per Kabupaten/Kota',
    [ReportRows.KECAMATAN]: 'Laporan per Kecamatan',
    [ReportRows.KANTOR_IMIGRASI]: 'Laporan per Kantor Imigrasi',
    [ReportRows.KANWIL]: 'Laporan per Kantor Wilayah',
    [ReportRows.DINAS]: 'Laporan per Dinas',
  },
  indicator: {
    [Indicator.ACTIVITIES]: 'Kegiatan',
    [Indicator.VILLAGES_REACHED]: 'Desa/kelurahan dijangkau',
    [Indicator.COVERAGE_RATIO]: 'Cakupan',
    [Indicator.PARTICIPANTS]: 'Peserta',
    [Indicator.OFFICIALS_REACHED]: 'Aparat dijangkau',
    [Indicator.DESA_BINAAN_FORMED]: 'Desa Binaan dibentuk',
  },
  pacing: { [TargetStatus.ACHIEVED]: 'Tercapai', [TargetStatus.ON_TRACK]: 'Sesuai jalur', [TargetStatus.BEHIND]: 'Tertinggal' },
  totalNote: (sum, total, indicator) => {
    const why: Partial<Record<Indicator, string>> = {
      [Indicator.VILLAGES_REACHED]: 'desa yang sama dijangkau lebih dari satu baris; total menghitung setiap desa sekali',
      [Indicator.ACTIVITIES]: 'kegiatan yang sama tercatat di lebih dari satu baris; total menghitung setiap kegiatan sekali',
      [Indicator.PARTICIPANTS]: 'peserta kegiatan yang tercatat di lebih dari satu baris dihitung sekali di total',
      [Indicator.OFFICIALS_REACHED]: 'aparat pada kegiatan yang tercatat di lebih dari satu baris dihitung sekali di total',
      [Indicator.DESA_BINAAN_FORMED]: 'desa binaan yang sama tercatat di lebih dari satu baris; total menghitung setiap desa binaan sekali',
    };
    return why[indicator] ? `Jumlah baris (${sum}) lebih besar dari total (${total}) karena ${why[indicator]}.` : null;
  },
  total: 'Total',
  columns: {
    agency: 'Instansi',
    agencyName: 'Nama instansi',
    regionCode: 'Kode wilayah',
    region: 'Wilayah',
    target: (i) => `Target ${i} (— = belum ditetapkan untuk periode ini)`,
    achieved: (i) => `Tercapai ${i}`,
    progress: (i) => `Progres ${i}`,
    pacing: (i) => `Laju ${i}`,
    previous: (i) => `${i} periode pembanding`,
    change: (i) => `Perubahan ${i}`,
    villagesNeverReached: 'Desa belum pernah dijangkau',
    villagesNotRecentlyReached: 'Desa tidak dijangkau 6 bulan terakhir',
    desaBinaan: 'Desa Binaan',
    desaBinaanActivities: 'Kegiatan di Desa Binaan',
    villagesConfirmed: 'Desa terjangkau dikonfirmasi pemerintah desa',
    villagesDisputed: 'Desa terjangkau disanggah pemerintah desa',
    villagesUnanswered: 'Desa terjangkau belum dijawab pemerintah desa',
    category: 'Kategori peserta',
    male: 'Laki-laki',
    female: 'Perempuan',
    sum: 'Jumlah',
  },
  sheets: { report: 'Laporan', participants: 'Peserta', comparison: 'Perbandingan', unreached: 'Belum Terjangkau' },
  unreached: {
    headers: ['Kode desa/kelurahan', 'Desa/kelurahan', 'Kecamatan', 'Kabupaten/kota', 'Terakhir dijangkau', 'Desa Binaan terdekat', 'Dasar Desa Binaan terdekat', 'Kantor penanggung jawab'],
    never: 'belum pernah',
    basis: { DISTANCE: 'jarak garis lurus', KECAMATAN: 'satu kecamatan', KABUPATEN: 'satu kabupaten/kota' },
    noneInKabupaten: 'tidak ada di kab/kota ini',
    count: (total, asOf) => `Jumlah: ${total} desa/kelurahan belum dijangkau dalam 6 bulan sampai ${asOf} (termasuk yang belum pernah)`,
    cut: (listed) => `; berkas ini memuat ${listed} yang pertama menurut kode wilayah: persempit wilayahnya untuk melihat sisanya`,
  },
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  year: (y) => `Tahun ${y}`,
  semester: (n, y) => `Semester ${ROMAN[n - 1]} ${y}`,
  quarter: (n, y) => `Triwulan ${ROMAN[n - 1]} ${y}`,
  period: 'Periode',
  comparedWith: 'dibandingkan dengan',
  filter: 'Filter',
  noFilter: 'tanpa filter (semua yang dapat Anda lihat)',
  filters: {
    region: (name) => `wilayah ${name}`,
    programmeItem: (n, title) => `butir ${n} ${title}`,
    type: (name) => `jenis ${name}`,
    previousPeriod: 'dibandingkan dengan periode sebelumnya',
    sameLastYear: 'dibandingkan dengan periode yang sama tahun lalu',
  },
  madeBy: (who, at) => `Dibuat oleh ${who}, ${at}`,
  sources: 'Sumber data: Jangkau — kegiatan yang dicatat kantor imigrasi dan mitranya, sebatas yang dapat Anda lihat; nama dan kode wilayah: idn-area-data (ODbL)',
  demo: 'DATA DEMO — bukan data resmi',
  rows: {
    noun: {
      [ReportRows.PROVINSI]: 'provinsi',
      [ReportRows.KABUPATEN_KOTA]: 'kabupaten/kota',
      [ReportRows.KECAMATAN]: 'kecamatan',
      [ReportRows.KANTOR_IMIGRASI]: 'kantor imigrasi',
      [ReportRows.KANWIL]: 'kantor wilayah',
      [ReportRows.DINAS]: 'dinas',
    },
    hidden: (hidden, all, noun) => `Baris tanpa kegiatan disembunyikan: ${hidden} dari ${all} ${noun} (total tetap mencakup semuanya)`,
    all: (all, noun) => `Semua ${all} ${noun} ditampilkan, termasuk yang tanpa kegiatan`,
  },
  perRow: {
    sheet: 'Peserta per baris',
    male: 'L',
    female: 'P',
    sumMale: 'Jumlah L',
    sumFemale: 'Jumlah P',
    sum: 'Jumlah',
    csvColumn: (category, sex) => `Peserta ${category} ${sex}`,
    pdfTitle: 'Peserta per baris menurut kategori dan jenis kelamin',
    pdfKey: 'L = laki-laki, P = perempuan. Baris tanpa peserta tidak dicantumkan; total mencakup semua baris.',
  },
  pdf: {
    participants: 'Peserta menurut kategori dan jenis kelamin',
    unreached: 'Desa/kelurahan belum terjangkau',
    chart: (i, n) => `${i} per baris (${n} tertinggi)`,
    acknowledged: 'Mengetahui,',
    head: (office) => `Kepala ${office}`,
    page: (n, of) => `Halaman ${n} dari ${of}`,
  },
  locale: 'id-ID',
};

const EN: ReportWords = {
  standard: {
    [StandardReportKey.CAPAIAN_AKSELERASI]: {
      title: 'Acceleration Programme Achievement per Immigration Office',
      description:
        'Each immigration office: activities under item 8 of the programme framework in force this quarter (WIB), against the target. Cannot be made for a period with no framework in force.',
    },
    [StandardReportKey.REKAP_SOSIALISASI]: {
      title: 'Awareness Sessions per Regency/City',
      description: "This year's awareness sessions (sosialisasi) per regency/city: activities, participants by category and sex, villages reached.",
    },
    [StandardReportKey.BELUM_TERJANGKAU]: {
      title: 'Villages Not Yet Reached',
      description:
        "Per immigration office's working area: villages never reached, and those not reached in the last 6 months, " +
        'with the list of villages (district, regency/city, last reached, nearest Desa Binaan, office responsible).',
    },
    [StandardReportKey.DESA_BINAAN]: {
      title: 'Immigration Desa Binaan',
      description: 'Per immigration office: the Desa Binaan designated and the verified activities in those villages this year.',
    },
  },
  builderTitle: {
    [ReportRows.PROVINSI]: 'Report per Province',
    [ReportRows.KABUPATEN_KOTA]: 'Report per Regency/City',
    [ReportRows.KECAMATAN]: 'Report per District',
    [ReportRows.KANTOR_IMIGRASI]: 'Report per Immigration Office',
    [ReportRows.KANWIL]: 'Report per Regional Office',
    [ReportRows.DINAS]: 'Report per Dinas',
  },
  indicator: {
    [Indicator.ACTIVITIES]: 'Activities',
    [Indicator.VILLAGES_REACHED]: 'Villages reached',
    [Indicator.COVERAGE_RATIO]: 'Coverage',
    [Indicator.PARTICIPANTS]: 'Participants',
    [Indicator.OFFICIALS_REACHED]: 'Officials reached',
    [Indicator.DESA_BINAAN_FORMED]: 'Desa Binaan formed',
  },
  pacing: { [TargetStatus.ACHIEVED]: 'Achieved', [TargetStatus.ON_TRACK]: 'On track', [TargetStatus.BEHIND]: 'Behind' },
  totalNote: (sum, total, indicator) => {
    const why: Partial<Record<Indicator, string>> = {
      [Indicator.VILLAGES_REACHED]: 'the same village was reached in more than one row; the total counts each village once',
      [Indicator.ACTIVITIES]: 'the same activity is recorded in more than one row; the total counts each activity once',
      [Indicator.PARTICIPANTS]: 'participants of an activity recorded in more than one row count once in the total',
      [Indicator.OFFICIALS_REACHED]: 'officials at an activity recorded in more than one row count once in the total',
      [Indicator.DESA_BINAAN_FORMED]: 'the same Desa Binaan is recorded in more than one row; the total counts each once',
    };
    return why[indicator] ? `The rows add up to ${sum}, more than the total (${total}), because ${why[indicator]}.` : null;
  },
  total: 'Total',
  columns: {
    agency: 'Agency',
    agencyName: 'Agency name',
    regionCode: 'Region code',
    region: 'Region',
    target: (i) => `Target ${i} (— = not set for this period)`,
    achieved: (i) => `Achieved ${i}`,
    progress: (i) => `Progress ${i}`,
    pacing: (i) => `Pacing ${i}`,
    previous: (i) => `${i} in the comparison period`,
    change: (i) => `Change in ${i}`,
    villagesNeverReached: 'Villages never reached',
    villagesNotRecentlyReached: 'Villages not reached in the last 6 months',
    desaBinaan: 'Desa Binaan',
    desaBinaanActivities: 'Activities in Desa Binaan',
    villagesConfirmed: 'Villages reached confirmed by their government',
    villagesDisputed: 'Villages reached disputed by their government',
    villagesUnanswered: 'Villages reached not answered by their government',
    category: 'Participant category',
    male: 'Male',
    female: 'Female',
    sum: 'Total',
  },
  sheets: { report: 'Report', participants: 'Participants', comparison: 'Comparison', unreached: 'Not yet reached' },
  unreached: {
    headers: ['Village code', 'Village', 'District (kecamatan)', 'Regency/city', 'Last reached', 'Nearest Desa Binaan', 'Basis of nearest Desa Binaan', 'Office responsible'],
    never: 'never',
    basis: { DISTANCE: 'straight-line distance', KECAMATAN: 'same district', KABUPATEN: 'same regency/city' },
    noneInKabupaten: 'none in this regency/city',
    count: (total, asOf) => `Count: ${total} villages not reached in the 6 months up to ${asOf} (including those never reached)`,
    cut: (listed) => `; this file holds the first ${listed} by region code: narrow the area to see the rest`,
  },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  year: (y) => `Year ${y}`,
  semester: (n, y) => `H${n} ${y}`,
  quarter: (n, y) => `Q${n} ${y}`,
  period: 'Period',
  comparedWith: 'compared with',
  filter: 'Filter',
  noFilter: 'no filter (everything you may see)',
  filters: {
    region: (name) => `region ${name}`,
    programmeItem: (n, title) => `item ${n} ${title}`,
    type: (name) => `type ${name}`,
    previousPeriod: 'compared with the previous period',
    sameLastYear: 'compared with the same period last year',
  },
  madeBy: (who, at) => `Made by ${who}, ${at}`,
  sources: 'Data sources: Jangkau — activities recorded by immigration offices and their partners, as far as you may see them; region names and codes: idn-area-data (ODbL)',
  demo: 'DEMO DATA — not official data',
  rows: {
    noun: {
      [ReportRows.PROVINSI]: 'provinces',
      [ReportRows.KABUPATEN_KOTA]: 'regencies/cities',
      [ReportRows.KECAMATAN]: 'districts',
      [ReportRows.KANTOR_IMIGRASI]: 'immigration offices',
      [ReportRows.KANWIL]: 'regional offices',
      [ReportRows.DINAS]: 'dinas',
    },
    hidden: (hidden, all, noun) => `Rows without activity hidden: ${hidden} of ${all} ${noun} (the total still covers them all)`,
    all: (all, noun) => `All ${all} ${noun} shown, including those without activity`,
  },
  perRow: {
    sheet: 'Participants per row',
    male: 'M',
    female: 'F',
    sumMale: 'Total M',
    sumFemale: 'Total F',
    sum: 'Total',
    csvColumn: (category, sex) => `Participants ${category} ${sex}`,
    pdfTitle: 'Participants per row by category and sex',
    pdfKey: 'M = male, F = female. Rows without participants are left out; the total covers every row.',
  },
  pdf: {
    participants: 'Participants by category and sex',
    unreached: 'Villages not yet reached',
    chart: (i, n) => `${i} per row (top ${n})`,
    acknowledged: 'Acknowledged by,',
    head: (office) => `Head of ${office}`,
    page: (n, of) => `Page ${n} of ${of}`,
  },
  locale: 'en-GB',
};

export const REPORT_WORDS: Record<Language, ReportWords> = { id: ID, en: EN };

/** The words of a report in `language` (Indonesian when none is given). */
export function reportWords(language: Language | undefined | null): ReportWords {
  return REPORT_WORDS[language ?? 'id'] ?? ID;
}
