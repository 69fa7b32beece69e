import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { loadExcel } from '../../common/excel';
import { EXPORT_HEADERS, XLSX_HEADER_ROW } from './export/export.writers';
import { at } from '@jangkau/shared-domain';

/**
 * Every partner closes the loop (issue 14): a Dinas records and its own head verifies; invitations both ways, and a
 * decline ends access; separation of duties with self-verification shown; local governments record in their own
 * area; the work queue counts.
 */
const FIELDS = `id status version selfVerified verifiers allowedActions verifiedByName coOrganisers { agency { id shortName } status }`;
const CREATE = `mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { ${FIELDS} } }`;
const step = (name: string) => `mutation ($id: ID!, $v: Int!) { ${name}(id: $id, version: $v) { ${FIELDS} } }`;
const ANSWER = `mutation ($id: ID!, $accept: Boolean!) { answerActivityInvitation(id: $id, accept: $accept) { ${FIELDS} } }`;
const INVITE_AGAIN = `mutation ($id: ID!, $v: Int!, $agency: ID!) { inviteCoOrganiserAgain(id: $id, version: $v, agencyId: $agency) { ${FIELDS} } }`;
const ACTIVITY = `query ($id: ID!) { activity(id: $id) { ${FIELDS} history { operation changes { field to } } } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $v, input: $input) { ${FIELDS} } }`;

/** The founding story's villages: Bangko and Bangko Barat, as recorded in 2025. */
const FOUNDING_VILLAGES = [
  { code: '15.02.02', reach: 'OFFICIALS_ATTENDED' },
  { code: '15.02.10', reach: 'OFFICIALS_ATTENDED' },
];

describe('partners close the loop (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const input = (over: Record<string, unknown> = {}) => ({
    type: 'SOSIALISASI',
    title: 'Sosialisasi TPPO bersama mitra',
    startsAt: '2026-03-10T02:00:00Z',
    endsAt: '2026-03-10T05:00:00Z',
    venueName: 'Aula Kantor Bupati Merangin',
    venueRegionCode: '15.02.02',
    villages: [{ code: '15.02.10', reach: 'OFFICIALS_ATTENDED' }],
    participants: [{ category: 'KEPALA_DESA', male: 5, female: 1 }],
    ...over,
  });
  const gql = async (account: string, query: string, variables: Record<string, unknown>) => t.gql(query, variables, await t.as(account));
  const ok = async (account: string, query: string, variables: Record<string, unknown>) => {
    const res = await gql(account, query, variables);
    if (!res.data || res.errors) throw new Error(`${account}: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data)[0] as Record<string, any>;
  };
  const create = (account: string, over: Record<string, unknown> = {}) => ok(account, CREATE, { id: randomUUID(), input: input(over) });
  const csvAs = async (account: string) => (await fetch(`${t.baseUrl}/api/activities/export.csv`, { headers: await t.as(account) })).text();

  beforeAll(async () => {
    t = await startTestApp();
    for (const row of await sql(`SELECT id, short_name FROM agencies`)) ids[row.short_name] = row.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lets Dinas Merangin record the founding story inviting Kanim Kerinci, and its own head verify it', async () => {
    const candidates = await ok('dinas.merangin', `query ($v: [ID!], $venue: ID) { coOrganiserCandidates(villageCodes: $v, venueRegionCode: $venue) { shortName worksInArea } }`, {
      v: FOUNDING_VILLAGES.map((v) => v.code),
      venue: '15.02.02',
    });
    // The Kanim works in Merangin: it is offered, though the Dinas cannot read it in the agency list.
    expect(candidates).toContainEqual({ shortName: 'Kanim Kerinci', worksInArea: true });
    expect(candidates.map((c: { shortName: string }) => c.shortName)).not.toContain('Dinas PMTSP-TK Merangin');

    let a = await create('dinas.merangin', { villages: FOUNDING_VILLAGES, coOrganiserIds: [ids['Kanim Kerinci']], participants: [{ category: 'KEPALA_DESA', male: 10, female: 0 }] });
    expect(a.verifiers).toEqual(['Kepala Dinas PMTSP-TK Merangin']);
    expect((await ok('kepala.kerinci', `{ myWork { invitations } }`, {})).invitations).toBeGreaterThanOrEqual(1);
    await ok('kepala.kerinci', ANSWER, { id: a.id, accept: true });
    a = await ok('dinas.merangin', step('submitActivity'), { id: a.id, v: (await ok('dinas.merangin', ACTIVITY, { id: a.id })).version });
    expect(a.status).toBe('SUBMITTED');

    const work = await ok('kepala.dinas.merangin', `{ myWork { awaitingVerification returned invitations } }`, {});
    expect(work.awaitingVerification).toBe(1);
    const queue = await ok('kepala.dinas.merangin', `{ activities(filter: { awaitingMyVerification: true }) { nodes { id } } }`, {});
    expect(queue.nodes).toEqual([{ id: a.id }]);
    // The Kanim's head co-organises but does not verify the Dinas' activity.
    const kanimQueue = await ok('kepala.kerinci', `{ activities(filter: { awaitingMyVerification: true }) { nodes { id } } }`, {});
    expect(kanimQueue.nodes).not.toContainEqual({ id: a.id });
    expect((await ok('kepala.kerinci', `{ myWork { awaitingVerification } }`, {})).awaitingVerification).toBe(kanimQueue.nodes.length);

    a = await ok('kepala.dinas.merangin', step('verifyActivity'), { id: a.id, v: a.version });
    expect(a).toMatchObject({ status: 'VERIFIED', selfVerified: false, verifiedByName: 'Kepala Dinas PMTSP-TK Merangin' });
    expect((await ok('kepala.dinas.merangin', `{ myWork { awaitingVerification } }`, {})).awaitingVerification).toBe(0);
  });

  it('ends a declining agency’s access at once: null activity, evidence 404, not in its export; re-answering needs a new invitation', async () => {
    const a = await create('petugas.kerinci', { title: 'Rapat koordinasi draf bersama Dinas', coOrganiserIds: [ids['Dinas PMTSP-TK Merangin']] });
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')]), 'daftar-hadir.pdf');
    const upload = await fetch(`${t.baseUrl}/api/activities/${a.id}/evidence`, { method: 'POST', headers: await t.as('petugas.kerinci'), body: form });
    expect(upload.status).toBe(201);
    const evidenceId = ((await upload.json()) as { id: string }).id;
    const evidenceAs = async (account: string) => (await fetch(`${t.baseUrl}/api/evidence/${evidenceId}`, { headers: await t.as(account) })).status;

    // Invited: the Dinas reads the draft, its history, its evidence and finds it in its export.
    expect((await gql('dinas.merangin', ACTIVITY, { id: a.id })).data!.activity.history.length).toBeGreaterThan(0);
    expect(await evidenceAs('dinas.merangin')).toBe(200);
    expect(await csvAs('dinas.merangin')).toContain(a.id);

    // The answer to the decline is already "not found": the draft is out of the Dinas' sight.
    expect(await ok('dinas.merangin', ANSWER, { id: a.id, accept: false })).toBeNull();
    expect((await gql('dinas.merangin', ACTIVITY, { id: a.id })).data!.activity).toBeNull();
    expect(await evidenceAs('dinas.merangin')).toBe(404);
    expect(await csvAs('dinas.merangin')).not.toContain(a.id);
    expect(await evidenceAs('petugas.kerinci')).toBe(200);

    const again = await gql('dinas.merangin', ANSWER, { id: a.id, accept: true });
    expect(firstError(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_INVITATION_DECLINED' });
    expect(firstError(again).message).toMatch(/undangan baru/);

    // The lead sees the decline and invites again; only a declined agency can be invited again.
    const lead = await ok('petugas.kerinci', ACTIVITY, { id: a.id });
    expect(lead.coOrganisers).toEqual([{ agency: { id: ids['Dinas PMTSP-TK Merangin'], shortName: 'Dinas PMTSP-TK Merangin' }, status: 'DECLINED' }]);
    const invited = await ok('petugas.kerinci', INVITE_AGAIN, { id: a.id, v: lead.version, agency: ids['Dinas PMTSP-TK Merangin'] });
    expect(invited.coOrganisers[0].status).toBe('INVITED');
    const twice = await gql('petugas.kerinci', INVITE_AGAIN, { id: a.id, v: invited.version, agency: ids['Dinas PMTSP-TK Merangin'] });
    expect(firstError(twice).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_NOT_DECLINED' });
    expect((await gql('dinas.merangin', ACTIVITY, { id: a.id })).data!.activity).not.toBeNull();
    expect(await evidenceAs('dinas.merangin')).toBe(200);
    expect((await ok('dinas.merangin', ANSWER, { id: a.id, accept: true })).coOrganisers[0].status).toBe('ACCEPTED');
  });

  it('ends a withdrawn agency’s access at once: removed from the co-organisers, it gets a null activity, evidence 404, nothing in its export', async () => {
    const a = await create('petugas.kerinci', { title: 'Rapat koordinasi, Dinas kemudian ditarik', coOrganiserIds: [ids['Dinas PMTSP-TK Merangin']] });
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')]), 'undangan.pdf');
    const upload = await fetch(`${t.baseUrl}/api/activities/${a.id}/evidence`, { method: 'POST', headers: await t.as('petugas.kerinci'), body: form });
    expect(upload.status).toBe(201);
    const evidenceId = ((await upload.json()) as { id: string }).id;
    const evidenceAs = async (account: string) => (await fetch(`${t.baseUrl}/api/evidence/${evidenceId}`, { headers: await t.as(account) })).status;

    // Invited: the Dinas (officer and head) reads the draft, its history and evidence, and finds it in its export.
    for (const account of ['dinas.merangin', 'kepala.dinas.merangin']) {
      expect((await gql(account, ACTIVITY, { id: a.id })).data!.activity.history.length).toBeGreaterThan(0);
      expect(await evidenceAs(account)).toBe(200);
      expect(await csvAs(account)).toContain(a.id);
    }

    // The lead withdraws the invitation by editing the co-organisers out.
    const withdrawn = await ok('petugas.kerinci', UPDATE, { id: a.id, v: a.version, input: input({ title: 'Rapat koordinasi, Dinas kemudian ditarik', coOrganiserIds: [] }) });
    expect(withdrawn.coOrganisers).toEqual([]);
    for (const account of ['dinas.merangin', 'kepala.dinas.merangin']) {
      expect((await gql(account, ACTIVITY, { id: a.id })).data!.activity).toBeNull();
      expect(await evidenceAs(account)).toBe(404);
      expect(await csvAs(account)).not.toContain(a.id);
    }
    // Answering the old invitation finds nothing; the lead keeps everything.
    const late = await gql('dinas.merangin', ANSWER, { id: a.id, accept: true });
    expect(late.data?.answerActivityInvitation ?? null).toBeNull();
    expect((await gql('dinas.merangin', ACTIVITY, { id: a.id })).data!.activity).toBeNull();
    expect(await evidenceAs('petugas.kerinci')).toBe(200);
    expect(await csvAs('petugas.kerinci')).toContain(a.id);
  });

  it('lets a head who is alone verify their own work and shows it; with a second head present, refuses and leaves it to the other', async () => {
    let own = await create('kepala.kerinci', { title: 'Sosialisasi oleh kepala kantor sendiri' });
    own = await ok('kepala.kerinci', step('submitActivity'), { id: own.id, v: own.version });
    expect(own.verifiers).toEqual(['Kepala Kantor Imigrasi Kerinci']);
    expect(own.allowedActions).toContain('VERIFY');
    own = await ok('kepala.kerinci', step('verifyActivity'), { id: own.id, v: own.version });
    expect(own).toMatchObject({ status: 'VERIFIED', selfVerified: true });
    const trail = (await ok('kepala.kerinci', ACTIVITY, { id: own.id })).history;
    expect(trail.at(-1)).toMatchObject({ operation: 'verifyActivity', changes: expect.arrayContaining([{ field: 'selfVerified', to: 'true' }]) });
    const csv = await csvAs('kepala.kerinci');
    expect(csv.split('\r\n')[0]).toContain('Diverifikasi oleh pembuatnya');
    expect(csv.split('\r\n').find((line) => line.startsWith(own.id))).toMatch(/,Ya$/);
    const xlsx = Buffer.from(await (await fetch(`${t.baseUrl}/api/activities/export.xlsx`, { headers: await t.as('kepala.kerinci') })).arrayBuffer());
    const workbook = new (loadExcel().Workbook)();
    await workbook.xlsx.load(xlsx as any);
    const sheet = at(workbook.worksheets, 0, 'worksheet');
    const column = EXPORT_HEADERS.indexOf('Diverifikasi oleh pembuatnya') + 1;
    expect(sheet.getRow(XLSX_HEADER_ROW).getCell(column).value).toBe('Diverifikasi oleh pembuatnya');
    const marked: string[] = [];
    for (let r = XLSX_HEADER_ROW + 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column).value === 'Ya') marked.push(String(sheet.getRow(r).getCell(1).value));
    expect(marked).toEqual([own.id]);

    // A second head arrives.
    const admin = await t.as('admin');
    const created = await t.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'wakil.kerinci', fullName: 'Wakil Kepala Kantor Imigrasi Kerinci', agencyId: ids['Kanim Kerinci'], role: 'HEAD', temporaryPassword: 'jangkau-demo' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    await sql(`UPDATE users SET must_change_password = FALSE WHERE username = 'wakil.kerinci'`);
    let next = await create('kepala.kerinci', { title: 'Sosialisasi kedua oleh kepala kantor' });
    next = await ok('kepala.kerinci', step('submitActivity'), { id: next.id, v: next.version });
    expect(next.verifiers).toEqual(['Wakil Kepala Kantor Imigrasi Kerinci']);
    expect(next.allowedActions).not.toContain('VERIFY');
    expect(next.allowedActions).toContain('RETURN');
    // Not in the queue of the head who submitted it; in the other head's.
    const queueOf = async (headers: Record<string, string>) =>
      (await t.gql(`{ activities(filter: { awaitingMyVerification: true }) { nodes { id } } }`, undefined, headers)).data!.activities.nodes.map((n: { id: string }) => n.id);
    expect(await queueOf(await t.as('kepala.kerinci'))).not.toContain(next.id);
    const refused = await gql('kepala.kerinci', step('verifyActivity'), { id: next.id, v: next.version });
    expect(firstError(refused).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTIVITY_OWN_WORK_VERIFICATION' });
    expect((await ok('kepala.kerinci', ACTIVITY, { id: next.id })).status).toBe('SUBMITTED');

    const wakil = await t.gql(`mutation { login(username: "wakil.kerinci", password: "jangkau-demo") { accessToken } }`);
    const headers = { authorization: `Bearer ${wakil.data!.login.accessToken}` };
    expect(await queueOf(headers)).toContain(next.id);
    const verified = await t.gql(step('verifyActivity'), { id: next.id, v: next.version }, headers);
    expect(verified.data?.verifyActivity).toMatchObject({ status: 'VERIFIED', selfVerified: false, verifiedByName: 'Wakil Kepala Kantor Imigrasi Kerinci' });
  });

  it('tells who verifies and which agencies have no active head', async () => {
    const admin = await t.as('admin');
    const res = await t.gql(
      `{ agencies(filter: { first: 500 }) { shortName activeHeadCount } none: agencies(filter: { withoutActiveHead: true, first: 500 }) { shortName } }`,
      undefined,
      admin,
    );
    const count = Object.fromEntries(res.data!.agencies.map((a: { shortName: string; activeHeadCount: number }) => [a.shortName, a.activeHeadCount]));
    expect(count['Dinas PMTSP-TK Merangin']).toBe(1);
    expect(count['Kec. Bangko']).toBe(0);
    const none = res.data!.none.map((a: { shortName: string }) => a.shortName);
    expect(none).toContain('Kec. Bangko');
    expect(none).not.toContain('Dinas PMTSP-TK Merangin');

    // An agency without a head: the submitter is told nobody can verify.
    await sql(`UPDATE users SET active = FALSE WHERE username = 'kepala.dinas.merangin'`);
    try {
      const a = await create('dinas.merangin', { title: 'Kegiatan tanpa kepala aktif' });
      expect(a.verifiers).toEqual([]);
    } finally {
      await sql(`UPDATE users SET active = TRUE WHERE username = 'kepala.dinas.merangin'`);
    }
    // Outside the lead agency, nobody learns the names.
    const a = await create('dinas.merangin', { title: 'Kegiatan Dinas yang dilihat Kanim', coOrganiserIds: [ids['Kanim Kerinci']] });
    expect((await ok('petugas.kerinci', ACTIVITY, { id: a.id })).verifiers).toEqual([]);
  });

  it('lets a village government record in its own village only', async () => {
    const outside = await gql('kades.pulaurengas', CREATE, {
      id: randomUUID(),
      input: input({ venueRegionCode: '15.02.10.2001', villages: [{ code: '15.02.10', reach: 'OFFICIALS_ATTENDED' }] }),
    });
    expect(firstError(outside).extensions).toMatchObject({ reason: 'ACTIVITY_OUTSIDE_OWN_AREA', field: 'villages' });
    const venueElsewhere = await gql('kades.pulaurengas', CREATE, {
      id: randomUUID(),
      input: input({ venueRegionCode: '15.02.02', villages: [{ code: '15.02.10.2001', reach: 'HELD_IN_VILLAGE' }] }),
    });
    expect(firstError(venueElsewhere).extensions).toMatchObject({ reason: 'ACTIVITY_OUTSIDE_OWN_AREA', field: 'venueRegionCode' });
    let a = await create('kades.pulaurengas', {
      title: 'Penyuluhan di Balai Desa Pulau Rengas',
      venueName: 'Balai Desa',
      venueRegionCode: '15.02.10.2001',
      villages: [{ code: '15.02.10.2001', reach: 'HELD_IN_VILLAGE' }],
    });
    expect(a.verifiers).toEqual(['Kepala Desa Pulau Rengas']);
    a = await ok('kades.pulaurengas', step('submitActivity'), { id: a.id, v: a.version });
    a = await ok('kades.pulaurengas', step('verifyActivity'), { id: a.id, v: a.version });
    expect(a).toMatchObject({ status: 'VERIFIED', selfVerified: true });
    // A Dinas (not a local government) may record across its kabupaten.
    await create('dinas.merangin', { villages: [{ code: '15.02.10.2001', reach: 'HELD_IN_VILLAGE' }] });
  });

  it('lets a kecamatan government record in its own kecamatan only', async () => {
    // Kecamatan Bangko (15.02.02) has no account in the demo: its camat, as head, signs in with a password of their own.
    const created = await t.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'camat.bangko', fullName: 'Camat Bangko', agencyId: ids['Kec. Bangko'], role: 'HEAD', temporaryPassword: 'Temporary-pass-1' } },
      await t.as('admin'),
    );
    expect(created.errors).toBeUndefined();
    const login = await t.gql('mutation { login(username: "camat.bangko", password: "Temporary-pass-1") { accessToken } }');
    const changed = await t.gql('mutation { changePassword(currentPassword: "Temporary-pass-1", newPassword: "Bangko-camat-9") { accessToken } }', undefined, {
      authorization: `Bearer ${login.data!.login.accessToken}`,
    });
    const camat = { authorization: `Bearer ${changed.data!.changePassword.accessToken}` };
    const record = (over: Record<string, unknown>) => t.gql(CREATE, { id: randomUUID(), input: input({ title: 'Sosialisasi di Kecamatan Bangko', ...over }) }, camat);

    // A village of another kecamatan (Bangko Barat's Pulau Rengas), or that kecamatan whole: refused, naming the villages.
    for (const villages of [[{ code: '15.02.10.2001', reach: 'HELD_IN_VILLAGE' }], [{ code: '15.02.10', reach: 'OFFICIALS_ATTENDED' }]]) {
      const outside = await record({ venueRegionCode: '15.02.02', villages });
      expect(firstError(outside).extensions).toMatchObject({ reason: 'ACTIVITY_OUTSIDE_OWN_AREA', field: 'villages' });
    }
    // A venue outside the kecamatan: refused, naming the venue.
    const venueElsewhere = await record({ venueRegionCode: '15.02.10.2001', villages: [{ code: '15.02.02.2004', reach: 'OFFICIALS_ATTENDED' }] });
    expect(firstError(venueElsewhere).extensions).toMatchObject({ reason: 'ACTIVITY_OUTSIDE_OWN_AREA', field: 'venueRegionCode' });

    // Inside: a village of the kecamatan, and the kecamatan as a whole.
    const village = await record({ venueName: 'Kantor Camat Bangko', venueRegionCode: '15.02.02', villages: [{ code: '15.02.02.2004', reach: 'HELD_IN_VILLAGE' }] });
    expect(village.errors).toBeUndefined();
    expect(village.data!.createActivity).toMatchObject({ verifiers: ['Camat Bangko'] });
    const whole = await record({ venueRegionCode: '15.02.02', villages: [{ code: '15.02.02', reach: 'OFFICIALS_ATTENDED' }] });
    expect(whole.errors).toBeUndefined();
  });

  it('finds agencies to invite by name, beyond the working area, at most 20', async () => {
    const byName = await ok('kades.pulaurengas', `{ coOrganiserCandidates(villageCodes: ["15.02.10.2001"], search: "kanwil") { shortName worksInArea } }`, {});
    expect(byName).toEqual([{ shortName: 'Kanwil Jambi', worksInArea: true }]);
    const inArea = await ok('kades.pulaurengas', `{ coOrganiserCandidates(villageCodes: ["15.02.10.2001"], first: 100) { shortName } }`, {});
    const names = inArea.map((c: { shortName: string }) => c.shortName);
    expect(names).toEqual(expect.arrayContaining(['Kanim Kerinci', 'Dinas PMTSP-TK Merangin']));
    expect(names).not.toContain('Kec. Bangko');
    expect(names.length).toBeLessThanOrEqual(20);
    const denied = await gql('desa.pulaurengas', `{ coOrganiserCandidates(villageCodes: ["15.02.10.2001"]) { shortName } }`, {});
    expect(firstError(denied).extensions?.code).toBe('FORBIDDEN');
  });

  it('counts for an officer the activities returned to them', async () => {
    let a = await create('dinas.merangin', { title: 'Kegiatan yang akan dikembalikan' });
    a = await ok('dinas.merangin', step('submitActivity'), { id: a.id, v: a.version });
    const before = (await ok('dinas.merangin', `{ myWork { returned } }`, {})).returned;
    await ok('kepala.dinas.merangin', `mutation ($id: ID!, $v: Int!) { returnActivity(id: $id, version: $v, reason: "Lengkapi daftar hadir.") { id } }`, { id: a.id, v: a.version });
    expect((await ok('dinas.merangin', `{ myWork { returned awaitingVerification } }`, {})).returned).toBe(before + 1);
  });
});
