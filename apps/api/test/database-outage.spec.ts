import { NestExpressApplication } from '@nestjs/platform-express';
import { createServer, connect, Server, Socket } from 'node:net';
import { createApp } from '../src/bootstrap';
import { testConfig } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';
import { at } from '@jangkau/shared-domain';

/**
 * A database outage, for real: the app reaches PostgreSQL through a TCP relay this test can cut (live
 * connections terminated, new ones refused) and restore. Callers get SERVICE_UNAVAILABLE in their language, not
 * "something went wrong", and the app serves again once the database is back.
 */
describe('database outage', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let relay: Server;
  let relayPort: number;
  const sockets = new Set<Socket>();

  const openRelay = (target: URL, port = 0) =>
    new Promise<void>((resolve) => {
      relay = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      relay.listen(port, '127.0.0.1', () => {
        relayPort = (relay.address() as { port: number }).port;
        resolve();
      });
    });
  const cutRelay = () =>
    new Promise<void>((resolve) => {
      relay.close(() => resolve());
      for (const s of sockets) s.destroy();
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(db.url);
    await openRelay(target);
    const viaRelay = new URL(db.url);
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(relayPort);
    const config = testConfig({ LOG_LEVEL: 'error' });
    app = await createApp(config, viaRelay.toString());
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    relay?.close();
    await db?.drop();
  });

  const provinces = (lang = 'id') =>
    fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify({ query: '{ provinces { code } }' }) });

  it('answers SERVICE_UNAVAILABLE (GraphQL and REST) while the database is unreachable, and recovers', async () => {
    expect((await provinces()).status).toBe(200);
    await cutRelay();

    const gql = await provinces('en');
    // 200 on purpose: Apollo Client reads `errors` from it as from any GraphQL answer.
    expect(gql.status).toBe(200);
    const body = (await gql.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'The service is unavailable: the database cannot be reached. Please try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE' },
    });
    const indonesian = (await (await provinces('id')).json()) as { errors: { message: string }[] };
    expect(at(indonesian.errors, 0, 'error').message).toMatch(/^Layanan sedang tidak tersedia/);

    const rest = await fetch(`${baseUrl}/api/boundaries/15`);
    expect(rest.status).toBe(503);
    expect(rest.headers.get('retry-after')).toBe('30');
    expect(await rest.json()).toMatchObject({ error: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/^Layanan sedang tidak tersedia/) });

    await openRelay(new URL(db.url), relayPort);
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await provinces()).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});
