import { Client } from 'pg';
import { createServer } from 'node:net';
import { databaseFailure } from './database-errors';

// The classification is read from what `pg` really throws, so these errors come from a real PostgreSQL and a
// real refused connection, not hand-made objects.
describe('databaseFailure', () => {
  const adminUrl = () => {
    const url = process.env.JANGKAU_TEST_ADMIN_URL;
    if (!url) throw new Error('The API test global setup did not run.');
    return url;
  };

  it('calls a value PostgreSQL refuses (NUL byte, malformed uuid, impossible date) the caller’s bad value', async () => {
    const client = new Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      for (const [sql, value] of [
        ['SELECT $1::text', 'a\u0000b'],
        ['SELECT $1::uuid', 'not-a-uuid'],
        ['SELECT $1::timestamptz', '0NaN-NaN-NaNTNaN:NaN:NaN.NaN+NaN:NaN'],
      ] as const) {
        const error = await client.query(sql, [value]).then(
          () => null,
          (e: unknown) => e,
        );
        expect(databaseFailure(error)).toBe('bad-value');
      }
      const syntax = await client.query('SELEC 1').then(
        () => null,
        (e: unknown) => e,
      );
      expect(databaseFailure(syntax)).toBeNull();
    } finally {
      await client.end();
    }
  });

  it('calls a refused or cut connection an outage', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const refused = await new Client({ host: '127.0.0.1', port, user: 'x', database: 'x' }).connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(databaseFailure(refused)).toBe('unavailable');

    const client = new Client({ connectionString: adminUrl() });
    await client.connect();
    client.on('error', () => undefined);
    const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
    const killer = new Client({ connectionString: adminUrl() });
    await killer.connect();
    await killer.query('SELECT pg_terminate_backend($1)', [pid]);
    await killer.end();
    const cut = await client.query('SELECT 1').then(
      () => null,
      (e: unknown) => e,
    );
    expect(databaseFailure(cut)).toBe('unavailable');
    await client.end().catch(() => undefined);
  });
});
