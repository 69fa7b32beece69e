import {
  ActivityStatus,
  ActivityType,
  AgencyType,
  at,
  CoOrganiserStatus,
  FollowUpStatus,
  Indicator,
  localDate,
  ParticipantCategory,
  Role,
  TargetStatus,
  VillageReach,
  seededRandom,
} from '@jangkau/shared-domain';
import type { DemoAgency } from './demo-seed';

/*
 * The living demo: eighteen months of outreach in Provinsi Jambi up to a given day, as a plan (pure data, no
 * database). demo-history.ts writes it through the activity validator and writer and rebuilds the coverage rollups from it.
 *
 * Everything comes from one seeded generator, so the same seed and the same day give the same plan, row for row;
 * dates are relative to that day, so the demo always shows "the last 18 months" whenever it is first started.
 * The picture it aims for: two immigration offices and six Dinas PMTSP-TK working the province, more in the dry
 * months and at the end of the year, less in Ramadan and around Lebaran; most activities verified, the last weeks
 * still in review (submitted, returned, drafts), some planned ahead; joint events; follow-ups, some overdue;
 * Desa Binaan formed and visited; and coverage clustered around where each agency works, so the map shows
 * both well-reached and never-reached kecamatan.
 */

export interface DemoRegion {
  code: string;
  name: string;
}

export interface DemoHistoryInput {
  /** The day the demo ends on (YYYY-MM-DD, WIB): activities before it are held, after it planned. */
  today: string;
  /** Provinsi Jambi's kabupaten/kota, kecamatan and desa/kelurahan (code and name). */
  regencies: DemoRegion[];
  districts: DemoRegion[];
  villages: DemoRegion[];
  /** Topic names the activity form offers. */
  topics: string[];
  seed?: number;
}

/** Agencies the history adds beside the founding story's (demo-seed.ts), by key; `parent` names a founding one. */
export type DemoHistoryAgency = DemoAgency & { home: string };

export interface DemoHistoryUser {
  username: string;
  fullName: string;
  role: Role;
  agency: string;
}

export interface PlannedFollowUp {
  text: string;
  responsible: string;
  dueOn: string;
  status: FollowUpStatus;
}

export interface PlannedActivity {
  id: string;
  lead: string;
  /** The officer who recorded it (and submitted it). */
  by: string;
  type: ActivityType;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueRegionCode: string;
  villages: { code: string; reach: VillageReach }[];
  participants: { category: ParticipantCategory; male: number; female: number }[];
  /** The officials among them attributed to their own village (kepala desa, lurah) or kecamatan (camat). */
  attendance: { regionCode: string; category: ParticipantCategory; male: number; female: number }[];
  topics: string[];
  /** Tagged with the programme item on TPPO/TPPM prevention of the framework in force on its day, if any. */
  tppoItem: boolean;
  coOrganisers: { agency: string; answer: CoOrganiserStatus }[];
  status: ActivityStatus;
  submittedAt: Date | null;
  /** Verified or returned, by the lead agency's head. */
  reviewedAt: Date | null;
  reviewer: string | null;
  returnReason: string | null;
  followUps: PlannedFollowUp[];
}

export interface PlannedDesaBinaan {
  agency: string;
  villageCode: string;
  skNumber: string;
  skDate: string;
  officer: string;
}

export interface PlannedTarget {
  agency: string;
  /** Relative period: the year before `today`'s, `today`'s year, or `today`'s quarter. */
  period: 'LAST_YEAR' | 'THIS_YEAR' | 'THIS_QUARTER';
  indicator: Indicator;
  /** With the TPPO/TPPM item of the framework in force in that period (when there is one). */
  tppoItem: boolean;
  /** The pacing this target is set to show, measured against what the demo achieved. */
  shows: TargetStatus;
}

export interface DemoHistoryPlan {
  agencies: DemoHistoryAgency[];
  users: DemoHistoryUser[];
  activities: PlannedActivity[];
  desaBinaan: PlannedDesaBinaan[];
  targets: PlannedTarget[];
  /** The first day of the window (18 months before `today`). */
  from: string;
}

export const DEMO_HISTORY_SEED = 0x4a616d62; // "Jamb"

/** Marks every record the demo makes, so nobody takes it for a real activity. */
export const DEMO_NOTE = 'Data demo Jangkau, bukan kegiatan sebenarnya.';

const DINAS = (key: string, home: string, place: string): DemoHistoryAgency => ({
  key: `dinas.${key}`,
  // Named as the founding story's Dinas is (PMTSP-TK: Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja).
  name: `Dinas PMTSP-TK ${place}`,
  shortName: `Dinas PMTSP-TK ${place.replace(/^(Kabupaten|Kota) /, (m) => (m.startsWith('Kota') ? 'Kota ' : ''))}`,
  type: AgencyType.DINAS,
  home,
  area: [home],
});

/**
 * Kanim Kelas I TPI Jambi takes the kabupaten/kota Kanim Kerinci does not; five more kabupaten/kota have a Dinas
 * beside Merangin's (the founding story's).
 */
export const DEMO_HISTORY_AGENCIES: DemoHistoryAgency[] = [
  {
    key: 'jambi',
    name: 'Kantor Imigrasi Kelas I TPI Jambi',
    shortName: 'Kanim Jambi',
    type: AgencyType.KANTOR_IMIGRASI,
    officeClass: 'Kelas I TPI',
    parent: 'kanwil',
    home: '15.71',
    area: ['15.03', '15.04', '15.05', '15.06', '15.07', '15.08', '15.09', '15.71'],
  },
  DINAS('kerinci', '15.01', 'Kabupaten Kerinci'),
  DINAS('sarolangun', '15.03', 'Kabupaten Sarolangun'),
  DINAS('muarojambi', '15.05', 'Kabupaten Muaro Jambi'),
  DINAS('bungo', '15.08', 'Kabupaten Bungo'),
  DINAS('kotajambi', '15.71', 'Kota Jambi'),
];

/** Heads verify, officers record: for the new agencies (the founding story's Dinas has its head in demo-seed.ts). */
export const DEMO_HISTORY_USERS: DemoHistoryUser[] = [
  { username: 'kepala.jambi', fullName: 'Kepala Kantor Imigrasi Kelas I TPI Jambi', role: Role.HEAD, agency: 'jambi' },
  { username: 'petugas.jambi', fullName: 'Petugas Kantor Imigrasi Jambi', role: Role.OFFICER, agency: 'jambi' },
  ...DEMO_HISTORY_AGENCIES.filter((a) => a.type === AgencyType.DINAS).flatMap((a) => {
    const place = a.shortName.replace('Dinas PMTSP-TK ', '');
    return [
      { username: `kepala.${a.key}`, fullName: `Kepala Dinas PMTSP-TK ${place}`, role: Role.HEAD, agency: a.key },
      { username: a.key, fullName: `Staf Dinas PMTSP-TK ${place}`, role: Role.OFFICER, agency: a.key },
    ];
  }),
];

/** The history's accounts the sign-in page lists (the other Dinas follow the pattern kepala.dinas.<place>, dinas.<place>). */
export const DEMO_HISTORY_SIGN_IN = ['kepala.jambi', 'petugas.jambi'];

/** Who leads how many activities over the 18 months, and where they work most. */
interface Lead {
  key: string;
  officer: string;
  head: string;
  count: number;
  kind: 'KANIM' | 'DINAS';
  /** Kabupaten/kota of the working area with their share of the work; the office's own first. */
  regencies: [home: [string, number], ...others: [string, number][]];
  venue: string;
}

const LEADS: Lead[] = [
  {
    key: 'kerinci',
    officer: 'petugas.kerinci',
    head: 'kepala.kerinci',
    count: 150,
    kind: 'KANIM',
    regencies: [
      ['15.72', 3],
      ['15.01', 4],
      ['15.02', 3],
    ],
    venue: 'Aula Kantor Imigrasi Kerinci',
  },
  {
    key: 'jambi',
    officer: 'petugas.jambi',
    head: 'kepala.jambi',
    count: 165,
    kind: 'KANIM',
    regencies: [
      ['15.71', 4],
      ['15.05', 3],
      ['15.04', 1.5],
      ['15.03', 1],
      ['15.06', 1],
      ['15.07', 1],
      ['15.08', 1.5],
      ['15.09', 1],
    ],
    venue: 'Aula Kantor Imigrasi Jambi',
  },
  { key: 'dinas', officer: 'dinas.merangin', head: 'kepala.dinas.merangin', count: 40, kind: 'DINAS', regencies: [['15.02', 1]], venue: 'Aula Dinas PMTSP-TK Merangin' },
  { key: 'dinas.kerinci', officer: 'dinas.kerinci', head: 'kepala.dinas.kerinci', count: 25, kind: 'DINAS', regencies: [['15.01', 1]], venue: 'Aula Dinas PMTSP-TK Kerinci' },
  { key: 'dinas.sarolangun', officer: 'dinas.sarolangun', head: 'kepala.dinas.sarolangun', count: 22, kind: 'DINAS', regencies: [['15.03', 1]], venue: 'Aula Dinas PMTSP-TK Sarolangun' },
  { key: 'dinas.muarojambi', officer: 'dinas.muarojambi', head: 'kepala.dinas.muarojambi', count: 25, kind: 'DINAS', regencies: [['15.05', 1]], venue: 'Aula Dinas PMTSP-TK Muaro Jambi' },
  { key: 'dinas.bungo', officer: 'dinas.bungo', head: 'kepala.dinas.bungo', count: 20, kind: 'DINAS', regencies: [['15.08', 1]], venue: 'Aula Dinas PMTSP-TK Bungo' },
  { key: 'dinas.kotajambi', officer: 'dinas.kotajambi', head: 'kepala.dinas.kotajambi', count: 28, kind: 'DINAS', regencies: [['15.71', 1]], venue: 'Aula Dinas PMTSP-TK Kota Jambi' },
];

/** The Dinas of each kabupaten/kota (keys), and the immigration office whose working area holds it. */
const DINAS_OF: Record<string, string> = {
  '15.01': 'dinas.kerinci',
  '15.02': 'dinas',
  '15.03': 'dinas.sarolangun',
  '15.05': 'dinas.muarojambi',
  '15.08': 'dinas.bungo',
  '15.71': 'dinas.kotajambi',
};
const KANIM_OF = (regency: string) => (['15.01', '15.02', '15.72'].includes(regency) ? 'kerinci' : 'jambi');

/** The kecamatan of each kabupaten/kota's seat, where its coordination meetings sit. */
const SEAT: Record<string, string> = {
  '15.01': '15.01.16',
  '15.02': '15.02.02',
  '15.03': '15.03.03',
  '15.04': '15.04.03',
  '15.05': '15.05.02',
  '15.06': '15.06.02',
  '15.07': '15.07.01',
  '15.08': '15.08.13',
  '15.09': '15.09.01',
  '15.71': '15.71.01',
  '15.72': '15.72.01',
};

/** Outreach per calendar month (January first): slow in Ramadan/Lebaran (about March 2026) and at the year's turn. */
const SEASON = [0.7, 0.8, 0.55, 0.75, 1.1, 1.25, 1.15, 1.0, 1.3, 1.4, 1.35, 0.8];

const TYPES: Record<Lead['kind'], [ActivityType, number][]> = {
  KANIM: [
    [ActivityType.SOSIALISASI, 40],
    [ActivityType.PENYULUHAN, 28],
    [ActivityType.RAPAT_KOORDINASI, 12],
    [ActivityType.MONITORING, 14],
    [ActivityType.LAINNYA, 2],
  ],
  DINAS: [
    [ActivityType.SOSIALISASI, 45],
    [ActivityType.PENYULUHAN, 40],
    [ActivityType.RAPAT_KOORDINASI, 15],
  ],
};

const RETURN_REASONS = [
  'Daftar hadir belum dilampirkan.',
  'Jumlah peserta perempuan belum diisi; mohon dilengkapi dari daftar hadir.',
  'Desa yang dijangkau belum sesuai dengan daftar hadir kepala desa.',
  'Foto kegiatan tidak terbaca; mohon unggah ulang.',
];

const FOLLOW_UPS = [
  'Membentuk satuan tugas pencegahan TPPO tingkat desa',
  'Menyebarkan leaflet migrasi aman ke seluruh dusun',
  'Mendata warga yang bekerja atau akan bekerja di luar negeri',
  'Menyampaikan materi sosialisasi pada musyawarah desa berikutnya',
  'Koordinasi lanjutan dengan Dinas PMTSP-TK tentang bursa kerja resmi',
  'Memasang papan informasi layanan paspor dan pengaduan TPPO di kantor desa',
];

/** Kanim Jambi's Desa Binaan (Kanim Kerinci's two are the founding story's), by index in the window. */
const JAMBI_DESA_BINAAN: { village: string; monthsAfterStart: number }[] = [
  { village: '15.05.04.2007', monthsAfterStart: 2 },
  { village: '15.05.05.2006', monthsAfterStart: 8 },
  { village: '15.04.01.2006', monthsAfterStart: 13 },
];

export const DEMO_TARGETS: PlannedTarget[] = [
  { agency: 'kerinci', period: 'LAST_YEAR', indicator: Indicator.ACTIVITIES, tppoItem: true, shows: TargetStatus.ACHIEVED },
  { agency: 'kerinci', period: 'LAST_YEAR', indicator: Indicator.VILLAGES_REACHED, tppoItem: true, shows: TargetStatus.BEHIND },
  { agency: 'kerinci', period: 'THIS_YEAR', indicator: Indicator.VILLAGES_REACHED, tppoItem: false, shows: TargetStatus.ON_TRACK },
  { agency: 'kerinci', period: 'THIS_YEAR', indicator: Indicator.ACTIVITIES, tppoItem: false, shows: TargetStatus.ACHIEVED },
  { agency: 'kerinci', period: 'THIS_YEAR', indicator: Indicator.PARTICIPANTS, tppoItem: false, shows: TargetStatus.ON_TRACK },
  { agency: 'kerinci', period: 'THIS_YEAR', indicator: Indicator.COVERAGE_RATIO, tppoItem: false, shows: TargetStatus.BEHIND },
  { agency: 'kerinci', period: 'THIS_QUARTER', indicator: Indicator.ACTIVITIES, tppoItem: false, shows: TargetStatus.ON_TRACK },
  { agency: 'jambi', period: 'LAST_YEAR', indicator: Indicator.ACTIVITIES, tppoItem: true, shows: TargetStatus.ACHIEVED },
  { agency: 'jambi', period: 'THIS_YEAR', indicator: Indicator.VILLAGES_REACHED, tppoItem: false, shows: TargetStatus.BEHIND },
  { agency: 'jambi', period: 'THIS_YEAR', indicator: Indicator.ACTIVITIES, tppoItem: false, shows: TargetStatus.ON_TRACK },
  { agency: 'jambi', period: 'THIS_YEAR', indicator: Indicator.DESA_BINAAN_FORMED, tppoItem: false, shows: TargetStatus.ACHIEVED },
  { agency: 'dinas', period: 'THIS_YEAR', indicator: Indicator.ACTIVITIES, tppoItem: false, shows: TargetStatus.ON_TRACK },
  { agency: 'dinas', period: 'THIS_YEAR', indicator: Indicator.PARTICIPANTS, tppoItem: false, shows: TargetStatus.BEHIND },
  { agency: 'dinas.kotajambi', period: 'THIS_YEAR', indicator: Indicator.ACTIVITIES, tppoItem: false, shows: TargetStatus.ACHIEVED },
];

const DAY = 86_400_000;
/** 00:00 WIB of a calendar day, as an instant. */
const wibMidnight = (day: string) => Date.parse(`${day}T00:00:00+07:00`);
const dayOf = (instant: number) => localDate(new Date(instant));
const addMonths = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target.toISOString().slice(0, 10);
};

/** "Desa X" or "Kelurahan X" by the code (first digit of the last part: 1 kelurahan). */
const villageLabel = (code: string, name: string) => `${code.charAt(9) === '1' ? 'Kelurahan' : 'Desa'} ${name}`;

export function planDemoHistory(input: DemoHistoryInput): DemoHistoryPlan {
  const random = seededRandom(input.seed ?? DEMO_HISTORY_SEED);
  const name = new Map([...input.regencies, ...input.districts, ...input.villages].map((r) => [r.code, r.name]));
  const districtsOf = new Map<string, string[]>();
  for (const d of [...input.districts].sort((a, b) => a.code.localeCompare(b.code))) {
    const k = d.code.slice(0, 5);
    districtsOf.set(k, [...(districtsOf.get(k) ?? []), d.code]);
  }
  const villagesOf = new Map<string, string[]>();
  for (const v of [...input.villages].sort((a, b) => a.code.localeCompare(b.code))) {
    const k = v.code.slice(0, 8);
    villagesOf.set(k, [...(villagesOf.get(k) ?? []), v.code]);
  }
  const today = input.today;
  const from = addMonths(today, -18);
  const todayStart = wibMidnight(today);

  // Each lead works some kecamatan of a kabupaten/kota far more than others (near the office, along the roads):
  // a fixed shuffle of the kecamatan, weighted 1/(1+rank)^1.1, so the tail stays unreached.
  const focus = new Map<string, [string, number][]>();
  const kecamatanIn = (lead: Lead, regency: string): [string, number][] => {
    const key = `${lead.key}|${regency}`;
    if (!focus.has(key)) {
      const list = [...(districtsOf.get(regency) ?? [])];
      for (let i = list.length - 1; i > 0; i--) {
        const j = random.int(i + 1);
        [list[i], list[j]] = [at(list, j, 'kecamatan'), at(list, i, 'kecamatan')];
      }
      focus.set(
        key,
        list.map((code, rank) => [code, 1 / (1 + rank) ** 1.1]),
      );
    }
    return focus.get(key)!;
  };

  // Days of the window with their weight: weekdays only, by season, and a little more in the second year.
  const days: [number, number][] = [];
  for (let t = wibMidnight(from); t < todayStart + 42 * DAY; t += DAY) {
    const weekday = new Date(t + 7 * 3600_000).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const month = new Date(t + 7 * 3600_000).getUTCMonth();
    const growth = 1 + (0.25 * (t - wibMidnight(from))) / (todayStart - wibMidnight(from));
    days.push([t, at(SEASON, month, "month's outreach") * growth]);
  }
  const pastDays = days.filter(([t]) => t < todayStart);
  const futureDays = days.filter(([t]) => t > todayStart);

  const activities: PlannedActivity[] = [];
  const desaBinaan: PlannedDesaBinaan[] = [];

  const participantsFor = (type: ActivityType, villages: string[], atKecamatan: boolean): PlannedActivity['participants'] => {
    const split = (n: number, maleShare: number) => {
      const male = Math.round(n * (maleShare + (random.next() - 0.5) * 0.2));
      return { male: Math.max(0, Math.min(n, male)), female: Math.max(0, n - Math.max(0, Math.min(n, male))) };
    };
    const list: PlannedActivity['participants'] = [];
    const add = (category: ParticipantCategory, n: number, maleShare: number) => {
      if (n > 0) list.push({ category, ...split(n, maleShare) });
    };
    const lurah = villages.filter((v) => v.charAt(9) === '1').length;
    const kades = villages.length - lurah;
    switch (type) {
      case ActivityType.SOSIALISASI:
        add(ParticipantCategory.CAMAT, atKecamatan ? 1 : 0, 0.85);
        add(ParticipantCategory.LURAH, lurah, 0.8);
        add(ParticipantCategory.KEPALA_DESA, Math.max(0, kades - random.int(2)), 0.9);
        add(ParticipantCategory.PERANGKAT_DESA, random.between(villages.length, villages.length * 3), 0.6);
        add(ParticipantCategory.TOKOH_MASYARAKAT, random.between(2, 10), 0.75);
        if (random.next() < 0.3) add(ParticipantCategory.MASYARAKAT_UMUM, random.between(10, 40), 0.5);
        break;
      case ActivityType.PENYULUHAN:
        add(ParticipantCategory.KEPALA_DESA, kades > 0 ? 1 : 0, 0.9);
        add(ParticipantCategory.LURAH, kades > 0 ? 0 : 1, 0.8);
        add(ParticipantCategory.CALON_PMI, random.between(5, 30), 0.55);
        add(ParticipantCategory.MASYARAKAT_UMUM, random.between(15, 60), 0.45);
        if (random.next() < 0.35) add(ParticipantCategory.PELAJAR, random.between(20, 90), 0.5);
        add(ParticipantCategory.TOKOH_MASYARAKAT, random.between(0, 6), 0.7);
        break;
      case ActivityType.MONITORING:
        add(ParticipantCategory.KEPALA_DESA, 1, 0.9);
        add(ParticipantCategory.PERANGKAT_DESA, random.between(2, 7), 0.6);
        add(ParticipantCategory.MASYARAKAT_UMUM, random.between(0, 15), 0.5);
        break;
      case ActivityType.PEMBENTUKAN_DESA_BINAAN:
        add(ParticipantCategory.CAMAT, 1, 1);
        add(ParticipantCategory.KEPALA_DESA, 1, 1);
        add(ParticipantCategory.PERANGKAT_DESA, random.between(6, 12), 0.6);
        add(ParticipantCategory.TOKOH_MASYARAKAT, random.between(5, 12), 0.7);
        add(ParticipantCategory.MASYARAKAT_UMUM, random.between(15, 40), 0.5);
        break;
      case ActivityType.RAPAT_KOORDINASI:
        add(ParticipantCategory.CAMAT, random.between(0, 3), 0.8);
        add(ParticipantCategory.LAINNYA, random.between(8, 25), 0.65);
        break;
      default:
        add(ParticipantCategory.MASYARAKAT_UMUM, random.between(10, 50), 0.5);
    }
    return list;
  };

  const topicsFor = (type: ActivityType, kind: Lead['kind']): string[] => {
    const wanted =
      type === ActivityType.SOSIALISASI
        ? ['ruang lingkup', 'modus operandi', 'dampak', random.pick(['pencegahan secara hukum', 'pencegahan secara sosial', 'tantangan'])]
        : type === ActivityType.PENYULUHAN
          ? ['prosedur PMI', random.pick(['modus operandi', 'layanan paspor', 'pencegahan secara sosial'])]
          : type === ActivityType.RAPAT_KOORDINASI
            ? ['pencegahan secara hukum', 'tantangan']
            : ['pencegahan secara sosial'];
    if (kind === 'DINAS' && !wanted.includes('prosedur PMI')) wanted.push('prosedur PMI');
    return [...new Set(wanted)].filter((t) => input.topics.includes(t));
  };

  const addActivity = (lead: Lead, at: number, type: ActivityType, place: { regency: string; kecamatan: string; villages: string[]; held: string | null }) => {
    const startsAt = at + random.between(1, 3) * 3600_000 + (random.next() < 0.5 ? 1800_000 : 0);
    const hours = type === ActivityType.RAPAT_KOORDINASI || type === ActivityType.MONITORING ? random.between(2, 3) : random.between(3, 5);
    const kec = name.get(place.kecamatan) ?? '';
    const regencyName = name.get(place.regency) ?? '';
    const held = place.held;
    const heldLabel = held ? villageLabel(held, name.get(held) ?? '') : '';
    const kind = lead.kind;
    let title: string;
    let venueName: string;
    let venueRegionCode: string;
    switch (type) {
      case ActivityType.SOSIALISASI:
        title =
          kind === 'DINAS'
            ? random.pick([`Sosialisasi Penempatan PMI Prosedural bagi Perangkat Desa Kecamatan ${kec}`, `Sosialisasi Migrasi Aman dan Pencegahan TPPO di Kecamatan ${kec}`])
            : random.pick([
                `Sosialisasi Pencegahan TPPO dan TPPM bagi Kepala Desa se-Kecamatan ${kec}`,
                `Sosialisasi Bahaya Perdagangan Orang bagi Aparatur Kecamatan ${kec}`,
                `Sosialisasi Pencegahan TPPO bagi Perangkat Desa Kecamatan ${kec}`,
              ]);
        venueName = random.pick([`Aula Kantor Camat ${kec}`, `Gedung Serbaguna Kecamatan ${kec}`]);
        venueRegionCode = place.kecamatan;
        break;
      case ActivityType.PENYULUHAN:
        title = random.pick([
          `Penyuluhan Migrasi Aman bagi Calon PMI di ${heldLabel}`,
          `Penyuluhan Prosedur Penempatan PMI dan Layanan Paspor di ${heldLabel}`,
          `Penyuluhan Pencegahan TPPO bagi Pemuda dan Pelajar di ${heldLabel}`,
        ]);
        venueName = random.pick([`Balai ${heldLabel}`, `Kantor Kepala ${heldLabel}`, `Masjid Raya ${heldLabel}`]);
        venueRegionCode = held!;
        break;
      case ActivityType.MONITORING:
        title = random.pick([`Monitoring Tindak Lanjut Sosialisasi TPPO di ${heldLabel}`, `Kunjungan Pemantauan Pencegahan TPPO di ${heldLabel}`]);
        venueName = `Kantor Kepala ${heldLabel}`;
        venueRegionCode = held!;
        break;
      case ActivityType.PEMBENTUKAN_DESA_BINAAN:
        title = `Pembentukan Desa Binaan Imigrasi ${heldLabel}`;
        venueName = `Balai ${heldLabel}`;
        venueRegionCode = held!;
        break;
      case ActivityType.RAPAT_KOORDINASI:
        title = random.pick([
          `Rapat Koordinasi Gugus Tugas Pencegahan TPPO ${regencyName}`,
          `Rapat Koordinasi Pengawasan Penempatan PMI ${regencyName}`,
          `Rapat Koordinasi Tim Pengawasan Orang Asing dan Pencegahan TPPO ${regencyName}`,
        ]);
        // At the office when the meeting is about its home kabupaten/kota, else at the regional secretariat.
        venueName = place.regency === lead.regencies[0][0] && random.next() < 0.5 ? lead.venue : `Ruang Rapat Sekretariat Daerah ${regencyName}`;
        venueRegionCode = place.kecamatan;
        break;
      default:
        title = `Layanan Paspor Keliling dan Edukasi Migrasi Aman di Kecamatan ${kec}`;
        venueName = `Aula Kantor Camat ${kec}`;
        venueRegionCode = place.kecamatan;
    }
    const reach =
      type === ActivityType.SOSIALISASI || type === ActivityType.RAPAT_KOORDINASI
        ? place.villages.map((code) => ({ code, reach: VillageReach.OFFICIALS_ATTENDED }))
        : place.villages.map((code) => ({ code, reach: code === held ? VillageReach.HELD_IN_VILLAGE : VillageReach.RESIDENTS_ATTENDED }));

    // Joint work: the kabupaten's Dinas in a third of an office's events there; the office in a fifth of a Dinas's.
    const coOrganisers: PlannedActivity['coOrganisers'] = [];
    const partner = kind === 'KANIM' ? DINAS_OF[place.regency] : KANIM_OF(place.regency);
    if (partner && type !== ActivityType.MONITORING && random.next() < (kind === 'KANIM' ? 0.33 : 0.22)) {
      coOrganisers.push({
        agency: partner,
        answer: random.weighted([
          [CoOrganiserStatus.ACCEPTED, 88],
          [CoOrganiserStatus.DECLINED, 12],
        ] as const),
      });
    }
    // The founding story's local governments take part in what happens in their kecamatan or village.
    if (place.kecamatan === '15.02.02' && random.next() < 0.6) coOrganisers.push({ agency: 'bangko', answer: CoOrganiserStatus.ACCEPTED });
    if (place.villages.includes('15.02.10.2001') && random.next() < 0.7) coOrganisers.push({ agency: 'pulaurengas', answer: CoOrganiserStatus.ACCEPTED });

    const participants = startsAt > todayStart ? [] : participantsFor(type, place.villages, venueRegionCode.length === 8);
    activities.push({
      id: random.uuid(),
      lead: lead.key,
      by: lead.officer,
      type,
      title,
      description: `${DEMO_NOTE} ${kind === 'DINAS' ? 'Materi: penempatan pekerja migran yang prosedural, bursa kerja resmi, dan modus perekrutan ilegal.' : 'Materi: ruang lingkup TPPO dan TPPM, modus operandi, dampak, dan langkah pencegahan secara hukum dan sosial.'}`,
      startsAt: new Date(startsAt),
      endsAt: new Date(startsAt + hours * 3600_000),
      venueName,
      venueRegionCode,
      villages: reach,
      participants,
      attendance: attendanceFor(participants, place.villages, held),
      topics: topicsFor(type, kind),
      tppoItem: kind === 'KANIM' ? random.next() < 0.92 : random.next() < 0.5,
      coOrganisers,
      status: ActivityStatus.PLANNED,
      submittedAt: null,
      reviewedAt: null,
      reviewer: null,
      returnReason: null,
      followUps: [],
    });
  };

  /** Where a lead's next activity happens: a kecamatan by focus, and villages of it fitting the type. */
  const placeFor = (lead: Lead, type: ActivityType) => {
    const regency = random.weighted(lead.regencies);
    const kecamatan = random.weighted(kecamatanIn(lead, regency));
    const villages = villagesOf.get(kecamatan) ?? [];
    const start = random.int(villages.length);
    const run = (n: number) => Array.from({ length: Math.min(n, villages.length) }, (_, k) => at(villages, (start + k) % villages.length, 'village'));
    switch (type) {
      case ActivityType.SOSIALISASI:
        return { regency, kecamatan, villages: run(random.between(3, 10)), held: null };
      case ActivityType.PENYULUHAN:
        return { regency, kecamatan, villages: run(random.between(1, 4)), held: at(villages, start, 'village held in') };
      case ActivityType.MONITORING:
        return { regency, kecamatan, villages: run(1), held: at(villages, start, 'village held in') };
      case ActivityType.RAPAT_KOORDINASI:
        // Mostly agency people; now and then a kecamatan's village heads are asked in.
        return {
          regency,
          kecamatan: SEAT[regency] ?? at(districtsOf.get(regency) ?? [], 0, `kecamatan of ${regency}`),
          villages: random.next() < 0.3 ? run(random.between(2, 5)) : [],
          held: null,
        };
      default:
        return { regency, kecamatan, villages: run(random.between(2, 6)), held: null };
    }
  };

  for (const lead of LEADS) {
    for (let n = 0; n < lead.count; n++) {
      const at = random.weighted(pastDays);
      const type = random.weighted(TYPES[lead.kind]);
      addActivity(lead, at, type, placeFor(lead, type));
    }
    // Planned ahead: two to three per lead in the next six weeks.
    for (let n = 0, planned = lead.kind === 'KANIM' ? 3 : random.between(1, 2); n < planned; n++) {
      const at = random.pick(futureDays)[0];
      const type = random.weighted(TYPES[lead.kind].filter(([t]) => t !== ActivityType.MONITORING));
      addActivity(lead, at, type, placeFor(lead, type));
    }
  }

  // Kanim Jambi forms its Desa Binaan in the window (the SK on the day of the event) and visits them afterwards;
  // Kanim Kerinci visits its two (formed before the window) every few months.
  const jambi = LEADS.find((l) => l.key === 'jambi')!;
  const kerinci = LEADS.find((l) => l.key === 'kerinci')!;
  const weekdayOnOrAfter = (day: string) => {
    let t = wibMidnight(day);
    while ([0, 6].includes(new Date(t + 7 * 3600_000).getUTCDay())) t += DAY;
    return t;
  };
  const visits = (lead: Lead, village: string, firstDay: string) => {
    for (let day = addMonths(firstDay, random.between(2, 3)); wibMidnight(day) < todayStart; day = addMonths(day, random.between(3, 4))) {
      const at = weekdayOnOrAfter(day);
      if (at >= todayStart) break;
      addActivity(lead, at, ActivityType.MONITORING, { regency: village.slice(0, 5), kecamatan: village.slice(0, 8), villages: [village], held: village });
    }
  };
  for (const [i, { village, monthsAfterStart }] of JAMBI_DESA_BINAAN.entries()) {
    const at = weekdayOnOrAfter(addMonths(from, monthsAfterStart));
    if (at >= todayStart || !name.has(village)) continue;
    const neighbours = (villagesOf.get(village.slice(0, 8)) ?? []).filter((v) => v !== village).slice(0, 2);
    addActivity(jambi, at, ActivityType.PEMBENTUKAN_DESA_BINAAN, { regency: village.slice(0, 5), kecamatan: village.slice(0, 8), villages: [village, ...neighbours], held: village });
    desaBinaan.push({
      agency: 'jambi',
      villageCode: village,
      skNumber: `DEMO/SK-DB/${String(i + 3).padStart(3, '0')}/${dayOf(at).slice(0, 4)}`,
      skDate: dayOf(at),
      officer: 'petugas.jambi',
    });
    visits(jambi, village, dayOf(at));
  }
  for (const village of ['15.01.21.2009', '15.01.04.2031']) if (name.has(village)) visits(kerinci, village, from);

  // Where each activity stands today: long verified unless something went wrong; the last weeks still in review.
  const leadOf = new Map(LEADS.map((l) => [l.key, l]));
  activities.sort((a, b) => +a.startsAt - +b.startsAt || a.id.localeCompare(b.id));
  for (const a of activities) {
    const lead = leadOf.get(a.lead)!;
    const started = +a.startsAt;
    if (started > todayStart) {
      a.status = ActivityStatus.PLANNED;
      // Invitations to planned events are still open, or already answered.
      for (const c of a.coOrganisers) c.answer = random.next() < 0.5 ? CoOrganiserStatus.INVITED : c.answer;
      continue;
    }
    const age = (todayStart - started) / DAY;
    const status =
      age > 21
        ? random.weighted([
            [ActivityStatus.VERIFIED, 970],
            [ActivityStatus.RETURNED, 15],
            [ActivityStatus.SUBMITTED, 10],
            [ActivityStatus.DRAFT, 5],
          ] as const)
        : random.weighted([
            [ActivityStatus.VERIFIED, 35],
            [ActivityStatus.SUBMITTED, 35],
            [ActivityStatus.RETURNED, 10],
            [ActivityStatus.DRAFT, 20],
          ] as const);
    a.status = status;
    const ended = +a.endsAt;
    if (status !== ActivityStatus.DRAFT) {
      a.submittedAt = new Date(Math.min(ended + random.between(1, 6) * DAY, todayStart - 3600_000));
    }
    if (status === ActivityStatus.VERIFIED || status === ActivityStatus.RETURNED) {
      a.reviewedAt = new Date(Math.min(+a.submittedAt! + random.between(1, 8) * DAY, todayStart - 1800_000));
      a.reviewer = lead.head;
    }
    if (status === ActivityStatus.RETURNED) a.returnReason = random.pick(RETURN_REASONS);
    // Follow-ups agreed at a third of the verified events of the last year.
    if (status === ActivityStatus.VERIFIED && age < 365 && a.villages.length > 0 && random.next() < 0.3) {
      const count = random.between(1, 2);
      for (let k = 0; k < count; k++) {
        const dueOn = dayOf(started + random.between(21, 120) * DAY);
        const overdue = dueOn < today;
        const locals = a.coOrganisers.filter((c) => c.answer === CoOrganiserStatus.ACCEPTED).map((c) => c.agency);
        a.followUps.push({
          text: random.pick(FOLLOW_UPS),
          responsible: locals.length && random.next() < 0.6 ? random.pick(locals) : a.lead,
          dueOn,
          status: overdue
            ? random.weighted([
                [FollowUpStatus.DONE, 60],
                [FollowUpStatus.OPEN, 25],
                [FollowUpStatus.IN_PROGRESS, 15],
              ] as const)
            : random.weighted([
                [FollowUpStatus.OPEN, 55],
                [FollowUpStatus.IN_PROGRESS, 35],
                [FollowUpStatus.DONE, 10],
              ] as const),
        });
      }
    }
  }

  return { agencies: DEMO_HISTORY_AGENCIES, users: DEMO_HISTORY_USERS, activities, desaBinaan, targets: DEMO_TARGETS, from };
}

/**
 * The officials of an activity attributed where they govern (issue 14), without drawing random numbers (the plan
 * stays what it was): kepala desa to the desa and lurah to the kelurahan reached, the village it was held in first;
 * one camat to the kecamatan. Others (a camat of a neighbouring kecamatan) stay unattributed: they count where all
 * the villages lie.
 */
export function attendanceFor(participants: PlannedActivity['participants'], villages: string[], held: string | null): PlannedActivity['attendance'] {
  const ordered = held && villages.includes(held) ? [held, ...villages.filter((v) => v !== held)] : villages;
  const result: PlannedActivity['attendance'] = [];
  const oneEach = (category: ParticipantCategory, codes: string[]) => {
    const p = participants.find((x) => x.category === category);
    if (!p) return;
    let male = p.male;
    let female = p.female;
    for (const regionCode of codes) {
      if (male > 0) {
        result.push({ regionCode, category, male: 1, female: 0 });
        male--;
      } else if (female > 0) {
        result.push({ regionCode, category, male: 0, female: 1 });
        female--;
      } else break;
    }
  };
  oneEach(
    ParticipantCategory.KEPALA_DESA,
    ordered.filter((v) => v.charAt(9) !== '1'),
  );
  oneEach(
    ParticipantCategory.LURAH,
    ordered.filter((v) => v.charAt(9) === '1'),
  );
  const kecamatan = [...new Set(villages.map((v) => v.slice(0, 8)))];
  if (kecamatan.length === 1) oneEach(ParticipantCategory.CAMAT, kecamatan);
  return result;
}
