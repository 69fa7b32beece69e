import { CALLER_CACHE_MAX, CallerCache, CallerSession } from '../src/common/access/caller-cache';
import { ChangeListener } from '../src/common/change-listener';
import { Caller } from '../src/common/access/caller';
import { startTestApp, TestApp } from './test-app';
import { withAdmin } from './test-database';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }`;
const ME = `{ me { username role } }`;
const USERS = `{ users { id } }`;
const UPDATE_USER = `mutation ($id: ID!, $v: Int!, $input: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $input) { id active role } }`;

/** Polls `check` until it holds (or throws after `ms`): a bounded wait, never a fixed sleep. */
async function waitFor<T>(check: () => Promise<T> | T, what: string, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const reason = (res: { errors?: { extensions?: { reason?: string } }[] }) => res.errors?.[0]?.extensions?.reason ?? null;

describe('the caller cache, two instances on one database (real PostgreSQL, over HTTP)', () => {
  let a: TestApp;
  let b: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(a.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const listening = (t: TestApp) => waitFor(() => t.app.get(ChangeListener).backendPid, 'the instance listens for caller changes', 10_000);
  const signIn = async (t: TestApp, username: string) => {
    const res = await t.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { u: username, p: 'jangkau-demo' });
    if (!res.data?.login) throw new Error(`cannot sign in ${username}: ${JSON.stringify(res.errors)}`);
    return res.data.login;
  };
  /** Changes a person through app A as the administrator, the way the Pengguna page does. */
  const updateUser = async (username: string, change: { active?: boolean; role?: string }) => {
    const [u] = await sql(`SELECT id, version, email, full_name, agency_id, role, active FROM users WHERE username = $1`, [username]);
    const input = { email: u.email, fullName: u.full_name, agencyId: u.agency_id, role: change.role ?? u.role, active: change.active ?? u.active };
    const res = await a.gql(UPDATE_USER, { id: u.id, v: u.version, input }, await a.as('admin'));
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { db: a.db });
    await listening(a);
    await listening(b);
  }, 120_000);

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('(a) a person deactivated through A is refused at once on A, and on B as soon as B hears of it', async () => {
    const { accessToken } = await signIn(a, 'dinas.merangin');
    // Both instances have the caller in memory.
    expect((await a.gql(ME, {}, bearer(accessToken))).data!.me.username).toBe('dinas.merangin');
    expect((await b.gql(ME, {}, bearer(accessToken))).data!.me.username).toBe('dinas.merangin');
    expect(b.app.get(CallerCache).size).toBeGreaterThan(0);

    await updateUser('dinas.merangin', { active: false });
    expect(reason(await a.gql(ME, {}, bearer(accessToken)))).toBe('AUTH_SESSION_EXPIRED');
    await waitFor(async () => reason(await b.gql(ME, {}, bearer(accessToken))) === 'AUTH_SESSION_EXPIRED', 'B refuses the deactivated person', 2000);
  });

  it('(b) after a sign-out through A, the access token is refused on B with AUTH_SESSION_EXPIRED', async () => {
    const session = await signIn(a, 'kanwil.jambi');
    expect((await b.gql(ME, {}, bearer(session.accessToken))).data!.me.username).toBe('kanwil.jambi');
    // Another session of the same person goes on.
    const other = await signIn(b, 'kanwil.jambi');
    expect((await b.gql(ME, {}, bearer(other.accessToken))).data!.me.username).toBe('kanwil.jambi');

    const out = await a.gql(`mutation ($t: String) { logout(refreshToken: $t) }`, { t: session.refreshToken }, bearer(session.accessToken));
    expect(out.errors).toBeUndefined();
    expect(reason(await a.gql(ME, {}, bearer(session.accessToken)))).toBe('AUTH_SESSION_EXPIRED');
    await waitFor(async () => reason(await b.gql(ME, {}, bearer(session.accessToken))) === 'AUTH_SESSION_EXPIRED', 'B refuses the signed-out session', 2000);
    expect((await b.gql(ME, {}, bearer(other.accessToken))).data!.me.username).toBe('kanwil.jambi');
  });

  it('(c) a change of role is seen on B: through A (the session ends) and behind the app’s back (the rights change)', async () => {
    const before = await signIn(a, 'petugas.kerinci');
    expect(reason(await b.gql(USERS, {}, bearer(before.accessToken)))).toBe('ACCESS_DENIED');
    await updateUser('petugas.kerinci', { role: 'HEAD' });
    await waitFor(async () => reason(await b.gql(USERS, {}, bearer(before.accessToken))) === 'AUTH_SESSION_EXPIRED', 'B refuses the old role’s session', 2000);
    const after = await signIn(b, 'petugas.kerinci');
    expect((await b.gql(ME, {}, bearer(after.accessToken))).data!.me.role).toBe('HEAD');
    expect((await b.gql(USERS, {}, bearer(after.accessToken))).errors).toBeUndefined();

    // A role changed in the database directly (no session ended): B's cached caller gives way to the new rights.
    const local = await signIn(b, 'desa.pulaurengas');
    expect(reason(await b.gql(USERS, {}, bearer(local.accessToken)))).toBe('ACCESS_DENIED');
    expect(reason(await b.gql(USERS, {}, bearer(local.accessToken)))).toBe('ACCESS_DENIED');
    await sql(`UPDATE users SET role = 'HEAD' WHERE username = 'desa.pulaurengas'`);
    await waitFor(async () => (await b.gql(USERS, {}, bearer(local.accessToken))).errors === undefined, 'B grants the new role’s rights', 2000);
  });

  it('(d) with its LISTEN connection killed, B reads every caller (a deactivation is refused at once), then listens again', async () => {
    const listener = b.app.get(ChangeListener);
    const cache = b.app.get(CallerCache);
    const { accessToken } = await signIn(b, 'ditjen');
    expect((await b.gql(ME, {}, bearer(accessToken))).data!.me.username).toBe('ditjen');
    expect((await b.gql(ME, {}, bearer(accessToken))).data!.me.username).toBe('ditjen');
    const pid = listener.backendPid!;
    // Held off for a while, so the test sees the time without the connection.
    listener.retryDelaysMs = [3000];
    try {
      await sql(`SELECT pg_terminate_backend($1)`, [pid]);
      await waitFor(() => listener.backendPid === null, 'B notices the lost connection', 2000);
      expect(cache.active).toBe(false);
      expect(cache.size).toBe(0);
      // Changed behind the app's back while nobody on B can hear it: B asks the database anyway.
      await sql(`UPDATE users SET active = false WHERE username = 'ditjen'`);
      expect(reason(await b.gql(ME, {}, bearer(accessToken)))).toBe('AUTH_SESSION_EXPIRED');
      // Nothing is kept meanwhile.
      const admin = await b.as('admin');
      expect((await b.gql(ME, {}, admin)).data!.me.username).toBe('admin');
      expect(cache.size).toBe(0);
      expect(cache.active).toBe(false);
    } finally {
      listener.retryDelaysMs = [250];
    }
    const again = await waitFor(() => listener.backendPid, 'B listens again', 10_000);
    expect(again).not.toBe(pid);
    const admin = await b.as('admin');
    expect((await b.gql(ME, {}, admin)).data!.me.username).toBe('admin');
    expect(cache.size).toBe(1);
    // And hears changes again.
    await sql(`UPDATE users SET active = false WHERE username = 'admin'`);
    await waitFor(async () => reason(await b.gql(ME, {}, admin)) === 'AUTH_SESSION_EXPIRED', 'B hears the change after reconnecting', 2000);
    await sql(`UPDATE users SET active = true WHERE username = 'admin'`);
  }, 30_000);
});

describe('CallerCache', () => {
  const caller = (userId: string, agencyId = 'agency-1') => ({ userId, agencyId }) as unknown as Caller;
  const session = (userId: string, agencyId?: string): CallerSession => ({ caller: caller(userId, agencyId), tokenVersion: 0 });

  it('(e) stays within its bound: 10,001 sessions keep at most 10,000, the least recently used going first', async () => {
    const cache = new CallerCache();
    cache.setListening(true);
    await cache.resolve('user-0', 's', async () => session('user-0'));
    for (let i = 1; i <= CALLER_CACHE_MAX; i++) {
      await cache.resolve(`user-${i}`, 's', async () => session(`user-${i}`));
      // user-1 stays in use throughout.
      if (i % 1000 === 0) await cache.resolve('user-1', 's', async () => null);
    }
    expect(cache.size).toBe(CALLER_CACHE_MAX);
    let loaded = 0;
    const count = async () => (loaded++, session('x'));
    await cache.resolve('user-1', 's', count);
    await cache.resolve(`user-${CALLER_CACHE_MAX}`, 's', count);
    expect(loaded).toBe(0);
    await cache.resolve('user-0', 's', count);
    expect(loaded).toBe(1);
    expect(cache.size).toBeLessThanOrEqual(CALLER_CACHE_MAX);
  });

  it('keeps nothing while not listening, nor what a load read before an eviction, nor a refusal', async () => {
    const cache = new CallerCache();
    await cache.resolve('u', 's', async () => session('u'));
    expect(cache.size).toBe(0);
    cache.setListening(true);
    let finish!: (s: CallerSession) => void;
    const pending = cache.resolve('u', 's', () => new Promise((resolve) => (finish = resolve)));
    cache.evictUser('someone-else');
    finish(session('u'));
    await pending;
    expect(cache.size).toBe(0);
    await cache.resolve('u', 's', async () => null);
    expect(cache.size).toBe(0);
    await cache.resolve('u', 's', async () => session('u', 'agency-9'));
    expect(cache.size).toBe(1);
    cache.evictNamed('a:agency-9');
    expect(cache.size).toBe(0);
  });

  it('loads again after its backstop time', async () => {
    const cache = new CallerCache(10, 20);
    cache.setListening(true);
    let loaded = 0;
    const load = async () => (loaded++, session('u'));
    await cache.resolve('u', 's', load);
    await cache.resolve('u', 's', load);
    expect(loaded).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await cache.resolve('u', 's', load);
    expect(loaded).toBe(2);
  });
});
