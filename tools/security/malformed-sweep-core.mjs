// The malformed-request sweep: deterministic hostile requests against a running Jangkau, and what came back.
// Kept free of dependencies (Node's fetch and crypto only) so it runs by hand against any instance and, at a
// small size, inside jest against the test app (apps/api/test/malformed-sweep.spec.ts).
import { createHmac } from 'node:crypto';

/** A tiny seeded generator (mulberry32): the same seed sends the same requests, so a finding can be replayed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUL = '\u0000';
const HUGE = 'x'.repeat(200_000);
const BAD_STRINGS = [`a${NUL}b`, NUL, `${NUL}${'y'.repeat(20)}`, HUGE, 'x'.repeat(20_000), '\uD800', `%00`, "'; DROP TABLE audit_log; --", '\\x00', '😀'.repeat(5000)];
const BAD_DATES = [
  'abc',
  '2025-13-45',
  '2025-02-30',
  '',
  '0',
  '99999-01-01',
  'NaN',
  '2025-01-01T25:61:00Z',
  '-000001-01-01',
  '2025-1-1',
  '1e400',
  `2025-01-01${NUL}`,
  'x'.repeat(10_000),
  '2025-01-01T00:00:00+99:99',
  'Infinity',
  '275760-09-14T00:00:00.001Z',
];
const BAD_DATE_VALUES = [...BAD_DATES, 12345, -1, 1e308, true, {}, [], ['2025-01-01'], null];
const BAD_IDS = [
  'abc',
  '1',
  '0',
  '-1',
  '15.02.10.2001' + NUL,
  NUL,
  'x'.repeat(5000),
  '00000000-0000-0000-0000-00000000000g',
  '{00000000-0000-0000-0000-000000000000}',
  "1' OR '1'='1",
  '../../etc/passwd',
  '15..02',
  '99999999999999999999999',
  '1e10',
  ' ',
  'ffffffff-ffff-ffff-ffff-ffffffffffffff',
];
const BAD_ID_VALUES = [...BAD_IDS, 1.5, true, {}, [], -99999999999];
const WRONG_TYPES = [1, 1.5, true, {}, [], { a: { b: [1, 2] } }, 'x', null, 1e308, -0];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A signed access token (only when the sweep knows the secret: a test app, or an operator's own instance). */
function forgeToken(secret, claims) {
  const head = b64url({ alg: 'HS256', typ: 'JWT' });
  const body = b64url(claims);
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

function badTokens(rand, secret) {
  const now = Math.floor(Date.now() / 1000);
  const tokens = [
    'garbage',
    'a.b.c',
    `${b64url({ alg: 'none' })}.${b64url({ sub: 'admin', tv: 0, exp: now + 600 })}.`,
    `${b64url({ alg: 'HS256' })}.${b64url('not json')}.abc`,
    'x'.repeat(9000),
    // (A NUL in a header cannot be sent at all: fetch refuses it before it leaves.)
    `${b64url(NUL)}.${b64url(NUL)}.${b64url(NUL)}`,
    '',
  ];
  if (secret) {
    tokens.push(
      forgeToken(secret, { sub: 'not-a-uuid', tv: 0, iat: now, exp: now + 600 }),
      forgeToken(secret, { sub: `${NUL}`, tv: 0, iat: now, exp: now + 600 }),
      forgeToken(secret, { sub: 'x'.repeat(10_000), tv: 0, iat: now, exp: now + 600 }),
      forgeToken(secret, { sub: "1' OR '1'='1", tv: 0, iat: now, exp: now + 600 }),
      forgeToken(secret, { sub: '00000000-0000-0000-0000-000000000000', tv: 'x', iat: now, exp: now + 600 }),
      forgeToken(secret, { sub: '00000000-0000-0000-0000-000000000000', tv: 1e308, iat: now, exp: now + 600 }),
      forgeToken(secret, { sub: 12, tv: 0, iat: now, exp: now + 600 }),
    );
  }
  return pick(rand, tokens);
}

const ACTIVITY_INPUT = {
  title: 'Sosialisasi',
  type: 'SOSIALISASI',
  startsAt: '2025-03-01T01:00:00Z',
  endsAt: '2025-03-01T03:00:00Z',
  venueName: 'Balai desa',
  venueRegionCode: '15.01.01.2001',
};

/**
 * The generators: each makes one request from the generator and returns { method, path, headers, body }. `auth`
 * is a valid Bearer header (or none), so the hostile value reaches the resolver rather than stopping at the guard.
 */
const GRAPHQL_CASES = [
  // Bad DateTime in a filter ("0NaN-NaN-…" once reached SQL).
  (r) => ({ query: 'query ($f: ActivityFilter) { activities(filter: $f) { nodes { id } } }', variables: { f: { [pick(r, ['from', 'to'])]: pick(r, BAD_DATE_VALUES) } } }),
  (r) => ({ query: `{ activities(filter: { from: ${JSON.stringify(pick(r, BAD_DATES))} }) { nodes { id } } }` }),
  (r) => ({
    query: 'query ($a: DateTime!, $b: DateTime!) { activityCalendar(from: $a, to: $b) { activity { id } } }',
    variables: { a: pick(r, BAD_DATE_VALUES), b: '2025-12-31T00:00:00Z' },
  }),
  // Bad Date.
  (r) => ({ query: 'query ($a: Date!, $b: Date!) { coverage(from: $a, to: $b) { from } }', variables: { a: pick(r, BAD_DATE_VALUES), b: pick(r, ['2025-12-31', ...BAD_DATES]) } }),
  (r) => ({ query: 'query ($d: Date) { programmeFrameworks(activeOn: $d) { id } }', variables: { d: pick(r, BAD_DATE_VALUES) } }),
  // Bad IDs where UUIDs and region codes are expected.
  (r) => ({ query: 'query ($id: ID!) { activity(id: $id) { id } }', variables: { id: pick(r, BAD_ID_VALUES) } }),
  (r) => ({ query: 'query ($id: ID!) { agency(id: $id) { id } }', variables: { id: pick(r, BAD_ID_VALUES) } }),
  (r) => ({ query: 'query ($id: ID!) { user(id: $id) { id } }', variables: { id: pick(r, BAD_ID_VALUES) } }),
  (r) => ({ query: 'query ($id: ID!) { savedReport(id: $id) { id } }', variables: { id: pick(r, BAD_ID_VALUES) } }),
  (r) => ({ query: 'query ($c: ID!) { region(code: $c) { code } }', variables: { c: pick(r, BAD_ID_VALUES) } }),
  (r) => ({ query: 'query ($a: ID!) { targets(agencyId: $a) { id } }', variables: { a: pick(r, BAD_ID_VALUES) } }),
  (r) => ({
    query: 'query ($f: ActivityFilter) { activityCount(filter: $f) }',
    variables: { f: { [pick(r, ['agencyId', 'regionCode', 'programmeItemId', 'topicId'])]: pick(r, BAD_ID_VALUES) } },
  }),
  (r) => ({
    query: 'query ($f: AuditFilter) { auditLog(filter: $f) { id } }',
    variables: { f: { [pick(r, ['actorUserId', 'before', 'entity', 'entityId'])]: pick(r, [...BAD_ID_VALUES, ...BAD_STRINGS]) } },
  }),
  (r) => ({ query: 'mutation ($id: ID!, $v: Int!) { submitActivity(id: $id, version: $v) { id } }', variables: { id: pick(r, BAD_ID_VALUES), v: pick(r, [1, -1, 2147483647, 1.5, 'x']) } }),
  // NUL bytes and huge strings in free text.
  (r) => ({ query: 'query ($q: String!) { searchRegions(query: $q, first: 5) { code } }', variables: { q: pick(r, BAD_STRINGS) } }),
  (r) => ({ query: 'query ($q: String!, $w: ID) { searchRegions(query: $q, within: $w) { code } }', variables: { q: 'kerinci', w: pick(r, BAD_ID_VALUES) } }),
  (r) => ({ query: 'query ($f: ActivityFilter) { activities(filter: $f) { nodes { id } } }', variables: { f: { search: pick(r, BAD_STRINGS) } } }),
  (r) => ({
    query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    variables: { u: pick(r, [...BAD_STRINGS, 'admin']), p: pick(r, BAD_STRINGS) },
  }),
  (r) => ({ query: `mutation { login(username: ${JSON.stringify(pick(r, BAD_STRINGS))}, password: "x") { accessToken } }` }),
  (r) => ({ query: 'mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', variables: { t: pick(r, BAD_STRINGS) } }),
  (r) => ({
    query: 'mutation ($id: ID!, $i: ActivityInput!) { createActivity(id: $id, input: $i) { id } }',
    variables: { id: pick(r, ['6f1d0c52-4c1e-4a53-9a4b-0d7c2f9a1b11', ...BAD_IDS]), i: { ...ACTIVITY_INPUT, [pick(r, ['title', 'venueName', 'description'])]: pick(r, BAD_STRINGS) } },
  }),
  (r) => ({
    query: 'mutation ($id: ID!, $i: ActivityInput!) { createActivity(id: $id, input: $i) { id } }',
    variables: {
      id: '6f1d0c52-4c1e-4a53-9a4b-0d7c2f9a1b12',
      i: { ...ACTIVITY_INPUT, [pick(r, ['startsAt', 'endsAt'])]: pick(r, BAD_DATE_VALUES), [pick(r, ['venueRegionCode', 'coOrganiserIds', 'topicIds'])]: pick(r, [BAD_IDS, ...BAD_IDS]) },
    },
  }),
  // Wrong types, unknown fields and arguments.
  (r) => ({ query: 'query ($f: ActivityFilter) { activities(filter: $f) { nodes { id } } }', variables: { f: pick(r, WRONG_TYPES) } }),
  (r) => ({ query: 'query ($n: Int) { activities(first: $n) { nodes { id } } }', variables: { n: pick(r, [1e12, -1, 2 ** 31, 1.5, 'ten', 0, -2147483648]) } }),
  (r) => ({
    query: pick(r, ['{ nope }', '{ activities { nope } }', '{ activity(nope: 1) { id } }', '{ __typename nope: me { zzz } }', '{ activities(filter: { zzz: 1 }) { nodes { id } } }']),
  }),
  (r) => ({ query: pick(r, ['{', '{ activities(', 'query { }', `{ me ${NUL} }`, 'x'.repeat(50_000), '{ a: me { id } a: provinces { code } }', 'fragment f on Query { ...f } { ...f }']) }),
  (r) => ({ query: pick(r, WRONG_TYPES) }),
  (r) => ({ query: '{ me { id } }', variables: pick(r, [[], 'x', 1, true]) }),
  (r) => ({ query: '{ me { id } }', operationName: pick(r, [1, {}, [], 'missing', NUL]) }),
  // Subscriptions belong on the WebSocket.
  (r) => ({
    query: pick(r, ['subscription { coverageChanged { activityId } }', 'subscription ($a: ID) { coverageChanged(agencyId: $a) { activityId } }']),
    variables: { a: pick(r, BAD_ID_VALUES) },
  }),
];

function graphqlRequest(rand, options) {
  const payload = pick(rand, GRAPHQL_CASES)(rand);
  const headers = { 'content-type': 'application/json', 'accept-language': pick(rand, ['id', 'en']) };
  if (options.auth && rand() < 0.85) headers.authorization = options.auth;
  return { method: 'POST', path: '/graphql', headers, body: JSON.stringify(payload) };
}

const RAW_BODIES = [
  '{"query": ',
  '[]',
  '"x"',
  'null',
  '',
  '{"query": "{ me { id } }", }',
  '\u0000',
  '{"query":"{ me { id } }"}'.repeat(3),
  '[{"query":"{ me { id } }"}]',
  'x'.repeat(70_000),
  '{"__proto__": {"query": 1}}',
];

function malformedBodyRequest(rand, options) {
  const headers = {
    'content-type': pick(rand, [
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-7',
      'application/graphql',
    ]),
  };
  if (options.auth && rand() < 0.5) headers.authorization = options.auth;
  if (rand() < 0.2) headers['apollo-require-preflight'] = 'true';
  return { method: 'POST', path: '/graphql', headers, body: pick(rand, RAW_BODIES) };
}

function getGraphqlRequest(rand) {
  const query = pick(rand, [
    '{ me { id } }',
    '{ activities(filter: { from: "abc" }) { nodes { id } } }',
    'mutation { logout }',
    `{ searchRegions(query: "a${NUL}") { code } }`,
    'subscription { coverageChanged { activityId } }',
  ]);
  return {
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(pick(rand, ['{', '[]', '{"a":1}', '']))}`,
    headers: { 'apollo-require-preflight': 'true' },
  };
}

function badTokenRequest(rand, options) {
  const token = badTokens(rand, options.jwtSecret);
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: pick(rand, [`Bearer ${token}`, token, `Basic ${token}`, `Bearer  ${token}`, `bearer ${token}`]) },
    body: JSON.stringify({ query: pick(rand, ['{ me { id } }', '{ activities { nodes { id } } }', 'mutation { logout }']) }),
  };
}

const BAD_PATH_SEGMENTS = [
  '15.02.10.2001%00',
  '%00',
  'abc',
  '..%2F..%2Fetc%2Fpasswd',
  'x'.repeat(3000),
  '%E0%A4%A',
  '%',
  '15.02.10.2001%27%20OR%201%3D1',
  '-1',
  '00000000-0000-0000-0000-00000000000g',
  '%F0%9F%98%80',
  '15.02.10.2001%0A%0D',
];

function restRequest(rand, options) {
  const seg = pick(rand, BAD_PATH_SEGMENTS);
  const q = () => encodeURIComponent(pick(rand, [...BAD_DATES, ...BAD_STRINGS.slice(0, 3), ...BAD_IDS.slice(0, 6)]));
  const headers = {};
  if (options.auth && rand() < 0.85) headers.authorization = options.auth;
  const kind = Math.floor(rand() * 10);
  switch (kind) {
    case 0:
      return { method: 'GET', path: `/api/boundaries/${seg}${pick(rand, ['', '/children', '/villages'])}?detail=${q()}`, headers };
    case 1:
      return { method: 'GET', path: `/api/boundaries/15.02${pick(rand, ['', '/children'])}?detail=${q()}&${pick(rand, ['detail', 'x'])}=${q()}`, headers };
    case 2:
      return {
        method: 'GET',
        path: `/api/activities/export.${pick(rand, ['csv', 'xlsx'])}?${pick(rand, ['from', 'to', 'agencyId', 'regionCode', 'search', 'statuses', 'sort', 'topicId', 'returnedToMe'])}=${q()}`,
        headers,
      };
    case 3:
      return { method: 'GET', path: `/api/evidence/${seg}${pick(rand, ['', '/thumbnail'])}`, headers };
    case 4:
      return { method: 'GET', path: `/api/reports/saved/${seg}/export.${pick(rand, ['csv', 'xlsx', 'pdf'])}`, headers };
    case 5:
      return {
        method: 'POST',
        path: `/api/reports/export.${pick(rand, ['csv', 'xlsx', 'pdf'])}`,
        headers: { ...headers, 'content-type': 'application/json' },
        body: pick(rand, [...RAW_BODIES, JSON.stringify({ input: pick(rand, WRONG_TYPES) }), JSON.stringify({ rows: NUL, period: { from: 'abc' } })]),
      };
    case 6:
      return { method: 'POST', path: `/api/activities/${seg}/evidence`, headers: { ...headers, ...multipartHeaders(rand) }, body: multipartBody(rand) };
    case 7:
      return { method: 'POST', path: `/api/activities/import?dryRun=${q()}`, headers: { ...headers, ...multipartHeaders(rand) }, body: multipartBody(rand) };
    case 8:
      return {
        method: 'POST',
        path: `/api/boundaries/import?${pick(rand, ['dryRun', 'level', 'url'])}=${q()}`,
        headers: { ...headers, ...multipartHeaders(rand) },
        body: multipartBody(rand),
      };
    default:
      return { method: 'GET', path: `/api/activities/import/template.${pick(rand, ['csv', 'xlsx', 'exe', '%00'])}?${q()}=${q()}`, headers };
  }
}

function multipartHeaders(rand) {
  return {
    'content-type': pick(rand, [
      'multipart/form-data; boundary=B',
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'application/json',
      'multipart/form-data; boundary="' + 'b'.repeat(300) + '"',
    ]),
  };
}

function multipartBody(rand) {
  return pick(rand, [
    '',
    '--B\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\ntitle\r\n',
    '--B\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff\r\n--B--\r\n',
    '--B\r\nContent-Disposition: form-data; name="file"\r\n\r\nPK\u0003\u0004garbage\r\n--B--\r\n',
    '--B\r\nContent-Disposition: form-data; name="other"; filename="x.zip"\r\n\r\nPK\u0005\u0006' + '\u0000'.repeat(18) + '\r\n--B--\r\n',
    '--B--',
    '{"a":1}',
    '--B\r\n\r\n--B--\r\n',
  ]);
}

/** How many requests of each family out of 20: GraphQL bodies dominate, as in the attack. */
const FAMILIES = [
  ...Array(10).fill(graphqlRequest),
  malformedBodyRequest,
  malformedBodyRequest,
  getGraphqlRequest,
  badTokenRequest,
  badTokenRequest,
  restRequest,
  restRequest,
  restRequest,
  restRequest,
  restRequest,
];

/** Builds the request list: the same seed and count give the same requests. */
export function buildRequests({ count, seed = 13, auth, jwtSecret }) {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => FAMILIES[i % FAMILIES.length](rand, { auth, jwtSecret }));
}

// JavaScript and database error text that must never reach a client. GraphQL's own validation messages
// ("Syntax Error: …", "Variable \"$f\" got invalid value …") are the language's answers, not leaks.
const LEAK = [
  /\n\s+at [^\n]*\(?[^\n]*:\d+:\d+\)?/, // a stack frame
  /\b(TypeError|ReferenceError|RangeError|QueryFailedError|EntityNotFound\w*|DatabaseError|AggregateError)\b/,
  /Cannot read propert|is not a function|undefined is not|Unexpected token|in JSON at position|is not valid JSON|Unexpected end of JSON/,
  /invalid input syntax|invalid byte sequence|violates .* constraint|relation "|column "|syntax error at or near|ECONNREFUSED|node_modules|\/src\/[\w/.-]+\.[jt]s/,
  /"stacktrace"|"exception"\s*:/,
];

/** What one response says about the server: a 500, an INTERNAL code, leaked error text. */
export function classify(status, text) {
  const findings = [];
  if (status >= 500) findings.push('status5xx');
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (errors.some((e) => e?.extensions?.code === 'INTERNAL_SERVER_ERROR' || e?.extensions?.reason === 'INTERNAL') || body?.error === 'INTERNAL' || body?.error === 'INTERNAL_SERVER_ERROR') {
    findings.push('internal');
  }
  if (LEAK.some((re) => re.test(text))) findings.push('leak');
  return findings;
}

/**
 * Sends the requests (a few at a time) and counts. Returns the totals and up to `keep` examples of each finding
 * so a failure names the request that caused it.
 */
export async function runSweep({ url, count = 1200, seed = 13, auth, jwtSecret, concurrency = 4, keep = 5, timeoutMs = 30_000 }) {
  const requests = buildRequests({ count, seed, auth, jwtSecret });
  const totals = { requests: 0, status5xx: 0, internal: 0, leak: 0, failed: 0, byStatus: {} };
  const examples = { status5xx: [], internal: [], leak: [], failed: [] };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      let status;
      let text;
      try {
        const res = await fetch(`${url}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'manual',
        });
        status = res.status;
        text = await res.text();
      } catch (error) {
        totals.failed++;
        if (examples.failed.length < keep) examples.failed.push({ request: describe(request), error: String(error?.cause ?? error) });
        continue;
      } finally {
        totals.requests++;
      }
      totals.byStatus[status] = (totals.byStatus[status] ?? 0) + 1;
      for (const finding of classify(status, text)) {
        totals[finding]++;
        if (examples[finding].length < keep) examples[finding].push({ request: describe(request), status, body: text.slice(0, 400) });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { totals, examples };
}

function describe(request) {
  const body = request.body === undefined ? '' : ` ${String(request.body).slice(0, 200)}`;
  return `${request.method} ${request.path.slice(0, 200)}${body}`;
}
