import { reachable } from '../../../../test/reachable';
import type { AppConfig } from '../../../config/env';
import { CoverageChangeEvent, CoverageEvents } from './coverage-events';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const event = (activityId: string, reachCodes = ['15', '15.02', '15.02.10', '15.02.10.2001']): CoverageChangeEvent => ({
  activityId,
  kind: 'VERIFIED',
  reachCodes,
  at: new Date().toISOString(),
});
const config = (redisUrl?: string) => ({ redisUrl, redisKeyPrefix: 'jangkau' }) as AppConfig;
/** The next event, or 'timeout' after `ms` (the timer is cleared either way). */
async function next<T>(it: AsyncIterableIterator<T>, ms = 3000): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([it.next().then((r) => r.value as T), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('CoverageEvents', () => {
  it('delivers to the subscriptions whose filter accepts the event, in one process, and stops when the client leaves', async () => {
    const events = new CoverageEvents(config());
    const merangin = events.listen((e) => e.reachCodes.includes('15.02'));
    const papua = events.listen((e) => e.reachCodes.includes('91'));
    events.publish(event('a'));
    expect(await next(merangin)).toMatchObject({ activityId: 'a' });
    expect(await next(papua, 200)).toBe('timeout');
    await merangin.return!();
    expect(await merangin.next()).toEqual({ value: undefined, done: true });
    await events.onModuleDestroy();
  });

  it('with REDIS_URL, an event published by one API process reaches subscribers of another (or, Redis down, its own)', async () => {
    if (!(await reachable(REDIS_URL))) {
      // No Redis here: the degraded mode is what must hold: publishing does not fail and this process still hears it.
      const alone = new CoverageEvents(config('redis://127.0.0.1:1'));
      const mine = alone.listen(() => true);
      alone.publish(event('b'));
      expect(await next(mine, 5000)).toMatchObject({ activityId: 'b' });
      await alone.onModuleDestroy();
      return;
    }
    const one = new CoverageEvents(config(REDIS_URL));
    const two = new CoverageEvents(config(REDIS_URL));
    try {
      const onTwo = two.listen((e) => e.activityId.startsWith('redis-'));
      const onOne = one.listen((e) => e.activityId.startsWith('redis-'));
      // Both subscribed to the channel before publishing (a loaded machine may take more than a moment).
      expect(await Promise.all([one.connected(15000), two.connected(15000)])).toEqual([true, true]);
      const id = `redis-${Date.now()}`;
      one.publish(event(id));
      expect(await next(onTwo, 10000)).toMatchObject({ activityId: id });
      expect(await next(onOne, 10000)).toMatchObject({ activityId: id }); // the publisher's own subscribers hear it once, via Redis
      expect(await next(onOne, 300)).toBe('timeout');
    } finally {
      // Even when an expectation fails: open Redis connections would keep jest from exiting.
      await Promise.all([one.onModuleDestroy(), two.onModuleDestroy()]);
    }
  });
});
