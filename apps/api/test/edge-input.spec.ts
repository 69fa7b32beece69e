import { createHmac, randomUUID } from 'node:crypto';
import { startTestApp, TEST_JWT_SECRET, TestApp, firstError } from './test-app';

// Bad input is answered at the edge with a specific code and a message in the caller's language: the cases the
// attack on the demo instance found answering INTERNAL or HTTP 500.
describe('input validated at the edge', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  const ACTIVITIES = 'query ($f: ActivityFilter) { activities(filter: $f) { nodes { id } } }';

  it('refuses a DateTime that is no instant, in the caller’s language, and still takes real ones', async () => {
    for (const from of ['abc', '2025-02-30T00:00:00Z', '2025-01-01T25:00:00Z', '1e400', '', '275760-09-14T00:00:00.001Z']) {
      const res = await t.gql(ACTIVITIES, { f: { from } }, { ...admin, 'accept-language': 'en' });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'DATETIME_INVALID' } });
      expect(firstError(res).message).toMatch(/^Invalid date and time at f\.(from|to): use a real instant/);
      expect(firstError(res).extensions?.field).toBe('from');
    }
    // The activity form sends an empty startsAt when no date is chosen: the message goes beside the date field.
    const form = await t.gql(
      'mutation ($id: ID!, $i: ActivityInput!) { createActivity(id: $id, input: $i) { id } }',
      { id: randomUUID(), i: { title: 'Sosialisasi', type: 'SOSIALISASI', startsAt: '', endsAt: '2026-03-01T03:00:00Z', venueName: 'Balai', venueRegionCode: '15.01.01.2001' } },
      admin,
    );
    expect(firstError(form).extensions).toMatchObject({ reason: 'DATETIME_INVALID', field: 'startsAt' });
    const literal = await t.gql('{ activities(filter: { from: "abc" }) { nodes { id } } }', undefined, admin);
    expect(firstError(literal).extensions?.reason).toBe('DATETIME_INVALID');
    expect(firstError(literal).message).toMatch(/^Waktu tidak valid/);
    const ok = await t.gql<{ activities: { nodes: unknown[] } }>(ACTIVITIES, { f: { from: '2026-03-01T00:00:00+07:00', to: '2026-03-31T23:59:59.999Z' } }, admin);
    expect(ok.errors).toBeUndefined();
    expect(Array.isArray(ok.data?.activities.nodes)).toBe(true);
  });

  it('refuses a Date that is not on the calendar', async () => {
    const res = await t.gql('query ($a: Date!) { coverage(from: $a, to: "2025-12-31") { from } }', { a: '2025-02-30' }, { ...admin, 'accept-language': 'en' });
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Invalid date/), extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_INVALID' } });
  });

  it('refuses NUL bytes, broken Unicode and huge strings in search, sign-in, audit filters and new activities', async () => {
    const cases: [string, Record<string, unknown>, Record<string, string>][] = [
      ['query ($q: String!) { searchRegions(query: $q) { code } }', { q: 'ker\u0000inci' }, {}],
      ['mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: 'admin\u0000', p: 'x' }, {}],
      ['mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: '\ud800', p: 'x' }, {}],
      ['query ($f: AuditFilter) { auditLog(filter: $f) { id } }', { f: { entity: 'a\u0000b' } }, admin],
      [
        'mutation ($id: ID!, $i: ActivityInput!) { createActivity(id: $id, input: $i) { id } }',
        {
          id: randomUUID(),
          i: { title: 'Sosialisasi\u0000', type: 'SOSIALISASI', startsAt: '2026-03-01T01:00:00Z', endsAt: '2026-03-01T03:00:00Z', venueName: 'Balai', venueRegionCode: '15.01.01.2001' },
        },
        admin,
      ],
    ];
    for (const [query, variables, headers] of cases) {
      const res = await t.gql(query, variables, { ...headers, 'accept-language': 'en' });
      expect(res.status).toBe(400);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'TEXT_INVALID' } });
      expect(firstError(res).message).toMatch(/^The text at \S+ contains characters that are not allowed/);
    }
    const literal = await t.gql('{ searchRegions(query: "a\\u0000") { code } }');
    expect(literal.errors?.[0]).toMatchObject({ extensions: { reason: 'TEXT_INVALID', field: 'query' } });
    const huge = await t.gql('query ($q: String!) { searchRegions(query: $q) { code } }', { q: 'x'.repeat(20_000) });
    expect(huge.errors?.[0]).toMatchObject({ extensions: { reason: 'TEXT_TOO_LONG', field: 'q' } });
    expect(firstError(huge).message).toMatch(/paling banyak 10000 karakter/);
    // Over the body limit, the parser refuses first: still a 4xx with a code, without the parser's words.
    const oversized = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { q: 'x'.repeat(5_000_000) } }),
    });
    expect(oversized.status).toBe(413);
    expect(((await oversized.json()) as { error: string }).error).toBe('REQUEST_INVALID');
  });

  it('refuses IDs no UUID or region code could be, before SQL', async () => {
    const res = await t.gql('query ($id: ID!) { activity(id: $id) { id } }', { id: "1' OR '1'='1" }, admin);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'ID_INVALID', field: 'id' } });
    const nested = await t.gql('query ($f: ActivityFilter) { activityCount(filter: $f) }', { f: { regionCode: '15.02\u0000' } }, admin);
    expect(nested.errors?.[0]).toMatchObject({ message: expect.stringMatching(/pada f\.regionCode/), extensions: { reason: 'TEXT_INVALID', field: 'regionCode' } });
  });

  it('treats a signed token whose subject is no user id as no sign-in', async () => {
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const head = b64({ alg: 'HS256', typ: 'JWT' });
    const body = b64({ sub: 'not-a-uuid', tv: 0, iat: now, exp: now + 600 });
    const token = `${head}.${body}.${createHmac('sha256', TEST_JWT_SECRET).update(`${head}.${body}`).digest('base64url')}`;
    const res = await t.gql('{ me { id } }', undefined, { authorization: `Bearer ${token}` });
    expect(firstError(res).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH_SIGN_IN_REQUIRED' });
  });

  it('answers a subscription sent over HTTP POST with a 400 pointing to the WebSocket', async () => {
    const res = await t.gql('subscription { coverageChanged { activityId } }', undefined, { ...admin, 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/only available over WebSocket/), extensions: { reason: 'SUBSCRIPTION_OVER_HTTP' } });
  });

  it('answers bad REST paths, queries and bodies with 400 and a code, never 500 or parser text', async () => {
    const get = (path: string) => fetch(`${t.baseUrl}${path}`, { headers: { ...admin, 'accept-language': 'en' } });
    const nul = await get('/api/boundaries/15.02.10.2001%00');
    expect(nul.status).toBe(400);
    expect(await nul.json()).toEqual({ error: 'TEXT_INVALID', message: expect.stringMatching(/^The text at path/), field: 'path' });
    const undecodable = await get('/api/evidence/%E0%A4%A');
    expect(undecodable.status).toBe(400);
    expect(((await undecodable.json()) as { error: string }).error).toBe('REQUEST_INVALID');
    const unknown = await get('/api/activities/import/template.exe');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'ROUTE_NOT_FOUND', message: 'There is no such address in the Jangkau API.' });
    const query = await get('/api/activities/export.csv?search=a%00b');
    expect(query.status).toBe(400);
    expect(await query.json()).toMatchObject({ error: 'TEXT_INVALID', field: 'search' });
    for (const path of ['/graphql', '/api/reports/export.csv']) {
      const res = await fetch(`${t.baseUrl}${path}`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: '{"query": ' });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: 'REQUEST_INVALID', message: 'Permintaan tidak dapat dibaca.' });
      expect(text).not.toMatch(/JSON|position|token/);
    }
  });
});
