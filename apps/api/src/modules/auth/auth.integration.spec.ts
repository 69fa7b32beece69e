import { createHash } from 'node:crypto';
import { issueAccessToken } from './access-token';
import { startTestApp, TEST_JWT_SECRET, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { at } from '@jangkau/shared-domain';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken expiresIn user { username role mustChangePassword agency { shortName villageCount } } } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { username fullName role agency { name } } }`;

describe('sign-in, sessions and passwords (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('signs in the Kerinci head with the demo password and shows the agency with its 571 villages', async () => {
    const res = await t.gql(LOGIN, { u: 'Kepala.Kerinci', p: 'jangkau-demo' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toEqual({ username: 'kepala.kerinci', role: 'HEAD', mustChangePassword: false, agency: { shortName: 'Kanim Kerinci', villageCount: 571 } });
    const me = await t.gql(ME, undefined, { authorization: `Bearer ${res.data!.login.accessToken}` });
    expect(me.data!.me).toEqual({ username: 'kepala.kerinci', fullName: 'Kepala Kantor Imigrasi Kerinci', role: 'HEAD', agency: { name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci' } });
  });

  it('says the same for an unknown username and a wrong password', async () => {
    const unknown = await t.gql(LOGIN, { u: 'nobody.here', p: 'jangkau-demo' });
    const wrong = await t.gql(LOGIN, { u: 'kanwil.jambi', p: 'not-the-password-1' });
    expect(unknown.errors![0]).toMatchObject({ message: 'Nama pengguna atau kata sandi salah.', extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH_INVALID_CREDENTIALS' } });
    expect(firstError(wrong).message).toBe(firstError(unknown).message);
  });

  it('slows and then pauses sign-in for an account after repeated failures, and says so', async () => {
    const started = Date.now();
    for (let i = 0; i < 4; i++) {
      const res = await t.gql(LOGIN, { u: 'dinas.merangin', p: `wrong-password-${i}` });
      expect(firstError(res).extensions!.reason).toBe('AUTH_INVALID_CREDENTIALS');
    }
    // 250 + 500 + 750 + 1000 ms of deliberate delay so far.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
    const fifth = await t.gql(LOGIN, { u: 'dinas.merangin', p: 'wrong-password-5' });
    expect(fifth.errors![0]).toMatchObject({ extensions: { reason: 'AUTH_TOO_MANY_ATTEMPTS' }, message: expect.stringMatching(/Coba lagi dalam 15 menit/) });
    const right = await t.gql(LOGIN, { u: 'dinas.merangin', p: 'jangkau-demo' }, { 'accept-language': 'en' });
    expect(right.errors![0]).toMatchObject({ extensions: { reason: 'AUTH_TOO_MANY_ATTEMPTS' }, message: expect.stringMatching(/try again in 1?\d minutes/) });
  }, 30_000);

  it('does not let a burst of parallel guesses past the limit', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => t.gql(LOGIN, { u: 'kanwil.jambi', p: `parallel-guess-${i}` })));
    const reasons = results.map((r) => firstError(r).extensions!.reason);
    expect(reasons.filter((r) => r === 'AUTH_INVALID_CREDENTIALS').length).toBeLessThanOrEqual(4);
    expect(reasons.filter((r) => r === 'AUTH_TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(8);
    // Named by email or by username, it is one account with one budget.
    await sql(`UPDATE users SET email = 'kanwil@jambi.example' WHERE username = 'kanwil.jambi'`);
    const byEmail = await t.gql(LOGIN, { u: 'kanwil@jambi.example', p: 'jangkau-demo' });
    expect(firstError(byEmail).extensions!.reason).toBe('AUTH_TOO_MANY_ATTEMPTS');
    await sql(`DELETE FROM login_throttle`);
  }, 30_000);

  describe('a stranger cannot pause the person’s own device (OWASP device token)', () => {
    const SIGN_IN = `mutation ($u: String!, $p: String!, $d: String) { login(username: $u, password: $p, deviceToken: $d) { accessToken deviceToken user { username } } }`;
    /** A sign-in from `address` (the app trusts the loopback proxy's X-Forwarded-For), with or without a device token. */
    const signIn = (u: string, p: string, address: string, d?: string) => t.gql(SIGN_IN, { u, p, d: d ?? null }, { 'x-forwarded-for': address });
    const reason = (res: { errors?: { extensions?: { reason?: string } }[] }) => res.errors?.[0]?.extensions?.reason ?? 'SIGNED_IN';
    let deviceToken: string;

    beforeAll(async () => {
      // The Merangin officer signs in at the office as usual: the browser keeps the device token.
      const first = await signIn('dinas.merangin', 'jangkau-demo', '192.0.2.50');
      expect(first.errors).toBeUndefined();
      deviceToken = first.data!.login.deviceToken;
      expect(deviceToken).toEqual(expect.any(String));
    });

    afterAll(() => sql(`DELETE FROM login_throttle`));

    it('still pauses guesses from many addresses against one account, for devices it does not know', async () => {
      const guesses = [];
      for (let i = 1; i <= 5; i++) guesses.push(reason(await signIn('dinas.merangin', `guess-${i}-wrong`, `198.51.100.${i}`)));
      expect(guesses).toEqual(['AUTH_INVALID_CREDENTIALS', 'AUTH_INVALID_CREDENTIALS', 'AUTH_INVALID_CREDENTIALS', 'AUTH_INVALID_CREDENTIALS', 'AUTH_TOO_MANY_ATTEMPTS']);
      // Even the right password, from a sixth address and an unknown device, waits out the pause.
      expect(reason(await signIn('dinas.merangin', 'jangkau-demo', '198.51.100.6'))).toBe('AUTH_TOO_MANY_ATTEMPTS');
      // A token is no way around it unless it is this person's and genuine.
      const other = (await signIn('kanwil.jambi', 'jangkau-demo', '192.0.2.51')).data!.login.deviceToken;
      expect(reason(await signIn('dinas.merangin', 'jangkau-demo', '198.51.100.6', other))).toBe('AUTH_TOO_MANY_ATTEMPTS');
      const parts = deviceToken.split('.');
      const [body, signature] = [at(parts, 0, 'body'), at(parts, 1, 'signature')];
      const forged = `${body}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
      expect(reason(await signIn('dinas.merangin', 'jangkau-demo', '198.51.100.6', forged))).toBe('AUTH_TOO_MANY_ATTEMPTS');
    }, 30_000);

    it('lets the right password through from the person’s device, even at the attacker’s paused address', async () => {
      // The attacker's address, shared with the office (one NAT), goes past its 20 failures and is paused for everyone.
      const burst = await Promise.all(Array.from({ length: 22 }, (_, i) => signIn('dinas.merangin', `burst-${i}-wrong`, '198.51.100.7')));
      expect(burst.every((r) => reason(r) === 'AUTH_TOO_MANY_ATTEMPTS')).toBe(true);
      expect(reason(await signIn('kanwil.jambi', 'jangkau-demo', '198.51.100.7'))).toBe('AUTH_TOO_MANY_ATTEMPTS');

      const fromDevice = await signIn('dinas.merangin', 'jangkau-demo', '198.51.100.7', deviceToken);
      expect(fromDevice.errors).toBeUndefined();
      expect(fromDevice.data!.login.user.username).toBe('dinas.merangin');
      // A fresh token each time; the previous one keeps working (a second tab may still hold it).
      expect(fromDevice.data!.login.deviceToken).not.toBe(deviceToken);
      expect(reason(await signIn('dinas.merangin', 'jangkau-demo', '192.0.2.50', deviceToken))).toBe('SIGNED_IN');
      // The person's success does not lift the pause for the stranger.
      expect(reason(await signIn('dinas.merangin', 'jangkau-demo', '198.51.100.8'))).toBe('AUTH_TOO_MANY_ATTEMPTS');
    }, 30_000);

    it('pauses a known device that keeps guessing, on its own', async () => {
      const own = (await signIn('dinas.merangin', 'jangkau-demo', '192.0.2.52', deviceToken)).data!.login.deviceToken;
      const reasons = [];
      for (let i = 0; i < 5; i++) reasons.push(reason(await signIn('dinas.merangin', `wrong-${i}-again`, '192.0.2.52', own)));
      expect(reasons.slice(0, 4).every((r) => r === 'AUTH_INVALID_CREDENTIALS')).toBe(true);
      expect(reasons[4]).toBe('AUTH_TOO_MANY_ATTEMPTS');
      expect(reason(await signIn('dinas.merangin', 'jangkau-demo', '192.0.2.52', own))).toBe('AUTH_TOO_MANY_ATTEMPTS');
      // The other device of the person is not affected.
      expect(reason(await signIn('dinas.merangin', 'jangkau-demo', '192.0.2.50', deviceToken))).toBe('SIGNED_IN');
    }, 30_000);

    it('writes failed sign-ins and pauses to a security log only administrators read, without passwords', async () => {
      const nobody = await signIn('nobody.at.all', 'secret-guess-123', '203.0.113.9');
      expect(reason(nobody)).toBe('AUTH_INVALID_CREDENTIALS');
      const LOG = `query ($f: AuditFilter) { auditLog(filter: $f) { operation entity entityId actorUsername changes { field from to } } }`;
      const res = await t.gql<{ auditLog: { operation: string; entity: string; entityId: string; actorUsername: string | null; changes: { field: string; to: string | null }[] }[] }>(
        LOG,
        { f: { entity: 'SignIn', first: 200 } },
        await t.as('admin'),
      );
      expect(res.errors).toBeUndefined();
      const entries: Record<string, unknown>[] = res.data!.auditLog.map((e) => ({
        operation: e.operation,
        entityId: e.entityId,
        actor: e.actorUsername,
        ...Object.fromEntries(e.changes.map((c) => [c.field, c.to && JSON.parse(c.to)])),
      }));
      expect(entries).toContainEqual({ operation: 'loginFailed', entityId: 'nobody.at.all', actor: null, username: 'nobody.at.all', address: '203.0.113.9', knownDevice: false });
      expect(entries).toContainEqual({ operation: 'loginFailed', entityId: 'dinas.merangin', actor: null, username: 'dinas.merangin', address: '198.51.100.1', knownDevice: false });
      expect(entries).toContainEqual({
        operation: 'loginPaused',
        entityId: 'dinas.merangin',
        actor: null,
        username: 'dinas.merangin',
        address: '198.51.100.5',
        knownDevice: false,
        pausedMinutes: 15,
        pausedFor: ['account'],
      });
      expect(entries).toContainEqual(expect.objectContaining({ operation: 'loginPaused', address: '192.0.2.52', knownDevice: true, pausedFor: ['device'] }));
      // The attempts refused during a pause are not written one by one.
      expect(entries.filter((e) => e.address === '198.51.100.7')).toEqual([]);
      // No password, right or wrong, anywhere in the log.
      const everything = JSON.stringify(await sql(`SELECT * FROM audit_log`));
      expect(everything).not.toMatch(/secret-guess-123|guess-1-wrong|jangkau-demo/);
      // A head reads entries about their agency only: the security log is not theirs.
      const head = await t.gql(LOG, { f: { entity: 'SignIn' } }, await t.as('kepala.kerinci'));
      expect(head.data!.auditLog).toEqual([]);
    });
  });

  it('refuses an expired token and a tampered one', async () => {
    const [{ id, token_version }] = await sql(`SELECT id, token_version FROM users WHERE username = 'petugas.kerinci'`);
    const expired = issueAccessToken(id, token_version, 900, TEST_JWT_SECRET, Date.now() - 3600_000);
    const res = await t.gql(ME, undefined, { authorization: `Bearer ${expired}` });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH_SESSION_EXPIRED' } });

    const valid = issueAccessToken(id, token_version, 900, TEST_JWT_SECRET);
    const [head, , sig] = valid.split('.');
    const [{ id: adminId }] = await sql(`SELECT id FROM users WHERE username = 'admin'`);
    const forgedPayload = Buffer.from(JSON.stringify({ sub: adminId, tv: 0, iat: 1, exp: 9999999999 })).toString('base64url');
    const tampered = await t.gql(`{ users { username } }`, undefined, { authorization: `Bearer ${head}.${forgedPayload}.${sig}` });
    expect(tampered.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH_SIGN_IN_REQUIRED' } });
    expect(tampered.data ?? null).toBeNull();
  });

  it('names the session in the access token (sid: the refresh-token family), the same one across refreshes', async () => {
    const login = await t.gql(LOGIN, { u: 'kanwil.jambi', p: 'jangkau-demo' });
    const claims = (token: string) => JSON.parse(Buffer.from(at(token.split('.'), 1, 'payload'), 'base64url').toString('utf8'));
    const sid = claims(login.data!.login.accessToken).sid;
    const [family] = await sql(`SELECT family_id FROM refresh_tokens WHERE token_hash = $1`, [createHash('sha256').update(login.data!.login.refreshToken).digest('hex')]);
    expect(sid).toBe(family.family_id);
    const refreshed = await t.gql(REFRESH, { t: login.data!.login.refreshToken });
    expect(claims(refreshed.data!.refreshSession.accessToken).sid).toBe(sid);
    // Another sign-in is another session.
    const again = await t.gql(LOGIN, { u: 'kanwil.jambi', p: 'jangkau-demo' });
    expect(claims(again.data!.login.accessToken).sid).not.toBe(sid);
  });

  it('refuses a token that names no session, or one that has ended, as an ended session (the web app refreshes)', async () => {
    const [{ id, token_version }] = await sql(`SELECT id, token_version FROM users WHERE username = 'petugas.kerinci'`);
    const noSession = issueAccessToken(id, token_version, 900, TEST_JWT_SECRET);
    const res = await t.gql(ME, undefined, { authorization: `Bearer ${noSession}` });
    expect(res.errors![0]).toMatchObject({
      message: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH_SESSION_EXPIRED' },
    });
    const unknown = issueAccessToken(id, token_version, 900, TEST_JWT_SECRET, Date.now(), '00000000-0000-4000-8000-000000000000');
    const english = await t.gql(ME, undefined, { authorization: `Bearer ${unknown}`, 'accept-language': 'en' });
    expect(english.errors![0]).toMatchObject({ message: 'Your session has ended. Please sign in again.', extensions: { reason: 'AUTH_SESSION_EXPIRED' } });
    const notUuid = issueAccessToken(id, token_version, 900, TEST_JWT_SECRET, Date.now(), 'not-a-session');
    expect(firstError(await t.gql(ME, undefined, { authorization: `Bearer ${notUuid}` })).extensions!.reason).toBe('AUTH_SESSION_EXPIRED');

    // A stolen refresh token used again ends the family, and its access tokens with it.
    const login = await t.gql(LOGIN, { u: 'petugas.kerinci', p: 'jangkau-demo' });
    const access = { authorization: `Bearer ${login.data!.login.accessToken}` };
    expect((await t.gql(ME, undefined, access)).data!.me.username).toBe('petugas.kerinci');
    const next = await t.gql(REFRESH, { t: login.data!.login.refreshToken });
    await t.gql(REFRESH, { t: next.data!.refreshSession.refreshToken });
    expect(firstError(await t.gql(REFRESH, { t: login.data!.login.refreshToken })).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
    expect(firstError(await t.gql(ME, undefined, access)).extensions!.reason).toBe('AUTH_SESSION_EXPIRED');
  });

  it('rotates refresh tokens, and a spent one used again after its successor was used ends the whole session family', async () => {
    const login = await t.gql(LOGIN, { u: 'kanwil.jambi', p: 'jangkau-demo' });
    const first = login.data!.login.refreshToken;
    const second = await t.gql(REFRESH, { t: first });
    expect(second.errors).toBeUndefined();
    const next = second.data!.refreshSession.refreshToken;
    expect(next).not.toBe(first);
    const third = await t.gql(REFRESH, { t: next });
    expect(third.errors).toBeUndefined();
    const latest = third.data!.refreshSession.refreshToken;

    const replay = await t.gql(REFRESH, { t: first });
    expect(firstError(replay).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
    // The thief's replay also revoked the token the real user holds.
    const afterReplay = await t.gql(REFRESH, { t: latest });
    expect(firstError(afterReplay).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
  });

  it('a refresh whose reply was lost can be retried within a minute: the session goes on, and the displaced token is a copy', async () => {
    const login = await t.gql(LOGIN, { u: 'kanwil.jambi', p: 'jangkau-demo' });
    const held = login.data!.login.refreshToken;
    const lost = await t.gql(REFRESH, { t: held }); // reached the server; the phone never saw the answer
    expect(lost.errors).toBeUndefined();
    const retried = await t.gql(REFRESH, { t: held });
    expect(retried.errors).toBeUndefined();
    const goesOn = retried.data!.refreshSession;
    expect(goesOn.refreshToken).not.toBe(lost.data!.refreshSession.refreshToken);
    expect((await t.gql(ME, {}, { authorization: `Bearer ${goesOn.accessToken}` })).data!.me.username).toBe('kanwil.jambi');
    // A lost reply twice in a row is retried the same way.
    const again = await t.gql(REFRESH, { t: held });
    expect(again.errors).toBeUndefined();
    const current = again.data!.refreshSession.refreshToken;
    // Whoever holds a displaced successor holds a copy: presenting it ends the family.
    const displaced = await t.gql(REFRESH, { t: goesOn.refreshToken });
    expect(firstError(displaced).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
    expect(firstError(await t.gql(REFRESH, { t: current })).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
  });

  it('a spent token presented after the grace window ends the family, even if its successor was never used', async () => {
    const login = await t.gql(LOGIN, { u: 'kanwil.jambi', p: 'jangkau-demo' });
    const held = login.data!.login.refreshToken;
    const next = (await t.gql(REFRESH, { t: held })).data!.refreshSession.refreshToken;
    await sql(`UPDATE refresh_tokens SET revoked_at = now() - interval '61 seconds' WHERE token_hash = $1`, [createHash('sha256').update(held).digest('hex')]);
    expect(firstError(await t.gql(REFRESH, { t: held })).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
    expect(firstError(await t.gql(REFRESH, { t: next })).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
  });

  it('ends a deactivated user’s sessions: the access token and the refresh token stop working', async () => {
    const login = await t.gql(LOGIN, { u: 'ditjen', p: 'jangkau-demo' });
    const { accessToken, refreshToken } = login.data!.login;
    const [user] = await sql(`SELECT id, version, agency_id, full_name FROM users WHERE username = 'ditjen'`);
    const update = await t.gql(
      `mutation ($id: ID!, $v: Int!, $input: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $input) { active } }`,
      { id: user.id, v: user.version, input: { fullName: user.full_name, agencyId: user.agency_id, role: 'VIEWER', active: false } },
      await t.as('admin'),
    );
    expect(update.errors).toBeUndefined();
    expect(firstError(await t.gql(ME, undefined, { authorization: `Bearer ${accessToken}` })).extensions!.reason).toBe('AUTH_SESSION_EXPIRED');
    expect(firstError(await t.gql(REFRESH, { t: refreshToken })).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
    expect(firstError(await t.gql(LOGIN, { u: 'ditjen', p: 'jangkau-demo' })).extensions!.reason).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('signs out the people of a deactivated agency and refuses their sign-in', async () => {
    const login = await t.gql(LOGIN, { u: 'desa.pulaurengas', p: 'jangkau-demo' });
    const { accessToken, refreshToken } = login.data!.login;
    const [agency] = await sql(`SELECT id, version, name, short_name, home_region_code FROM agencies WHERE short_name = 'Desa Pulau Rengas'`);
    const res = await t.gql(
      `mutation ($id: ID!, $v: Int!, $input: AgencyInput!) { updateAgency(id: $id, version: $v, input: $input) { active } }`,
      {
        id: agency.id,
        v: agency.version,
        input: { name: agency.name, shortName: agency.short_name, type: 'DESA_KELURAHAN', homeRegionCode: agency.home_region_code, workingArea: [], active: false },
      },
      await t.as('admin'),
    );
    expect(res.data!.updateAgency).toEqual({ active: false });
    expect(firstError(await t.gql(ME, undefined, { authorization: `Bearer ${accessToken}` })).extensions!.reason).toBe('AUTH_SESSION_EXPIRED');
    expect(firstError(await t.gql(REFRESH, { t: refreshToken })).extensions!.reason).toBe('AUTH_REFRESH_INVALID');
    expect(firstError(await t.gql(LOGIN, { u: 'desa.pulaurengas', p: 'jangkau-demo' })).extensions!.reason).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('does not let an administrator reset their own password without the current one', async () => {
    const [admin] = await sql(`SELECT id FROM users WHERE username = 'admin'`);
    const res = await t.gql(`mutation ($id: ID!) { resetUserPassword(id: $id, temporaryPassword: "Taken-over-123") { id } }`, { id: admin.id }, await t.as('admin'));
    expect(firstError(res).extensions!.reason).toBe('USER_CANNOT_RESET_OWN_PASSWORD');
  });

  it('forces a new password after an admin reset, and the password never appears anywhere', async () => {
    const [user] = await sql(`SELECT id FROM users WHERE username = 'petugas.kerinci'`);
    const reset = await t.gql(
      `mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, temporaryPassword: $p) { mustChangePassword } }`,
      { id: user.id, p: 'Sementara-2026' },
      await t.as('admin'),
    );
    expect(reset.data!.resetUserPassword).toEqual({ mustChangePassword: true });

    const login = await t.gql(LOGIN, { u: 'petugas.kerinci', p: 'Sementara-2026' });
    const auth = { authorization: `Bearer ${login.data!.login.accessToken}` };
    expect(login.data!.login.user.mustChangePassword).toBe(true);
    const blocked = await t.gql(`{ agencies { id } }`, undefined, auth);
    expect(firstError(blocked).extensions!.reason).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');

    const weak = await t.gql(`mutation { changePassword(currentPassword: "Sementara-2026", newPassword: "short") { accessToken } }`, undefined, auth);
    expect(weak.errors![0]).toMatchObject({ extensions: { reason: 'AUTH_PASSWORD_POLICY', field: 'newPassword' }, message: 'Kata sandi minimal 10 karakter.' });
    const same = await t.gql(`mutation { changePassword(currentPassword: "Sementara-2026", newPassword: "Sementara-2026") { accessToken } }`, undefined, auth);
    expect(firstError(same).extensions!.reason).toBe('AUTH_PASSWORD_UNCHANGED');
    const changed = await t.gql(`mutation { changePassword(currentPassword: "Sementara-2026", newPassword: "Pimpasa-Kerinci-7") { accessToken } }`, undefined, auth);
    expect(changed.errors).toBeUndefined();
    const after = await t.gql(`{ agencies { id } }`, undefined, { authorization: `Bearer ${changed.data!.changePassword.accessToken}` });
    expect(after.errors).toBeUndefined();

    const audit = JSON.stringify(await sql(`SELECT changes FROM audit_log`));
    const users = JSON.stringify(await sql(`SELECT * FROM users WHERE username = 'petugas.kerinci'`));
    expect(audit).not.toMatch(/Sementara-2026|Pimpasa-Kerinci-7|scrypt\$/);
    expect(users).not.toMatch(/Sementara-2026|Pimpasa-Kerinci-7/);
    const schema = await t.gql(`{ __type(name: "User") { fields { name } } }`);
    const fields = schema.data!.__type.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('mustChangePassword');
    expect(fields.filter((name: string) => /^password|hash/i.test(name))).toEqual([]);
  });
});

describe('no default passwords outside demo mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_MODE: 'false', INITIAL_ADMIN_USERNAME: 'pusat.admin', INITIAL_ADMIN_PASSWORD: 'Rahasia-Admin-2026' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('creates only the first administrator from the environment, and no demo account', async () => {
    const demo = await t.gql(LOGIN, { u: 'admin', p: 'jangkau-demo' });
    expect(firstError(demo).extensions!.reason).toBe('AUTH_INVALID_CREDENTIALS');
    const admin = await t.gql(LOGIN, { u: 'pusat.admin', p: 'Rahasia-Admin-2026' });
    expect(admin.data!.login.user).toMatchObject({ username: 'pusat.admin', role: 'ADMIN' });
    const users = await withAdmin(t.db.url, async (c) => (await c.query('SELECT username FROM users')).rows);
    expect(users).toEqual([{ username: 'pusat.admin' }]);
    const info = await t.gql('{ appInfo { demoMode demoAccounts } }');
    expect(info.data!.appInfo).toEqual({ demoMode: false, demoAccounts: [] });
  });
});
