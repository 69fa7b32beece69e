import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';

/** The founding story (seed/demo-activities.ts): led by Kanim Kerinci with the Dinas, verified, Kec. Bangko and Bangko Barat. */
const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
const PULAU_RENGAS = '15.02.10.2001';
const BIUKU_TANJUNG = '15.02.10.2002'; // Bangko Barat: no government of its own registered
const BANGKO_VILLAGE = '15.02.02.2004'; // a desa of Kecamatan Bangko

const CONFIRMATIONS = `query ($id: ID!) { activity(id: $id) { id status version villageConfirmations {
  villageCode village { name } status note answeredByName answeredByAgency { shortName } answeredAt response respondedByName
  hasGovernment canAnswer canRespond version } } }`;
const ANSWER = `mutation ($a: ID!, $v: ID!, $c: Boolean!, $n: String, $ver: Int!) {
  answerVillageReach(activityId: $a, villageCode: $v, confirmed: $c, note: $n, version: $ver) { villageCode status note answeredByName canAnswer version } }`;
const RESPOND = `mutation ($a: ID!, $v: ID!, $r: String!, $ver: Int!) {
  respondToDispute(activityId: $a, villageCode: $v, reason: $r, version: $ver) { villageCode status response respondedByName canRespond version } }`;
const QUEUE = `{ confirmationQueue { toConfirmCount disputeCount
  toConfirm { activity { id title } confirmation { villageCode status canAnswer } }
  disputes { activity { id } confirmation { villageCode status note canRespond version } } } }`;
const SHARE = `query ($f: CoverageFilter!) { confirmationShare(filter: $f) { villagesReached confirmed disputed unanswered ratio } }`;
const COVERAGE = `{ coverage(regionCode: "15.02", from: "2025-01-01", to: "2025-12-31") { villagesReached } }`;
const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };

interface Confirmation {
  villageCode: string;
  status: string;
  note: string;
  canAnswer: boolean;
  canRespond: boolean;
  version: number;
  answeredByName: string | null;
  response: string | null;
  hasGovernment: boolean;
}

describe('village confirmation of reach (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let camat: Record<string, string>;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);

  async function confirmationsAs(headers: Record<string, string>, id = FOUNDING_STORY): Promise<Confirmation[]> {
    const res = await t.gql(CONFIRMATIONS, { id }, headers);
    expect(res.errors).toBeUndefined();
    return res.data!.activity.villageConfirmations;
  }
  const of = (list: Confirmation[], code: string) => list.find((c) => c.villageCode === code)!;

  /** A staff account at Kecamatan Bangko (the demo has none), signed in with a password of its own. */
  async function bangkoStaff(): Promise<Record<string, string>> {
    const admin = await t.as('admin');
    const [{ id }] = await sql(`SELECT id FROM agencies WHERE short_name = 'Kec. Bangko'`);
    const created = await t.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'staf.bangko', fullName: 'Staf Kecamatan Bangko', agencyId: id, role: 'LOCAL', temporaryPassword: 'Temporary-pass-1' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const login = await t.gql('mutation { login(username: "staf.bangko", password: "Temporary-pass-1") { accessToken } }');
    const changed = await t.gql('mutation { changePassword(currentPassword: "Temporary-pass-1", newPassword: "Bangko-camat-9") { accessToken } }', undefined, {
      authorization: `Bearer ${login.data!.login.accessToken}`,
    });
    return { authorization: `Bearer ${changed.data!.changePassword.accessToken}` };
  }

  beforeAll(async () => {
    t = await startTestApp();
    camat = await bangkoStaff();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists every village of the verified founding story as unanswered, answerable only by its own government', async () => {
    const asKades = await confirmationsAs(await t.as('kades.pulaurengas'));
    expect(asKades).toHaveLength(14);
    expect(asKades.every((c) => c.status === 'UNANSWERED' && c.version === 0)).toBe(true);
    expect(asKades.filter((c) => c.canAnswer).map((c) => c.villageCode)).toEqual([PULAU_RENGAS]);
    // The village secretary (LOCAL) answers for the village too; the kecamatan answers for its own villages.
    expect((await confirmationsAs(await t.as('desa.pulaurengas'))).filter((c) => c.canAnswer).map((c) => c.villageCode)).toEqual([PULAU_RENGAS]);
    const asCamat = (await confirmationsAs(camat)).filter((c) => c.canAnswer).map((c) => c.villageCode);
    expect(asCamat).toHaveLength(8);
    expect(asCamat.every((code) => code.startsWith('15.02.02.'))).toBe(true);
    // Villages without a registered government say so; nobody can answer for them.
    expect(of(asKades, BIUKU_TANJUNG)).toMatchObject({ hasGovernment: false, canAnswer: false });
    // The organisers and readers answer for nobody.
    for (const account of ['kepala.kerinci', 'petugas.kerinci', 'dinas.merangin', 'kanwil.jambi', 'admin']) {
      expect((await confirmationsAs(await t.as(account))).some((c) => c.canAnswer)).toBe(false);
    }
  });

  it("puts the founding story in the kepala desa's queue until the village answers", async () => {
    const res = await t.gql(QUEUE, undefined, await t.as('kades.pulaurengas'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.confirmationQueue).toMatchObject({
      toConfirmCount: 1,
      disputeCount: 0,
      toConfirm: [{ activity: { id: FOUNDING_STORY }, confirmation: { villageCode: PULAU_RENGAS, status: 'UNANSWERED', canAnswer: true } }],
    });
    // The kecamatan government answers for each of its villages the story lists.
    const camatQueue = (await t.gql(QUEUE, undefined, camat)).data!.confirmationQueue;
    expect(camatQueue.toConfirmCount).toBe(8);
    expect(camatQueue.toConfirm.every((e: { confirmation: { villageCode: string } }) => e.confirmation.villageCode.startsWith('15.02.02.'))).toBe(true);
    // An immigration office has nothing to confirm.
    expect((await t.gql(QUEUE, undefined, await t.as('petugas.kerinci'))).data!.confirmationQueue).toMatchObject({ toConfirmCount: 0, toConfirm: [] });
  });

  it('refuses answers from anyone but the village government', async () => {
    const refused = async (account: string, code = PULAU_RENGAS) => {
      const res = await t.gql(ANSWER, { a: FOUNDING_STORY, v: code, c: true, ver: 0 }, await t.as(account));
      return res.errors?.[0]?.extensions;
    };
    expect(await refused('kepala.kerinci')).toMatchObject({ code: 'FORBIDDEN', reason: 'CONFIRMATION_NOT_VILLAGE_GOVERNMENT' });
    expect(await refused('dinas.merangin')).toMatchObject({ code: 'FORBIDDEN', reason: 'CONFIRMATION_NOT_VILLAGE_GOVERNMENT' });
    expect(await refused('kades.pulaurengas', BIUKU_TANJUNG)).toMatchObject({ code: 'FORBIDDEN', reason: 'CONFIRMATION_NOT_VILLAGE_GOVERNMENT' });
    // Readers and administrators lack the permission altogether.
    expect(await refused('kanwil.jambi')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('admin')).toMatchObject({ code: 'FORBIDDEN' });
    // A village the activity does not list, and an activity the caller cannot see.
    expect(await refused('kades.pulaurengas', '15.02.10.2099')).toMatchObject({ reason: 'CONFIRMATION_VILLAGE_NOT_LISTED' });
    const draft = await t.gql(ANSWER, { a: '6a1f0c2e-1b7d-4c55-9a51-000000000005', v: PULAU_RENGAS, c: true, ver: 0 }, await t.as('kades.pulaurengas'));
    expect(draft.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CONFIRMATION_ACTIVITY_NOT_FOUND' });
    expect((await confirmationsAs(await t.as('kades.pulaurengas'))).every((c) => c.status === 'UNANSWERED')).toBe(true);
  });

  it('records the kepala desa confirming Pulau Rengas, without moving any counted figure', async () => {
    const coverageBefore = (await t.gql(COVERAGE, undefined, await t.as('kepala.kerinci'))).data!.coverage.villagesReached;
    const kades = await t.as('kades.pulaurengas');
    const res = await t.gql(ANSWER, { a: FOUNDING_STORY, v: PULAU_RENGAS, c: true, n: 'Kepala desa hadir.', ver: 0 }, kades);
    expect(res.errors).toBeUndefined();
    expect(res.data!.answerVillageReach).toMatchObject({ status: 'CONFIRMED', note: 'Kepala desa hadir.', answeredByName: 'Kepala Desa Pulau Rengas', version: 1 });

    // Everyone who sees the activity sees the answer; the queue is empty; the activity itself did not change.
    expect(of(await confirmationsAs(await t.as('kanwil.jambi')), PULAU_RENGAS)).toMatchObject({ status: 'CONFIRMED', answeredByName: 'Kepala Desa Pulau Rengas' });
    expect((await t.gql(QUEUE, undefined, kades)).data!.confirmationQueue.toConfirmCount).toBe(0);
    expect((await t.gql(COVERAGE, undefined, await t.as('kepala.kerinci'))).data!.coverage.villagesReached).toBe(coverageBefore);
    const [activity] = await sql(`SELECT status, version FROM activities WHERE id = $1`, [FOUNDING_STORY]);
    expect(activity.status).toBe('VERIFIED');

    // Answering again from a stale version is a conflict, not an overwrite.
    const stale = await t.gql(ANSWER, { a: FOUNDING_STORY, v: PULAU_RENGAS, c: false, n: 'Tidak hadir sebenarnya.', ver: 0 }, kades);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONFIRMATION_VERSION_CONFLICT' });
    // The lead's trail says who confirmed what.
    const [entry] = await sql(`SELECT actor_username, changes FROM audit_log WHERE operation = 'answerVillageReach' ORDER BY id DESC LIMIT 1`);
    expect(entry.actor_username).toBe('kades.pulaurengas');
    expect(JSON.stringify(entry.changes)).toContain(`confirmation:${PULAU_RENGAS}`);
  });

  it("sends a kecamatan's dispute to the lead agency, whose head keeps the record with a reason", async () => {
    const noNote = await t.gql(ANSWER, { a: FOUNDING_STORY, v: BANGKO_VILLAGE, c: false, n: ' ', ver: 0 }, camat);
    expect(noNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONFIRMATION_NOTE_REQUIRED', field: 'note' });
    const disputed = await t.gql(ANSWER, { a: FOUNDING_STORY, v: BANGKO_VILLAGE, c: false, n: 'Kepala desa kami tidak hadir.', ver: 0 }, camat);
    expect(disputed.data!.answerVillageReach).toMatchObject({ status: 'DISPUTED', answeredByName: 'Staf Kecamatan Bangko' });

    const kepala = await t.as('kepala.kerinci');
    const queue = (await t.gql(QUEUE, undefined, kepala)).data!.confirmationQueue;
    expect(queue.disputeCount).toBe(1);
    expect(queue.disputes).toEqual([
      { activity: { id: FOUNDING_STORY }, confirmation: { villageCode: BANGKO_VILLAGE, status: 'DISPUTED', note: 'Kepala desa kami tidak hadir.', canRespond: true, version: 1 } },
    ]);
    // The officer sees the dispute (they may correct the record) but only the head answers it.
    const officerQueue = (await t.gql(QUEUE, undefined, await t.as('petugas.kerinci'))).data!.confirmationQueue;
    expect(officerQueue.disputes[0].confirmation.canRespond).toBe(false);
    expect((await t.gql(RESPOND, { a: FOUNDING_STORY, v: BANGKO_VILLAGE, r: 'Daftar hadir ditandatangani.', ver: 1 }, await t.as('petugas.kerinci'))).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Nothing to answer where there is no dispute.
    expect((await t.gql(RESPOND, { a: FOUNDING_STORY, v: PULAU_RENGAS, r: 'Tetap.', ver: 1 }, kepala)).errors?.[0]?.extensions).toMatchObject({ reason: 'CONFIRMATION_NOT_DISPUTED' });

    const kept = await t.gql(RESPOND, { a: FOUNDING_STORY, v: BANGKO_VILLAGE, r: 'Daftar hadir ditandatangani sekretaris desa.', ver: 1 }, kepala);
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.respondToDispute).toMatchObject({
      status: 'DISPUTED',
      response: 'Daftar hadir ditandatangani sekretaris desa.',
      respondedByName: 'Kepala Kantor Imigrasi Kerinci',
      canRespond: false,
      version: 2,
    });
    expect((await t.gql(QUEUE, undefined, kepala)).data!.confirmationQueue.disputeCount).toBe(0);
    // The village government reads the reply on the activity.
    expect(of(await confirmationsAs(camat), BANGKO_VILLAGE)).toMatchObject({ status: 'DISPUTED', response: 'Daftar hadir ditandatangani sekretaris desa.' });
  });

  it("tells the lead agency's head of the dispute at once (ATTENDANCE_DISPUTED), and nobody of a confirmation", async () => {
    const DISPUTES = `{ notifications(first: 50, kinds: [ATTENDANCE_DISPUTED]) { totalCount nodes { kind activityId title link } } }`;
    const disputesOf = async (headers: Record<string, string>) => {
      const res = await t.gql(DISPUTES, undefined, headers);
      expect(res.errors).toBeUndefined();
      return res.data!.notifications;
    };
    const [{ title }] = await sql(`SELECT title FROM activities WHERE id = $1`, [FOUNDING_STORY]);
    // Kecamatan Bangko disputed one of its villages above: Kanim Kerinci (the lead) has only one head, and they are told.
    const head = await disputesOf(await t.as('kepala.kerinci'));
    expect(head.totalCount).toBe(1);
    expect(head.nodes).toEqual([
      { kind: 'ATTENDANCE_DISPUTED', activityId: FOUNDING_STORY, title: `Kec. Bangko menyanggah jangkauan “${title}”: Kepala desa kami tidak hadir.`, link: `/kegiatan/${FOUNDING_STORY}` },
    ]);
    // In English for an English reader.
    const english = await t.gql(DISPUTES, undefined, { ...(await t.as('kepala.kerinci')), 'accept-language': 'en' });
    expect(english.data!.notifications.nodes[0].title).toBe(`Kec. Bangko disputes the reach of “${title}”: Kepala desa kami tidak hadir.`);
    const [{ n }] = await sql(
      `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'ATTENDANCE_DISPUTED' AND n.activity_id = $1 AND u.username = 'kepala.kerinci'`,
      [FOUNDING_STORY],
    );
    expect(n).toBe(1);
    // Not the co-organising Dinas, nor the village governments (the confirming kades, the disputing kecamatan itself).
    for (const account of ['kepala.dinas.merangin', 'dinas.merangin', 'kades.pulaurengas']) expect((await disputesOf(await t.as(account))).totalCount).toBe(0);
    expect((await disputesOf(camat)).totalCount).toBe(0);
    // One dispute so far (the confirmation of Pulau Rengas is none): told once each, to the lead's active heads and
    // whoever recorded the activity, and to nobody else.
    const told = await sql(`SELECT u.username, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'ATTENDANCE_DISPUTED' GROUP BY 1 ORDER BY 1`);
    const expected = await sql(
      `SELECT DISTINCT u.username FROM activities a JOIN users u ON (u.agency_id = a.lead_agency_id AND u.role = 'HEAD' AND u.active) OR u.id = a.created_by
       WHERE a.id = $1 ORDER BY 1`,
      [FOUNDING_STORY],
    );
    expect(told).toEqual(expected.map((r: { username: string }) => ({ username: r.username, n: 1 })));
  });

  it('gives the share of reached villages confirmed by their own government, within what the caller may see', async () => {
    const bangkoBarat = await t.gql(SHARE, { f: { ...YEAR_2025, regionCode: '15.02.10' } }, await t.as('kepala.kerinci'));
    expect(bangkoBarat.data!.confirmationShare).toEqual({ villagesReached: 6, confirmed: 1, disputed: 0, unanswered: 5, ratio: 1 / 6 });
    const merangin = await t.gql(SHARE, { f: { ...YEAR_2025, regionCode: '15.02' } }, await t.as('kanwil.jambi'));
    expect(merangin.data!.confirmationShare).toMatchObject({ confirmed: 1, disputed: 1 });
    const { villagesReached, confirmed, disputed, unanswered } = merangin.data!.confirmationShare;
    expect(confirmed + disputed + unanswered).toBe(villagesReached);
    // The village government sees its own village only.
    expect((await t.gql(SHARE, { f: YEAR_2025 }, await t.as('kades.pulaurengas'))).data!.confirmationShare).toEqual({
      villagesReached: 1,
      confirmed: 1,
      disputed: 0,
      unanswered: 0,
      ratio: 1,
    });
    // A region outside the caller's scope is not there for them.
    expect((await t.gql(SHARE, { f: { ...YEAR_2025, regionCode: '15.01' } }, await t.as('kades.pulaurengas'))).data!.confirmationShare).toBeNull();
  });

  it("names each village's answer in the activity export", async () => {
    const [{ name }] = await sql(`SELECT name FROM regions WHERE code = $1`, [BANGKO_VILLAGE]);
    const res = await fetch(`${t.baseUrl}/api/activities/export.csv`, { headers: await t.as('kepala.kerinci') });
    expect(res.status).toBe(200);
    const lines = (await res.text()).split(/\r?\n/);
    expect(lines[0]).toContain('Konfirmasi desa');
    const founding = lines.find((line) => line.startsWith(FOUNDING_STORY))!;
    expect(founding).toContain(`Dikonfirmasi: Pulau Rengas; Disanggah: ${name}; Belum dijawab: 12`);
  });

  it('reads a dispute as corrected once the lead reopens, edits and verifies the activity again', async () => {
    const kepala = await t.as('kepala.kerinci');
    // A fresh dispute (the kept one is answered again), then the lead corrects the record instead of keeping it.
    const [row] = await sql(`SELECT version FROM activity_village_confirmations WHERE activity_id = $1 AND village_code = $2`, [FOUNDING_STORY, BANGKO_VILLAGE]);
    await t.gql(ANSWER, { a: FOUNDING_STORY, v: BANGKO_VILLAGE, c: false, n: 'Masih belum benar.', ver: row.version }, camat);
    expect((await t.gql(QUEUE, undefined, kepala)).data!.confirmationQueue.disputeCount).toBe(1);

    let activity = (await t.gql(CONFIRMATIONS, { id: FOUNDING_STORY }, kepala)).data!.activity;
    const reopened = await t.gql(
      'mutation ($id: ID!, $v: Int!) { reopenActivity(id: $id, version: $v, reason: "Sanggahan desa diperiksa.") { version } }',
      {
        id: FOUNDING_STORY,
        v: activity.version,
      },
      kepala,
    );
    expect(reopened.errors).toBeUndefined();
    // While it is reopened: only the villages that answered show, and nobody can answer.
    const during = await confirmationsAs(kepala);
    expect(during.map((c) => c.villageCode).sort()).toEqual([BANGKO_VILLAGE, PULAU_RENGAS]);
    const blocked = await t.gql(ANSWER, { a: FOUNDING_STORY, v: PULAU_RENGAS, c: true, ver: 1 }, await t.as('kades.pulaurengas'));
    // Returned activities are not visible outside their organisers: not found, as for any draft.
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });

    const petugas = await t.as('petugas.kerinci');
    const submitted = await t.gql(
      'mutation ($id: ID!, $v: Int!) { submitActivity(id: $id, version: $v) { version } }',
      { id: FOUNDING_STORY, v: reopened.data!.reopenActivity.version },
      petugas,
    );
    const verified = await t.gql(
      'mutation ($id: ID!, $v: Int!) { verifyActivity(id: $id, version: $v) { status } }',
      { id: FOUNDING_STORY, v: submitted.data!.submitActivity.version },
      kepala,
    );
    expect(verified.data?.verifyActivity.status).toBe('VERIFIED');

    activity = await confirmationsAs(camat);
    expect(of(activity, BANGKO_VILLAGE).status).toBe('CORRECTED');
    expect(of(activity, PULAU_RENGAS).status).toBe('CONFIRMED');
    expect((await t.gql(QUEUE, undefined, kepala)).data!.confirmationQueue.disputeCount).toBe(0);
  });
});
