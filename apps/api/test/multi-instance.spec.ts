import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import Redis from 'ioredis';
import S3rver from 's3rver';
import sharp from 'sharp';
import WebSocket from 'ws';
import { freePort } from './free-port';
import { reachable } from './reachable';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';
import { pulauRengasActivity, recordAndSubmit } from './submitted-activity';
import { TEST_JWT_SECRET, type GraphqlResponse } from './test-app';
import { createTestDatabase, type TestDatabase } from './test-database';
import { waitFor } from './wait-for';
import { at } from '@jangkau/shared-domain';

/**
 * Several instances as one system, on this machine: two API processes (the built app, as deployed) on one
 * PostgreSQL database and one Redis, with evidence in one S3-compatible bucket (s3rver, a real S3 HTTP server,
 * in this process), behind a small round-robin proxy. What one instance does, the other sees: an activity, its
 * evidence, a live dashboard event, the end of a session; and the rate limit is one budget per client, not per
 * instance or per proxy. Redis is required: without it this test fails rather than checks less.
 */
const ROOT = resolve(__dirname, '../../..');
const BUILD_DIR = join(ROOT, 'tmp', `api-multi-instance-spec-${process.pid}`);
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const BUCKET = 'jangkau-evidence';
/** Requests per client address per minute, shared by both instances through Redis. */
const BUDGET = 60;
/**
 * Loopback addresses (all of 127.0.0.0/8 is this machine's on Linux): the proxy reaches the apps from PROXY_ADDRESS,
 * the only address they trust (TRUST_PROXY); two clients reach the proxy from addresses of their own.
 */
const PROXY_ADDRESS = '127.0.0.2';
const CLIENT_ONE = '127.0.0.3';
const CLIENT_TWO = '127.0.0.4';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }`;
const ME = `{ me { username } }`;
const ACTIVITY = `query ($id: ID!) { activity(id: $id) { status version } }`;
const VERIFY = `mutation ($id: ID!, $v: Int!) { verifyActivity(id: $id, version: $v) { status version } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** waitFor (test/wait-for.ts), named by what it waits for first. */
const until = <T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000) => waitFor(probe, { what, timeoutMs, intervalMs: 50 });

interface Session {
  accessToken: string;
  refreshToken: string;
}

/** One way in: an instance called directly, or the proxy. Sessions are the system's, so they are shared by all. */
interface Door {
  baseUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  /** The Bearer header of a demo account, signed in once (through whichever door first asked). */
  as(username: string): Promise<Record<string, string>>;
}

/** `promise`, or an error naming what did not happen within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`not within ${ms} ms: ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const reason = (res: GraphqlResponse) => res.errors?.[0]?.extensions?.reason ?? null;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('two API processes behind a proxy, one PostgreSQL, one Redis, one S3 bucket', () => {
  let db: TestDatabase;
  let s3rver: S3rver;
  let s3rverDir: string;
  let s3rverPort = 0;
  let s3: S3Client;
  let redis: Redis;
  let proxy: RoundRobinProxy;
  let a: Door;
  let b: Door;
  const ports: number[] = [];
  const children: { process: ChildProcess; output: string[] }[] = [];
  const folders: string[] = [];
  const tokens = new Map<string, Promise<string>>();
  const prefix = `test-multi-${randomUUID()}`;

  function door(baseUrl: string): Door {
    const self: Door = {
      baseUrl,
      async gql(query, variables, headers) {
        const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
        return { status: res.status, ...((await res.json()) as object) };
      },
      async as(username) {
        if (!tokens.has(username)) {
          tokens.set(
            username,
            self.gql<{ login: Session }>(LOGIN, { u: username, p: 'jangkau-demo' }).then((res) => {
              if (!res.data?.login) throw new Error(`cannot sign in ${username}: ${JSON.stringify(res.errors)}`);
              return res.data.login.accessToken;
            }),
          );
        }
        return bearer(await tokens.get(username)!);
      },
    };
    return self;
  }

  /** Starts the built API as a child process on the shared database, Redis and bucket; resolves when it answers /health. */
  async function startApi(name: string, port: number): Promise<void> {
    const output: string[] = [];
    const evidenceDir = mkdtempSync(join(tmpdir(), `jangkau-multi-${name}-`));
    folders.push(evidenceDir);
    const child = spawn(process.execPath, [join(BUILD_DIR, 'apps/api/src/main.js')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: db.appUrl,
        DATABASE_OWNER_URL: db.url,
        JWT_SECRET: TEST_JWT_SECRET,
        DEMO_MODE: 'true',
        DEMO_HISTORY: 'false',
        REGION_AUTOLOAD: 'false',
        GEO_DATA_DIR: '/nonexistent',
        WEB_DIST_DIR: '/nonexistent',
        // Each process a folder of its own: a file the other serves can only have come from the bucket.
        EVIDENCE_DIR: evidenceDir,
        S3_URL: `http://127.0.0.1:${s3rverPort}/${BUCKET}`,
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        TRUST_PROXY: PROXY_ADDRESS,
        RATE_LIMIT_PER_MINUTE: String(BUDGET),
        LOG_LEVEL: 'warn',
        MAIL_WORKER: 'false',
        MAIL_DIR: join(evidenceDir, 'mail'),
        SCHEDULER: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => output.push(String(d)));
    child.stderr!.on('data', (d) => output.push(String(d)));
    children.push({ process: child, output });
    await until(
      `API process ${name} to answer /health`,
      async () => {
        if (child.exitCode !== null) throw new Error(`API process ${name} exited ${child.exitCode}: ${output.join('').slice(-3000)}`);
        return fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.ok,
          () => false,
        );
      },
      60_000,
    );
  }

  /** A GraphQL request through the proxy from a client address of the test's choosing (fetch cannot pick one). */
  function viaProxy(from: string, query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
    const body = JSON.stringify({ query });
    return new Promise((done, fail) => {
      const req = request(
        `${proxy.url}/graphql`,
        { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
          res.on('error', fail);
        },
      );
      req.on('error', fail);
      req.end(body);
    });
  }

  beforeAll(async () => {
    if (!(await reachable(REDIS_URL))) {
      throw new Error(`No Redis at ${REDIS_URL}: several instances share live events and rate limits through it, and this test needs it (start one, or set TEST_REDIS_URL).`);
    }
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    execFileSync(process.execPath, ['tools/scripts/build-api.mjs'], { cwd: ROOT, env: { ...process.env, API_BUILD_DIR: BUILD_DIR }, stdio: 'pipe' });
    s3rverDir = mkdtempSync(join(tmpdir(), 'jangkau-multi-s3rver-'));
    s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3rverDir, configureBuckets: [{ name: BUCKET, configs: [] }] });
    s3rverPort = (await s3rver.run()).port;
    s3 = new S3Client({ endpoint: `http://127.0.0.1:${s3rverPort}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    db = await createTestDatabase();
    ports.push(await freePort(), await freePort());
    // Both at once on a database without the app's own rows yet: they seed it in turn.
    await Promise.all([startApi('a', at(ports, 0, 'port')), startApi('b', at(ports, 1, 'port'))]);
    a = door(`http://127.0.0.1:${ports[0]}`);
    b = door(`http://127.0.0.1:${ports[1]}`);
    proxy = await startRoundRobinProxy({ backends: ports.map((port) => ({ host: '127.0.0.1', port })), fromAddress: PROXY_ADDRESS });
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all(
      children.map(async ({ process: child }) => {
        if (child.exitCode !== null) return;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }),
    );
    await db?.drop();
    s3?.destroy();
    await s3rver?.close();
    if (redis) {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
    rmSync(BUILD_DIR, { recursive: true, force: true });
    for (const folder of [s3rverDir, ...folders]) if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('(1) an activity recorded and submitted through A is verified through B, and reads VERIFIED on both', async () => {
    const { id, version } = await recordAndSubmit(a, 'Sosialisasi TPPO (dua instans: dicatat di A, diverifikasi di B)');
    expect((await b.gql(ACTIVITY, { id }, await b.as('kepala.kerinci'))).data!.activity).toEqual({ status: 'SUBMITTED', version });
    const verified = await b.gql(VERIFY, { id, v: version }, await b.as('kepala.kerinci'));
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyActivity.status).toBe('VERIFIED');
    for (const [door, account] of [
      [a, 'petugas.kerinci'],
      [b, 'petugas.kerinci'],
      [a, 'kepala.kerinci'],
    ] as const) {
      expect((await door.gql(ACTIVITY, { id }, await door.as(account))).data!.activity).toEqual({ status: 'VERIFIED', version: verified.data!.verifyActivity.version });
    }
  });

  it('(2) evidence uploaded through A is served through B byte for byte, thumbnail too, from the bucket', async () => {
    const id = randomUUID();
    const created = await a.gql(
      `mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { version } }`,
      { id, input: pulauRengasActivity('Rapat koordinasi (bukti di dua instans)') },
      await a.as('petugas.kerinci'),
    );
    expect(created.errors).toBeUndefined();
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 20, g: 120, b: 60 } } })
      .jpeg({ quality: 80 })
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([photo], { type: 'image/jpeg' }), 'Foto kegiatan.jpg');
    const res = await fetch(`${a.baseUrl}/api/activities/${id}/evidence`, { method: 'POST', headers: await a.as('petugas.kerinci'), body: form });
    expect(res.status).toBe(201);
    const evidence = (await res.json()) as { id: string; url: string; thumbnailUrl: string };

    const there = await fetch(`${b.baseUrl}${evidence.url}`, { headers: await b.as('kepala.kerinci') });
    expect({ status: there.status, type: there.headers.get('content-type') }).toEqual({ status: 200, type: 'image/jpeg' });
    expect(Buffer.from(await there.arrayBuffer()).equals(photo)).toBe(true);
    const thumbnail = await fetch(`${b.baseUrl}${evidence.thumbnailUrl}`, { headers: await b.as('petugas.kerinci') });
    expect({ status: thumbnail.status, type: thumbnail.headers.get('content-type') }).toEqual({ status: 200, type: 'image/webp' });
    expect((await thumbnail.arrayBuffer()).byteLength).toBeGreaterThan(0);

    // In the bucket, as any S3 client reads it.
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${id}/` }));
    expect((listed.Contents ?? []).map((o) => o.Key).sort()).toEqual([`${id}/${evidence.id}`, `${id}/${evidence.id}.thumb.webp`]);
    const stored = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `${id}/${evidence.id}` }));
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(photo)).toBe(true);
  });

  it('(3) a live dashboard on A, and one through the proxy, hear of a verification made through B', async () => {
    const { authorization } = await a.as('kepala.kerinci');
    const clients: WsClient[] = [];
    /** Subscribes at `url`; once the connection is acknowledged, gives the first event to come (wrapped: not awaited here). */
    const listen = async (url: string) => {
      let connected: () => void = () => undefined;
      const acknowledged = new Promise<void>((r) => (connected = r));
      const client = createClient({ url: url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization }, on: { connected: () => connected() } });
      clients.push(client);
      const event = new Promise<any>((done, fail) => {
        client.subscribe({ query: `subscription { coverageChanged(regionCode: "15.02") { activityId kind } }` }, { next: done, error: fail, complete: () => undefined });
      });
      await within(acknowledged, 5000, `${url} acknowledges the WebSocket connection`);
      return { event };
    };
    try {
      const onA = (await listen(a.baseUrl)).event;
      const throughProxy = (await listen(proxy.url)).event;
      // The subscription itself is registered just after the acknowledgement, inside another process: no signal
      // reaches the test (in-process specs wait on LiveChannel.subscriberCount instead), so a short wait.
      await sleep(500);
      const { id, version } = await recordAndSubmit(b, 'Sosialisasi TPPO (diverifikasi di B, terlihat di A)');
      const verified = await b.gql(VERIFY, { id, v: version }, await b.as('kepala.kerinci'));
      expect(verified.errors).toBeUndefined();
      const event = { data: { coverageChanged: { activityId: id, kind: 'VERIFIED' } } };
      expect(await within(onA, 5000, 'the event on A')).toEqual(event);
      expect(await within(throughProxy, 5000, 'the event through the proxy')).toEqual(event);
      // The proxy carried a WebSocket upgrade.
      expect(proxy.served.filter((s) => s.upgrade).map((s) => s.path)).toEqual(['/graphql']);
    } finally {
      await within(Promise.all(clients.map((c) => c.dispose())), 2000, 'dispose');
    }
  }, 25_000);

  it('(3b) dashboard figures: the instance that verified shows the change at once, the other as soon as it hears of it', async () => {
    const DASHBOARD = `{ dashboard(filter: { regionCode: "15.02", from: "2026-03-01", to: "2026-03-31" }) { activities } }`;
    const activities = async (door: Door) => {
      const res = await door.gql(DASHBOARD, {}, await door.as('kepala.kerinci'));
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.dashboard.activities as number;
    };
    // Both instances answer from their caches at the current coverage generation.
    const before = await activities(a);
    expect(await activities(b)).toBe(before);
    expect(await activities(a)).toBe(before);
    const { id, version } = await recordAndSubmit(b, 'Sosialisasi TPPO (angka dasbor di dua instans)');
    const verified = await b.gql(VERIFY, { id, v: version }, await b.as('kepala.kerinci'));
    expect(verified.errors).toBeUndefined();
    // The head who verified, on the instance that did it: the very next request counts it.
    expect(await activities(b)).toBe(before + 1);
    // The other instance: once the commit's notification arrives (milliseconds), never a stale figure for long.
    await until('A counts the verification made through B', async () => (await activities(a)) === before + 1, 2000);
  });

  it('(4) a sign-out through A ends the session on B: the access token and the refresh token are refused there', async () => {
    const signedIn = await a.gql<{ login: Session }>(LOGIN, { u: 'kanwil.jambi', p: 'jangkau-demo' });
    const session = signedIn.data!.login;
    // B knows the caller already (its cache holds them) before the sign-out.
    expect((await b.gql(ME, {}, bearer(session.accessToken))).data!.me.username).toBe('kanwil.jambi');
    expect((await a.gql(ME, {}, bearer(session.accessToken))).data!.me.username).toBe('kanwil.jambi');

    const out = await a.gql(`mutation ($t: String) { logout(refreshToken: $t) }`, { t: session.refreshToken }, bearer(session.accessToken));
    expect(out.errors).toBeUndefined();
    expect(reason(await a.gql(ME, {}, bearer(session.accessToken)))).toBe('AUTH_SESSION_EXPIRED');
    await until('B refuses the signed-out access token', async () => reason(await b.gql(ME, {}, bearer(session.accessToken))) === 'AUTH_SESSION_EXPIRED', 2000);
    const refreshed = await b.gql(`mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: session.refreshToken });
    expect(refreshed.data ?? null).toBeNull();
    expect(reason(refreshed)).toBe('AUTH_REFRESH_INVALID');
  });

  it('(5) through the proxy, signed-in requests are answered by both instances, and the rate limit counts the client, not the proxy', async () => {
    const login = await viaProxy(CLIENT_ONE, `mutation { login(username: "ditjen", password: "jangkau-demo") { accessToken } }`);
    expect(login.status).toBe(200);
    const auth = bearer(login.body.data.login.accessToken);
    const start = proxy.served.length;
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await viaProxy(CLIENT_ONE, ME, auth));
    expect(answers.map((r) => [r.status, r.body.data?.me?.username])).toEqual(Array(20).fill([200, 'ditjen']));
    const byBackend = proxy.served.slice(start).reduce((n, s) => ((n[s.backend] = (n[s.backend] ?? 0) + 1), n), [] as number[]);
    expect(byBackend).toEqual([10, 10]);
    expect(proxy.served.slice(start).every((s) => s.client === CLIENT_ONE)).toBe(true);

    // One budget for the client across both instances (counted in Redis under its own address): 1 + 20 spent.
    const rest = [];
    for (let i = 0; i < BUDGET - 21; i++) rest.push((await viaProxy(CLIENT_ONE, ME, auth)).status);
    expect(rest).toEqual(Array(BUDGET - 21).fill(200));
    const refused = [await viaProxy(CLIENT_ONE, ME, auth), await viaProxy(CLIENT_ONE, ME, auth)];
    expect(refused.map((r) => [r.status, r.body.errors?.[0]?.extensions?.code])).toEqual([
      [429, 'RATE_LIMITED'],
      [429, 'RATE_LIMITED'],
    ]);
    // …refused by each instance in turn.
    expect(new Set(proxy.served.slice(-2).map((s) => s.backend))).toEqual(new Set([0, 1]));
    expect(await redis.exists(`${prefix}:rate:${CLIENT_ONE}`)).toBe(1);
    // An address the client writes itself comes before the one the proxy appends: it buys no fresh budget.
    expect((await viaProxy(CLIENT_ONE, ME, { ...auth, 'x-forwarded-for': '198.51.100.9' })).status).toBe(429);
    // Another client behind the same proxy has a budget of its own: the proxy's address is not what is counted.
    const other = await viaProxy(CLIENT_TWO, ME, auth);
    expect([other.status, other.body.data?.me?.username]).toEqual([200, 'ditjen']);
    expect(await redis.exists(`${prefix}:rate:${PROXY_ADDRESS}`)).toBe(0);
  });
});
