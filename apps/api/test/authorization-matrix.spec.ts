import { randomUUID } from 'node:crypto';
import type { LiveChannel } from '../src/common/live-channel';
import { CoverageEvents, type CoverageChangeEvent } from '../src/modules/activity/rollups/coverage-events';
import { NotificationEvents } from '../src/modules/notification/notification-events';
import { readGeoFile } from './geo-data';
import { liveClient, registered, subscribe } from './live';
import { GraphqlResponse, startTestApp, TestApp } from './test-app';
import { withAdmin } from './test-database';
import { waitFor } from './wait-for';

/**
 * Every query and mutation × every kind of account × inside or outside the account's scope. Adding an operation
 * without rows here fails the first test. Outcomes:
 *   ok          allowed, and the answer is there (HTTP 200, no error at all)
 *   notFound    allowed, but what lies outside the caller's scope does not exist for them (null, no error)
 *   refused:R   past the gate, the operation itself refused with reason R (e.g. a record outside the caller's
 *               scope that a mutation cannot find, or a wrong current password): named, so that an error where
 *               success is expected always fails
 *   denied      FORBIDDEN: the role lacks the permission
 *   signIn      UNAUTHENTICATED: a signed-in caller is needed
 * Mutations are also checked against the audit trail: one entry when they succeed, none otherwise.
 * Subscriptions (SUBSCRIPTION_ROWS) and REST routes (REST_ROWS) have tables of their own below, discovered the
 * same way: from the schema and from the booted app's router.
 */
type Outcome = 'ok' | 'notFound' | 'denied' | 'signIn' | `refused:${string}`;
const ACCOUNTS = [
  'anonymous',
  'admin',
  'kepala.kerinci',
  'petugas.kerinci',
  'dinas.merangin',
  'desa.pulaurengas',
  'kanwil.jambi',
  'ditjen',
  'kepala.dinas.merangin',
  'kades.pulaurengas',
] as const;
type Account = (typeof ACCOUNTS)[number];

interface Fixture {
  kerinciId: string;
  papuaId: string;
  petugasId: string;
  dinasUserId: string;
  throwawayUserId: string;
  ditjenId: string;
  dinasId: string;
  pulauRengasId: string;
}

interface Row {
  operation: string;
  /** What distinguishes this row: "in scope", "outside scope", … */
  case: string;
  request: (f: Fixture, account: Account, t: TestApp) => Promise<{ query: string; variables?: Record<string, unknown> }> | { query: string; variables?: Record<string, unknown> };
  expect: Record<Account, Outcome>;
  /** A mutation that changes no record anyone audits (marking one's own notifications read): why it leaves no entry. */
  unaudited?: string;
}

const all = (outcome: Outcome, overrides: Partial<Record<Account, Outcome>> = {}): Record<Account, Outcome> =>
  ({ ...Object.fromEntries(ACCOUNTS.map((a) => [a, outcome])), ...overrides }) as Record<Account, Outcome>;
const signedIn = (outcome: Outcome, overrides: Partial<Record<Account, Outcome>> = {}) => all(outcome, { anonymous: 'signIn', ...overrides });
const adminOnly = signedIn('denied', { admin: 'ok' });
/**
 * Overrides that also name the two demo heads (kepala.dinas.merangin, kades.pulaurengas): they apply once the
 * heads are in ACCOUNTS and are ignored until then (the matrix walks ACCOUNTS only).
 */
const withNewHeads = (overrides: Record<string, Outcome>) => overrides as Partial<Record<Account, Outcome>>;

let unique = 0;
const agencyInput = (name: string) => ({ name, shortName: name.slice(0, 60), type: 'LAINNYA', workingArea: ['15.02.10'] });

/** Demo activities (seed/demo-activities.ts). */
const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
const KERINCI_DRAFT = '6a1f0c2e-1b7d-4c55-9a51-000000000005';

const activityInput = (over: Record<string, unknown> = {}) => ({
  type: 'SOSIALISASI',
  title: 'Matrix activity',
  startsAt: '2026-03-10T02:00:00Z',
  endsAt: '2026-03-10T05:00:00Z',
  venueName: 'Kantor Camat Bangko',
  venueRegionCode: '15.02.02',
  villages: [{ code: '15.02.02.2004', reach: 'OFFICIALS_ATTENDED' }],
  ...over,
});

/** A fresh activity led by Kanim Kerinci (made by its officer), moved to `status` by SQL for the row's setup. */
async function kerinciActivity(t: TestApp, status: string, over: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const res = await t.gql(
    'mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { id version } }',
    { id: randomUUID(), input: activityInput(over) },
    await t.as('petugas.kerinci'),
  );
  const a = res.data?.createActivity;
  if (!a) throw new Error(JSON.stringify(res.errors));
  if (status !== 'DRAFT') {
    const submitter = status === 'SUBMITTED' || status === 'VERIFIED' ? `(SELECT id FROM users WHERE username = 'petugas.kerinci')` : 'NULL';
    await withAdmin(t.db.url, (c) => c.query(`UPDATE activities SET status = $2, submitted_by = ${submitter} WHERE id = $1`, [a.id, status]));
  }
  return a;
}

/** A saved report owned by `owner` (a fresh one per call), for the saved-report rows. */
async function savedReportOf(t: TestApp, owner: string): Promise<{ id: string; version: number }> {
  const res = await t.gql(
    'mutation ($input: ReportInput!) { saveReport(name: "Matrix", input: $input) { id version } }',
    { input: { rows: 'KABUPATEN_KOTA', period: '2025', indicators: ['VILLAGES_REACHED'] } },
    await t.as(owner),
  );
  if (!res.data?.saveReport) throw new Error(JSON.stringify(res.errors));
  return res.data.saveReport;
}

/** A saved report of `owner` sent monthly to kanwil.jambi (given an e-mail here), for the schedule rows. */
async function scheduledReportOf(t: TestApp, owner: string): Promise<{ id: string; version: number }> {
  const saved = await savedReportOf(t, owner);
  await withAdmin(t.db.url, (c) => c.query(`UPDATE users SET email = 'kanwil.jambi@jangkau.example' WHERE username = 'kanwil.jambi' AND email IS NULL`));
  const res = await t.gql(
    'mutation ($id: ID!) { setReportSchedule(savedReportId: $id, input: { frequency: MONTHLY, format: XLSX, recipients: ["kanwil.jambi"], active: true }) { version } }',
    { id: saved.id },
    await t.as(owner),
  );
  if (!res.data?.setReportSchedule) throw new Error(JSON.stringify(res.errors));
  return { id: saved.id, version: res.data.setReportSchedule.version };
}

function transition(name: string, a: { id: string; version: number }, reason?: string) {
  return reason
    ? { query: `mutation ($id: ID!, $v: Int!, $r: String!) { ${name}(id: $id, version: $v, reason: $r) { id } }`, variables: { id: a.id, v: a.version, r: reason } }
    : { query: `mutation ($id: ID!, $v: Int!) { ${name}(id: $id, version: $v) { id } }`, variables: { id: a.id, v: a.version } };
}

const ROWS: Row[] = [
  { operation: 'region', case: 'public', request: () => ({ query: '{ region(code: "15.02.10") { code } }' }), expect: all('ok') },
  { operation: 'searchRegions', case: 'public', request: () => ({ query: '{ searchRegions(query: "bangko") { code } }' }), expect: all('ok') },
  { operation: 'provinces', case: 'public', request: () => ({ query: '{ provinces { code } }' }), expect: all('ok') },
  { operation: 'nationalRegionCounts', case: 'public', request: () => ({ query: '{ nationalRegionCounts { villages } }' }), expect: all('ok') },
  { operation: 'regionDataVersion', case: 'public', request: () => ({ query: '{ regionDataVersion { version } }' }), expect: all('ok') },
  {
    operation: 'login',
    case: 'public',
    request: () => ({ query: 'mutation { login(username: "kanwil.jambi", password: "jangkau-demo") { accessToken } }' }),
    expect: all('ok'),
  },
  {
    operation: 'refreshSession',
    case: 'public (a bad token is refused by the operation, not the gate)',
    request: () => ({ query: 'mutation { refreshSession(refreshToken: "not-a-token") { accessToken } }' }),
    expect: all('refused:AUTH_REFRESH_INVALID'),
  },
  { operation: 'appInfo', case: 'public', request: () => ({ query: '{ appInfo { demoMode } }' }), expect: all('ok') },
  { operation: 'boundarySets', case: 'public (sources and licences)', request: () => ({ query: '{ boundarySets { level source licence } }' }), expect: all('ok') },
  { operation: 'me', case: 'self', request: () => ({ query: '{ me { username } }' }), expect: signedIn('ok') },
  { operation: 'logout', case: 'self', request: () => ({ query: 'mutation { logout }' }), expect: signedIn('ok') },
  {
    operation: 'changePassword',
    case: 'self (wrong current password: refused by the operation)',
    request: () => ({ query: 'mutation { changePassword(currentPassword: "wrong-password-1", newPassword: "Another-pass-99") { accessToken } }' }),
    expect: signedIn('refused:AUTH_WRONG_CURRENT_PASSWORD'),
  },
  { operation: 'agencies', case: 'list, scoped', request: () => ({ query: '{ agencies { id } }' }), expect: signedIn('ok') },
  {
    operation: 'agency',
    case: 'Kanim Kerinci (home 15.72)',
    request: (f) => ({ query: 'query ($id: ID!) { agency(id: $id) { id } }', variables: { id: f.kerinciId } }),
    expect: signedIn('ok', { 'dinas.merangin': 'notFound', 'desa.pulaurengas': 'notFound', 'kepala.dinas.merangin': 'notFound', 'kades.pulaurengas': 'notFound' }),
  },
  {
    operation: 'agency',
    case: 'an office in Papua (outside every Jambi scope)',
    request: (f) => ({ query: 'query ($id: ID!) { agency(id: $id) { id } }', variables: { id: f.papuaId } }),
    expect: signedIn('notFound', { admin: 'ok', ditjen: 'ok' }),
  },
  {
    operation: 'createAgency',
    case: 'admin only',
    request: () => ({ query: 'mutation ($input: AgencyInput!) { createAgency(input: $input) { id } }', variables: { input: agencyInput(`Matrix Agency ${++unique}`) } }),
    expect: adminOnly,
  },
  {
    operation: 'updateAgency',
    case: 'admin only',
    request: async (f, _account, t) => {
      const [{ version }] = await withAdmin(t.db.url, async (c) => (await c.query('SELECT version FROM agencies WHERE id = $1', [f.papuaId])).rows);
      return {
        query: 'mutation ($id: ID!, $v: Int!, $input: AgencyInput!) { updateAgency(id: $id, version: $v, input: $input) { id } }',
        variables: { id: f.papuaId, v: version, input: { ...agencyInput('Kantor Imigrasi Kelas I TPI Jayapura'), type: 'KANTOR_IMIGRASI', workingArea: ['91.71'], homeRegionCode: '91.71' } },
      };
    },
    expect: adminOnly,
  },
  {
    operation: 'users',
    case: 'list, scoped',
    request: () => ({ query: '{ users { id } }' }),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok', 'kepala.dinas.merangin': 'ok', 'kades.pulaurengas': 'ok' }),
  },
  {
    operation: 'user',
    case: 'a Kerinci officer',
    request: (f) => ({ query: 'query ($id: ID!) { user(id: $id) { id } }', variables: { id: f.petugasId } }),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok', 'kepala.dinas.merangin': 'notFound', 'kades.pulaurengas': 'notFound' }),
  },
  {
    operation: 'user',
    case: 'a Dinas Merangin officer (another agency)',
    request: (f) => ({ query: 'query ($id: ID!) { user(id: $id) { id } }', variables: { id: f.dinasUserId } }),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'notFound', 'kepala.dinas.merangin': 'ok', 'kades.pulaurengas': 'notFound' }),
  },
  {
    operation: 'createUser',
    case: 'admin only',
    request: (f) => ({
      query: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: { input: { username: `matrix.user${++unique}`, fullName: 'Matrix User', agencyId: f.kerinciId, role: 'OFFICER', temporaryPassword: 'Temporary-pass-1' } },
    }),
    expect: adminOnly,
  },
  {
    operation: 'updateUser',
    case: 'admin only',
    request: async (f, _account, t) => {
      const [{ version }] = await withAdmin(t.db.url, async (c) => (await c.query('SELECT version FROM users WHERE id = $1', [f.throwawayUserId])).rows);
      return {
        query: 'mutation ($id: ID!, $v: Int!, $input: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $input) { id } }',
        variables: { id: f.throwawayUserId, v: version, input: { fullName: 'Matrix Throwaway', agencyId: f.kerinciId, role: 'OFFICER', active: true } },
      };
    },
    expect: adminOnly,
  },
  {
    operation: 'resetUserPassword',
    case: 'admin only',
    request: (f) => ({ query: 'mutation ($id: ID!) { resetUserPassword(id: $id, temporaryPassword: "Temporary-pass-2") { id } }', variables: { id: f.throwawayUserId } }),
    expect: adminOnly,
  },
  {
    operation: 'auditLog',
    case: 'scoped',
    request: () => ({ query: '{ auditLog { id } }' }),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok', 'kepala.dinas.merangin': 'ok', 'kades.pulaurengas': 'ok' }),
  },
  // ── Activities ──
  { operation: 'topics', case: 'reference list', request: () => ({ query: '{ topics { id } }' }), expect: signedIn('ok') },
  { operation: 'programmeFrameworks', case: 'reference list', request: () => ({ query: '{ programmeFrameworks { id } }' }), expect: signedIn('ok') },
  { operation: 'activities', case: 'list, scoped', request: () => ({ query: '{ activities { nodes { id } } }' }), expect: signedIn('ok') },
  { operation: 'activityCount', case: 'scoped', request: () => ({ query: '{ activityCount }' }), expect: signedIn('ok') },
  {
    operation: 'activityCalendar',
    case: 'scoped',
    request: () => ({ query: '{ activityCalendar(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { activity { id } } }' }),
    expect: signedIn('ok'),
  },
  {
    operation: 'activity',
    case: 'the founding story (verified, reached Pulau Rengas)',
    request: () => ({ query: `{ activity(id: "${FOUNDING_STORY}") { id } }` }),
    expect: signedIn('ok'),
  },
  {
    operation: 'activity',
    case: 'a Kerinci draft (inside the lead agency only)',
    request: () => ({ query: `{ activity(id: "${KERINCI_DRAFT}") { id } }` }),
    expect: signedIn('notFound', { admin: 'ok', 'kepala.kerinci': 'ok', 'petugas.kerinci': 'ok' }),
  },
  {
    operation: 'createActivity',
    case: "for the caller's own agency",
    request: () => ({ query: 'mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { id } }', variables: { id: randomUUID(), input: activityInput() } }),
    // A desa government records in its own village only: Bangko is refused by the operation.
    expect: signedIn('denied', {
      'kepala.kerinci': 'ok',
      'petugas.kerinci': 'ok',
      'dinas.merangin': 'ok',
      'kepala.dinas.merangin': 'ok',
      'kades.pulaurengas': 'refused:ACTIVITY_OUTSIDE_OWN_AREA',
    }),
  },
  {
    operation: 'updateActivity',
    case: 'a Kerinci draft',
    request: async (_f, _a, t) => {
      const a = await kerinciActivity(t, 'DRAFT');
      return {
        query: 'mutation ($id: ID!, $v: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $v, input: $input) { id } }',
        variables: { id: a.id, v: a.version, input: activityInput({ title: 'Matrix edit' }) },
      };
    },
    expect: signedIn('denied', {
      'kepala.kerinci': 'ok',
      'petugas.kerinci': 'ok',
      'dinas.merangin': 'refused:ACTIVITY_NOT_FOUND',
      'kepala.dinas.merangin': 'refused:ACTIVITY_NOT_FOUND',
      'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND',
    }),
  },
  {
    operation: 'markActivityHeld',
    case: 'a Kerinci planned activity whose day has come',
    // Planned activities are published: Dinas Merangin sees this one (in its area) but may not touch it.
    request: async (_f, _a, t) => transition('markActivityHeld', await kerinciActivity(t, 'PLANNED')),
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'petugas.kerinci': 'ok', 'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND' }),
  },
  {
    operation: 'submitActivity',
    case: 'a Kerinci draft',
    request: async (_f, _a, t) => transition('submitActivity', await kerinciActivity(t, 'DRAFT')),
    expect: signedIn('denied', {
      'kepala.kerinci': 'ok',
      'petugas.kerinci': 'ok',
      'dinas.merangin': 'refused:ACTIVITY_NOT_FOUND',
      'kepala.dinas.merangin': 'refused:ACTIVITY_NOT_FOUND',
      'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND',
    }),
  },
  {
    operation: 'verifyActivity',
    case: 'a Kerinci submission (the head of the lead agency only)',
    request: async (_f, _a, t) => transition('verifyActivity', await kerinciActivity(t, 'SUBMITTED')),
    // Other agencies' heads hold the permission, but a Kerinci submission does not exist for them.
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'kepala.dinas.merangin': 'refused:ACTIVITY_NOT_FOUND', 'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND' }),
  },
  {
    operation: 'returnActivity',
    case: 'a Kerinci submission (the head of the lead agency only)',
    request: async (_f, _a, t) => transition('returnActivity', await kerinciActivity(t, 'SUBMITTED'), 'Lengkapi daftar hadir.'),
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'kepala.dinas.merangin': 'refused:ACTIVITY_NOT_FOUND', 'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND' }),
  },
  {
    operation: 'reopenActivity',
    case: 'a verified Kerinci activity (the head of the lead agency only)',
    request: async (_f, _a, t) => transition('reopenActivity', await kerinciActivity(t, 'VERIFIED'), 'Tanggal keliru.'),
    // Published and in the Dinas head's area (refused: not theirs); outside the village head's (not found).
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND' }),
  },
  {
    operation: 'answerActivityInvitation',
    case: 'Dinas Merangin invited to a Kerinci draft',
    request: async (f, _a, t) => {
      const a = await kerinciActivity(t, 'DRAFT', { coOrganiserIds: [f.dinasId] });
      return { query: 'mutation ($id: ID!) { answerActivityInvitation(id: $id, accept: true) { id } }', variables: { id: a.id } };
    },
    expect: signedIn('denied', { 'dinas.merangin': 'ok', 'kepala.dinas.merangin': 'ok', 'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND' }),
  },
  {
    operation: 'setCoOrganiserParticipants',
    case: 'Dinas Merangin, accepted co-organiser of a Kerinci draft',
    request: async (f, _a, t) => {
      const a = await kerinciActivity(t, 'DRAFT', { coOrganiserIds: [f.dinasId] });
      await withAdmin(t.db.url, (c) => c.query(`UPDATE activity_agencies SET status = 'ACCEPTED' WHERE activity_id = $1`, [a.id]));
      return {
        query: 'mutation ($id: ID!, $v: Int!) { setCoOrganiserParticipants(id: $id, version: $v, participants: [{ category: CALON_PMI, male: 3, female: 4 }]) { id } }',
        variables: { id: a.id, v: a.version },
      };
    },
    expect: signedIn('denied', { 'dinas.merangin': 'ok', 'kepala.dinas.merangin': 'ok', 'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND' }),
  },
  {
    operation: 'inviteCoOrganiserAgain',
    case: 'Dinas Merangin declined a Kerinci draft (the lead agency invites again)',
    request: async (f, _a, t) => {
      const a = await kerinciActivity(t, 'DRAFT', { coOrganiserIds: [f.dinasId] });
      await withAdmin(t.db.url, (c) => c.query(`UPDATE activity_agencies SET status = 'DECLINED' WHERE activity_id = $1`, [a.id]));
      return { query: 'mutation ($id: ID!, $v: Int!, $g: ID!) { inviteCoOrganiserAgain(id: $id, version: $v, agencyId: $g) { id } }', variables: { id: a.id, v: a.version, g: f.dinasId } };
    },
    expect: signedIn('denied', {
      'kepala.kerinci': 'ok',
      'petugas.kerinci': 'ok',
      'dinas.merangin': 'refused:ACTIVITY_NOT_FOUND',
      'kepala.dinas.merangin': 'refused:ACTIVITY_NOT_FOUND',
      'kades.pulaurengas': 'refused:ACTIVITY_NOT_FOUND',
    }),
  },
  { operation: 'myWork', case: "the caller's own queue", request: () => ({ query: '{ myWork { awaitingVerification returned invitations } }' }), expect: signedIn('ok') },
  {
    operation: 'offlineRegions',
    case: "the caller's working area, kept on a phone (those who record activities)",
    request: () => ({ query: '{ offlineRegions { complete total } }' }),
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'petugas.kerinci': 'ok', 'dinas.merangin': 'ok', 'kepala.dinas.merangin': 'ok', 'kades.pulaurengas': 'ok' }),
  },
  {
    operation: 'coOrganiserCandidates',
    case: 'for villages of Bangko Barat (those who record activities)',
    request: () => ({ query: '{ coOrganiserCandidates(villageCodes: ["15.02.10"]) { id } }' }),
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'petugas.kerinci': 'ok', 'dinas.merangin': 'ok', 'kepala.dinas.merangin': 'ok', 'kades.pulaurengas': 'ok' }),
  },
  {
    operation: 'addFollowUp',
    case: 'on the founding story (the lead agency)',
    request: (f) => ({
      query: 'mutation ($id: ID!, $input: FollowUpInput!) { addFollowUp(activityId: $id, input: $input) { id } }',
      variables: { id: FOUNDING_STORY, input: { text: 'Matrix follow-up', responsibleAgencyId: f.pulauRengasId } },
    }),
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'petugas.kerinci': 'ok' }),
  },
  {
    operation: 'updateFollowUp',
    case: 'Desa Pulau Rengas responsible, on the founding story',
    request: async (f, _a, t) => {
      const [row] = await withAdmin(
        t.db.url,
        async (c) =>
          (await c.query(`INSERT INTO activity_follow_ups (activity_id, text, responsible_agency_id) VALUES ($1, 'Matrix', $2) RETURNING id, version`, [FOUNDING_STORY, f.pulauRengasId]))
            .rows,
      );
      return {
        query: 'mutation ($id: ID!, $v: Int!, $input: FollowUpInput!) { updateFollowUp(id: $id, version: $v, input: $input) { id } }',
        variables: { id: row.id, v: row.version, input: { text: 'Matrix', responsibleAgencyId: f.pulauRengasId, status: 'DONE' } },
      };
    },
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'petugas.kerinci': 'ok', 'desa.pulaurengas': 'ok', 'dinas.merangin': 'denied', 'kades.pulaurengas': 'ok' }),
  },
  {
    operation: 'removeActivityEvidence',
    case: "Kanim Kerinci's evidence on its own draft (seen by its organisers only)",
    request: async (_f, _account, t) => ({
      query: 'mutation ($id: ID!) { removeActivityEvidence(id: $id) }',
      variables: { id: await matrixEvidence(t, KERINCI_DRAFT) },
    }),
    expect: signedIn('denied', {
      'kepala.kerinci': 'ok',
      'petugas.kerinci': 'ok',
      'dinas.merangin': 'refused:EVIDENCE_NOT_FOUND',
      'kepala.dinas.merangin': 'refused:EVIDENCE_NOT_FOUND',
      'kades.pulaurengas': 'refused:EVIDENCE_NOT_FOUND',
    }),
  },
  {
    operation: 'removeActivityEvidence',
    case: "Kanim Kerinci's evidence on a planned activity Dinas Merangin is invited to (not theirs to remove)",
    request: async (f, _account, t) => ({
      query: 'mutation ($id: ID!) { removeActivityEvidence(id: $id) }',
      variables: { id: await matrixEvidence(t, (await kerinciActivity(t, 'PLANNED', { coOrganiserIds: [f.dinasId] })).id) },
    }),
    expect: signedIn('denied', { 'kepala.kerinci': 'ok', 'petugas.kerinci': 'ok', 'kades.pulaurengas': 'refused:EVIDENCE_NOT_FOUND' }),
  },
  // Coverage: figures only over what the caller may see; Papua does not exist for a Jambi reader.
  ...(['coverage', 'dashboard', 'villagesNotReached', 'coverageVillages'] as const).flatMap((operation): Row[] => {
    const ask = (region: string) => {
      if (operation === 'coverageVillages')
        return { query: `query ($r: ID) { coverageVillages(regionCode: $r, from: "2025-01-01", to: "2025-12-31") { villagesReached } }`, variables: { r: region } };
      if (operation === 'coverage') return { query: `query ($r: ID) { coverage(regionCode: $r, from: "2025-01-01", to: "2025-12-31") { villagesReached } }`, variables: { r: region } };
      if (operation === 'dashboard')
        return { query: `query ($r: ID) { dashboard(filter: { regionCode: $r, from: "2025-01-01", to: "2025-12-31" }) { activities } }`, variables: { r: region } };
      return { query: `query ($r: ID) { villagesNotReached(filter: { regionCode: $r }, first: 5) { total } }`, variables: { r: region } };
    };
    return [
      { operation, case: 'in scope', request: () => ask('15.02.10'), expect: signedIn('ok') },
      { operation, case: 'outside scope', request: () => ask('91.71'), expect: signedIn('notFound', { admin: 'ok', ditjen: 'ok' }) },
    ];
  }),
  // Reports: rows and totals only over what the caller may see; a region outside it does not exist for them.
  ...(['15.02', '91.71'] as const).map((region): Row => ({
    operation: 'report',
    case: region === '15.02' ? 'in scope' : 'outside scope',
    request: () => ({
      query: `query ($r: ID) { report(input: { rows: KECAMATAN, withinRegion: $r, period: "2025", indicators: [ACTIVITIES, VILLAGES_REACHED] }) { total { values { value } } } }`,
      variables: { r: region },
    }),
    expect: region === '15.02' ? signedIn('ok') : signedIn('notFound', { admin: 'ok', ditjen: 'ok' }),
  })),
  // The villages behind Belum Terjangkau: only those the caller may see; a region outside the scope does not exist.
  ...(['15.02', '91.71'] as const).map((region): Row => ({
    operation: 'reportUnreachedVillages',
    case: region === '15.02' ? 'in scope' : 'outside scope',
    request: () => ({
      query: `query ($r: ID) { reportUnreachedVillages(input: { rows: KECAMATAN, withinRegion: $r, period: "2025", indicators: [VILLAGES_REACHED], standard: BELUM_TERJANGKAU }, first: 5) { total } }`,
      variables: { r: region },
    }),
    expect: region === '15.02' ? signedIn('ok') : signedIn('notFound', { admin: 'ok', ditjen: 'ok' }),
  })),
  // Saved reports: mine to change; anyone signed in opens one by id, with their own rights.
  { operation: 'standardReports', case: 'the list', request: () => ({ query: '{ standardReports { key title } }' }), expect: signedIn('ok') },
  { operation: 'savedReports', case: 'mine', request: () => ({ query: '{ savedReports { id } }' }), expect: signedIn('ok') },
  {
    operation: 'savedReport',
    case: "Kepala Kerinci's, by link",
    request: async (_f, _a, t) => ({ query: 'query ($id: ID!) { savedReport(id: $id) { id } }', variables: { id: (await savedReportOf(t, 'kepala.kerinci')).id } }),
    expect: signedIn('ok'),
  },
  {
    operation: 'reportFromSaved',
    case: "Kepala Kerinci's, by link (the opener's scope)",
    request: async (_f, _a, t) => ({
      query: 'query ($id: ID!) { reportFromSaved(id: $id) { total { values { value } } } }',
      variables: { id: (await savedReportOf(t, 'kepala.kerinci')).id },
    }),
    expect: signedIn('ok'),
  },
  {
    operation: 'saveReport',
    case: 'own',
    request: () => ({
      query: 'mutation ($input: ReportInput!) { saveReport(name: "Rekap", input: $input) { id } }',
      variables: { input: { rows: 'KECAMATAN', period: '2025', indicators: ['ACTIVITIES'] } },
    }),
    expect: signedIn('ok'),
  },
  ...(['own', "someone else's"] as const).flatMap((whose): Row[] => [
    {
      operation: 'updateSavedReport',
      case: whose,
      request: async (_f, account, t) => {
        const r = await savedReportOf(t, whose === 'own' && account !== 'anonymous' ? account : 'kepala.kerinci');
        return {
          query: 'mutation ($id: ID!, $v: Int!, $input: ReportInput!) { updateSavedReport(id: $id, version: $v, name: "Baru", input: $input) { id } }',
          variables: { id: r.id, v: r.version, input: { rows: 'KECAMATAN', period: '2025', indicators: ['ACTIVITIES'] } },
        };
      },
      expect: whose === 'own' ? signedIn('ok') : signedIn('refused:REPORT_NOT_FOUND', { 'kepala.kerinci': 'ok' }),
    },
    {
      operation: 'deleteSavedReport',
      case: whose,
      request: async (_f, account, t) => {
        const r = await savedReportOf(t, whose === 'own' && account !== 'anonymous' ? account : 'kepala.kerinci');
        return { query: 'mutation ($id: ID!, $v: Int!) { deleteSavedReport(id: $id, version: $v) }', variables: { id: r.id, v: r.version } };
      },
      expect: whose === 'own' ? signedIn('ok') : signedIn('refused:REPORT_NOT_FOUND', { 'kepala.kerinci': 'ok' }),
    },
  ]),
  // Scheduled reports: only the saved report's owner sees and manages its schedule.
  ...(['own', "someone else's"] as const).flatMap((whose): Row[] => {
    const owner = (account: string) => (whose === 'own' && account !== 'anonymous' ? account : 'kepala.kerinci');
    const mine = whose === 'own';
    return [
      {
        operation: 'reportSchedule',
        case: whose,
        request: async (_f, account, t) => ({ query: 'query ($id: ID!) { reportSchedule(savedReportId: $id) { id } }', variables: { id: (await scheduledReportOf(t, owner(account))).id } }),
        expect: mine ? signedIn('ok') : signedIn('notFound', { 'kepala.kerinci': 'ok' }),
      },
      {
        operation: 'setReportSchedule',
        case: whose,
        request: async (_f, account, t) => {
          await withAdmin(t.db.url, (c) => c.query(`UPDATE users SET email = 'kanwil.jambi@jangkau.example' WHERE username = 'kanwil.jambi' AND email IS NULL`));
          return {
            query: 'mutation ($id: ID!) { setReportSchedule(savedReportId: $id, input: { frequency: QUARTERLY, format: PDF, recipients: ["kanwil.jambi"], active: true }) { id } }',
            variables: { id: (await savedReportOf(t, owner(account))).id },
          };
        },
        expect: mine ? signedIn('ok') : signedIn('refused:REPORT_NOT_FOUND', { 'kepala.kerinci': 'ok' }),
      },
      {
        operation: 'removeReportSchedule',
        case: whose,
        request: async (_f, account, t) => {
          const r = await scheduledReportOf(t, owner(account));
          return { query: 'mutation ($id: ID!, $v: Int!) { removeReportSchedule(savedReportId: $id, version: $v) }', variables: { id: r.id, v: r.version } };
        },
        expect: mine ? signedIn('ok') : signedIn('refused:REPORT_NOT_FOUND', { 'kepala.kerinci': 'ok' }),
      },
    ];
  }),
  {
    operation: 'targets',
    case: 'an agency (empty when not readable)',
    request: (f) => ({ query: `query ($a: ID!) { targets(agencyId: $a) { id } }`, variables: { a: f.kerinciId } }),
    expect: signedIn('ok'),
  },
  {
    operation: 'setTarget',
    case: 'Kanim Kerinci',
    request: (f) => ({
      query: `mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`,
      variables: { input: { agencyId: f.kerinciId, period: String(2040 + (unique++ % 50)), indicator: 'ACTIVITIES', value: 12 } },
    }),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok', 'kepala.dinas.merangin': 'refused:TARGET_AGENCY_NOT_FOUND', 'kades.pulaurengas': 'refused:TARGET_AGENCY_NOT_FOUND' }),
  },
  {
    operation: 'setTarget',
    case: 'an agency outside scope',
    request: (f) => ({
      query: `mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`,
      variables: { input: { agencyId: f.papuaId, period: String(2040 + (unique++ % 50)), indicator: 'ACTIVITIES', value: 12 } },
    }),
    expect: signedIn('denied', {
      admin: 'ok',
      'kepala.kerinci': 'refused:TARGET_AGENCY_NOT_FOUND',
      'kepala.dinas.merangin': 'refused:TARGET_AGENCY_NOT_FOUND',
      'kades.pulaurengas': 'refused:TARGET_AGENCY_NOT_FOUND',
    }),
  },
  {
    operation: 'removeTarget',
    case: 'Kanim Kerinci',
    request: async (f, _account, t) => {
      const id = await withAdmin(
        t.db.url,
        async (c) =>
          (await c.query(`INSERT INTO targets (agency_id, period, indicator, value) VALUES ($1, $2, 'PARTICIPANTS', 5) RETURNING id`, [f.kerinciId, `20${60 + (unique++ % 30)}-Q1`])).rows[0]
            .id,
      );
      return { query: `mutation ($id: ID!) { removeTarget(id: $id, version: 1) }`, variables: { id } };
    },
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok', 'kepala.dinas.merangin': 'refused:TARGET_AGENCY_NOT_FOUND', 'kades.pulaurengas': 'refused:TARGET_AGENCY_NOT_FOUND' }),
  },
  // ── Desa Binaan Imigrasi ──
  { operation: 'desaBinaan', case: 'list, scoped', request: () => ({ query: '{ desaBinaan { id } }' }), expect: signedIn('ok') },
  {
    operation: 'designateDesaBinaan',
    case: 'for Kanim Kerinci, a Merangin village in its working area (heads: their own office only)',
    request: async (f, _account, t) => ({
      query: 'mutation ($input: DesignateDesaBinaanInput!) { designateDesaBinaan(input: $input) { id } }',
      variables: { input: { agencyId: f.kerinciId, villageCode: await freeMeranginVillage(t, f.kerinciId), skNumber: 'MATRIX/SK', skDate: '2025-05-02', officerName: 'Matrix Pimpasa' } },
    }),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok' }),
  },
  {
    operation: 'updateDesaBinaan',
    case: "Kanim Kerinci's Koto Dua Baru (demo)",
    request: async (_f, _account, t) => desaBinaanUpdate(t, `SELECT id, version, village_code, sk_number, sk_date::text, officer_name FROM desa_binaan WHERE village_code = '15.01.21.2009'`),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok', 'kepala.dinas.merangin': 'refused:DESA_BINAAN_NOT_FOUND', 'kades.pulaurengas': 'refused:DESA_BINAAN_NOT_FOUND' }),
  },
  {
    operation: 'updateDesaBinaan',
    case: "a Kanim Jayapura designation (Papua: not found for Kerinci's head)",
    request: async (f, _account, t) => {
      await withAdmin(t.db.url, (c) =>
        c.query(
          `INSERT INTO desa_binaan (agency_id, village_code, sk_number, sk_date, officer_name)
           SELECT $1, code, 'MATRIX/SK/PAPUA', '2025-01-01', 'Matrix Pimpasa' FROM regions WHERE code LIKE '91.71.%' AND depth = 4 ORDER BY code LIMIT 1
           ON CONFLICT DO NOTHING`,
          [f.papuaId],
        ),
      );
      return desaBinaanUpdate(t, `SELECT id, version, village_code, sk_number, sk_date::text, officer_name FROM desa_binaan WHERE sk_number = 'MATRIX/SK/PAPUA'`);
    },
    expect: signedIn('denied', {
      admin: 'ok',
      'kepala.kerinci': 'refused:DESA_BINAAN_NOT_FOUND',
      'kepala.dinas.merangin': 'refused:DESA_BINAAN_NOT_FOUND',
      'kades.pulaurengas': 'refused:DESA_BINAAN_NOT_FOUND',
    }),
  },
  // ── Programme frameworks (reference data) ──
  {
    operation: 'createProgrammeFramework',
    case: 'admin only',
    request: () => ({
      query: 'mutation ($input: ProgrammeFrameworkInput!) { createProgrammeFramework(input: $input) { id } }',
      variables: { input: { name: `Matrix Framework ${++unique}`, validFrom: '2026-01-01', validTo: '2026-12-31' } },
    }),
    expect: adminOnly,
  },
  {
    operation: 'updateProgrammeFramework',
    case: 'admin only (the seeded framework, unchanged)',
    request: async (_f, _account, t) => {
      const [row] = await withAdmin(
        t.db.url,
        async (c) => (await c.query(`SELECT id, version, name, valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM programme_frameworks WHERE valid_from = '2024-01-01'`)).rows,
      );
      return {
        query: 'mutation ($id: ID!, $v: Int!, $input: ProgrammeFrameworkInput!) { updateProgrammeFramework(id: $id, version: $v, input: $input) { id } }',
        variables: { id: row.id, v: row.version, input: { name: row.name, validFrom: row.validFrom, validTo: row.validTo } },
      };
    },
    expect: adminOnly,
  },
  {
    operation: 'createProgrammeItem',
    case: 'admin only (item 1 of a fresh framework)',
    request: async (_f, _account, t) => {
      const [{ id }] = await withAdmin(
        t.db.url,
        async (c) => (await c.query(`INSERT INTO programme_frameworks (name, valid_from, valid_to) VALUES ('Matrix', '2027-01-01', '2027-12-31') RETURNING id`)).rows,
      );
      return { query: 'mutation ($f: ID!) { createProgrammeItem(frameworkId: $f, input: { number: 1, title: "Matrix item", indicators: [ACTIVITIES] }) { id } }', variables: { f: id } };
    },
    expect: adminOnly,
  },
  {
    operation: 'updateProgrammeItem',
    case: 'admin only (seeded item 8, unchanged)',
    request: async (_f, _account, t) => {
      const [row] = await withAdmin(
        t.db.url,
        async (c) =>
          (await c.query(`SELECT i.id, i.version, i.title FROM programme_items i JOIN programme_frameworks f ON f.id = i.framework_id WHERE f.valid_from = '2024-01-01' AND i.number = 8`))
            .rows,
      );
      return {
        query: 'mutation ($id: ID!, $v: Int!, $input: ProgrammeItemInput!) { updateProgrammeItem(id: $id, version: $v, input: $input) { id } }',
        variables: { id: row.id, v: row.version, input: { number: 8, title: row.title, indicators: [] } },
      };
    },
    expect: adminOnly,
  },
  { operation: 'notifications', case: "the caller's own", request: () => ({ query: '{ notifications { unreadCount nodes { id } } }' }), expect: signedIn('ok') },
  {
    operation: 'markNotificationsRead',
    case: "the caller's own, all",
    request: () => ({ query: 'mutation { markNotificationsRead }' }),
    expect: signedIn('ok'),
    unaudited: 'a read mark on one’s own notifications changes no record',
  },
  { operation: 'notificationPreferences', case: "the caller's own", request: () => ({ query: '{ notificationPreferences { kind delivery } }' }), expect: signedIn('ok') },
  {
    operation: 'setNotificationPreferences',
    case: "the caller's own",
    request: () => ({ query: 'mutation { setNotificationPreferences(preferences: [{ kind: ACTIVITY_VERIFIED, delivery: OFF }]) { kind delivery } }' }),
    expect: signedIn('ok'),
  },
  { operation: 'outgoingMail', case: 'every message', request: () => ({ query: '{ outgoingMail { waiting nodes { id } } }' }), expect: adminOnly },
  { operation: 'confirmationQueue', case: "the caller's own agency", request: () => ({ query: '{ confirmationQueue { toConfirmCount disputeCount } }' }), expect: signedIn('ok') },
  {
    operation: 'confirmationShare',
    case: 'Bangko Barat, 2025',
    request: () => ({ query: '{ confirmationShare(filter: { regionCode: "15.02.10", from: "2025-01-01", to: "2025-12-31" }) { confirmed } }' }),
    expect: signedIn('ok'),
  },
  {
    operation: 'confirmationShare',
    case: 'Kabupaten Kerinci (outside the Dinas and the village)',
    request: () => ({ query: '{ confirmationShare(filter: { regionCode: "15.01", from: "2025-01-01", to: "2025-12-31" }) { confirmed } }' }),
    expect: signedIn('ok', withNewHeads({ 'dinas.merangin': 'notFound', 'desa.pulaurengas': 'notFound', 'kepala.dinas.merangin': 'notFound', 'kades.pulaurengas': 'notFound' })),
  },
  {
    operation: 'answerVillageReach',
    case: 'Pulau Rengas on a verified Kerinci activity (its own village government only)',
    request: async (_f, _a, t) => {
      const a = await kerinciActivity(t, 'VERIFIED', { villages: [{ code: '15.02.10.2001', reach: 'OFFICIALS_ATTENDED' }] });
      return {
        query: 'mutation ($id: ID!) { answerVillageReach(activityId: $id, villageCode: "15.02.10.2001", confirmed: true, version: 0) { status } }',
        variables: { id: a.id },
      };
    },
    expect: signedIn('denied', withNewHeads({ 'desa.pulaurengas': 'ok', 'kades.pulaurengas': 'ok' })),
  },
  {
    operation: 'respondToDispute',
    case: 'a village disputes a verified Kerinci activity (the head of the lead agency only)',
    request: async (f, _a, t) => {
      const a = await kerinciActivity(t, 'VERIFIED', { villages: [{ code: '15.02.10.2001', reach: 'OFFICIALS_ATTENDED' }] });
      await withAdmin(t.db.url, (c) =>
        c.query(
          `INSERT INTO activity_village_confirmations (activity_id, village_code, answer, note, agency_id, answered_by, answered_at)
           VALUES ($1, '15.02.10.2001', 'DISPUTED', 'Tidak hadir.', $2, (SELECT id FROM users WHERE username = 'desa.pulaurengas'), now())`,
          [a.id, f.pulauRengasId],
        ),
      );
      return {
        query: 'mutation ($id: ID!) { respondToDispute(activityId: $id, villageCode: "15.02.10.2001", reason: "Daftar hadir lengkap.", version: 1) { status } }',
        variables: { id: a.id },
      };
    },
    expect: signedIn('denied', { 'kepala.kerinci': 'ok' }),
  },
];

/**
 * Every subscription × every kind of account. `ok`: the subscription is accepted and delivers the event meant for
 * the caller (and not the one published just before it, meant for someone else or somewhere else); `notFound`:
 * accepted, but an event in an area outside the caller's scope never reaches them (checked against a control
 * subscription inside the scope, registered after it on the same connection and woken by the same event);
 * `denied`/`signIn`: the subscribe itself is refused with that reason.
 */
type LiveOutcome = 'ok' | 'notFound' | 'denied' | 'signIn';

interface SubscriptionRow {
  operation: string;
  case: string;
  query: string;
  channel: (t: TestApp) => LiveChannel<unknown>;
  /** For notFound rows: a subscription inside every caller's scope that the same event reaches. */
  control?: string;
  /** Publishes, in order, what the caller must not hear and then what they must; returns the id they must hear. */
  publish: (f: Fixture, account: Account, t: TestApp) => Promise<string>;
  /** The id a delivered message carries. */
  idOf: (message: GraphqlResponse) => unknown;
  expect: Record<Account, LiveOutcome>;
}

const PULAU_RENGAS = '15.02.10.2001';
const PAPUA_VILLAGE_CODES = ['91', '91.71', '91.71.01', '91.71.01.1001'];
const PULAU_RENGAS_CODES = ['15', '15.02', '15.02.10', PULAU_RENGAS];
const coverageEvent = (reachCodes: string[]): CoverageChangeEvent => ({ activityId: randomUUID(), kind: 'VERIFIED', reachCodes, at: new Date().toISOString() });

/** A notification (the founding story verified, which everyone sees) recorded for `username`; its id. */
async function notificationFor(t: TestApp, username: string): Promise<{ userId: string; notificationId: string }> {
  const [row] = await withAdmin(
    t.db.url,
    async (c) =>
      (
        await c.query(
          `INSERT INTO notifications (user_id, kind, activity_id, delivery) SELECT id, 'ACTIVITY_VERIFIED', $2, 'IMMEDIATE' FROM users WHERE username = $1
         RETURNING user_id AS "userId", id AS "notificationId"`,
          [username, FOUNDING_STORY],
        )
      ).rows,
  );
  return row;
}

const SUBSCRIPTION_ROWS: SubscriptionRow[] = [
  {
    operation: 'coverageChanged',
    case: 'Pulau Rengas (in every scope)',
    query: `subscription { coverageChanged(regionCode: "${PULAU_RENGAS}") { activityId kind } }`,
    channel: (t) => t.app.get(CoverageEvents),
    publish: async (_f, _a, t) => {
      const events = t.app.get(CoverageEvents);
      events.publish(coverageEvent(PAPUA_VILLAGE_CODES));
      const heard = coverageEvent(PULAU_RENGAS_CODES);
      events.publish(heard);
      return heard.activityId;
    },
    idOf: (m) => (m.data as { coverageChanged?: { activityId: string } } | null)?.coverageChanged?.activityId,
    expect: signedIn('ok') as Record<Account, LiveOutcome>,
  },
  {
    operation: 'coverageChanged',
    case: 'Kota Jayapura, Papua (outside every Jambi scope)',
    query: `subscription { coverageChanged(regionCode: "91.71") { activityId kind } }`,
    control: `subscription { coverageChanged(regionCode: "${PULAU_RENGAS}") { activityId kind } }`,
    channel: (t) => t.app.get(CoverageEvents),
    publish: async (_f, _a, t) => {
      const event = coverageEvent([...PAPUA_VILLAGE_CODES, ...PULAU_RENGAS_CODES]);
      t.app.get(CoverageEvents).publish(event);
      return event.activityId;
    },
    idOf: (m) => (m.data as { coverageChanged?: { activityId: string } } | null)?.coverageChanged?.activityId,
    expect: signedIn('notFound', { admin: 'ok', ditjen: 'ok' }) as Record<Account, LiveOutcome>,
  },
  {
    operation: 'notificationAdded',
    case: "the caller's own (not another person's)",
    query: 'subscription { notificationAdded { id kind } }',
    channel: (t) => t.app.get(NotificationEvents),
    publish: async (_f, account, t) => {
      const events = t.app.get(NotificationEvents);
      events.publish(await notificationFor(t, account === 'kepala.kerinci' ? 'petugas.kerinci' : 'kepala.kerinci'));
      const own = await notificationFor(t, account);
      events.publish(own);
      return own.notificationId;
    },
    idOf: (m) => (m.data as { notificationAdded?: { id: string } } | null)?.notificationAdded?.id,
    expect: signedIn('ok') as Record<Account, LiveOutcome>,
  },
];

/**
 * Every REST route the booted app serves (method and path as registered) × every kind of account. Each cell is
 * the status expected, and for a refusal the `error` the JSON body names: `200`, `201`, `401 AUTH_SIGN_IN_REQUIRED`,
 * `403 …`, `404 …`. A 2xx cell fails on any other answer; the body is read to its end.
 */
type RestOutcome = '200' | '201' | `${401 | 403 | 404} ${string}`;

interface RestRow {
  /** As registered with the router: `GET /api/evidence/:id`. */
  route: string;
  case: string;
  request: (f: Fixture, account: Account, t: TestApp) => Promise<{ path: string; init?: RequestInit }> | { path: string; init?: RequestInit };
  expect: Record<Account, RestOutcome>;
  /** The audit operation a 2xx leaves exactly one entry of (and a refusal none). */
  audited?: string;
}

const SIGN_IN: RestOutcome = '401 AUTH_SIGN_IN_REQUIRED';
const FORBIDDEN: RestOutcome = '403 ACCESS_DENIED';
const rest = (outcome: RestOutcome, overrides: Partial<Record<Account, RestOutcome>> = {}): Record<Account, RestOutcome> =>
  ({ ...Object.fromEntries(ACCOUNTS.map((a) => [a, outcome])), anonymous: SIGN_IN, ...overrides }) as Record<Account, RestOutcome>;
const publicRest = (outcome: RestOutcome) => rest(outcome, { anonymous: outcome });
/** Those who record activities (ACTIVITY_WRITE): heads and officers of every agency. */
const writers = (outcome: RestOutcome, overrides: Partial<Record<Account, RestOutcome>> = {}) =>
  rest(FORBIDDEN, { 'kepala.kerinci': outcome, 'petugas.kerinci': outcome, 'dinas.merangin': outcome, 'kepala.dinas.merangin': outcome, 'kades.pulaurengas': outcome, ...overrides });

const once = <T>(make: (t: TestApp) => Promise<T>) => {
  let made: Promise<T> | null = null;
  return (t: TestApp) => (made ??= make(t));
};

/** A tiny PNG (it gets a thumbnail). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4wcAARwgWXg4AUcMMgUnERVsAAAAASUVORK5CYII=', 'base64');

function evidenceUpload(t: TestApp, activityId: string, headers: Record<string, string>) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'matrix.png');
  return fetch(`${t.baseUrl}/api/activities/${activityId}/evidence`, { method: 'POST', headers, body: form });
}

/** Evidence (with its file and thumbnail) on a verified Kanim Kerinci activity in Bangko: what readers fetch. */
const verifiedEvidence = once(async (t: TestApp) => {
  const a = await kerinciActivity(t, 'DRAFT');
  const res = await evidenceUpload(t, a.id, await t.as('petugas.kerinci'));
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id) throw new Error(`evidence upload: ${res.status} ${JSON.stringify(body)}`);
  await withAdmin(t.db.url, (c) => c.query(`UPDATE activities SET status = 'VERIFIED', submitted_by = created_by WHERE id = $1`, [a.id]));
  return body.id;
});

/** One past activity in Bangko Barat as the import's CSV (the columns of import.columns.ts). */
const IMPORT_CSV = [
  'jenis,judul,tanggal,jam_mulai,jam_selesai,tempat,kode_wilayah_tempat,desa_kelurahan,cara_menjangkau,kepala_desa_l',
  'SOSIALISASI,Sosialisasi TPPO matriks,2025-08-12,09:00,12:00,Kantor Camat Bangko Barat,15.02.10,15.02.10,OFFICIALS_ATTENDED,2',
].join('\r\n');

function multipart(name: string, bytes: Buffer | string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

const REPORT_INPUT = { rows: 'KECAMATAN', withinRegion: '15.02', period: '2025', indicators: ['ACTIVITIES', 'VILLAGES_REACHED'] };

const REST_ROWS: RestRow[] = [
  { route: 'GET /health', case: 'public (load balancers)', request: () => ({ path: '/health' }), expect: publicRest('200') },
  { route: 'GET /health/live', case: 'public (liveness probes)', request: () => ({ path: '/health/live' }), expect: publicRest('200') },
  // ── Activities: the list as a file, bulk import, evidence ──
  ...(['csv', 'xlsx'] as const).map((format): RestRow => ({
    route: `GET /api/activities/export.${format}`,
    case: 'the list, scoped',
    request: () => ({ path: `/api/activities/export.${format}` }),
    expect: rest('200'),
  })),
  ...(['csv', 'xlsx'] as const).map((format): RestRow => ({
    route: `GET /api/activities/import/template.${format}`,
    case: 'those who record',
    request: () => ({ path: `/api/activities/import/template.${format}` }),
    expect: writers('200'),
  })),
  {
    route: 'POST /api/activities/import',
    case: 'a dry run of one row, for the caller’s own agency (those who record)',
    request: () => ({ path: '/api/activities/import?dryRun=true', init: { method: 'POST', body: multipart('kegiatan.csv', IMPORT_CSV) } }),
    expect: writers('200'),
  },
  {
    route: 'POST /api/activities/:id/evidence',
    case: 'a Kerinci draft (its organisers only)',
    request: async (_f, _a, t) => ({ path: `/api/activities/${(await kerinciActivity(t, 'DRAFT')).id}/evidence`, init: { method: 'POST', body: multipart('matrix.png', PNG) } }),
    expect: writers('404 ACTIVITY_NOT_FOUND', { 'kepala.kerinci': '201', 'petugas.kerinci': '201' }),
    audited: 'addActivityEvidence',
  },
  ...(['', '/thumbnail'] as const).map((variant): RestRow => ({
    route: `GET /api/evidence/:id${variant}`,
    case: 'on a verified Kerinci activity in Bangko (outside the village’s scope)',
    request: async (_f, _a, t) => ({ path: `/api/evidence/${await verifiedEvidence(t)}${variant}` }),
    expect: rest('200', { 'desa.pulaurengas': '404 EVIDENCE_NOT_FOUND', 'kades.pulaurengas': '404 EVIDENCE_NOT_FOUND' }),
  })),
  // ── Reports as files ──
  ...(['xlsx', 'csv', 'pdf'] as const).flatMap((format): RestRow[] => [
    {
      route: `POST /api/reports/export.${format}`,
      case: 'Merangin by kecamatan, 2025 (the caller’s own scope)',
      request: () => ({ path: `/api/reports/export.${format}`, init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: REPORT_INPUT }) } }),
      expect: rest('200'),
    },
    {
      route: `GET /api/reports/saved/:id/export.${format}`,
      case: 'Kepala Kerinci’s saved report, by link (the opener’s scope)',
      request: async (_f, _a, t) => ({ path: `/api/reports/saved/${(await savedReportOf(t, 'kepala.kerinci')).id}/export.${format}` }),
      expect: rest('200'),
    },
  ]),
  // ── The audit trail as a workbook ──
  {
    route: 'GET /api/audit/export.xlsx',
    case: 'scoped (heads: their agency; admins: all)',
    request: () => ({ path: '/api/audit/export.xlsx' }),
    expect: rest(FORBIDDEN, { admin: '200', 'kepala.kerinci': '200', 'kepala.dinas.merangin': '200', 'kades.pulaurengas': '200' }),
  },
  // ── Boundaries: public reference data; the import is the administrator's ──
  ...(['/api/boundaries/:code/children', '/api/boundaries/:code/villages', '/api/boundaries/:code'] as const).map((route): RestRow => ({
    route: `GET ${route}`,
    case: 'Merangin (public)',
    request: () => ({ path: route.replace(':code', '15.02') }),
    expect: publicRest('200'),
  })),
  {
    route: 'POST /api/boundaries/import',
    case: 'a dry run of one kecamatan (admin only)',
    request: () => {
      const features = readGeoFile('jambi-kecamatan').features.filter((g) => g.properties.code === '15.02.10');
      const file = JSON.stringify({ type: 'FeatureCollection', features });
      return { path: '/api/boundaries/import?dryRun=true', init: { method: 'POST', body: multipart('kecamatan.geojson', file, { source: 'matrix', licence: 'CC BY 4.0 (test)' }) } };
    },
    expect: rest(FORBIDDEN, { admin: '200' }),
  },
];

/** Every route the booted app has registered with its Express router: `METHOD /path`. */
function servedRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((m) => layer.route!.methods[m])
          .map((m) => `${m.toUpperCase()} ${layer.route!.path}`)
      : [],
  );
}

/** A village of Kabupaten Merangin that Kanim Kerinci has not designated yet. */
async function freeMeranginVillage(t: TestApp, kerinciId: string): Promise<string> {
  return withAdmin(t.db.url, async (c) => {
    const { rows } = await c.query(
      `SELECT code FROM regions WHERE code LIKE '15.02.%' AND depth = 4 AND code NOT IN (SELECT village_code FROM desa_binaan WHERE agency_id = $1) ORDER BY code LIMIT 1`,
      [kerinciId],
    );
    return rows[0].code as string;
  });
}

/** updateDesaBinaan of the row `select` finds, at its current version, with its own values (a no-op edit). */
async function desaBinaanUpdate(t: TestApp, select: string) {
  const [row] = await withAdmin(t.db.url, async (c) => (await c.query(select)).rows);
  return {
    query: 'mutation ($id: ID!, $v: Int!, $input: DesaBinaanInput!) { updateDesaBinaan(id: $id, version: $v, input: $input) { id } }',
    variables: { id: row.id, v: row.version, input: { villageCode: row.village_code, skNumber: row.sk_number, skDate: row.sk_date, officerName: row.officer_name } },
  };
}

/** A fresh evidence row added by the lead agency (Kanim Kerinci) to a demo activity; its file need not exist. */
async function matrixEvidence(t: TestApp, activityId: string): Promise<string> {
  return withAdmin(t.db.url, async (c) => {
    const { rows } = await c.query(
      `INSERT INTO activity_evidence (id, activity_id, agency_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key)
       SELECT n.id, a.id, a.lead_agency_id, a.created_by, 'matrix.pdf', 'application/pdf', 1, repeat('0', 64), a.id || '/' || n.id
       FROM activities a, (SELECT gen_random_uuid() AS id) n WHERE a.id = $1 RETURNING id`,
      [activityId],
    );
    return rows[0].id as string;
  });
}

/** What an answer amounts to; any error makes it something other than ok or notFound. */
function outcomeOf(res: GraphqlResponse, operation: string): Outcome {
  const error = res.errors?.[0];
  if (error?.extensions?.code === 'FORBIDDEN') return 'denied';
  if (error?.extensions?.reason === 'AUTH_SIGN_IN_REQUIRED') return 'signIn';
  if (error) return `refused:${error.extensions?.reason ?? error.extensions?.code ?? error.message}`;
  if (res.status !== 200) return `refused:HTTP ${res.status}`;
  return res.data?.[operation] === null ? 'notFound' : 'ok';
}

describe('authorization matrix', () => {
  let t: TestApp;
  let fixture: Fixture;

  beforeAll(async () => {
    // The matrix sends more than the default 600 requests a minute from one address: the limiter is not under test here.
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    const admin = await t.as('admin');
    const ids = await withAdmin(t.db.url, async (c) => {
      const one = async (q: string) => (await c.query(q)).rows[0].id as string;
      return {
        kerinciId: await one(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`),
        ditjenId: await one(`SELECT id FROM agencies WHERE type = 'DITJEN'`),
        petugasId: await one(`SELECT id FROM users WHERE username = 'petugas.kerinci'`),
        dinasUserId: await one(`SELECT id FROM users WHERE username = 'dinas.merangin'`),
        dinasId: await one(`SELECT id FROM agencies WHERE short_name = 'Dinas PMTSP-TK Merangin'`),
        pulauRengasId: await one(`SELECT id FROM agencies WHERE short_name = 'Desa Pulau Rengas'`),
      };
    });
    const papua = await t.gql(
      'mutation ($input: AgencyInput!) { createAgency(input: $input) { id } }',
      { input: { name: 'Kantor Imigrasi Jayapura', shortName: 'Kanim Jayapura', type: 'KANTOR_IMIGRASI', homeRegionCode: '91.71', workingArea: ['91.71'] } },
      admin,
    );
    const throwaway = await t.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'matrix.throwaway', fullName: 'Matrix Throwaway', agencyId: ids.kerinciId, role: 'OFFICER', temporaryPassword: 'Temporary-pass-0' } },
      admin,
    );
    if (!papua.data?.createAgency || !throwaway.data?.createUser) throw new Error(JSON.stringify([papua.errors, throwaway.errors]));
    fixture = { ...ids, papuaId: papua.data!.createAgency.id, throwawayUserId: throwaway.data!.createUser.id };
  });

  afterAll(async () => {
    await t?.close();
  });

  it('has rows for every query and mutation in the schema', async () => {
    const res = await t.gql(`{ q: __type(name: "Query") { fields { name } } m: __type(name: "Mutation") { fields { name } } }`);
    const operations = [...res.data!.q.fields, ...res.data!.m.fields].map((f: { name: string }) => f.name).sort();
    expect(operations.filter((op) => !ROWS.some((row) => row.operation === op))).toEqual([]);
  });

  for (const row of ROWS) {
    for (const account of ACCOUNTS) {
      it(`${row.operation} (${row.case}) as ${account}: ${row.expect[account]}`, async () => {
        const headers = account === 'anonymous' ? {} : await t.as(account);
        const { query, variables } = await row.request(fixture, account, t);
        const isMutation = query.trimStart().startsWith('mutation');
        const audited = () => withAdmin(t.db.url, async (c) => (await c.query('SELECT count(*)::int AS n FROM audit_log WHERE operation = $1', [row.operation])).rows[0].n as number);
        const before = isMutation ? await audited() : 0;
        const res = await t.gql(query, variables, headers);
        const outcome = outcomeOf(res, row.operation);
        const expected = row.expect[account];
        expect({ outcome, errors: outcome === expected ? undefined : res.errors }).toEqual({ outcome: expected, errors: undefined });
        // An allowed request answers 200 with no error at all (not even on a field beside the one asked for).
        if (expected === 'ok' || expected === 'notFound') expect({ status: res.status, errors: res.errors }).toEqual({ status: 200, errors: undefined });
        // Every mutation that changed something left exactly one audit entry; a refused or failed one left none.
        if (isMutation) expect((await audited()) - before).toBe(outcome === 'ok' && !row.unaudited ? 1 : 0);
      });
    }
  }

  it('has rows for every REST route the app serves, and none for a route it does not', () => {
    const served = servedRoutes(t).sort();
    // The discovery itself works: the routes of every controller are there (GraphQL is middleware, not a route).
    expect(served).toEqual(expect.arrayContaining(['GET /health', 'GET /api/evidence/:id', 'POST /api/activities/import', 'POST /api/boundaries/import']));
    expect(served.filter((route) => !REST_ROWS.some((row) => row.route === route))).toEqual([]);
    expect([...new Set(REST_ROWS.map((row) => row.route))].filter((route) => !served.includes(route))).toEqual([]);
  });

  for (const row of REST_ROWS) {
    for (const account of ACCOUNTS) {
      it(`${row.route} (${row.case}) as ${account}: ${row.expect[account]}`, async () => {
        const { path, init = {} } = await row.request(fixture, account, t);
        const headers = { ...(init.headers as Record<string, string> | undefined), ...(account === 'anonymous' ? {} : await t.as(account)) };
        const audited = () => withAdmin(t.db.url, async (c) => (await c.query('SELECT count(*)::int AS n FROM audit_log WHERE operation = $1', [row.audited])).rows[0].n as number);
        const before = row.audited ? await audited() : 0;
        const res = await fetch(`${t.baseUrl}${path}`, { ...init, headers });
        const body = Buffer.from(await res.arrayBuffer());
        const json = res.headers.get('content-type')?.includes('json') ? (JSON.parse(body.toString('utf8')) as { error?: string }) : null;
        const outcome = res.ok ? String(res.status) : `${res.status} ${json?.error ?? body.toString('utf8').slice(0, 200)}`;
        expect(outcome).toBe(row.expect[account]);
        if (res.ok) expect(body.length).toBeGreaterThan(0);
        if (row.audited) expect((await audited()) - before).toBe(res.ok ? 1 : 0);
      });
    }
  }

  it('has rows for every subscription in the schema', async () => {
    const res = await t.gql(`{ s: __type(name: "Subscription") { fields { name } } }`);
    const operations = res.data!.s.fields.map((f: { name: string }) => f.name).sort();
    expect(operations.filter((op: string) => !SUBSCRIPTION_ROWS.some((row) => row.operation === op))).toEqual([]);
  });

  for (const row of SUBSCRIPTION_ROWS) {
    for (const account of ACCOUNTS) {
      it(`subscription ${row.operation} (${row.case}) as ${account}: ${row.expect[account]}`, async () => {
        const client = liveClient(t, account === 'anonymous' ? {} : await t.as(account));
        const channel = row.channel(t);
        const before = channel.subscriberCount;
        const expected = row.expect[account];
        try {
          const sub = subscribe(client, row.query);
          if (expected === 'denied' || expected === 'signIn') {
            await waitFor(() => sub.errors.length > 0 || sub.messages.some((m) => m.errors), { what: 'the refusal' });
            const error = sub.errors[0] ?? sub.messages.find((m) => m.errors)?.errors?.[0];
            if (!error) throw new Error('Expected a refusal, found none');
            const outcome =
              error.extensions?.code === 'FORBIDDEN' ? 'denied' : error.extensions?.reason === 'AUTH_SIGN_IN_REQUIRED' ? 'signIn' : `refused:${error.extensions?.reason ?? error.message}`;
            expect(outcome).toBe(expected);
            expect(channel.subscriberCount).toBe(before);
            return;
          }
          await registered(channel, before + 1);
          const control = row.control ? subscribe(client, row.control) : null;
          if (control) await registered(channel, before + 2);
          const id = await row.publish(fixture, account, t);
          const heard = await waitFor(() => (control ?? sub).messages[0], { what: 'the event' });
          expect({ errors: heard.errors, id: row.idOf(heard) }).toEqual({ errors: undefined, id });
          if (control) {
            // The same event woke the caller's subscription first, had it been let through: by now it would be here.
            const outcome = sub.messages.length ? 'ok' : 'notFound';
            expect({ outcome, errors: sub.messages[0]?.errors }).toEqual({ outcome: expected, errors: undefined });
          } else {
            expect(sub.messages.map(row.idOf)).toEqual([id]);
            expect(expected).toBe('ok');
          }
          expect({ errors: sub.errors, completed: sub.completed }).toEqual({ errors: [], completed: false });
        } finally {
          await client.dispose();
          // Gone server-side too, so the next case counts from a settled channel.
          await waitFor(() => channel.subscriberCount <= before, { what: 'the subscriptions to end' });
        }
      });
    }
  }

  it.each([
    ['admin', 'all'],
    ['ditjen', 'all'],
    ['kanwil.jambi', ['Dinas PMTSP-TK Merangin', 'Ditjen Imigrasi', 'Desa Pulau Rengas', 'Kanim Kerinci', 'Kanwil Jambi', 'Kec. Bangko']],
    ['kepala.kerinci', ['Dinas PMTSP-TK Merangin', 'Desa Pulau Rengas', 'Kanim Kerinci', 'Kanwil Jambi', 'Kec. Bangko']],
    ['dinas.merangin', ['Dinas PMTSP-TK Merangin', 'Desa Pulau Rengas', 'Kec. Bangko']],
    ['desa.pulaurengas', ['Desa Pulau Rengas']],
    ['kepala.dinas.merangin', ['Dinas PMTSP-TK Merangin', 'Desa Pulau Rengas', 'Kec. Bangko']],
    ['kades.pulaurengas', ['Desa Pulau Rengas']],
  ])('lists only the agencies %s may see', async (account, expected) => {
    const res = await t.gql(`{ agencies(filter: { first: 500 }) { shortName } }`, undefined, await t.as(account));
    const names = res.data!.agencies.map((a: { shortName: string }) => a.shortName).filter((n: string) => !n.startsWith('Matrix'));
    if (expected === 'all') expect(names.some((n: string) => /Jayapura/.test(n))).toBe(true);
    else expect([...new Set(names)].sort()).toEqual([...expected].sort());
  });
});
