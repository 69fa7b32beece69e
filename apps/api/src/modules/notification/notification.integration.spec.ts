import { IndonesianTimeZone, localDate, NotificationKind } from '@jangkau/shared-domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { pulauRengasActivity, recordAndSubmit } from '../../../test/submitted-activity';
import { withAdmin } from '../../../test/test-database';
import { MailWorker, type MailTransport, type OutboxMessage } from './mail-worker';
import { NotificationScheduler } from './notification-scheduler';
import { NotificationService } from './notification.service';

/**
 * Notifications (issue 15), in one API process with its worker driven by hand: who is told of what, what they may
 * still read, what a rolled-back change leaves (nothing), preferences, and the morning digest.
 */
const LIST = `query ($unreadOnly: Boolean, $kinds: [NotificationKind!]) { notifications(unreadOnly: $unreadOnly, first: 50, kinds: $kinds) {
  unreadCount totalCount nodes { id kind createdAt readAt activityId followUpId title link } } }`;
const CREATE = `mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { id version } }`;
const RETURN = `mutation ($id: ID!, $v: Int!, $r: String!) { returnActivity(id: $id, version: $v, reason: $r) { id version status } }`;
const ANSWER = `mutation ($id: ID!, $accept: Boolean!) { answerActivityInvitation(id: $id, accept: $accept) { id } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitActivity(id: $id, version: $v) { id version } }`;
const VERIFY = `mutation ($id: ID!, $v: Int!) { verifyActivity(id: $id, version: $v) { id version status } }`;
const REOPEN = `mutation ($id: ID!, $v: Int!, $r: String!) { reopenActivity(id: $id, version: $v, reason: $r) { id version status } }`;
const CONFIRMATIONS = `query ($id: ID!) { activity(id: $id) { villageConfirmations { villageCode canAnswer version } } }`;
const ANSWER_REACH = `mutation ($a: ID!, $v: ID!, $c: Boolean!, $n: String, $ver: Int!) { answerVillageReach(activityId: $a, villageCode: $v, confirmed: $c, note: $n, version: $ver) { status } }`;
const MARK = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const PREFS = `query { notificationPreferences { kind delivery locked isDefault label } }`;
const SET_PREFS = `mutation ($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { kind delivery } }`;

/** A transport that keeps what it is given, as a mail server would. */
function capture(): MailTransport & { sent: OutboxMessage[] } {
  const sent: OutboxMessage[] = [];
  return { sent, send: async (m) => void sent.push(m), close: () => undefined };
}

describe('notifications (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const gql = async (account: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, await t.as(account));
  const input = (over: Record<string, unknown> = {}) => pulauRengasActivity(`Sosialisasi TPPO ${randomUUID().slice(0, 8)}`, over);
  /** petugas.kerinci records and submits; returns the activity's id and version. */
  const submitted = (over: Record<string, unknown> = {}) => recordAndSubmit(t, (over.title as string) ?? `Sosialisasi TPPO ${randomUUID().slice(0, 8)}`, over);
  const list = async (account: string, variables: Record<string, unknown> = {}) => (await gql(account, LIST, variables)).data!.notifications;
  const outboxFor = (username: string) =>
    sql(`SELECT o.kind, o.subject, o.text_body, o.html_body, o.sent_at, o.skipped_at, o.last_error FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE u.username = $1 ORDER BY o.id`, [
      username,
    ]);

  /** Who was told (in the bell) of this kind about this activity, by username. */
  const toldOf = async (activityId: string, kind: string) =>
    (await sql(`SELECT u.username FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.activity_id = $1 AND n.kind = $2 ORDER BY 1`, [activityId, kind])).map((r) => r.username);
  const agencyId = async (shortName: string) => (await sql(`SELECT id FROM agencies WHERE short_name = $1`, [shortName]))[0].id as string;
  const mutate = async (account: string, query: string, variables: Record<string, unknown>) => {
    const res = await gql(account, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const verify = async (id: string) => {
    const [{ version }] = await sql(`SELECT version FROM activities WHERE id = $1`, [id]);
    return (await mutate('kepala.kerinci', VERIFY, { id, v: version })).verifyActivity;
  };

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://jangkau.example.go.id' });
  });
  afterAll(() => t?.close());

  it('an officer submits: the head is told in the bell and by e-mail (with the link), the officer is not told of their own act', async () => {
    const before = (await list('kepala.kerinci')).unreadCount;
    const { id } = await submitted({ title: 'Sosialisasi TPPO di Pulau Rengas' });
    const head = await list('kepala.kerinci');
    expect(head.unreadCount).toBe(before + 1);
    expect(head.nodes[0]).toMatchObject({
      kind: 'ACTIVITY_SUBMITTED',
      activityId: id,
      readAt: null,
      link: `/kegiatan/${id}`,
      title: 'Menunggu verifikasi: “Sosialisasi TPPO di Pulau Rengas” diajukan oleh Petugas Kantor Imigrasi Kerinci',
    });
    // In English when the request asks for it.
    const english = await t.gql(LIST, {}, { ...(await t.as('kepala.kerinci')), 'accept-language': 'en' });
    expect(english.data!.notifications.nodes[0].title).toBe('Awaiting verification: “Sosialisasi TPPO di Pulau Rengas” submitted by Petugas Kantor Imigrasi Kerinci');
    expect((await list('petugas.kerinci')).nodes.filter((n: { activityId: string }) => n.activityId === id)).toEqual([]);
    // One e-mail queued for the head, in both languages, linking to the activity on PUBLIC_URL.
    const mails = (await outboxFor('kepala.kerinci')).filter((m) => m.text_body.includes(id));
    expect(mails).toHaveLength(1);
    expect(mails[0].kind).toBe('IMMEDIATE');
    expect(mails[0].subject).toBe('[Jangkau] Menunggu verifikasi: “Sosialisasi TPPO di Pulau Rengas” diajukan oleh Petugas Kantor Imigrasi Kerinci');
    expect(mails[0].text_body).toContain(`Buka: https://jangkau.example.go.id/kegiatan/${id}`);
    expect(mails[0].text_body).toContain('Awaiting verification');
    expect(mails[0].html_body).toContain(`href="https://jangkau.example.go.id/kegiatan/${id}"`);
  });

  it('returned: the submitter is told at once with the reason; mark read one and all', async () => {
    const { id, version } = await submitted();
    const back = await gql('kepala.kerinci', RETURN, { id, v: version, r: 'Daftar hadir belum dilampirkan' });
    expect(back.errors).toBeUndefined();
    const officer = await list('petugas.kerinci', { unreadOnly: true });
    const returned = officer.nodes.find((n: { activityId: string }) => n.activityId === id);
    expect(returned).toMatchObject({ kind: 'ACTIVITY_RETURNED' });
    expect(returned.title).toContain('Alasan: Daftar hadir belum dilampirkan');
    expect((await outboxFor('petugas.kerinci')).some((m) => m.subject.includes('Daftar hadir belum dilampirkan'))).toBe(true);

    expect((await gql('petugas.kerinci', MARK, { ids: [returned.id] })).data!.markNotificationsRead).toBe(1);
    expect((await gql('petugas.kerinci', MARK, { ids: [returned.id] })).data!.markNotificationsRead).toBe(0);
    const after = await list('petugas.kerinci');
    expect(after.nodes.find((n: { id: string }) => n.id === returned.id).readAt).not.toBeNull();
    // Someone else's notification cannot be marked by id: nothing changes.
    const headUnread = (await list('kepala.kerinci')).unreadCount;
    expect((await gql('petugas.kerinci', MARK, { ids: (await list('kepala.kerinci')).nodes.map((n: { id: string }) => n.id) })).data!.markNotificationsRead).toBe(0);
    expect((await list('kepala.kerinci')).unreadCount).toBe(headUnread);
    await gql('kepala.kerinci', MARK, {});
    expect((await list('kepala.kerinci')).unreadCount).toBe(0);
    // Bad ids get a clear error.
    const bad = await gql('kepala.kerinci', MARK, { ids: ['nope'] });
    expect(firstError(bad).extensions?.reason).toBe('NOTIFICATION_ID_INVALID');
  });

  it('returns cannot be switched off; other kinds can go to the digest or off', async () => {
    const prefs = (await gql('petugas.kerinci', PREFS)).data!.notificationPreferences;
    expect(prefs.find((p: { kind: string }) => p.kind === 'ACTIVITY_RETURNED')).toMatchObject({ delivery: 'IMMEDIATE', locked: true, label: 'Kegiatan dikembalikan' });
    const refused = await gql('petugas.kerinci', SET_PREFS, { p: [{ kind: 'ACTIVITY_RETURNED', delivery: 'OFF' }] });
    expect(firstError(refused).extensions?.reason).toBe('NOTIFICATION_ALWAYS_IMMEDIATE');
    expect(firstError(refused).message).toContain('tidak dapat dimatikan');
    const set = await gql('petugas.kerinci', SET_PREFS, { p: [{ kind: 'ACTIVITY_VERIFIED', delivery: 'OFF' }] });
    expect(set.data!.setNotificationPreferences.find((p: { kind: string }) => p.kind === 'ACTIVITY_VERIFIED').delivery).toBe('OFF');
  });

  it('a change that rolls back tells nobody and queues no e-mail', async () => {
    const { id } = await submitted();
    const service = t.app.get(NotificationService);
    const [{ count: before }] = await sql(`SELECT count(*)::int AS count FROM notifications`);
    const [{ count: mailBefore }] = await sql(`SELECT count(*)::int AS count FROM mail_outbox`);
    const [officer] = await sql(`SELECT id FROM users WHERE username = 'kepala.kerinci'`);
    const caller = { userId: officer.id, fullName: 'Kepala', agencyId: '00000000-0000-0000-0000-000000000000' } as never;
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        const told = await service.activityChanged(manager, caller, id, { action: 'RETURN', reason: 'dicoba lalu dibatalkan' });
        expect(told.told.length).toBe(1); // written inside the transaction…
        throw new Error('the change failed after it was told');
      }),
    ).rejects.toThrow('the change failed');
    // …and gone with it.
    expect((await sql(`SELECT count(*)::int AS count FROM notifications`))[0].count).toBe(before);
    expect((await sql(`SELECT count(*)::int AS count FROM mail_outbox`))[0].count).toBe(mailBefore);
    // A refused change (a stale version) tells nobody either.
    const stale = await gql('kepala.kerinci', RETURN, { id, v: 1, r: 'Versi lama tidak boleh menang' });
    expect(firstError(stale).extensions?.reason).toBe('ACTIVITY_VERSION_CONFLICT');
    expect((await sql(`SELECT count(*)::int AS count FROM notifications`))[0].count).toBe(before);
  });

  it('an agency that declines an invitation no longer reads what it was told of it, and its queued e-mail is not sent', async () => {
    const worker = t.app.get(MailWorker);
    const transport = capture();
    worker.useTransport(transport);
    await worker.drain(); // what earlier tests queued
    transport.sent.length = 0;

    const id = randomUUID();
    const created = await gql('dinas.merangin', CREATE, {
      id,
      input: input({ title: 'Sosialisasi bersama Dinas', venueName: 'Aula Dinas', coOrganiserIds: [(await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`))[0].id] }),
    });
    expect(created.errors).toBeUndefined();
    for (const account of ['kepala.kerinci', 'petugas.kerinci']) {
      expect((await list(account)).nodes.find((n: { activityId: string }) => n.activityId === id)).toMatchObject({
        kind: 'INVITATION_RECEIVED',
        title: expect.stringContaining('dari Dinas PMTSP-TK Merangin'),
      });
    }
    expect((await outboxFor('petugas.kerinci')).filter((m) => m.text_body.includes(id) && !m.sent_at)).toHaveLength(1);

    const declined = await gql('kepala.kerinci', ANSWER, { id, accept: false });
    expect(declined.errors).toBeUndefined();
    // The draft is no longer theirs to see: neither is what they were told of it.
    expect((await list('petugas.kerinci')).nodes.find((n: { activityId: string }) => n.activityId === id)).toBeUndefined();
    // The Dinas is told of the answer.
    expect((await list('dinas.merangin')).nodes.find((n: { activityId: string; kind: string }) => n.activityId === id && n.kind === 'INVITATION_ANSWERED').title).toContain(
      'menolak undangan',
    );

    await worker.drain();
    // Neither Kanim account is e-mailed about a draft it no longer sees (the Dinas hears of the answer in its digest).
    expect(transport.sent.filter((m) => m.textBody.includes(id))).toEqual([]);
    for (const account of ['kepala.kerinci', 'petugas.kerinci']) {
      expect((await outboxFor(account)).find((m) => m.text_body.includes(id))).toMatchObject({ sent_at: null, last_error: 'recipient no longer sees the activity' });
    }
  });

  it('SMTP unreachable: nothing is lost, and what waited goes as soon as the server answers again; a 5xx refusal is kept as failed', async () => {
    const worker = t.app.get(MailWorker);
    await worker.drain(); // what earlier tests left
    let up = false;
    const delivered: OutboxMessage[] = [];
    worker.useTransport({
      send: async (m) => {
        if (m.toAddress === 'kades.pulaurengas@jangkau.example') throw Object.assign(new Error('550 5.1.1 mailbox unavailable'), { code: 'EENVELOPE', responseCode: 550 });
        if (!up) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNECTION' });
        delivered.push(m);
      },
      close: () => undefined,
    });
    const down = await submitted({ title: 'Diajukan saat server surel mati' });
    await worker.drain();
    const [waiting] = await sql(`SELECT attempts, last_error, sent_at, failed_at, next_attempt_at > now() + interval '20 seconds' AS backing_off FROM mail_outbox WHERE text_body LIKE $1`, [
      `%${down.id}%`,
    ]);
    expect(waiting).toMatchObject({ attempts: 1, sent_at: null, failed_at: null, backing_off: true, last_error: 'ECONNECTION: connect ECONNREFUSED 127.0.0.1:25' });

    up = true;
    const after = await submitted({ title: 'Diajukan setelah server surel hidup lagi' });
    await worker.drain();
    // The new one went, and the one that waited went with it instead of at its next retry (30 s away).
    expect(delivered.map((m) => (m.textBody.includes(down.id) ? 'waited' : m.textBody.includes(after.id) ? 'new' : 'other')).sort()).toEqual(['new', 'waited']);

    // A permanent refusal is not retried.
    const [{ id: followUpActivity }] = await sql(`SELECT id FROM activities WHERE status = 'VERIFIED' ORDER BY created_at LIMIT 1`);
    const [kades] = await sql(`SELECT id FROM users WHERE username = 'kades.pulaurengas'`);
    await t.app.get(DataSource).transaction((manager) =>
      t.app.get(NotificationService).record(manager, {
        kind: NotificationKind.FOLLOW_UP_OVERDUE,
        recipients: [kades.id],
        activityId: followUpActivity,
        params: { subject: 'Uji', agency: 'Desa Pulau Rengas', dueOn: '2026-12-08' },
      }),
    );
    await worker.drain();
    const [refused] = await sql(`SELECT failed_at, last_error FROM mail_outbox WHERE user_id = $1 ORDER BY id DESC LIMIT 1`, [kades.id]);
    expect(refused.failed_at).not.toBeNull();
    expect(refused.last_error).toBe('EENVELOPE: 550 5.1.1 mailbox unavailable');
  });

  it("the morning digest gathers a day's waiting notifications into one e-mail, once", async () => {
    await gql('kepala.kerinci', SET_PREFS, { p: [{ kind: 'ACTIVITY_SUBMITTED', delivery: 'DAILY_DIGEST' }] });
    const first = await submitted({ title: 'Penyuluhan pertama hari ini' });
    const second = await submitted({ title: 'Penyuluhan kedua hari ini' });
    // Nothing immediate for the head this time.
    expect((await outboxFor('kepala.kerinci')).filter((m) => m.text_body.includes(first.id) || m.text_body.includes(second.id))).toEqual([]);

    // Everything waiting for the head's digest (earlier tests' digest-kind entries included) goes into it.
    const [{ waiting }] = await sql(
      `SELECT count(*)::int AS waiting FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'kepala.kerinci' AND n.delivery = 'DAILY_DIGEST' AND n.digested_at IS NULL`,
    );
    expect(waiting).toBeGreaterThanOrEqual(2);
    const scheduler = t.app.get(NotificationScheduler);
    const today = localDate(new Date(), IndonesianTimeZone.WIB);
    const outcome = await scheduler.run('daily-digest', IndonesianTimeZone.WIB, today);
    expect(outcome).toMatch(/digests of \d+ notifications/);
    expect(await scheduler.run('daily-digest', IndonesianTimeZone.WIB, today)).toBeNull(); // once per zone and day

    const digests = (await outboxFor('kepala.kerinci')).filter((m) => m.kind === 'DIGEST');
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe(`[Jangkau] Ringkasan harian ${today}: ${waiting} pemberitahuan`);
    expect(digests[0].text_body).toContain('Penyuluhan pertama hari ini');
    expect(digests[0].text_body).toContain('Penyuluhan kedua hari ini');
    expect(digests[0].text_body).toContain(`/kegiatan/${second.id}`);

    const transport = capture();
    t.app.get(MailWorker).useTransport(transport);
    await t.app.get(MailWorker).drain();
    expect(transport.sent.filter((m) => m.toAddress === 'kepala.kerinci@jangkau.example' && m.subject.startsWith('[Jangkau] Ringkasan harian'))).toHaveLength(1);
    // The next morning starts afresh: nothing waits.
    expect(
      (
        await sql(
          `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'kepala.kerinci' AND n.delivery = 'DAILY_DIGEST' AND n.digested_at IS NULL`,
        )
      )[0].n,
    ).toBe(0);
  });

  it('reopened: the submitter is told at once, with the reason, whatever their stored preference says', async () => {
    const { id } = await submitted({ title: 'Sosialisasi yang dibuka kembali' });
    const verified = await verify(id);
    // A preference row that the API would refuse (reopenings cannot be delayed or switched off), as if written before the rule.
    const [officer] = await sql(`SELECT id FROM users WHERE username = 'petugas.kerinci'`);
    await sql(`INSERT INTO notification_preferences (user_id, kind, delivery) VALUES ($1, 'ACTIVITY_REOPENED', 'OFF') ON CONFLICT (user_id, kind) DO UPDATE SET delivery = 'OFF'`, [
      officer.id,
    ]);
    try {
      await mutate('kepala.kerinci', REOPEN, { id, v: verified.version, r: 'Jumlah peserta perlu dikoreksi' });
      expect(await toldOf(id, 'ACTIVITY_REOPENED')).toEqual(['petugas.kerinci']);
      const entry = (await list('petugas.kerinci')).nodes.find((n: { activityId: string; kind: string }) => n.activityId === id && n.kind === 'ACTIVITY_REOPENED');
      expect(entry).toMatchObject({ readAt: null, link: `/kegiatan/${id}`, title: 'Dibuka kembali: “Sosialisasi yang dibuka kembali”. Alasan: Jumlah peserta perlu dikoreksi' });
      // By e-mail at once, not in a digest.
      const mails = (await outboxFor('petugas.kerinci')).filter((m) => m.text_body.includes(id));
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ kind: 'IMMEDIATE', subject: '[Jangkau] Dibuka kembali: “Sosialisasi yang dibuka kembali”. Alasan: Jumlah peserta perlu dikoreksi' });
      expect((await sql(`SELECT delivery FROM notifications WHERE activity_id = $1 AND kind = 'ACTIVITY_REOPENED'`, [id]))[0].delivery).toBe('IMMEDIATE');
    } finally {
      await sql(`DELETE FROM notification_preferences WHERE user_id = $1 AND kind = 'ACTIVITY_REOPENED'`, [officer.id]);
    }
  });

  it("verified: the submitter and the accepted co-organisers' people are told; a declined or pending co-organiser is not", async () => {
    // Kec. Bangko has no accounts in the demo: an officer there, to stand for a co-organiser that never answers.
    const bangko = await agencyId('Kec. Bangko');
    await sql(
      `INSERT INTO users (username, email, full_name, agency_id, role, password_hash)
       SELECT 'petugas.bangko', 'petugas.bangko@jangkau.example', 'Petugas Kecamatan Bangko', $1, 'OFFICER', password_hash FROM users WHERE username = 'petugas.kerinci'`,
      [bangko],
    );
    const id = randomUUID();
    const title = `Sosialisasi bersama tiga mitra ${id.slice(0, 8)}`;
    const created = await mutate('petugas.kerinci', CREATE, {
      id,
      input: input({ title, coOrganiserIds: [await agencyId('Dinas PMTSP-TK Merangin'), await agencyId('Desa Pulau Rengas'), bangko] }),
    });
    await mutate('dinas.merangin', ANSWER, { id, accept: true });
    await mutate('kades.pulaurengas', ANSWER, { id, accept: false });
    const { submitActivity } = await mutate('petugas.kerinci', SUBMIT, { id, v: created.createActivity.version });
    expect(submitActivity.id).toBe(id);
    expect((await verify(id)).status).toBe('VERIFIED');

    // The head who verified is not told of their own act; the submitter and both people of the accepting Dinas are.
    expect(await toldOf(id, 'ACTIVITY_VERIFIED')).toEqual(['dinas.merangin', 'kepala.dinas.merangin', 'petugas.kerinci']);
    for (const account of ['petugas.kerinci', 'dinas.merangin', 'kepala.dinas.merangin']) {
      expect((await list(account)).nodes.filter((n: { activityId: string; kind: string }) => n.activityId === id && n.kind === 'ACTIVITY_VERIFIED')).toEqual([
        expect.objectContaining({ title: `Diverifikasi: “${title}” kini dihitung dalam capaian`, link: `/kegiatan/${id}` }),
      ]);
    }
    // The declined village and the agency that never answered hear nothing of it, in the bell or by e-mail.
    for (const account of ['kades.pulaurengas', 'desa.pulaurengas']) {
      expect((await list(account)).nodes.filter((n: { activityId: string; kind: string }) => n.activityId === id && n.kind === 'ACTIVITY_VERIFIED')).toEqual([]);
    }
    expect(
      await sql(
        `SELECT 1 FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE u.username IN ('kades.pulaurengas', 'desa.pulaurengas', 'petugas.bangko') AND o.text_body LIKE $1 AND o.subject LIKE '%Diverifikasi%'`,
        [`%${id}%`],
      ),
    ).toEqual([]);
  });

  it("disputed attendance: the lead agency's heads and the activity's creator are told, nobody else", async () => {
    // A second head at Kanim Kerinci, and a second officer there who did not record it.
    await sql(
      `INSERT INTO users (username, email, full_name, agency_id, role, password_hash)
       SELECT v.username, v.username || '@jangkau.example', v.full_name, agency_id, v.role::user_role, password_hash FROM users,
         (VALUES ('wakil.kerinci', 'Wakil Kepala Kantor Imigrasi Kerinci', 'HEAD'), ('petugas2.kerinci', 'Petugas Kedua Kerinci', 'OFFICER')) v(username, full_name, role)
       WHERE users.username = 'kepala.kerinci'`,
    );
    const { id } = await submitted({ title: 'Sosialisasi yang disanggah desa' });
    await verify(id);
    const confirmations = (await gql('kades.pulaurengas', CONFIRMATIONS, { id })).data!.activity.villageConfirmations;
    const mine = confirmations.find((c: { canAnswer: boolean }) => c.canAnswer);
    expect(mine).toBeDefined();
    await mutate('kades.pulaurengas', ANSWER_REACH, { a: id, v: mine.villageCode, c: false, n: 'Kepala desa kami tidak hadir.', ver: mine.version });

    expect(await toldOf(id, 'ATTENDANCE_DISPUTED')).toEqual(['kepala.kerinci', 'petugas.kerinci', 'wakil.kerinci']);
    const entry = (await list('kepala.kerinci')).nodes.find((n: { activityId: string; kind: string }) => n.activityId === id && n.kind === 'ATTENDANCE_DISPUTED');
    expect(entry.title).toBe('Desa Pulau Rengas menyanggah jangkauan “Sosialisasi yang disanggah desa”: Kepala desa kami tidak hadir.');
    // Immediately by e-mail to each of them; to nobody else (the other officer, the village itself, the Dinas, the Kanwil).
    const mailed = await sql(`SELECT u.username FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE o.text_body LIKE $1 AND o.subject LIKE '%menyanggah%' ORDER BY 1`, [`%${id}%`]);
    expect(mailed.map((r) => r.username)).toEqual(['kepala.kerinci', 'petugas.kerinci', 'wakil.kerinci']);
    for (const account of ['petugas2.kerinci', 'kades.pulaurengas', 'desa.pulaurengas', 'dinas.merangin', 'kepala.dinas.merangin', 'kanwil.jambi']) {
      expect(
        await sql(`SELECT 1 FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = $1 AND n.kind = 'ATTENDANCE_DISPUTED' AND n.activity_id = $2`, [account, id]),
      ).toEqual([]);
    }
  });

  it('preferences: "off" sends no e-mail at all, "daily digest" none at once but the next morning’s digest; the default still goes at once', async () => {
    // Three people at the Dinas, each choosing differently for invitations (the third keeps the default: at once).
    await sql(
      `INSERT INTO users (username, email, full_name, agency_id, role, password_hash)
       SELECT 'petugas2.dinas', 'petugas2.dinas@jangkau.example', 'Petugas Kedua Dinas', agency_id, 'OFFICER', password_hash FROM users WHERE username = 'dinas.merangin'`,
    );
    await mutate('kepala.dinas.merangin', SET_PREFS, { p: [{ kind: 'INVITATION_RECEIVED', delivery: 'OFF' }] });
    await mutate('dinas.merangin', SET_PREFS, { p: [{ kind: 'INVITATION_RECEIVED', delivery: 'DAILY_DIGEST' }] });
    const worker = t.app.get(MailWorker);
    const transport = capture();
    worker.useTransport(transport);
    await worker.drain(); // what earlier tests queued
    transport.sent.length = 0;

    const id = randomUUID();
    const title = `Undangan dengan pilihan berbeda ${id.slice(0, 8)}`;
    await mutate('petugas.kerinci', CREATE, { id, input: input({ title, coOrganiserIds: [await agencyId('Dinas PMTSP-TK Merangin')] }) });
    // Everyone's bell shows the invitation ("off" is about e-mail only: the bell still tells).
    expect(await toldOf(id, 'INVITATION_RECEIVED')).toEqual(['dinas.merangin', 'kepala.dinas.merangin', 'petugas2.dinas']);
    expect((await list('kepala.dinas.merangin')).nodes.find((n: { activityId: string }) => n.activityId === id)).toMatchObject({ kind: 'INVITATION_RECEIVED', readAt: null });
    // At once: one e-mail, to the one who kept the default.
    const queued = await sql(`SELECT u.username, o.kind FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE o.text_body LIKE $1`, [`%${id}%`]);
    expect(queued).toEqual([{ username: 'petugas2.dinas', kind: 'IMMEDIATE' }]);
    await worker.drain();
    expect(transport.sent.filter((m) => m.textBody.includes(id)).map((m) => m.toAddress)).toEqual(['petugas2.dinas@jangkau.example']);

    // The next morning: the digest of the one who chose it tells of the invitation; nobody else's does.
    const tomorrow = new Date(Date.parse(`${localDate(new Date(), IndonesianTimeZone.WIB)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await t.app.get(NotificationScheduler).run('daily-digest', IndonesianTimeZone.WIB, tomorrow)).toMatch(/digests of \d+ notifications/);
    const digests = await sql(`SELECT u.username, o.subject FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE o.kind = 'DIGEST' AND o.text_body LIKE $1`, [`%${id}%`]);
    expect(digests).toEqual([{ username: 'dinas.merangin', subject: expect.stringMatching(new RegExp(`^\\[Jangkau\\] Ringkasan harian ${tomorrow}: \\d+ pemberitahuan$`)) }]);
    await worker.drain();
    const about = transport.sent.filter((m) => m.textBody.includes(id));
    expect(about.map((m) => `${m.toAddress} ${m.subject.startsWith('[Jangkau] Ringkasan harian') ? 'digest' : 'immediate'}`).sort()).toEqual([
      'dinas.merangin@jangkau.example digest',
      'petugas2.dinas@jangkau.example immediate',
    ]);
    expect(about.find((m) => m.toAddress === 'dinas.merangin@jangkau.example')!.textBody).toContain(title);
    // "Off" stays off: not in a digest either, then or later.
    expect(await sql(`SELECT 1 FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE u.username = 'kepala.dinas.merangin' AND o.text_body LIKE $1`, [`%${id}%`])).toEqual([]);
  });

  it('a pacing notice (about no activity) is not e-mailed to someone who stopped heading that agency, left it, or was deactivated', async () => {
    const worker = t.app.get(MailWorker);
    const transport = capture();
    worker.useTransport(transport);
    await worker.drain(); // what earlier tests queued
    transport.sent.length = 0;
    // Three more heads at Kanim Kerinci, each about to lose the right to hear of its targets in a different way.
    await sql(
      `INSERT INTO users (username, email, full_name, agency_id, role, password_hash)
       SELECT v.username, v.username || '@jangkau.example', v.username, agency_id, 'HEAD', password_hash FROM users,
         (VALUES ('turun.kerinci'), ('pindah.kerinci'), ('nonaktif.kerinci')) v(username)
       WHERE users.username = 'kepala.kerinci'`,
    );
    const kerinci = await agencyId('Kanim Kerinci');
    const today = localDate(new Date(), IndonesianTimeZone.WIB);
    await sql(`INSERT INTO targets (agency_id, period, indicator, value) VALUES ($1, $2, 'ACTIVITIES', 100000)`, [kerinci, today.slice(0, 4)]);
    const scheduler = t.app.get(NotificationScheduler);
    expect(await scheduler.run('target-behind', IndonesianTimeZone.WIB, `${today.slice(0, 7)}-01`)).toMatch(/^[1-9]\d* notifications$/);
    expect(await scheduler.run('weekly-summary', IndonesianTimeZone.WIB, today)).toMatch(/^[1-9]\d* weekly summaries$/);
    const behind = async () =>
      sql(
        `SELECT u.username, o.sent_at IS NOT NULL AS sent, o.skipped_at IS NOT NULL AS skipped, o.last_error FROM mail_outbox o JOIN notifications n ON 'n:' || n.id = o.dedupe_key
         JOIN users u ON u.id = o.user_id WHERE n.kind = 'TARGET_BEHIND' AND n.params->>'indicator' = 'ACTIVITIES' ORDER BY 1`,
      );
    // Queued for every head (the demo's and the three), none sent yet.
    expect((await behind()).map((r) => r.username)).toEqual(expect.arrayContaining(['kepala.kerinci', 'nonaktif.kerinci', 'pindah.kerinci', 'turun.kerinci']));

    // Before the worker gets to them: one becomes an officer, one moves to the Dinas (as its head), one is deactivated.
    await sql(`UPDATE users SET role = 'OFFICER' WHERE username = 'turun.kerinci'`);
    await sql(`UPDATE users SET agency_id = $1 WHERE username = 'pindah.kerinci'`, [await agencyId('Dinas PMTSP-TK Merangin')]);
    await sql(`UPDATE users SET active = FALSE WHERE username = 'nonaktif.kerinci'`);
    await worker.drain();

    const rows = Object.fromEntries((await behind()).map((r) => [r.username, r]));
    expect(rows['kepala.kerinci']).toMatchObject({ sent: true, skipped: false, last_error: null });
    expect(rows['turun.kerinci']).toMatchObject({ sent: false, skipped: true, last_error: 'recipient no longer heads the agency' });
    expect(rows['pindah.kerinci']).toMatchObject({ sent: false, skipped: true, last_error: 'recipient no longer heads the agency' });
    expect(rows['nonaktif.kerinci']).toMatchObject({ sent: false, skipped: true, last_error: 'recipient inactive' });
    const pacing = transport.sent.filter((m) => m.subject.includes('Target ACTIVITIES')).map((m) => m.toAddress);
    expect(pacing).toContain('kepala.kerinci@jangkau.example');
    expect(pacing.filter((a) => /^(turun|pindah|nonaktif)\./.test(a))).toEqual([]);
    // Nor does the one who is no longer a head get the heads' weekly summary.
    const [weekly] = await sql(`SELECT o.sent_at, o.last_error FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE u.username = 'turun.kerinci' AND o.kind = 'WEEKLY'`);
    expect(weekly).toEqual({ sent_at: null, last_error: 'recipient no longer heads the agency' });
    expect(transport.sent.some((m) => m.toAddress === 'turun.kerinci@jangkau.example')).toBe(false);
  });
});
