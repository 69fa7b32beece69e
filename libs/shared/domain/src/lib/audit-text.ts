/**
 * The audit trail in words, for the trail page and the inspectors' file alike: "Rina (petugas.kerinci) mengajukan
 * kegiatan “Sosialisasi TPPO di Pulau Rengas”", field labels as the forms name them, and values with names for ids
 * and region codes, people's words for codes, and times in the reader's zone.
 */

import { group } from './checked';

export type AuditLanguage = 'id' | 'en';

/** An entry as the API gives it: changes as JSON text per field, names for the ids and codes they hold. */
export interface AuditEntryForText {
  operation: string;
  entity: string;
  actorName?: string | null;
  actorUsername?: string | null;
  subjectLabel?: string | null;
  changes: ReadonlyArray<{ field: string; from?: string | null; to?: string | null }>;
  references: ReadonlyArray<{ value: string; label: string }>;
}

export interface AuditTextHelpers {
  /** A code's word (a status, type, role, participant category, village reach…), or undefined. */
  enumLabel(code: string): string | undefined;
  /** An instant (ISO text) in the reader's zone, e.g. "16 Jun 2025 09.00 WIB". */
  instant(iso: string): string;
  /** A calendar date (yyyy-mm-dd), e.g. "16 Juni 2025". */
  date(ymd: string): string;
  number(value: number): string;
}

export interface AuditText {
  sentence: string;
  changes: Array<{ field: string; from: string; to: string }>;
}

interface AuditWords {
  sentence: Record<string, string>;
  /** Any operation without its own sentence. */
  fallback: string;
  system: string;
  entity: Record<string, string>;
  field: Record<string, string>;
  coOrganiser: string;
  participants: string;
  role: Record<string, string>;
  yes: string;
  no: string;
  none: string;
  more: string;
}

const ID: AuditWords = {
  sentence: {
    createActivity: '{{actor}} mencatat kegiatan {{subject}}',
    updateActivity: '{{actor}} mengubah kegiatan {{subject}}',
    submitActivity: '{{actor}} mengajukan kegiatan {{subject}} untuk verifikasi',
    verifyActivity: '{{actor}} memverifikasi kegiatan {{subject}}',
    returnActivity: '{{actor}} mengembalikan kegiatan {{subject}} untuk diperbaiki',
    reopenActivity: '{{actor}} membuka kembali kegiatan {{subject}}',
    markActivityHeld: '{{actor}} menandai kegiatan {{subject}} sudah terlaksana',
    answerActivityInvitation: '{{actor}} menjawab undangan menyelenggarakan bersama kegiatan {{subject}}',
    inviteCoOrganiserAgain: '{{actor}} mengundang kembali penyelenggara bersama kegiatan {{subject}}',
    setCoOrganiserParticipants: '{{actor}} mencatat peserta dari instansinya pada kegiatan {{subject}}',
    answerVillageReach: '{{actor}} menjawab konfirmasi desa untuk kegiatan {{subject}}',
    respondToDispute: '{{actor}} menanggapi sanggahan desa pada kegiatan {{subject}}',
    importActivities: '{{actor}} mengimpor kegiatan dari berkas {{subject}}',
    addActivityEvidence: '{{actor}} melampirkan bukti {{subject}}',
    removeActivityEvidence: '{{actor}} menghapus bukti {{subject}}',
    addFollowUp: '{{actor}} menambah tindak lanjut {{subject}}',
    updateFollowUp: '{{actor}} mengubah tindak lanjut {{subject}}',
    createAgency: '{{actor}} membuat instansi {{subject}}',
    updateAgency: '{{actor}} mengubah instansi {{subject}}',
    createUser: '{{actor}} membuat akun {{subject}}',
    updateUser: '{{actor}} mengubah akun {{subject}}',
    resetUserPassword: '{{actor}} mengatur ulang kata sandi {{subject}}',
    changePassword: '{{actor}} mengganti kata sandinya',
    login: '{{actor}} masuk',
    logout: '{{actor}} keluar',
    loginFailed: 'Percobaan masuk gagal sebagai {{subject}}',
    loginPaused: 'Masuk sebagai {{subject}} dijeda setelah percobaan gagal berulang',
    designateDesaBinaan: '{{actor}} menetapkan {{subject}} sebagai Desa Binaan',
    updateDesaBinaan: '{{actor}} mengubah Desa Binaan {{subject}}',
    createProgrammeFramework: '{{actor}} membuat kerangka program {{subject}}',
    updateProgrammeFramework: '{{actor}} mengubah kerangka program {{subject}}',
    createProgrammeItem: '{{actor}} menambah butir program {{subject}}',
    updateProgrammeItem: '{{actor}} mengubah butir program {{subject}}',
    setTarget: '{{actor}} menetapkan target',
    removeTarget: '{{actor}} menghapus target',
    saveReport: '{{actor}} menyimpan laporan {{subject}}',
    updateSavedReport: '{{actor}} mengubah laporan tersimpan {{subject}}',
    deleteSavedReport: '{{actor}} menghapus laporan tersimpan {{subject}}',
    importBoundaries: '{{actor}} mengimpor batas wilayah {{subject}}',
    demoBoundaries: 'Sistem memasang batas wilayah bawaan {{subject}}',
    seedDemo: 'Sistem membuat data demo: {{entity}} {{subject}}',
    seedDemoHistory: 'Sistem membuat riwayat demo: {{entity}} {{subject}}',
    createInitialAdmin: 'Administrator pertama {{subject}} dibuat',
    'admin:create': 'Administrator {{subject}} dibuat lewat perintah',
  },
  fallback: '{{actor}}: {{operation}} — {{entity}} {{subject}}',
  system: 'Sistem',
  entity: {
    Activity: 'Kegiatan',
    ActivityImport: 'Impor kegiatan',
    Evidence: 'Bukti kegiatan',
    FollowUp: 'Tindak lanjut',
    Agency: 'Instansi',
    User: 'Pengguna',
    Session: 'Sesi',
    SignIn: 'Percobaan masuk',
    DesaBinaan: 'Desa Binaan',
    ProgrammeFramework: 'Kerangka program',
    ProgrammeItem: 'Butir program',
    Target: 'Target',
    SavedReport: 'Laporan tersimpan',
    BoundarySet: 'Batas wilayah',
  },
  field: {
    title: 'Judul kegiatan',
    type: 'Jenis',
    status: 'Status',
    startsAt: 'Mulai',
    endsAt: 'Selesai',
    description: 'Uraian',
    venueName: 'Tempat',
    venueRegionCode: 'Wilayah tempat',
    villages: 'Desa/kelurahan yang dijangkau',
    attendance: 'Aparat yang hadir',
    participants: 'Peserta',
    topicIds: 'Materi',
    programmeItemIds: 'Butir program',
    coOrganiserIds: 'Penyelenggara bersama',
    returnReason: 'Alasan dikembalikan',
    // A head who created or submitted the activity verified it, being then the agency's only active head.
    selfVerified: 'Diverifikasi oleh pembuatnya',
    activityId: 'Kegiatan',
    text: 'Tindak lanjut',
    dueOn: 'Tenggat',
    responsibleAgencyId: 'Instansi penanggung jawab',
    fileName: 'Nama berkas',
    contentType: 'Jenis berkas',
    sizeBytes: 'Ukuran (bita)',
    indicator: 'Indikator',
    period: 'Periode',
    value: 'Nilai',
    programmeItemId: 'Butir program',
    definition: 'Isi laporan',
    skNumber: 'Nomor SK',
    skDate: 'Tanggal SK',
    villageCode: 'Desa/kelurahan',
    officerUserId: 'Petugas pendamping',
    officerName: 'Nama petugas pendamping',
    notes: 'Catatan',
    address: 'Alamat',
    knownDevice: 'Perangkat dikenal',
    pausedMinutes: 'Dijeda (menit)',
    pausedFor: 'Dijeda untuk',
    name: 'Nama',
    shortName: 'Nama singkat',
    officeClass: 'Kelas kantor',
    parentId: 'Instansi induk',
    homeRegionCode: 'Wilayah kedudukan',
    workingArea: 'Wilayah kerja',
    villageCount: 'Jumlah desa/kelurahan',
    active: 'Aktif',
    username: 'Nama pengguna',
    email: 'Email',
    fullName: 'Nama lengkap',
    agencyId: 'Instansi',
    role: 'Peran',
    mustChangePassword: 'Wajib ganti kata sandi',
    passwordChanged: 'Kata sandi diganti',
    passwordReset: 'Kata sandi diatur ulang',
    signedIn: 'Masuk',
    validFrom: 'Berlaku mulai',
    validTo: 'Berlaku sampai',
    number: 'Nomor butir',
    indicators: 'Indikator',
    level: 'Tingkat',
    regions: 'Jumlah wilayah',
    features: 'Jumlah fitur',
    missing: 'Wilayah tanpa batas',
    source: 'Sumber',
    licence: 'Lisensi',
  },
  coOrganiser: 'Penyelenggara bersama {{agency}}',
  role: { ADMIN: 'Administrator', HEAD: 'Kepala', OFFICER: 'Petugas', LOCAL: 'Pemerintah setempat', VIEWER: 'Peninjau' },
  participants: '{{category}}: L {{male}}, P {{female}}',
  yes: 'Ya',
  no: 'Tidak',
  none: '—',
  more: '+{{count}} lainnya',
};

const EN: AuditWords = {
  sentence: {
    createActivity: '{{actor}} recorded the activity {{subject}}',
    updateActivity: '{{actor}} changed the activity {{subject}}',
    submitActivity: '{{actor}} submitted the activity {{subject}} for verification',
    verifyActivity: '{{actor}} verified the activity {{subject}}',
    returnActivity: '{{actor}} sent the activity {{subject}} back for correction',
    reopenActivity: '{{actor}} reopened the activity {{subject}}',
    markActivityHeld: '{{actor}} marked the activity {{subject}} as held',
    answerActivityInvitation: '{{actor}} answered the invitation to co-organise {{subject}}',
    inviteCoOrganiserAgain: '{{actor}} invited a co-organiser of {{subject}} again',
    setCoOrganiserParticipants: "{{actor}} recorded their agency's participants at {{subject}}",
    answerVillageReach: "{{actor}} answered the village's confirmation of {{subject}}",
    respondToDispute: "{{actor}} responded to a village's dispute of {{subject}}",
    importActivities: '{{actor}} imported activities from the file {{subject}}',
    addActivityEvidence: '{{actor}} attached the evidence {{subject}}',
    removeActivityEvidence: '{{actor}} removed the evidence {{subject}}',
    addFollowUp: '{{actor}} added the follow-up {{subject}}',
    updateFollowUp: '{{actor}} changed the follow-up {{subject}}',
    createAgency: '{{actor}} created the agency {{subject}}',
    updateAgency: '{{actor}} changed the agency {{subject}}',
    createUser: '{{actor}} created the account {{subject}}',
    updateUser: '{{actor}} changed the account {{subject}}',
    resetUserPassword: '{{actor}} reset the password of {{subject}}',
    changePassword: '{{actor}} changed their password',
    login: '{{actor}} signed in',
    logout: '{{actor}} signed out',
    loginFailed: 'A failed sign-in as {{subject}}',
    loginPaused: 'Signing in as {{subject}} paused after repeated failures',
    designateDesaBinaan: '{{actor}} designated {{subject}} a Desa Binaan',
    updateDesaBinaan: '{{actor}} changed the Desa Binaan {{subject}}',
    createProgrammeFramework: '{{actor}} created the programme framework {{subject}}',
    updateProgrammeFramework: '{{actor}} changed the programme framework {{subject}}',
    createProgrammeItem: '{{actor}} added the programme item {{subject}}',
    updateProgrammeItem: '{{actor}} changed the programme item {{subject}}',
    setTarget: '{{actor}} set a target',
    removeTarget: '{{actor}} removed a target',
    saveReport: '{{actor}} saved the report {{subject}}',
    updateSavedReport: '{{actor}} changed the saved report {{subject}}',
    deleteSavedReport: '{{actor}} deleted the saved report {{subject}}',
    importBoundaries: '{{actor}} imported the boundaries {{subject}}',
    demoBoundaries: 'The system installed the bundled boundaries {{subject}}',
    seedDemo: 'The system created demo data: {{entity}} {{subject}}',
    seedDemoHistory: 'The system created demo history: {{entity}} {{subject}}',
    createInitialAdmin: 'The first administrator {{subject}} was created',
    'admin:create': 'The administrator {{subject}} was created by command',
  },
  fallback: '{{actor}}: {{operation}} — {{entity}} {{subject}}',
  system: 'System',
  entity: {
    Activity: 'Activity',
    ActivityImport: 'Activity import',
    Evidence: 'Evidence',
    FollowUp: 'Follow-up',
    Agency: 'Agency',
    User: 'User',
    Session: 'Session',
    SignIn: 'Sign-in attempt',
    DesaBinaan: 'Desa Binaan',
    ProgrammeFramework: 'Programme framework',
    ProgrammeItem: 'Programme item',
    Target: 'Target',
    SavedReport: 'Saved report',
    BoundarySet: 'Boundaries',
  },
  field: {
    title: 'Activity title',
    type: 'Type',
    status: 'Status',
    startsAt: 'Starts',
    endsAt: 'Ends',
    description: 'Description',
    venueName: 'Venue',
    venueRegionCode: 'Venue region',
    villages: 'Villages reached',
    attendance: 'Officials present',
    participants: 'Participants',
    topicIds: 'Topics',
    programmeItemIds: 'Programme items',
    coOrganiserIds: 'Co-organisers',
    returnReason: 'Reason sent back',
    selfVerified: 'Verified by its maker',
    activityId: 'Activity',
    text: 'Follow-up',
    dueOn: 'Due',
    responsibleAgencyId: 'Responsible agency',
    fileName: 'File name',
    contentType: 'File type',
    sizeBytes: 'Size (bytes)',
    indicator: 'Indicator',
    period: 'Period',
    value: 'Value',
    programmeItemId: 'Programme item',
    definition: 'Report contents',
    skNumber: 'Decree number',
    skDate: 'Decree date',
    villageCode: 'Village',
    officerUserId: 'Liaison officer',
    officerName: "Liaison officer's name",
    notes: 'Notes',
    address: 'Address',
    knownDevice: 'Known device',
    pausedMinutes: 'Paused (minutes)',
    pausedFor: 'Paused for',
    name: 'Name',
    shortName: 'Short name',
    officeClass: 'Office class',
    parentId: 'Parent agency',
    homeRegionCode: 'Seat',
    workingArea: 'Working area',
    villageCount: 'Villages',
    active: 'Active',
    username: 'Username',
    email: 'Email',
    fullName: 'Full name',
    agencyId: 'Agency',
    role: 'Role',
    mustChangePassword: 'Must change password',
    passwordChanged: 'Password changed',
    passwordReset: 'Password reset',
    signedIn: 'Signed in',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    number: 'Item number',
    indicators: 'Indicators',
    level: 'Level',
    regions: 'Regions',
    features: 'Features',
    missing: 'Regions without a boundary',
    source: 'Source',
    licence: 'Licence',
  },
  coOrganiser: 'Co-organiser {{agency}}',
  role: { ADMIN: 'Administrator', HEAD: 'Head', OFFICER: 'Officer', LOCAL: 'Local government', VIEWER: 'Reader' },
  participants: '{{category}}: M {{male}}, F {{female}}',
  yes: 'Yes',
  no: 'No',
  none: '—',
  more: '+{{count}} more',
};

export const AUDIT_WORDS: Readonly<Record<AuditLanguage, AuditWords>> = { id: ID, en: EN };

/** The kinds of record the trail's filter offers, in the order people think of them. */
export const AUDIT_ENTITIES = Object.keys(ID.entity);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGION_CODE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
const PARTICIPANTS = /^([A-Z_]+) L(\d+) P(\d+)$/;
/** Values longer than this (a licence, a long description) are cut, with an ellipsis. */
const LONGEST = 300;
/** Changes the sentence already tells. */
const SAID_BY_SENTENCE = new Set(['signedIn']);
/** Items of a list shown before "+n more". */
const LIST_SHOWN = 12;

function fill(template: string, values: Record<string, string>): string {
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One entry in words: its sentence and its changes, labelled and with values people can read. */
export function describeAuditEntry(entry: AuditEntryForText, language: AuditLanguage, helpers: AuditTextHelpers): AuditText {
  const words = AUDIT_WORDS[language];
  const names = new Map(entry.references.map((r) => [r.value.toLowerCase(), r.label]));
  const actor = entry.actorName ? `${entry.actorName}${entry.actorUsername ? ` (${entry.actorUsername})` : ''}` : (entry.actorUsername ?? words.system);
  const subject = entry.subjectLabel ? `“${entry.subjectLabel}”` : '';
  const sentence = fill(words.sentence[entry.operation] ?? words.fallback, {
    actor,
    subject,
    entity: (words.entity[entry.entity] ?? entry.entity).toLowerCase(),
    operation: entry.operation,
  });

  const word = (token: string): string => {
    const participants = PARTICIPANTS.exec(token);
    if (participants) {
      const category = group(participants, 1);
      const [, , male, female] = participants;
      return fill(words.participants, { category: helpers.enumLabel(category) ?? category, male: helpers.number(Number(male)), female: helpers.number(Number(female)) });
    }
    return helpers.enumLabel(token) ?? token;
  };
  const text = (value: string): string => {
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return helpers.instant(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return helpers.date(value);
    if (UUID.test(value)) return names.get(value.toLowerCase()) ?? value.slice(0, 8);
    // split gives at least one part.
    const [first = '', ...rest] = value.split(' ');
    const [next] = rest;
    if (REGION_CODE.test(first) && (next === undefined || /^[A-Z_]/.test(next))) {
      const place = names.get(first) ? `${names.get(first)} (${first})` : first;
      return rest.length ? `${place} — ${word(rest.join(' '))}` : place;
    }
    if (/^[A-Z][A-Z_]+$/.test(value) || PARTICIPANTS.test(value)) return word(value);
    return value.length > LONGEST ? `${value.slice(0, LONGEST)}…` : value;
  };
  const render = (field: string, json: string | null | undefined): string => {
    if (json === null || json === undefined) return words.none;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return json;
    }
    if (field === 'role' && typeof value === 'string') return words.role[value] ?? value;
    const one = (v: unknown): string => {
      if (v === null || v === undefined || v === '') return words.none;
      if (typeof v === 'boolean') return v ? words.yes : words.no;
      if (typeof v === 'number') return helpers.number(v);
      if (typeof v === 'string') return text(v);
      return JSON.stringify(v);
    };
    if (!Array.isArray(value)) return one(value);
    if (value.length === 0) return words.none;
    const shown = value.slice(0, LIST_SHOWN).map(one).join('; ');
    return value.length > LIST_SHOWN ? `${shown}; ${fill(words.more, { count: helpers.number(value.length - LIST_SHOWN) })}` : shown;
  };
  const label = (field: string): string => {
    const coOrganiser = /^coOrganiser:(.+)$/.exec(field);
    if (coOrganiser) return fill(words.coOrganiser, { agency: names.get(group(coOrganiser, 1).toLowerCase()) ?? group(coOrganiser, 1).slice(0, 8) });
    return words.field[field] ?? field;
  };
  return {
    sentence,
    // A sign-in's or sign-out's one change is what its sentence says already.
    changes: entry.changes.filter((c) => !SAID_BY_SENTENCE.has(c.field)).map((c) => ({ field: label(c.field), from: render(c.field, c.from), to: render(c.field, c.to) })),
  };
}
