import { ACTIVITY_LIMITS, ActivityType, PARTICIPANT_CATEGORY_LABELS, ParticipantCategory, VillageReach } from '@jangkau/shared-domain';
import { Language } from '../../../common/i18n/language';

/**
 * The columns of the import file. The header row holds the keys (Indonesian, lower case, stable): they are what
 * programs and error reports name, so they never change once published; the explanations may.
 */
export interface ImportColumn {
  key: string;
  required: boolean;
  /** What the column holds, for the template's explanation sheet. */
  help: Record<Language, string>;
  /** The founding story of PRODUCT.md, as the template's example row. */
  example: string;
  /** Excel column width, in characters. */
  width: number;
  /** Kept as text in the XLSX template so Excel does not turn "15.02.10" into a number or "09:00" into a time. */
  text?: boolean;
}

export const CATEGORIES = Object.values(ParticipantCategory);

/** `camat_l`, `camat_p`, `kepala_desa_l`, …: laki-laki (male) and perempuan (female) per category. */
export const participantKey = (category: ParticipantCategory, sex: 'male' | 'female') => `${category.toLowerCase()}_${sex === 'male' ? 'l' : 'p'}`;

/** The founding story's participants: 2 camat, 4 lurah, 10 kepala desa, all men. */
const EXAMPLE_PARTICIPANTS: Partial<Record<string, string>> = { camat_l: '2', lurah_l: '4', kepala_desa_l: '10' };

export const LIST_SEPARATOR = ';';

export const COLUMNS: readonly ImportColumn[] = [
  {
    key: 'jenis',
    required: true,
    help: { id: 'Jenis kegiatan: salah satu kode di bawah (huruf besar/kecil sama saja).', en: 'Kind of activity: one of the codes below (case does not matter).' },
    example: ActivityType.SOSIALISASI,
    width: 26,
  },
  {
    key: 'judul',
    required: true,
    help: { id: `Judul kegiatan, ${ACTIVITY_LIMITS.titleMin}–${ACTIVITY_LIMITS.titleMax} karakter.`, en: `Title, ${ACTIVITY_LIMITS.titleMin}–${ACTIVITY_LIMITS.titleMax} characters.` },
    example: 'Sosialisasi Pencegahan TPPO dan TPPM bagi Camat, Lurah dan Kepala Desa',
    width: 48,
  },
  {
    key: 'uraian',
    required: false,
    help: {
      id: `Uraian singkat (boleh kosong), paling banyak ${ACTIVITY_LIMITS.descriptionMax} karakter.`,
      en: `Short description (may be empty), at most ${ACTIVITY_LIMITS.descriptionMax} characters.`,
    },
    example: 'Sosialisasi bersama Dinas PMTSP-TK Kabupaten Merangin tentang ruang lingkup TPPO, modus operandi, tantangan dan dampaknya, serta pencegahan secara hukum dan sosial.',
    width: 48,
  },
  {
    key: 'tanggal',
    required: true,
    help: {
      id: 'Tanggal kegiatan (mulai), format YYYY-MM-DD; DD/MM/YYYY juga diterima. Kegiatan yang belum terlaksana tidak dapat diimpor.',
      en: 'Date of the activity (its start), as YYYY-MM-DD; DD/MM/YYYY is accepted too. Activities that have not taken place yet cannot be imported.',
    },
    example: '2025-06-16',
    width: 12,
    text: true,
  },
  {
    key: 'jam_mulai',
    required: true,
    help: {
      id: 'Jam mulai, JJ:MM (24 jam), menurut waktu setempat tempat kegiatan (WIB, WITA atau WIT, ditentukan dari kode wilayah tempat).',
      en: 'Start time, HH:MM (24-hour), in the local time of the venue (WIB, WITA or WIT, from the venue region code).',
    },
    example: '09:00',
    width: 10,
    text: true,
  },
  {
    key: 'jam_selesai',
    required: true,
    help: { id: 'Jam selesai, JJ:MM, waktu setempat.', en: 'End time, HH:MM, local time.' },
    example: '12:00',
    width: 10,
    text: true,
  },
  {
    key: 'tanggal_selesai',
    required: false,
    help: {
      id: `Tanggal selesai bila kegiatan lebih dari sehari (kosong: hari yang sama), paling lama ${ACTIVITY_LIMITS.maxDurationDays} hari.`,
      en: `End date when the activity spans several days (empty: the same day), at most ${ACTIVITY_LIMITS.maxDurationDays} days.`,
    },
    example: '',
    width: 14,
    text: true,
  },
  {
    key: 'tempat',
    required: true,
    help: { id: 'Nama tempat kegiatan.', en: 'Name of the venue.' },
    example: 'Hotel Royal Bangko',
    width: 28,
  },
  {
    key: 'kode_wilayah_tempat',
    required: true,
    help: {
      id: 'Kode wilayah Kemendagri tempat kegiatan (kabupaten/kota, kecamatan atau desa/kelurahan), mis. 15.02.02.',
      en: 'Kemendagri region code of the venue (kabupaten/kota, kecamatan or desa/kelurahan), e.g. 15.02.02.',
    },
    example: '15.02.02',
    width: 20,
    text: true,
  },
  {
    key: 'desa_kelurahan',
    required: false,
    help: {
      id: `Desa/kelurahan yang dijangkau: kode dipisah "${LIST_SEPARATOR}". Kode kecamatan berarti semua desa/kelurahan di kecamatan itu.`,
      en: `Villages reached: codes separated by "${LIST_SEPARATOR}". A kecamatan code means all villages of that kecamatan.`,
    },
    example: `15.02.02${LIST_SEPARATOR}15.02.10`,
    width: 30,
    text: true,
  },
  {
    key: 'cara_menjangkau',
    required: false,
    help: {
      id: 'Cara desa/kelurahan di baris ini dijangkau: salah satu kode di bawah. Wajib bila desa_kelurahan diisi.',
      en: 'How the villages of this row were reached: one of the codes below. Required when desa_kelurahan is filled.',
    },
    example: VillageReach.OFFICIALS_ATTENDED,
    width: 22,
  },
  {
    key: 'butir_program',
    required: false,
    help: {
      id: `Nomor butir program akselerasi, dipisah "${LIST_SEPARATOR}", menurut kerangka program yang berlaku pada tanggal kegiatan.`,
      en: `Numbers of acceleration programme items, separated by "${LIST_SEPARATOR}", as in the framework valid on the activity's date.`,
    },
    example: '8',
    width: 14,
    text: true,
  },
  {
    key: 'topik',
    required: false,
    help: {
      id: `Nama topik dari daftar di bawah, dipisah "${LIST_SEPARATOR}" (huruf besar/kecil sama saja).`,
      en: `Topic names from the list below, separated by "${LIST_SEPARATOR}" (case does not matter).`,
    },
    example: ['ruang lingkup', 'modus operandi', 'tantangan', 'dampak', 'pencegahan secara hukum', 'pencegahan secara sosial'].join(LIST_SEPARATOR),
    width: 40,
  },
  ...CATEGORIES.flatMap((category) =>
    (['male', 'female'] as const).map((sex): ImportColumn => ({
      key: participantKey(category, sex),
      required: false,
      help: {
        id: `Jumlah peserta ${PARTICIPANT_CATEGORY_LABELS[category].id.toLowerCase()} ${sex === 'male' ? 'laki-laki' : 'perempuan'} (bilangan bulat, kosong = 0).`,
        en: `Number of ${sex === 'male' ? 'male' : 'female'} participants: ${PARTICIPANT_CATEGORY_LABELS[category].en.toLowerCase()} (whole number, empty = 0).`,
      },
      example: EXAMPLE_PARTICIPANTS[participantKey(category, sex)] ?? '',
      width: Math.max(8, participantKey(category, sex).length + 2),
    })),
  ),
];

export const COLUMN_KEYS = new Set(COLUMNS.map((c) => c.key));

/** The caps every upload is held to, named in the errors that enforce them. */
export const IMPORT_LIMITS = {
  /** Bytes of the uploaded file. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Activity rows per file. */
  maxRows: 5000,
  /** Bytes an XLSX may unpack to (a 5 MB ZIP can hold gigabytes of repeated XML). */
  maxUnpackedBytes: 64 * 1024 * 1024,
  /**
   * Files inside an XLSX: a workbook has a dozen or two (one per sheet, plus styles, strings, themes, images); a
   * ZIP of thousands of empty entries is an attack on the reader, not a spreadsheet.
   */
  maxZipEntries: 500,
  /**
   * Inflated bytes per compressed byte of one entry, counted once the entry passes `zipRatioFromBytes`: 5,000
   * activity rows written by exceljs deflate 1:9 to 1:14 (identical rows included), a zip bomb about 1:1000.
   */
  maxZipRatio: 200,
  zipRatioFromBytes: 1024 * 1024,
  /**
   * Errors (and, apart, warnings) listed in one report, in row order; the counts are always complete. A file
   * with more problems than this is the wrong file, or one mistake repeated: the first 2,000 show which.
   */
  maxReportedProblems: 2000,
  /** Valid rows summarised in the report's preview. */
  previewRows: 20,
} as const;
