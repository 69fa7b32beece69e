import { ActivityType, frameworksInForce, localDate, ParticipantCategory, VillageReach } from '@jangkau/shared-domain';
import { DataSource } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { ActivityWorkflow } from '../activity/activity-workflow.service';
import { ActivityWriter } from '../activity/activity-writer.service';
import { ActivityInput } from '../activity/dto/activity.input';
import { insertAttendanceFacts } from '../activity/rollups/coverage-attendance';
import { bumpCoverageGeneration } from '../activity/rollups/coverage-maintenance';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import * as repository from './demo.repository';

const DAY = 24 * 3600 * 1000;

/** 09:00 WIB on the day `days` from today (WIB), for `hours` hours. */
function at(days: number, hours = 3): { startsAt: Date; endsAt: Date } {
  const todayWib = localDate(new Date());
  const startsAt = new Date(Date.parse(`${todayWib}T02:00:00Z`) + days * DAY);
  return { startsAt, endsAt: new Date(+startsAt + hours * 3600 * 1000) };
}

type Step = 'submit' | 'verify' | { return: string };

interface DemoActivity {
  /** Fixed ids: seeding twice finds the same rows (creation is idempotent on the id). */
  id: string;
  by: string;
  planned?: boolean;
  input: Omit<ActivityInput, 'programmeItemIds' | 'topicIds' | 'coOrganiserIds'> & { items?: number[]; topics?: string[]; coOrganisers?: string[] };
  steps?: Step[];
  /** Co-organisers that accept, by demo account. */
  acceptedBy?: string[];
}

/** One man of `category` attributed to `regionCode`. */
const one = (regionCode: string, category: ParticipantCategory) => ({ regionCode, category, male: 1, female: 0 });

const FOUNDING_STORY_ID = '6a1f0c2e-1b7d-4c55-9a51-000000000001';

/** The founding story's officials, each counted where they govern: Desa Pulau Rengas shows its own kepala desa, not all sixteen. */
const FOUNDING_ATTENDANCE = [
  ...['15.02.02', '15.02.10'].map((regionCode) => one(regionCode, ParticipantCategory.CAMAT)),
  ...['15.02.02.1009', '15.02.02.1010', '15.02.02.1011', '15.02.02.1013'].map((regionCode) => one(regionCode, ParticipantCategory.LURAH)),
  ...['15.02.02.2004', '15.02.02.2008', '15.02.02.2012', '15.02.02.2024', '15.02.10.2001', '15.02.10.2002', '15.02.10.2003', '15.02.10.2004', '15.02.10.2005', '15.02.10.2006'].map(
    (regionCode) => one(regionCode, ParticipantCategory.KEPALA_DESA),
  ),
];

const FOUNDING_TOPICS = ['ruang lingkup', 'modus operandi', 'tantangan', 'dampak', 'pencegahan secara hukum', 'pencegahan secara sosial'];

/**
 * The founding story of PRODUCT.md as a verified activity, plus planned, draft, submitted, returned and verified
 * ones around Kerinci and Merangin so every screen has something to show. Created through ActivityWriter and
 * ActivityWorkflow, as the demo users, so each goes through the same validation, workflow and audit trail as a
 * real one.
 */
function demoActivities(): DemoActivity[] {
  return [
    {
      id: FOUNDING_STORY_ID,
      by: 'petugas.kerinci',
      input: {
        type: ActivityType.SOSIALISASI,
        title: 'Sosialisasi Pencegahan TPPO dan TPPM bagi Camat, Lurah dan Kepala Desa',
        description:
          'Sosialisasi bersama Dinas PMTSP-TK Kabupaten Merangin tentang ruang lingkup TPPO, modus operandi, tantangan dan dampaknya, serta langkah pencegahan secara hukum dan sosial. Kepala kantor menyebut kepala desa sebagai garda terdepan; kegiatan ini bagian dari program akselerasi butir 8.',
        startsAt: new Date('2025-06-16T02:00:00Z'),
        endsAt: new Date('2025-06-16T05:00:00Z'),
        venueName: 'Hotel Royal Bangko',
        venueRegionCode: '15.02.02',
        items: [8],
        topics: FOUNDING_TOPICS,
        coOrganisers: ['dinas'],
        villages: [
          { code: '15.02.02', reach: VillageReach.OFFICIALS_ATTENDED },
          { code: '15.02.10', reach: VillageReach.OFFICIALS_ATTENDED },
        ],
        participants: [
          { category: ParticipantCategory.CAMAT, male: 2, female: 0 },
          { category: ParticipantCategory.LURAH, male: 4, female: 0 },
          { category: ParticipantCategory.KEPALA_DESA, male: 10, female: 0 },
        ],
        attendance: FOUNDING_ATTENDANCE,
      },
      acceptedBy: ['dinas.merangin'],
      steps: ['submit', 'verify'],
    },
    {
      id: '6a1f0c2e-1b7d-4c55-9a51-000000000002',
      by: 'petugas.kerinci',
      input: {
        type: ActivityType.PENYULUHAN,
        title: 'Penyuluhan Prosedur Penempatan PMI bagi Calon Pekerja Migran',
        description: 'Penyuluhan di Desa Binaan Hiang Sakti tentang prosedur PMI yang aman dan layanan paspor.',
        ...at(-40),
        venueName: 'Balai Desa Hiang Sakti',
        venueRegionCode: '15.01.04.2031',
        items: [8],
        topics: ['prosedur PMI', 'layanan paspor', 'modus operandi'],
        villages: [
          { code: '15.01.04.2031', reach: VillageReach.HELD_IN_VILLAGE },
          { code: '15.01.04.2008', reach: VillageReach.RESIDENTS_ATTENDED },
          { code: '15.01.04.2028', reach: VillageReach.RESIDENTS_ATTENDED },
          { code: '15.01.04.2029', reach: VillageReach.RESIDENTS_ATTENDED },
        ],
        participants: [
          { category: ParticipantCategory.KEPALA_DESA, male: 4, female: 0 },
          { category: ParticipantCategory.CALON_PMI, male: 14, female: 9 },
          { category: ParticipantCategory.MASYARAKAT_UMUM, male: 20, female: 25 },
        ],
        attendance: ['15.01.04.2031', '15.01.04.2008', '15.01.04.2028', '15.01.04.2029'].map((regionCode) => one(regionCode, ParticipantCategory.KEPALA_DESA)),
      },
      steps: ['submit', 'verify'],
    },
    {
      id: '6a1f0c2e-1b7d-4c55-9a51-000000000003',
      by: 'petugas.kerinci',
      input: {
        type: ActivityType.SOSIALISASI,
        title: 'Sosialisasi TPPO bagi Kepala Desa se-Kecamatan Air Hangat Barat',
        ...at(-10),
        venueName: 'Kantor Camat Air Hangat Barat',
        venueRegionCode: '15.01.21',
        items: [8],
        topics: ['ruang lingkup', 'pencegahan secara sosial'],
        villages: [{ code: '15.01.21', reach: VillageReach.OFFICIALS_ATTENDED }],
        participants: [
          { category: ParticipantCategory.CAMAT, male: 1, female: 0 },
          { category: ParticipantCategory.KEPALA_DESA, male: 10, female: 2 },
        ],
        // The camat to the kecamatan; the kepala desa not itemised (they count at the kecamatan, where all lie).
        attendance: [one('15.01.21', ParticipantCategory.CAMAT)],
      },
      steps: ['submit'],
    },
    {
      id: '6a1f0c2e-1b7d-4c55-9a51-000000000004',
      by: 'petugas.kerinci',
      input: {
        type: ActivityType.MONITORING,
        title: 'Monitoring Desa Binaan Imigrasi Koto Dua Baru',
        ...at(-20, 2),
        venueName: 'Kantor Desa Koto Dua Baru',
        venueRegionCode: '15.01.21.2009',
        items: [8],
        topics: ['pencegahan secara sosial'],
        villages: [{ code: '15.01.21.2009', reach: VillageReach.HELD_IN_VILLAGE }],
        participants: [
          { category: ParticipantCategory.KEPALA_DESA, male: 1, female: 0 },
          { category: ParticipantCategory.PERANGKAT_DESA, male: 5, female: 0 },
        ],
      },
      steps: ['submit', { return: 'Daftar hadir belum dilampirkan dan jumlah peserta perempuan belum diisi.' }],
    },
    {
      id: '6a1f0c2e-1b7d-4c55-9a51-000000000005',
      by: 'petugas.kerinci',
      input: {
        type: ActivityType.RAPAT_KOORDINASI,
        title: 'Rapat Koordinasi Pencegahan TPPO dengan Pemerintah Kota Sungai Penuh',
        ...at(-3, 2),
        venueName: 'Kantor Imigrasi Kerinci',
        venueRegionCode: '15.72.01',
        items: [8],
        topics: ['pencegahan secara hukum'],
        villages: [],
        participants: [],
      },
    },
    {
      id: '6a1f0c2e-1b7d-4c55-9a51-000000000006',
      by: 'petugas.kerinci',
      planned: true,
      input: {
        type: ActivityType.SOSIALISASI,
        title: 'Sosialisasi TPPO di Kecamatan Tabir',
        ...at(12),
        venueName: 'Aula Kantor Camat Tabir',
        venueRegionCode: '15.02.05',
        items: [8],
        topics: FOUNDING_TOPICS,
        coOrganisers: ['dinas'],
        villages: [{ code: '15.02.05', reach: VillageReach.OFFICIALS_ATTENDED }],
        participants: [],
      },
    },
    {
      id: '6a1f0c2e-1b7d-4c55-9a51-000000000007',
      by: 'dinas.merangin',
      planned: true,
      input: {
        type: ActivityType.PENYULUHAN,
        title: 'Penyuluhan Penempatan PMI Prosedural di Tabir',
        ...at(15),
        venueName: 'Balai Pertemuan Kecamatan Tabir',
        venueRegionCode: '15.02.05',
        topics: ['prosedur PMI'],
        villages: [],
        participants: [],
      },
    },
  ];
}

/**
 * Demo mode only, once: when no activity exists yet. Returns how many it created.
 */
export async function seedDemoActivities(dataSource: DataSource, activities: { writer: ActivityWriter; workflow: ActivityWorkflow }, auth: AuthService): Promise<number> {
  if ((await repository.rowCount(dataSource, 'activities')) > 0) return 0;
  const users = await repository.users(dataSource);
  const callers = new Map<string, Caller>();
  const callerOf = async (username: string): Promise<Caller> => {
    if (!callers.has(username)) {
      const user = users.find((u) => u.username === username);
      const loaded = user && (await auth.loadCaller(user.id));
      if (!loaded) throw new Error(`Demo account ${username} is missing`);
      callers.set(username, loaded.caller);
    }
    return callers.get(username)!;
  };
  const agencyIds = new Map<string, string>((await repository.agencyShortNames(dataSource)).map((a) => [a.shortName === 'Dinas PMTSP-TK Merangin' ? 'dinas' : a.shortName, a.id]));
  const topics = new Map<string, string>((await repository.topics(dataSource)).map((t) => [t.name, t.id]));
  // Item numbers mean the items of the framework in force on the activity's day (WIB); an activity dated after the
  // 2024–2025 framework, before another is entered, names none: the API refuses an item its framework does not cover.
  const frameworkItems = await repository.programmeItemsInFrameworks(dataSource);
  const itemsOn = (startsAt: Date | string, numbers: number[]) => {
    const inForce = frameworksInForce(frameworkItems, localDate(startsAt));
    return numbers.map((n) => inForce.find((i) => i.number === n)?.id).filter((id): id is string => Boolean(id));
  };
  const as = async (username: string, operation: string) => ({ caller: await callerOf(username), requestId: null, operation });

  let created = 0;
  for (const demo of demoActivities()) {
    const { items: itemNumbers = [], topics: topicNames = [], coOrganisers = [], ...rest } = demo.input;
    const input: ActivityInput = {
      ...rest,
      programmeItemIds: itemsOn(rest.startsAt, itemNumbers),
      topicIds: topicNames.map((name) => topics.get(name)!),
      coOrganiserIds: coOrganisers.map((key) => agencyIds.get(key)!),
    };
    let activity = await activities.writer.create(await as(demo.by, 'createActivity'), demo.id, input, demo.planned ?? false);
    created++;
    for (const username of demo.acceptedBy ?? []) activity = (await activities.workflow.answerInvitation(await as(username, 'answerActivityInvitation'), demo.id, true)) ?? activity;
    for (const step of demo.steps ?? []) {
      if (step === 'submit') activity = await activities.workflow.submit(await as(demo.by, 'submitActivity'), demo.id, activity.version);
      else if (step === 'verify') activity = await activities.workflow.verify(await as('kepala.kerinci', 'verifyActivity'), demo.id, activity.version);
      else activity = await activities.workflow.sendBack(await as('kepala.kerinci', 'returnActivity'), demo.id, activity.version, step.return, 'RETURN');
    }
  }
  return created;
}

/**
 * Demo databases seeded before attendance was attributed (issue 14): the founding story gets its officials'
 * villages, once, while it has no attribution and still holds the seeded sixteen (what people changed since is left
 * as it is). Its coverage figures move in the same transaction. True when it did.
 */
export async function attributeFoundingStory(dataSource: DataSource, audit: AuditService): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await repository.lockSeeding(manager);
    const story = await repository.lockActivity(manager, FOUNDING_STORY_ID);
    if (!story) return false;
    const attributed = await repository.attendanceRowCount(manager, FOUNDING_STORY_ID);
    const officials = await repository.officialsOf(manager, FOUNDING_STORY_ID, story.lead);
    const seeded =
      JSON.stringify(officials) ===
      JSON.stringify([
        { category: 'CAMAT', male: 2, female: 0 },
        { category: 'KEPALA_DESA', male: 10, female: 0 },
        { category: 'LURAH', male: 4, female: 0 },
      ]);
    if (attributed > 0 || !seeded) return false;
    await repository.insertAttendance(manager, FOUNDING_STORY_ID, story.lead, FOUNDING_ATTENDANCE);
    if (story.status === 'VERIFIED') {
      await repository.deleteCoverageAttendance(manager, FOUNDING_STORY_ID);
      await insertAttendanceFacts(manager, 'a.id = $1', [FOUNDING_STORY_ID]);
      await bumpCoverageGeneration(manager);
    }
    await audit.record(
      manager,
      { caller: null, requestId: null, operation: 'seedDemo' },
      {
        entity: 'Activity',
        entityId: FOUNDING_STORY_ID,
        subjectAgencyId: story.lead,
        before: { attendance: [] },
        after: { attendance: FOUNDING_ATTENDANCE.map((a) => `${a.regionCode} ${a.category} L${a.male} P${a.female}`) },
      },
    );
    return true;
  });
}
