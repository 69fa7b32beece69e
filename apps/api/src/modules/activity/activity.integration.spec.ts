import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { onlyRow } from '../../database/kysely';

/** Demo activities (see seed/demo-activities.ts). */
const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
const KERINCI_DRAFT = '6a1f0c2e-1b7d-4c55-9a51-000000000005';

const FIELDS = `id status version title returnReason villageCount allowedActions
  participants { category male female agency { shortName } } participantTotals { total officials }
  coOrganisers { agency { shortName } status } villages { code reach outsideLeadArea }`;
const CREATE = `mutation ($id: ID!, $input: ActivityInput!, $planned: Boolean) { createActivity(id: $id, input: $input, planned: $planned) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $v, input: $input) { ${FIELDS} } }`;
const step = (name: string, extra = '') =>
  `mutation ($id: ID!, $v: Int!${extra ? ', $reason: String!' : ''}) { ${name}(id: $id, version: $v${extra ? ', reason: $reason' : ''}) { ${FIELDS} } }`;

describe('activities (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let dinasId: string;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const input = (over: Record<string, unknown> = {}) => ({
    type: 'SOSIALISASI',
    title: 'Sosialisasi TPPO di Bangko Barat',
    startsAt: '2026-03-10T02:00:00Z',
    endsAt: '2026-03-10T05:00:00Z',
    venueName: 'Kantor Camat Bangko Barat',
    venueRegionCode: '15.02.10',
    villages: [{ code: '15.02.10', reach: 'OFFICIALS_ATTENDED' }],
    participants: [{ category: 'KEPALA_DESA', male: 5, female: 1 }],
    ...over,
  });
  const create = async (as: string, over: Record<string, unknown> = {}, planned = false) => {
    const res = await t.gql(CREATE, { id: randomUUID(), input: input(over), planned }, await t.as(as));
    if (!res.data?.createActivity) throw new Error(JSON.stringify(res.errors));
    return res.data.createActivity;
  };

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: dinasId } = onlyRow(await sql(`SELECT id FROM agencies WHERE short_name = 'Dinas PMTSP-TK Merangin'`), 'dinasId'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('holds the founding story as a verified joint activity: 14 villages, 16 officials, once', async () => {
    const res = await t.gql(
      `query ($id: ID!) { activity(id: $id) { title status timeZone venueName venueRegion { name } leadAgency { shortName }
         programmeItems { number } topics { name } ${FIELDS.replace('id status version title', '')} } }`,
      { id: FOUNDING_STORY },
      await t.as('desa.pulaurengas'),
    );
    const a = res.data!.activity;
    expect(a).toMatchObject({ status: 'VERIFIED', timeZone: 'WIB', venueName: 'Hotel Royal Bangko', venueRegion: { name: 'Bangko' }, leadAgency: { shortName: 'Kanim Kerinci' } });
    expect(a.villageCount).toBe(14);
    expect(a.villages.filter((v: { code: string }) => v.code.startsWith('15.02.10.'))).toHaveLength(6);
    expect(a.villages.every((v: { reach: string; outsideLeadArea: boolean }) => v.reach === 'OFFICIALS_ATTENDED' && !v.outsideLeadArea)).toBe(true);
    expect(a.participantTotals).toEqual({ total: 16, officials: 16 });
    expect(a.coOrganisers).toEqual([{ agency: { shortName: 'Dinas PMTSP-TK Merangin' }, status: 'ACCEPTED' }]);
    expect(a.programmeItems).toEqual([{ number: 8 }]);
    expect(a.topics.map((x: { name: string }) => x.name)).toContain('modus operandi');
    // A village head reads it but may do nothing to it.
    expect(a.allowedActions).toEqual([]);
  });

  it('runs the workflow: officer submits, head returns with a reason, officer fixes and resubmits, head verifies, verified is locked, head reopens', async () => {
    const officer = await t.as('petugas.kerinci');
    const head = await t.as('kepala.kerinci');
    let a = await create('petugas.kerinci');
    expect(a).toMatchObject({ status: 'DRAFT', villageCount: 6 });
    expect(a.allowedActions).toEqual(expect.arrayContaining(['EDIT', 'SUBMIT']));

    a = (await t.gql(step('submitActivity'), { id: a.id, v: a.version }, officer)).data!.submitActivity;
    expect(a.status).toBe('SUBMITTED');

    // The officer cannot verify (no permission), nor edit while it is with the head.
    const selfVerify = await t.gql(step('verifyActivity'), { id: a.id, v: a.version }, officer);
    expect(firstError(selfVerify).extensions?.code).toBe('FORBIDDEN');
    const editSubmitted = await t.gql(UPDATE, { id: a.id, v: a.version, input: input({ title: 'Changed while submitted' }) }, officer);
    expect(firstError(editSubmitted).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_WRONG_STATUS' });

    const tooShort = await t.gql(step('returnActivity', 'reason'), { id: a.id, v: a.version, reason: ' no ' }, head);
    expect(firstError(tooShort).extensions).toMatchObject({ reason: 'ACTIVITY_REASON_INVALID', field: 'reason' });
    a = (await t.gql(step('returnActivity', 'reason'), { id: a.id, v: a.version, reason: 'Lampirkan daftar hadir.' }, head)).data!.returnActivity;
    expect(a).toMatchObject({ status: 'RETURNED', returnReason: 'Lampirkan daftar hadir.' });

    // The submitter finds it among "returned to me", with the reason.
    const mine = await t.gql(`{ activities(filter: { returnedToMe: true }) { nodes { id returnReason } } }`, undefined, officer);
    expect(mine.data!.activities.nodes).toContainEqual({ id: a.id, returnReason: 'Lampirkan daftar hadir.' });
    const notTheHeads = await t.gql(`{ activities(filter: { returnedToMe: true }) { nodes { id } } }`, undefined, head);
    expect(notTheHeads.data!.activities.nodes).not.toContainEqual({ id: a.id });

    a = (
      await t.gql(
        UPDATE,
        {
          id: a.id,
          v: a.version,
          input: input({
            participants: [
              { category: 'KEPALA_DESA', male: 5, female: 1 },
              { category: 'CAMAT', male: 1, female: 0 },
            ],
          }),
        },
        officer,
      )
    ).data!.updateActivity;
    a = (await t.gql(step('submitActivity'), { id: a.id, v: a.version }, officer)).data!.submitActivity;
    a = (await t.gql(step('verifyActivity'), { id: a.id, v: a.version }, head)).data!.verifyActivity;
    expect(a).toMatchObject({ status: 'VERIFIED', returnReason: null, participantTotals: { total: 7, officials: 7 } });
    expect(a.allowedActions).toEqual(['REOPEN', 'ADD_FOLLOW_UP']);

    const locked = await t.gql(UPDATE, { id: a.id, v: a.version, input: input({ title: 'Edited after verification' }) }, officer);
    expect(firstError(locked).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_WRONG_STATUS' });
    expect(firstError(locked).message).toBe('Kegiatan berstatus Terverifikasi tidak dapat diubah.');

    a = (await t.gql(step('reopenActivity', 'reason'), { id: a.id, v: a.version, reason: 'Tanggal kegiatan keliru.' }, head)).data!.reopenActivity;
    expect(a).toMatchObject({ status: 'RETURNED', returnReason: 'Tanggal kegiatan keliru.' });

    const history = await t.gql(`query ($id: ID!) { activity(id: $id) { history { operation actorUsername } } }`, { id: a.id }, head);
    expect(history.data!.activity.history.map((h: { operation: string }) => h.operation)).toEqual([
      'createActivity',
      'submitActivity',
      'returnActivity',
      'updateActivity',
      'submitActivity',
      'verifyActivity',
      'reopenActivity',
    ]);
  });

  it('refuses a stale update with who changed it and when, and keeps the first change', async () => {
    const officer = await t.as('petugas.kerinci');
    const a = await create('petugas.kerinci');
    const first = await t.gql(UPDATE, { id: a.id, v: a.version, input: input({ title: 'Judul dari tab pertama' }) }, await t.as('kepala.kerinci'));
    expect(first.errors).toBeUndefined();
    const stale = await t.gql(UPDATE, { id: a.id, v: a.version, input: input({ title: 'Judul dari tab kedua' }) }, officer);
    expect(firstError(stale).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_VERSION_CONFLICT', field: 'version' });
    expect(firstError(stale).message).toMatch(/diubah oleh kepala\.kerinci pada \d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB/);
    const [row] = await sql(`SELECT title FROM activities WHERE id = $1`, [a.id]);
    expect(row.title).toBe('Judul dari tab pertama');
  });

  it('creates once under concurrent retries of the same id', async () => {
    const id = randomUUID();
    const officer = await t.as('petugas.kerinci');
    const results = await Promise.all(Array.from({ length: 6 }, () => t.gql(CREATE, { id, input: input({ title: 'Dikirim ulang enam kali' }) }, officer)));
    expect(results.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
    expect(new Set(results.map((r) => r.data!.createActivity.id))).toEqual(new Set([id]));
    expect(await sql(`SELECT count(*)::int AS n FROM activities WHERE id = $1`, [id])).toEqual([{ n: 1 }]);
    expect(await sql(`SELECT count(*)::int AS n FROM activity_villages WHERE activity_id = $1`, [id])).toEqual([{ n: 6 }]);
    expect(await sql(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'Activity' AND entity_id = $1`, [id])).toEqual([{ n: 1 }]);
    // Someone else reusing the id gets a conflict, not the activity.
    const other = await t.gql(CREATE, { id, input: input() }, await t.as('dinas.merangin'));
    expect(firstError(other).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_ID_TAKEN' });
  });

  it("lets an accepted co-organiser add its own participants, never change the lead's fields", async () => {
    const dinas = await t.as('dinas.merangin');
    let a = await create('petugas.kerinci', { coOrganiserIds: [dinasId] });
    expect(a.coOrganisers).toEqual([{ agency: { shortName: 'Dinas PMTSP-TK Merangin' }, status: 'INVITED' }]);

    const early = await t.gql(`mutation ($id: ID!, $v: Int!) { setCoOrganiserParticipants(id: $id, version: $v, participants: []) { id } }`, { id: a.id, v: a.version }, dinas);
    expect(firstError(early).extensions).toMatchObject({ reason: 'ACTIVITY_WRONG_STATUS' });

    a = (await t.gql(`mutation ($id: ID!) { answerActivityInvitation(id: $id, accept: true) { ${FIELDS} } }`, { id: a.id }, dinas)).data!.answerActivityInvitation;
    expect(a.coOrganisers[0].status).toBe('ACCEPTED');
    expect(a.allowedActions).toEqual(expect.arrayContaining(['EDIT_OWN_PARTICIPANTS', 'ANSWER_INVITATION']));
    expect(a.allowedActions).not.toContain('EDIT');

    const edit = await t.gql(UPDATE, { id: a.id, v: a.version, input: input({ title: 'Diubah oleh mitra' }) }, dinas);
    expect(firstError(edit).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTIVITY_NOT_PERMITTED' });

    const own = await t.gql(
      `mutation ($id: ID!, $v: Int!, $p: [ParticipantInput!]!) { setCoOrganiserParticipants(id: $id, version: $v, participants: $p) { ${FIELDS} } }`,
      { id: a.id, v: a.version, p: [{ category: 'CALON_PMI', male: 7, female: 8 }] },
      dinas,
    );
    a = own.data!.setCoOrganiserParticipants;
    expect(a.title).toBe('Sosialisasi TPPO di Bangko Barat');
    expect(a.participants).toEqual([
      { category: 'KEPALA_DESA', male: 5, female: 1, agency: { shortName: 'Kanim Kerinci' } },
      { category: 'CALON_PMI', male: 7, female: 8, agency: { shortName: 'Dinas PMTSP-TK Merangin' } },
    ]);
    expect(a.participantTotals).toEqual({ total: 21, officials: 6 });

    // The lead saving its form keeps the partner's numbers; dropping the partner that reported is refused.
    a = (await t.gql(UPDATE, { id: a.id, v: a.version, input: input({ coOrganiserIds: [dinasId], title: 'Judul baru dari penyelenggara utama' }) }, await t.as('petugas.kerinci'))).data!
      .updateActivity;
    expect(a.participantTotals.total).toBe(21);
    const drop = await t.gql(UPDATE, { id: a.id, v: a.version, input: input({ coOrganiserIds: [] }) }, await t.as('petugas.kerinci'));
    expect(firstError(drop).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_CO_ORGANISER_HAS_CONTRIBUTIONS' });
  });

  it('keeps drafts inside their agencies and shows others only what touches their scope, in lists, counts and lookups', async () => {
    const draft = `query ($id: ID!) { activity(id: $id) { id } }`;
    for (const account of ['dinas.merangin', 'desa.pulaurengas', 'kanwil.jambi', 'ditjen']) {
      const res = await t.gql(draft, { id: KERINCI_DRAFT }, await t.as(account));
      expect({ account, activity: res.data!.activity }).toEqual({ account, activity: null });
      const list = await t.gql(`{ activities(first: 100) { nodes { id status } } activityCount }`, undefined, await t.as(account));
      const ids = list.data!.activities.nodes.map((n: { id: string }) => n.id);
      expect(ids).not.toContain(KERINCI_DRAFT);
      expect(list.data!.activityCount).toBe(ids.length);
    }
    // The village head sees only the published activities that reached the village: the founding story.
    const desa = await t.gql(`{ activities(first: 100) { nodes { id } } }`, undefined, await t.as('desa.pulaurengas'));
    expect(desa.data!.activities.nodes.map((n: { id: string }) => n.id)).toEqual([FOUNDING_STORY]);
    // The Kanwil sees Jambi's planned and verified activities only.
    const kanwil = await t.gql(`{ activities(first: 100) { nodes { status } } }`, undefined, await t.as('kanwil.jambi'));
    expect(new Set(kanwil.data!.activities.nodes.map((n: { status: string }) => n.status))).toEqual(new Set(['PLANNED', 'VERIFIED']));
    const lead = await t.gql(draft, { id: KERINCI_DRAFT }, await t.as('petugas.kerinci'));
    expect(lead.data!.activity).toEqual({ id: KERINCI_DRAFT });
  });

  it('refuses bad input field by field, in the reader language, and writes nothing', async () => {
    const officer = await t.as('petugas.kerinci');
    const [{ n: before }] = await sql(`SELECT count(*)::int AS n FROM activities`);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsAt: '2026-03-10T01:00:00Z' }, 'ACTIVITY_END_BEFORE_START', 'endsAt'],
      [{ startsAt: '1999-01-01T00:00:00Z', endsAt: '1999-01-01T02:00:00Z' }, 'ACTIVITY_DATE_OUT_OF_RANGE', 'startsAt'],
      [{ endsAt: '2026-05-10T01:00:00Z' }, 'ACTIVITY_TOO_LONG', 'endsAt'],
      [{ title: 'ab' }, 'ACTIVITY_TITLE_INVALID', 'title'],
      [{ venueRegionCode: '15.99' }, 'ACTIVITY_VENUE_REGION_NOT_FOUND', 'venueRegionCode'],
      [
        {
          villages: [
            { code: '15.02.10.2001', reach: 'HELD_IN_VILLAGE' },
            { code: '15.02', reach: 'HELD_IN_VILLAGE' },
          ],
        },
        'ACTIVITY_NOT_A_VILLAGE',
        'villages[1].code',
      ],
      [{ villages: [{ code: '15.02.10.2999', reach: 'HELD_IN_VILLAGE' }] }, 'ACTIVITY_VILLAGE_NOT_FOUND', 'villages[0].code'],
      [{ participants: [{ category: 'CAMAT', male: -1, female: 0 }] }, 'ACTIVITY_PARTICIPANTS_INVALID', 'participants[0].male'],
      [
        {
          participants: [
            { category: 'CAMAT', male: 1, female: 0 },
            { category: 'CAMAT', male: 2, female: 0 },
          ],
        },
        'ACTIVITY_DUPLICATE_CATEGORY',
        'participants[1].category',
      ],
      [{ topicIds: [randomUUID()] }, 'ACTIVITY_TOPIC_NOT_FOUND', 'topicIds'],
    ];
    for (const [over, reason, field] of cases) {
      const res = await t.gql(CREATE, { id: randomUUID(), input: input(over) }, officer);
      expect({ over, extensions: firstError(res).extensions }).toEqual({ over, extensions: { code: 'BAD_USER_INPUT', reason, field } });
    }
    const planned = await t.gql(CREATE, { id: randomUUID(), input: input(), planned: true }, officer);
    expect(firstError(planned).extensions?.reason).toBe('ACTIVITY_PLANNED_IN_PAST');
    const english = await t.gql(CREATE, { id: randomUUID(), input: input({ endsAt: '2026-03-10T01:00:00Z' }) }, { ...officer, 'accept-language': 'en' });
    expect(firstError(english).message).toBe('The end must be after the start.');
    const notUuid = await t.gql(CREATE, { id: 'abc', input: input() }, officer);
    expect(firstError(notUuid).extensions).toMatchObject({ reason: 'ACTIVITY_ID_INVALID', field: 'id' });
    expect(await sql(`SELECT count(*)::int AS n FROM activities`)).toEqual([{ n: before }]);
  });

  it('flags villages outside the lead agency working area, and takes a whole kecamatan', async () => {
    // 15.04 (Batang Hari) lies outside Kanim Kerinci's working area (Kerinci, Sungai Penuh, Merangin).
    const [outside] = await sql(`SELECT code FROM regions WHERE code LIKE '15.04.%' AND depth = 4 ORDER BY code LIMIT 1`);
    const a = await create('petugas.kerinci', {
      villages: [
        { code: '15.02.02', reach: 'OFFICIALS_ATTENDED' },
        { code: outside.code, reach: 'RESIDENTS_ATTENDED' },
      ],
    });
    expect(a.villageCount).toBe(9);
    expect(a.villages.filter((v: { outsideLeadArea: boolean }) => v.outsideLeadArea).map((v: { code: string }) => v.code)).toEqual([outside.code]);
  });

  it('filters by region, words, status, programme item and topic, and pages without gaps or repeats', async () => {
    const head = await t.as('kepala.kerinci');
    const codes = async (filter: Record<string, unknown>) =>
      (await t.gql(`query ($f: ActivityFilter) { activities(filter: $f, first: 100) { nodes { id } } }`, { f: filter }, head)).data!.activities.nodes.map((n: { id: string }) => n.id);
    expect(await codes({ regionCode: '15.02.10.2003', statuses: ['VERIFIED'] })).toEqual([FOUNDING_STORY]);
    expect(await codes({ search: 'royal  BANGKO' })).toEqual([FOUNDING_STORY]);
    const [item8] = await sql(`SELECT id FROM programme_items WHERE number = 8`);
    const [passport] = await sql(`SELECT id FROM topics WHERE name = 'layanan paspor'`);
    // Item 8 of the 2024–2025 framework: only activities dated in it may carry it (the demo's recent ones carry none after 2025).
    expect(await codes({ programmeItemId: item8.id, statuses: ['VERIFIED'], from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([FOUNDING_STORY]);
    expect(await codes({ programmeItemId: item8.id, types: ['PENYULUHAN'], from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([]);
    expect(await codes({ topicId: passport.id })).toHaveLength(1);
    expect(await codes({ agencyId: dinasId, from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z' })).toEqual([FOUNDING_STORY]);

    const all = await codes({});
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: any = await t.gql(`query ($after: String) { activities(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after }, head);
      paged.push(...res.data.activities.nodes.map((n: { id: string }) => n.id));
      if (!res.data.activities.pageInfo.hasNextPage) break;
      after = res.data.activities.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
    const bad = await t.gql(`{ activities(after: "not-a-cursor") { nodes { id } } }`, undefined, head);
    expect(firstError(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('flags two agencies planning in the same kecamatan within 7 days on the calendar', async () => {
    const now = Date.now();
    const res = await t.gql(
      `query ($from: DateTime!, $to: DateTime!) { activityCalendar(from: $from, to: $to) { activity { title leadAgency { shortName } } overlapsWith { title } sharedKecamatanCodes } }`,
      { from: new Date(now).toISOString(), to: new Date(now + 60 * 86400_000).toISOString() },
      await t.as('dinas.merangin'),
    );
    const tabir = res.data!.activityCalendar.find((e: { activity: { leadAgency: { shortName: string } } }) => e.activity.leadAgency.shortName === 'Dinas PMTSP-TK Merangin');
    expect(tabir).toEqual({
      activity: { title: 'Penyuluhan Penempatan PMI Prosedural di Tabir', leadAgency: { shortName: 'Dinas PMTSP-TK Merangin' } },
      overlapsWith: [{ title: 'Sosialisasi TPPO di Kecamatan Tabir' }],
      sharedKecamatanCodes: ['15.02.05'],
    });
  });

  it('lets the responsible village move a follow-up, and only its status', async () => {
    const [desa] = await sql(`SELECT id FROM agencies WHERE short_name = 'Desa Pulau Rengas'`);
    const add = await t.gql(
      `mutation ($id: ID!, $input: FollowUpInput!) { addFollowUp(activityId: $id, input: $input) { id version status text dueOn responsibleAgency { shortName } } }`,
      { id: FOUNDING_STORY, input: { text: 'Bentuk kelompok masyarakat peduli TPPO', responsibleAgencyId: desa.id, dueOn: '2025-09-30' } },
      await t.as('kepala.kerinci'),
    );
    const followUp = add.data!.addFollowUp;
    expect(followUp).toMatchObject({ status: 'OPEN', dueOn: '2025-09-30', responsibleAgency: { shortName: 'Desa Pulau Rengas' } });
    const moved = await t.gql(
      `mutation ($id: ID!, $v: Int!, $input: FollowUpInput!) { updateFollowUp(id: $id, version: $v, input: $input) { status text version } }`,
      { id: followUp.id, v: followUp.version, input: { text: 'Teks diganti oleh desa', responsibleAgencyId: desa.id, status: 'DONE' } },
      await t.as('desa.pulaurengas'),
    );
    expect(moved.data!.updateFollowUp).toEqual({ status: 'DONE', text: 'Bentuk kelompok masyarakat peduli TPPO', version: followUp.version + 1 });
    const badDate = await t.gql(
      `mutation ($id: ID!, $input: FollowUpInput!) { addFollowUp(activityId: $id, input: $input) { id } }`,
      { id: FOUNDING_STORY, input: { text: 'x', responsibleAgencyId: desa.id, dueOn: '2025-02-30' } },
      await t.as('kepala.kerinci'),
    );
    expect(firstError(badDate).extensions).toMatchObject({ reason: 'ACTIVITY_FOLLOW_UP_DUE_INVALID', field: 'dueOn' });
  });
});
