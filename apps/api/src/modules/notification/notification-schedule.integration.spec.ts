import { IndonesianTimeZone, localDate } from '@jangkau/shared-domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { createApp } from '../../bootstrap';
import { registered } from '../../../test/live';
import { startTestApp, TestApp, testConfig } from '../../../test/test-app';
import { recordAndSubmit } from '../../../test/submitted-activity';
import { withAdmin } from '../../../test/test-database';
import { waitFor } from '../../../test/wait-for';
import { NotificationEvents } from './notification-events';
import { isoWeek, localClock, NotificationScheduler } from './notification-scheduler';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The live bell (subscription) and the scheduled jobs: follow-up reminders, the monthly pacing notice and the
 * heads' weekly summary, each told once per occasion however often it runs.
 */
const LIST = `query { notifications(first: 50) { unreadCount nodes { id kind activityId followUpId title link } } }`;
const WIB = IndonesianTimeZone.WIB;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('live notifications and scheduled jobs (real PostgreSQL, over HTTP and WebSocket)', () => {
  let t: TestApp;
  let scheduler: NotificationScheduler;
  const today = localDate(new Date(), WIB);
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const gql = async (account: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, await t.as(account));
  const list = async (account: string) => (await gql(account, LIST)).data!.notifications;

  const submittedActivity = async (title: string) => (await recordAndSubmit(t, title)).id;

  /** Another instance of the API on the same database, as behind a load balancer (its own pool, so its own connections). */
  async function anotherApi(env: Record<string, string> = {}): Promise<{ app: NestExpressApplication; baseUrl: string }> {
    const app = await createApp(testConfig({ DEMO_MODE: 'false', ...env }), t.db.appUrl, t.db.url);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    return { app, baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
  }
  /** `t` with its requests sent to another instance (sign-ins stay with `t`: the token is good on every instance). */
  const through = (baseUrl: string): TestApp => ({
    ...t,
    baseUrl,
    async gql(query, variables, headers) {
      const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, ...((await res.json()) as object) };
    },
  });

  beforeAll(async () => {
    t = await startTestApp();
    scheduler = t.app.get(NotificationScheduler);
  });
  afterAll(() => t?.close());

  it('notificationAdded reaches the head’s open page once the submission commits, and nobody else’s', async () => {
    const channel = t.app.get(NotificationEvents);
    const before = channel.subscriberCount;
    const subscribe = async (account: string, seen: any[]) => {
      const client = createClient({ url: t.baseUrl.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: (await t.as(account)) as Record<string, unknown> });
      const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      const stop = client.subscribe(
        { query: `subscription { notificationAdded { id kind activityId title link } }` },
        { next: (m) => void seen.push(m.data), error: () => undefined, complete: () => undefined },
      );
      await ready;
      return { client, stop };
    };
    const headSeen: any[] = [];
    const officerSeen: any[] = [];
    const head = await subscribe('kepala.kerinci', headSeen);
    const officer = await subscribe('petugas.kerinci', officerSeen);
    try {
      await registered(channel, before + 2); // the subscriptions are registered server-side
      const id = await submittedActivity('Sosialisasi TPPO (siaran langsung)');
      await waitFor(() => headSeen.length, { what: 'the head’s notification' });
      expect(headSeen).toEqual([
        {
          notificationAdded: expect.objectContaining({
            kind: 'ACTIVITY_SUBMITTED',
            activityId: id,
            link: `/kegiatan/${id}`,
            title: 'Menunggu verifikasi: “Sosialisasi TPPO (siaran langsung)” diajukan oleh Petugas Kantor Imigrasi Kerinci',
          }),
        },
      ]);
      // Nothing for the officer: a notification of their own, published after the submission's, is the first
      // thing their subscription delivers (it delivers in order).
      const [own] = await sql(
        `INSERT INTO notifications (user_id, kind, activity_id, delivery) SELECT id, 'ACTIVITY_VERIFIED', $1, 'IMMEDIATE' FROM users WHERE username = 'petugas.kerinci'
         RETURNING user_id AS "userId", id AS "notificationId"`,
        [id],
      );
      channel.publish(own);
      await waitFor(() => officerSeen.length, { what: 'the officer’s own notification' });
      expect(officerSeen.filter((m) => m.notificationAdded.id !== own.notificationId)).toEqual([]);
    } finally {
      head.stop();
      officer.stop();
      await Promise.all([head.client.dispose(), officer.client.dispose()]);
    }
  });

  it('follow-ups: the responsible village government is told when assigned, three days before, and once when overdue', async () => {
    const id = await submittedActivity('Sosialisasi TPPO dengan tindak lanjut');
    // Verified: the village sees it (a village government sees verified activities of its area, and so what it is told of them).
    const [{ version }] = await sql(`SELECT version FROM activities WHERE id = $1`, [id]);
    expect((await gql('kepala.kerinci', `mutation ($id: ID!, $v: Int!) { verifyActivity(id: $id, version: $v) { status } }`, { id, v: version })).errors).toBeUndefined();
    const [desa] = await sql(`SELECT id FROM agencies WHERE short_name = 'Desa Pulau Rengas'`);
    const add = (text: string, dueOn: string) =>
      gql('petugas.kerinci', `mutation ($a: ID!, $i: FollowUpInput!) { addFollowUp(activityId: $a, input: $i) { id } }`, { a: id, i: { text, responsibleAgencyId: desa.id, dueOn } });
    const soon = await add('Bentuk kelompok masyarakat peduli TPPO', addDays(today, 3));
    const late = await add('Laporkan daftar calon pekerja migran', addDays(today, 10));
    expect(soon.errors).toBeUndefined();
    expect(late.errors).toBeUndefined();
    const soonId = soon.data!.addFollowUp.id;
    const lateId = late.data!.addFollowUp.id;
    // Assigned: the kepala desa and the village's own staff, not the officer who assigned it.
    for (const account of ['kades.pulaurengas', 'desa.pulaurengas']) {
      const assigned = (await list(account)).nodes.filter((n: { followUpId: string }) => n.followUpId === soonId);
      expect(assigned.map((n: { kind: string }) => n.kind)).toEqual(['FOLLOW_UP_ASSIGNED']);
      expect(assigned[0].title).toBe(`Tindak lanjut untuk Desa Pulau Rengas: “Bentuk kelompok masyarakat peduli TPPO”, tenggat ${addDays(today, 3)}`);
    }
    // The second one fell due yesterday (as if time had passed).
    await sql(`UPDATE activity_follow_ups SET due_on = $2 WHERE id = $1`, [lateId, addDays(today, -1)]);

    expect(await scheduler.run('follow-up-reminders', WIB, today)).toMatch(/^\d+ follow-ups, \d+ notifications$/);
    const kinds = async () =>
      (await list('kades.pulaurengas')).nodes
        .filter((n: { followUpId: string }) => n.followUpId === soonId || n.followUpId === lateId)
        .map((n: { kind: string; followUpId: string }) => `${n.kind} ${n.followUpId === soonId ? 'soon' : 'late'}`)
        .sort();
    expect(await kinds()).toEqual(['FOLLOW_UP_ASSIGNED soon', 'FOLLOW_UP_ASSIGNED late', 'FOLLOW_UP_DUE soon', 'FOLLOW_UP_OVERDUE late'].sort());
    // The next days' runs tell nobody again of the same due date.
    await scheduler.run('follow-up-reminders', WIB, addDays(today, 1));
    await scheduler.run('follow-up-reminders', WIB, addDays(today, 2));
    expect(await kinds()).toHaveLength(4);
    // Done: no more reminders even if the run is repeated for another date.
    await sql(`UPDATE activity_follow_ups SET status = 'DONE', due_on = $2 WHERE id = $1`, [lateId, addDays(today, -2)]);
    await scheduler.run('follow-up-reminders', WIB, addDays(today, 3));
    expect((await kinds()).filter((k: string) => k.endsWith('late'))).toHaveLength(2);
  });

  it('on the 1st, a target behind its pace is told to the agency’s heads, once that month', async () => {
    const [kerinci] = await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`);
    const year = today.slice(0, 4);
    await sql(`INSERT INTO targets (agency_id, period, indicator, value) VALUES ($1, $2, 'VILLAGES_REACHED', 5000)`, [kerinci.id, year]);
    const first = `${today.slice(0, 7)}-01`;
    expect(await scheduler.run('target-behind', WIB, first)).toMatch(/^\d+ notifications$/);
    const behind = (await list('kepala.kerinci')).nodes.filter((n: { kind: string }) => n.kind === 'TARGET_BEHIND');
    expect(behind).toHaveLength(1);
    expect(behind[0].title).toMatch(new RegExp(`^Target VILLAGES_REACHED ${year} tertinggal: \\d+ dari 5000 \\(seharusnya [\\d.]+\\)$`));
    expect(behind[0].link).toBe('/target');
    // Officers are not told; the same month again tells nobody twice.
    expect((await list('petugas.kerinci')).nodes.some((n: { kind: string }) => n.kind === 'TARGET_BEHIND')).toBe(false);
    expect(await scheduler.run('target-behind', WIB, first)).toBeNull();
    // Even a forced second run of the job (as after a lost run record) tells nobody twice.
    await sql(`DELETE FROM scheduled_runs WHERE job = 'target-behind:WIB'`);
    await scheduler.run('target-behind', WIB, first);
    expect((await list('kepala.kerinci')).nodes.filter((n: { kind: string }) => n.kind === 'TARGET_BEHIND')).toHaveLength(1);
  });

  it('on Monday mornings each head with an address gets the week of the working area', async () => {
    expect(await scheduler.run('weekly-summary', WIB, today)).toMatch(/^\d+ weekly summaries$/);
    const [mail] = await sql(`SELECT o.subject, o.text_body FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE u.username = 'kepala.kerinci' AND o.kind = 'WEEKLY'`);
    const [{ waiting }] = await sql(
      `SELECT count(*)::int AS waiting FROM activities a JOIN agencies g ON g.id = a.lead_agency_id WHERE g.short_name = 'Kanim Kerinci' AND a.status = 'SUBMITTED'`,
    );
    expect(mail.subject).toBe(`[Jangkau] Ringkasan mingguan Kanim Kerinci, ${isoWeek(addDays(today, -1))}`);
    expect(mail.text_body).toContain(`Menunggu verifikasi: ${waiting}`);
    expect(mail.text_body).toMatch(/Desa\/kelurahan terjangkau \(tahun ini\): \d+ dari \d+/);
    expect(mail.text_body).toContain(`Target VILLAGES_REACHED ${today.slice(0, 4)}:`);
    // Officers get none.
    expect(await sql(`SELECT 1 FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE u.username = 'petugas.kerinci' AND o.kind = 'WEEKLY'`)).toEqual([]);
    expect(await scheduler.run('weekly-summary', WIB, today)).toBeNull();
  });

  it('keeps read notifications a year and finished e-mails 90 days; unread and waiting ones stay', async () => {
    const [kepala] = await sql(`SELECT id FROM users WHERE username = 'kepala.kerinci'`);
    const old = `now() - interval '400 days'`;
    await sql(
      `INSERT INTO notifications (user_id, kind, params, delivery, created_at, read_at) VALUES
         ($1, 'TARGET_BEHIND', '{"subject":"lama, dibaca"}', 'IMMEDIATE', ${old}, ${old}),
         ($1, 'TARGET_BEHIND', '{"subject":"lama, belum dibaca"}', 'IMMEDIATE', ${old}, NULL)`,
      [kepala.id],
    );
    await sql(
      `INSERT INTO mail_outbox (dedupe_key, user_id, kind, to_address, subject, text_body, html_body, created_at, sent_at) VALUES
         ('retention:sent', $1, 'IMMEDIATE', 'a@jangkau.example', 's', 't', 'h', ${old}, ${old}),
         ('retention:waiting', $1, 'IMMEDIATE', 'a@jangkau.example', 's', 't', 'h', ${old}, NULL)`,
      [kepala.id],
    );
    expect(await scheduler.run('retention', WIB, today)).toMatch(/^1 read notifications and 1 finished e-mails removed$/);
    expect((await sql(`SELECT params->>'subject' AS s FROM notifications WHERE params->>'subject' LIKE 'lama%'`)).map((r) => r.s)).toEqual(['lama, belum dibaca']);
    expect((await sql(`SELECT dedupe_key FROM mail_outbox WHERE dedupe_key LIKE 'retention:%'`)).map((r) => r.dedupe_key)).toEqual(['retention:waiting']);
  });

  it('runs each job when its local hour comes, in each zone', async () => {
    // 2026-12-07 is a Monday; 23.30 UTC on the 6th is 06.30 WIB, 07.30 WITA, 08.30 WIT on the 7th.
    expect(localClock(new Date('2026-12-06T23:30:00Z'), WIB)).toEqual({ date: '2026-12-07', hour: 6, weekday: 1, dayOfMonth: 7 });
    expect(localClock(new Date('2026-12-06T23:30:00Z'), IndonesianTimeZone.WIT).hour).toBe(8);
    await sql(`DELETE FROM scheduled_runs`);
    await scheduler.tick(new Date('2026-12-06T23:30:00Z'));
    const ran = (await sql(`SELECT job || ' ' || period AS run FROM scheduled_runs ORDER BY 1`)).map((r) => r.run);
    expect(ran).toEqual(
      [
        'daily-digest:WIT 2026-12-07',
        'daily-digest:WITA 2026-12-07',
        'follow-up-reminders:WIB 2026-12-07',
        'follow-up-reminders:WIT 2026-12-07',
        'follow-up-reminders:WITA 2026-12-07',
        'retention:WIB 2026-12-07',
        'weekly-summary:WIT 2026-W50',
        'weekly-summary:WITA 2026-W50',
      ].sort(),
    );
  });

  it('two instances running the same job for the same slot at the same moment: exactly one does the work', async () => {
    const other = await anotherApi();
    try {
      const schedulers = [scheduler, other.app.get(NotificationScheduler)];
      // Something for each job to do: two heads with submissions waiting for their digest, and a target behind its pace.
      await sql(
        `INSERT INTO users (username, email, full_name, agency_id, role, password_hash)
         SELECT 'wakil.kerinci', 'wakil.kerinci@jangkau.example', 'Wakil Kepala Kantor Imigrasi Kerinci', agency_id, 'HEAD', password_hash FROM users WHERE username = 'kepala.kerinci'`,
      );
      await sql(
        `INSERT INTO notification_preferences (user_id, kind, delivery) SELECT id, 'ACTIVITY_SUBMITTED', 'DAILY_DIGEST' FROM users WHERE username IN ('kepala.kerinci', 'wakil.kerinci')
         ON CONFLICT (user_id, kind) DO UPDATE SET delivery = 'DAILY_DIGEST'`,
      );
      await submittedActivity('Sosialisasi untuk ringkasan yang diperebutkan');
      const [kerinci] = await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`);
      const [target] = await sql(`INSERT INTO targets (agency_id, period, indicator, value) VALUES ($1, $2, 'ACTIVITIES', 100000) RETURNING id`, [kerinci.id, today.slice(0, 4)]);
      // Both pools open before the race, so both runs reach PostgreSQL together.
      await Promise.all([t.app, other.app].map((app) => app.get(DataSource).query('SELECT 1')));

      const slot = addDays(today, 1);
      const digest = await Promise.all(schedulers.map((s) => s.run('daily-digest', WIB, slot)));
      expect(digest.filter((o) => o !== null)).toEqual([expect.stringMatching(/^[1-9]\d* digests of \d+ notifications$/)]);
      const digests = await sql(
        `SELECT u.username, count(*)::int AS n FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE o.kind = 'DIGEST' AND o.dedupe_key LIKE $1 GROUP BY 1 ORDER BY 1`,
        [`digest:%:${slot}`],
      );
      expect(digests).toEqual(
        expect.arrayContaining([
          { username: 'kepala.kerinci', n: 1 },
          { username: 'wakil.kerinci', n: 1 },
        ]),
      );
      expect(digests.every((d) => d.n === 1)).toBe(true);

      // The 1st of this month is taken by an earlier test: the 1st of the one before.
      const first = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
      const behind = await Promise.all(schedulers.map((s) => s.run('target-behind', WIB, first)));
      expect(behind.filter((o) => o !== null)).toEqual([expect.stringMatching(/^[1-9]\d* notifications$/)]);
      const told = await sql(
        `SELECT u.username, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'TARGET_BEHIND' AND n.dedupe_key = $1 GROUP BY 1 ORDER BY 1`,
        [`behind:${target.id}:${first.slice(0, 7)}`],
      );
      expect(told).toEqual([
        { username: 'kepala.kerinci', n: 1 },
        { username: 'wakil.kerinci', n: 1 },
      ]);
      expect(await sql(`SELECT job, period FROM scheduled_runs WHERE (job, period) IN (('daily-digest:WIB', $1), ('target-behind:WIB', $2)) ORDER BY 1`, [slot, first.slice(0, 7)])).toEqual([
        { job: 'daily-digest:WIB', period: slot },
        { job: 'target-behind:WIB', period: first.slice(0, 7) },
      ]);
    } finally {
      await other.app.close();
    }
  });

  it('live bell across instances: a submission through one API instance reaches the head subscribed on another, through Redis', async () => {
    // Both instances on the shared Redis, on channels of this test's own; no fallback: Redis must answer.
    const env = { REDIS_URL, REDIS_KEY_PREFIX: `jangkau-test-${randomUUID().slice(0, 8)}` };
    const [a, b] = await Promise.all([anotherApi(env), anotherApi(env)]);
    const seen: any[] = [];
    let client: ReturnType<typeof createClient> | undefined;
    try {
      for (const instance of [a, b]) {
        expect({ redis: REDIS_URL, connected: await instance.app.get(NotificationEvents).connected(5000) }).toEqual({ redis: REDIS_URL, connected: true });
      }
      client = createClient({ url: b.baseUrl.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: (await t.as('kepala.kerinci')) as Record<string, unknown> });
      const ready = new Promise<void>((resolve) => client!.on('connected', () => resolve()));
      client.subscribe(
        { query: `subscription { notificationAdded { id kind activityId title } }` },
        { next: (m) => void seen.push(m.data), error: () => undefined, complete: () => undefined },
      );
      await ready;
      await new Promise((r) => setTimeout(r, 200)); // the subscription is registered on B
      const { id } = await recordAndSubmit(through(a.baseUrl), 'Sosialisasi TPPO (dua instans, satu Redis)');
      const deadline = Date.now() + 5000;
      while (!seen.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(seen).toEqual([
        { notificationAdded: expect.objectContaining({ kind: 'ACTIVITY_SUBMITTED', activityId: id, title: expect.stringContaining('Sosialisasi TPPO (dua instans, satu Redis)') }) },
      ]);
    } finally {
      await client?.dispose();
      await Promise.all([a.app.close(), b.app.close()]);
    }
  });
});
