import { AgencyType, Role } from '@jangkau/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../common/access/password-hasher';
import { minimalArea, replaceWorkingArea } from '../agency/working-area';
import { AuditService } from '../audit/audit.service';
import * as repository from './demo.repository';

export const DEMO_PASSWORD = 'jangkau-demo';

export interface DemoAgency {
  key: string;
  name: string;
  shortName: string;
  type: AgencyType;
  officeClass?: string;
  parent?: string;
  home: string | null;
  area: string[];
}

/** The founding story of PRODUCT.md, as data. */
const AGENCIES: DemoAgency[] = [
  { key: 'ditjen', name: 'Direktorat Jenderal Imigrasi', shortName: 'Ditjen Imigrasi', type: AgencyType.DITJEN, home: null, area: [] },
  { key: 'kanwil', name: 'Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan Jambi', shortName: 'Kanwil Jambi', type: AgencyType.KANWIL, parent: 'ditjen', home: '15', area: ['15'] },
  {
    key: 'kerinci',
    name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci',
    shortName: 'Kanim Kerinci',
    type: AgencyType.KANTOR_IMIGRASI,
    officeClass: 'Kelas II Non-TPI',
    parent: 'kanwil',
    home: '15.72',
    area: ['15.01', '15.72', '15.02'],
  },
  { key: 'dinas', name: 'Dinas PMTSP-TK Kabupaten Merangin', shortName: 'Dinas PMTSP-TK Merangin', type: AgencyType.DINAS, home: '15.02', area: ['15.02'] },
  { key: 'bangko', name: 'Kecamatan Bangko', shortName: 'Kec. Bangko', type: AgencyType.KECAMATAN, home: '15.02.02', area: ['15.02.02'] },
  { key: 'pulaurengas', name: 'Pemerintah Desa Pulau Rengas', shortName: 'Desa Pulau Rengas', type: AgencyType.DESA_KELURAHAN, home: '15.02.10.2001', area: ['15.02.10.2001'] },
];

/** The founding story's agencies by key, as the living demo (demo-history.ts) finds them again. */
export const FOUNDING_AGENCY_SHORT_NAMES: Record<string, string> = Object.fromEntries(AGENCIES.filter((a) => a.key !== 'ditjen').map((a) => [a.key, a.shortName]));

/** One demo account per role, all with the password `jangkau-demo` (listed in the README). */
export const DEMO_USERS: { username: string; fullName: string; role: Role; agency: string }[] = [
  { username: 'admin', fullName: 'Administrator Jangkau', role: Role.ADMIN, agency: 'ditjen' },
  { username: 'kepala.kerinci', fullName: 'Kepala Kantor Imigrasi Kerinci', role: Role.HEAD, agency: 'kerinci' },
  { username: 'petugas.kerinci', fullName: 'Petugas Kantor Imigrasi Kerinci', role: Role.OFFICER, agency: 'kerinci' },
  { username: 'kepala.dinas.merangin', fullName: 'Kepala Dinas PMTSP-TK Merangin', role: Role.HEAD, agency: 'dinas' },
  { username: 'dinas.merangin', fullName: 'Staf Dinas PMTSP-TK Merangin', role: Role.OFFICER, agency: 'dinas' },
  { username: 'kades.pulaurengas', fullName: 'Kepala Desa Pulau Rengas', role: Role.HEAD, agency: 'pulaurengas' },
  { username: 'desa.pulaurengas', fullName: 'Sekretaris Desa Pulau Rengas', role: Role.LOCAL, agency: 'pulaurengas' },
  { username: 'kanwil.jambi', fullName: 'Analis Kanwil Jambi', role: Role.VIEWER, agency: 'kanwil' },
  { username: 'ditjen', fullName: 'Analis Direktorat Jenderal Imigrasi', role: Role.VIEWER, agency: 'ditjen' },
];

/**
 * Demo mode only: the founding-story agencies and demo accounts, created once (a database that already has
 * agencies is left as it is). Every row goes through the audit trail like any other change.
 */
/**
 * Every demo account has an address under `.example` (reserved: no real mailbox can receive it), so a newcomer
 * sees at /admin/surel the e-mails their actions would send.
 */
export const demoEmail = (username: string) => `${username}@jangkau.example`;

export async function seedDemo(dataSource: DataSource, audit: AuditService): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await repository.lockSeeding(manager);
    if ((await repository.rowCount(manager, 'agencies')) > 0) return false;
    const ids = new Map<string, string>();
    const context = { caller: null, requestId: null, operation: 'seedDemo' };
    for (const agency of AGENCIES) {
      const id = await insertAgency(manager, agency, agency.parent ? ids.get(agency.parent)! : null);
      ids.set(agency.key, id);
      await audit.record(manager, context, { entity: 'Agency', entityId: id, subjectAgencyId: id, before: null, after: { name: agency.name, type: agency.type, workingArea: agency.area } });
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      const agencyId = ids.get(user.agency)!;
      const id = await repository.insertUser(manager, { username: user.username, email: demoEmail(user.username), fullName: user.fullName, agencyId, role: user.role, passwordHash });
      await audit.record(manager, context, { entity: 'User', entityId: id, subjectAgencyId: agencyId, before: null, after: { username: user.username, role: user.role } });
    }
    return true;
  });
}

/**
 * Demo mode: demo accounts added after a database was first seeded (e.g. the heads of the Dinas and of Desa Pulau
 * Rengas), created once in their founding-story agency when missing. An account someone removed or renamed since
 * is created again only if its username is free; nothing existing is changed.
 */
export async function seedMissingDemoUsers(dataSource: DataSource, audit: AuditService): Promise<string[]> {
  return dataSource.transaction(async (manager) => {
    await repository.lockSeeding(manager);
    const agencies = await repository.agencyShortNames(manager);
    const idOf = new Map(AGENCIES.map((a) => [a.key, agencies.find((row) => row.shortName === a.shortName)?.id]));
    const existing = new Set((await repository.users(manager)).map((u) => u.username));
    // Demo accounts seeded before e-mail existed get their .example address (only where none was set).
    await repository.fillDemoEmails(
      manager,
      DEMO_USERS.map((u) => u.username),
    );
    const missing = DEMO_USERS.filter((u) => !existing.has(u.username) && idOf.get(u.agency));
    if (!missing.length) return [];
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const context = { caller: null, requestId: null, operation: 'seedDemo' };
    const created: string[] = [];
    for (const user of missing) {
      const agencyId = idOf.get(user.agency)!;
      const id = await repository.insertUserIfNew(manager, { username: user.username, email: demoEmail(user.username), fullName: user.fullName, agencyId, role: user.role, passwordHash });
      if (!id) continue;
      created.push(user.username);
      await audit.record(manager, context, { entity: 'User', entityId: id, subjectAgencyId: agencyId, before: null, after: { username: user.username, role: user.role } });
    }
    return created;
  });
}

/**
 * Kanim Kerinci's two Desa Binaan of PRODUCT.md. The villages are real; the SK numbers are not (marked DEMO), and
 * the Kerinci demo officer stands in as Pimpasa. Added once, while the office has no Desa Binaan yet (so databases
 * seeded before Desa Binaan existed get them too, and what people changed since is left as it is).
 */
const DEMO_DESA_BINAAN = [
  { villageCode: '15.01.21.2009', skNumber: 'DEMO/SK-DB/001/2025', skDate: '2025-03-10' },
  { villageCode: '15.01.04.2031', skNumber: 'DEMO/SK-DB/002/2025', skDate: '2025-03-10' },
];

export async function seedDemoDesaBinaan(dataSource: DataSource, audit: AuditService): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await repository.lockSeeding(manager);
    const kerinci = await repository.agencyWithShortName(manager, 'Kanim Kerinci', AgencyType.KANTOR_IMIGRASI);
    const officer = await repository.userNamed(manager, 'petugas.kerinci');
    if (!kerinci || !officer) return 0;
    if ((await repository.desaBinaanCount(manager, kerinci.id)) > 0) return 0;
    const context = { caller: null, requestId: null, operation: 'seedDemo' };
    let created = 0;
    for (const demo of DEMO_DESA_BINAAN) {
      const id = await repository.insertDemoDesaBinaan(manager, {
        agencyId: kerinci.id,
        villageCode: demo.villageCode,
        skNumber: demo.skNumber,
        skDate: demo.skDate,
        officerName: officer.full_name,
        officerUserId: officer.id,
      });
      if (!id) continue;
      created++;
      await audit.record(manager, context, { entity: 'DesaBinaan', entityId: id, subjectAgencyId: kerinci.id, before: null, after: { ...demo, officerUserId: officer.id } });
    }
    return created;
  });
}

/** With INITIAL_ADMIN_USERNAME/PASSWORD: the first administrator, once, when no user exists yet. */
export async function createInitialAdmin(dataSource: DataSource, audit: AuditService, admin: { username: string; password: string; agencyName: string }): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await repository.lockSeeding(manager);
    if ((await repository.rowCount(manager, 'users')) > 0) return false;
    await createAdmin(manager, audit, admin, 'createInitialAdmin');
    return true;
  });
}

export async function createAdmin(manager: EntityManager, audit: AuditService, admin: { username: string; password: string; agencyName: string }, operation: string): Promise<string> {
  const existing = await repository.ditjenNamed(manager, admin.agencyName);
  const agencyId =
    existing?.id ?? (await insertAgency(manager, { key: 'ditjen', name: admin.agencyName, shortName: admin.agencyName.slice(0, 60), type: AgencyType.DITJEN, home: null, area: [] }, null));
  const id = await repository.insertUser(manager, {
    username: admin.username.toLowerCase(),
    fullName: 'Administrator',
    agencyId,
    role: Role.ADMIN,
    passwordHash: await hashPassword(admin.password),
  });
  await audit.record(
    manager,
    { caller: null, requestId: null, operation },
    { entity: 'User', entityId: id, subjectAgencyId: agencyId, before: null, after: { username: admin.username, role: 'ADMIN' } },
  );
  return id;
}

export async function insertAgency(manager: EntityManager, agency: DemoAgency, parentId: string | null): Promise<string> {
  // With a sample address, marked DEMO, so the letterhead of a demo report shows where an address goes.
  const id = await repository.insertDemoAgency(manager, {
    name: agency.name,
    shortName: agency.shortName,
    type: agency.type,
    officeClass: agency.officeClass ?? null,
    parentId,
    homeRegionCode: agency.home,
  });
  await replaceWorkingArea(manager, id, minimalArea(agency.area));
  return id;
}
