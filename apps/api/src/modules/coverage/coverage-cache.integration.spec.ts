import { DataSource } from 'typeorm';
import { waitFor } from '../../../test/wait-for';
import { createTestDatabase, TestDatabase, withAdmin } from '../../../test/test-database';
import { ChangeListener, ChangeSubscriber } from '../../common/change-listener';
import { createDataSource } from '../../database/data-source';
import { bumpCoverageGeneration } from '../activity/rollups/coverage-maintenance';
import { COVERAGE_CHANGED_CHANNEL, CoverageCache } from './coverage-cache';

/** A listener whose notifications the test sends by hand (no connection of its own). */
function handListener() {
  const subscribers = new Map<string, ChangeSubscriber>();
  const listener = { subscribe: (channel: string, s: ChangeSubscriber) => subscribers.set(channel, s) } as unknown as ChangeListener;
  const coverage = () => {
    const s = subscribers.get(COVERAGE_CHANGED_CHANNEL);
    if (!s) throw new Error('the coverage cache did not subscribe to coverage_changed');
    return s;
  };
  return { listener, coverage };
}

/**
 * The coverage generation known in memory (real PostgreSQL): read once while changes are heard, moved by a commit of
 * this process before its transaction returns, raised by another instance's notification, read every time while
 * nothing is heard. A stale generation would serve old figures: every case asks what a person would see next.
 */
describe('the coverage cache’s generation (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const stored = async () => (await withAdmin(db.url, (c) => c.query(`SELECT value::text AS value FROM coverage_generation WHERE id = 1`))).rows[0].value as string;

  beforeAll(async () => {
    db = await createTestDatabase();
    // As the owner: the app role's grants are given when an app starts, and none starts here.
    ds = createDataSource({ url: db.url });
    await ds.initialize();
  }, 60_000);

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('while listening, reads the generation once and then knows it', async () => {
    const { listener, coverage } = handListener();
    const cache = new CoverageCache(ds, listener);
    coverage().listening(true);
    const first = await cache.generation();
    expect(first).toBe(await stored());
    for (let i = 0; i < 5; i++) expect(await cache.generation()).toBe(first);
    expect(cache.generationsRead).toBe(1);
    expect(cache.generationsKnown).toBe(5);
  });

  it('a commit of this process that moves it is seen by the very next request; a rollback changes nothing', async () => {
    const { listener, coverage } = handListener();
    const cache = new CoverageCache(ds, listener);
    coverage().listening(true);
    const before = await cache.generation();
    // No notification is delivered here: only the commit itself can tell the cache.
    await ds.transaction((manager) => bumpCoverageGeneration(manager));
    const after = await cache.generation();
    expect(BigInt(after)).toBe(BigInt(before) + 1n);
    expect(after).toBe(await stored());

    const reads = cache.generationsRead;
    await expect(
      ds.transaction(async (manager) => {
        await bumpCoverageGeneration(manager);
        throw new Error('the verification failed');
      }),
    ).rejects.toThrow('the verification failed');
    expect(await cache.generation()).toBe(after);
    expect(cache.generationsRead).toBe(reads);
  });

  it('another instance’s commit is heard as a notification; an older read never lowers it', async () => {
    const { listener, coverage } = handListener();
    const cache = new CoverageCache(ds, listener);
    coverage().listening(true);
    const now = BigInt(await cache.generation());
    coverage().changed(String(now + 5n));
    expect(await cache.generation()).toBe(String(now + 5n));
    coverage().changed(String(now + 2n));
    expect(await cache.generation()).toBe(String(now + 5n));
    // A payload that is not a number: nothing is assumed, the next request reads.
    const reads = cache.generationsRead;
    coverage().changed('?');
    expect(await cache.generation()).toBe(await stored());
    expect(cache.generationsRead).toBe(reads + 1);
  });

  it('while nothing is heard (no listener, or its connection lost) every request reads the generation', async () => {
    const alone = new CoverageCache(ds);
    await alone.generation();
    await alone.generation();
    expect(alone.generationsRead).toBe(2);

    const { listener, coverage } = handListener();
    const cache = new CoverageCache(ds, listener);
    coverage().listening(true);
    await cache.generation();
    coverage().listening(false);
    await withAdmin(db.url, (c) => c.query(`UPDATE coverage_generation SET value = value + 1 WHERE id = 1`));
    expect(await cache.generation()).toBe(await stored());
    expect(await cache.generation()).toBe(await stored());
    expect(cache.generationsRead).toBe(3);
    expect(cache.generationsKnown).toBe(0);
  });

  it('with the real listener, the trigger’s notification brings another connection’s commit without a read', async () => {
    const listener = new ChangeListener(ds);
    const cache = new CoverageCache(ds, listener);
    listener.onModuleInit();
    try {
      await waitFor(() => listener.backendPid, { what: 'the listener to listen' });
      const before = await cache.generation();
      const reads = cache.generationsRead;
      await withAdmin(db.url, (c) => c.query(`UPDATE coverage_generation SET value = value + 1 WHERE id = 1`));
      const expected = String(BigInt(before) + 1n);
      await waitFor(async () => (await cache.generation()) === expected, { timeoutMs: 5_000, what: 'the notification to raise the known generation' });
      expect(cache.generationsRead).toBe(reads);
    } finally {
      await listener.onApplicationShutdown();
    }
  });
});
