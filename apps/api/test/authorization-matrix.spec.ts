import { startTestApp, TestApp } from './test-app';
import { withAdmin } from './test-database';

/**
 * Every query and mutation × every kind of account × inside or outside the account's scope. Adding an operation
 * without rows here fails the first test. Outcomes:
 *   ok          allowed, and the answer is there
 *   allowed     allowed past the gate (the operation itself may still refuse bad input)
 *   notFound    allowed, but what lies outside the caller's scope does not exist for them (null)
 *   denied      FORBIDDEN: the role lacks the permission
 *   signIn      UNAUTHENTICATED: a signed-in caller is needed
 * Mutations are also checked against the audit trail: one entry when they succeed, none otherwise.
 */
type Outcome = 'ok' | 'allowed' | 'notFound' | 'denied' | 'signIn';
const ACCOUNTS = ['anonymous', 'admin', 'kepala.kerinci', 'petugas.kerinci', 'dinas.merangin', 'desa.pulaurengas', 'kanwil.jambi', 'ditjen'] as const;
type Account = (typeof ACCOUNTS)[number];

interface Fixture {
  kerinciId: string;
  papuaId: string;
  petugasId: string;
  dinasUserId: string;
  throwawayUserId: string;
  ditjenId: string;
}

interface Row {
  operation: string;
  /** What distinguishes this row: "in scope", "outside scope", … */
  case: string;
  request: (f: Fixture, account: Account, t: TestApp) => Promise<{ query: string; variables?: Record<string, unknown> }> | { query: string; variables?: Record<string, unknown> };
  expect: Record<Account, Outcome>;
}

const all = (outcome: Outcome, overrides: Partial<Record<Account, Outcome>> = {}): Record<Account, Outcome> =>
  ({ ...Object.fromEntries(ACCOUNTS.map((a) => [a, outcome])), ...overrides }) as Record<Account, Outcome>;
const signedIn = (outcome: Outcome, overrides: Partial<Record<Account, Outcome>> = {}) => all(outcome, { anonymous: 'signIn', ...overrides });
const adminOnly = signedIn('denied', { admin: 'ok' });

let unique = 0;
const agencyInput = (name: string) => ({ name, shortName: name.slice(0, 60), type: 'LAINNYA', workingArea: ['15.02.10'] });

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
    expect: all('allowed'),
  },
  { operation: 'appInfo', case: 'public', request: () => ({ query: '{ appInfo { demoMode } }' }), expect: all('ok') },
  { operation: 'me', case: 'self', request: () => ({ query: '{ me { username } }' }), expect: signedIn('ok') },
  { operation: 'logout', case: 'self', request: () => ({ query: 'mutation { logout }' }), expect: signedIn('ok') },
  {
    operation: 'changePassword',
    case: 'self (wrong current password: refused by the operation)',
    request: () => ({ query: 'mutation { changePassword(currentPassword: "wrong-password-1", newPassword: "Another-pass-99") { accessToken } }' }),
    expect: signedIn('allowed'),
  },
  { operation: 'agencies', case: 'list, scoped', request: () => ({ query: '{ agencies { id } }' }), expect: signedIn('ok') },
  {
    operation: 'agency',
    case: 'Kanim Kerinci (home 15.72)',
    request: (f) => ({ query: 'query ($id: ID!) { agency(id: $id) { id } }', variables: { id: f.kerinciId } }),
    expect: signedIn('ok', { 'dinas.merangin': 'notFound', 'desa.pulaurengas': 'notFound' }),
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
  { operation: 'users', case: 'list, scoped', request: () => ({ query: '{ users { id } }' }), expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok' }) },
  {
    operation: 'user',
    case: 'a Kerinci officer',
    request: (f) => ({ query: 'query ($id: ID!) { user(id: $id) { id } }', variables: { id: f.petugasId } }),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok' }),
  },
  {
    operation: 'user',
    case: 'a Dinas Merangin officer (another agency)',
    request: (f) => ({ query: 'query ($id: ID!) { user(id: $id) { id } }', variables: { id: f.dinasUserId } }),
    expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'notFound' }),
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
  { operation: 'auditLog', case: 'scoped', request: () => ({ query: '{ auditLog { id } }' }), expect: signedIn('denied', { admin: 'ok', 'kepala.kerinci': 'ok' }) },
];

describe('authorization matrix', () => {
  let t: TestApp;
  let fixture: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.as('admin');
    const ids = await withAdmin(t.db.url, async (c) => {
      const one = async (q: string) => (await c.query(q)).rows[0].id as string;
      return {
        kerinciId: await one(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`),
        ditjenId: await one(`SELECT id FROM agencies WHERE type = 'DITJEN'`),
        petugasId: await one(`SELECT id FROM users WHERE username = 'petugas.kerinci'`),
        dinasUserId: await one(`SELECT id FROM users WHERE username = 'dinas.merangin'`),
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
        const audited = () =>
          withAdmin(t.db.url, async (c) => (await c.query('SELECT count(*)::int AS n FROM audit_log WHERE operation = $1', [row.operation])).rows[0].n as number);
        const before = isMutation ? await audited() : 0;
        const res = await t.gql(query, variables, headers);
        const error = res.errors?.[0];
        const outcome: Outcome =
          error?.extensions?.code === 'FORBIDDEN'
            ? 'denied'
            : error?.extensions?.reason === 'AUTH_SIGN_IN_REQUIRED'
              ? 'signIn'
              : error
                ? 'allowed'
                : res.data?.[row.operation] === null
                  ? 'notFound'
                  : 'ok';
        expect({ outcome, error: outcome === row.expect[account] ? undefined : error }).toEqual({ outcome: row.expect[account], error: undefined });
        // Every mutation that changed something left exactly one audit entry; a refused or failed one left none.
        if (isMutation) expect((await audited()) - before).toBe(outcome === 'ok' ? 1 : 0);
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
  ])('lists only the agencies %s may see', async (account, expected) => {
    const res = await t.gql(`{ agencies(filter: { first: 500 }) { shortName } }`, undefined, await t.as(account));
    const names = res.data!.agencies.map((a: { shortName: string }) => a.shortName).filter((n: string) => !n.startsWith('Matrix'));
    if (expected === 'all') expect(names.some((n: string) => /Jayapura/.test(n))).toBe(true);
    else expect([...new Set(names)].sort()).toEqual([...expected].sort());
  });
});
