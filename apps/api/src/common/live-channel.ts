import { Logger, OnModuleDestroy } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import Redis from 'ioredis';
import type { AppConfig } from '../config/env';

/**
 * Live events for open pages (GraphQL subscriptions). Published after the transaction commits, so a page that
 * refetches on the event reads the new data. One process: an in-memory emitter. Several processes behind a load
 * balancer (`REDIS_URL` set): every process publishes to one Redis channel and every process, including the one that
 * published, delivers what arrives on it to its own subscribers; nothing is delivered twice.
 */
export class LiveChannel<T> implements OnModuleDestroy {
  private readonly logger: Logger;
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly publisher?: Redis;
  private readonly subscriber?: Redis;
  /** After REDIS_KEY_PREFIX: `jangkau:<name>`, e.g. `jangkau:coverage`. */
  private readonly channel: string;
  /** Resolves once this process can publish to and is subscribed to the Redis channel (at once without Redis). */
  private readonly connectedOnce: Promise<unknown>;

  constructor(config: Pick<AppConfig, 'redisUrl' | 'redisKeyPrefix'>, name: string, loggerName: string) {
    this.logger = new Logger(loggerName);
    this.channel = `${config.redisKeyPrefix}:${name}`;
    let markSubscribed: () => void = () => undefined;
    let markPublisherReady: () => void = () => undefined;
    const subscribed = new Promise<void>((resolve) => (markSubscribed = resolve));
    const publisherReady = new Promise<void>((resolve) => (markPublisherReady = resolve));
    this.connectedOnce = Promise.all([subscribed, publisherReady]);
    if (!config.redisUrl) {
      markSubscribed();
      markPublisherReady();
      return;
    }
    // No offline queue: while Redis is away, commands fail at once instead of piling up; see publish().
    const options = { maxRetriesPerRequest: 1, enableOfflineQueue: false };
    this.publisher = new Redis(config.redisUrl, options);
    this.subscriber = new Redis(config.redisUrl, options);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    }
    this.publisher.once('ready', () => markPublisherReady());
    // (Re)subscribe whenever the connection is ready; subscribing twice to one channel is harmless.
    this.subscriber.on('ready', () => {
      this.subscriber!.subscribe(this.channel).then(markSubscribed, (error: Error) => this.logger.error(`Redis subscribe failed: ${error.message}`));
    });
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        this.local.emit('change', JSON.parse(message) as T);
      } catch {
        this.logger.warn(`Ignored a malformed event on ${this.channel}`);
      }
    });
  }

  /** True once connected to the shared channel both ways (always, without Redis); false if that takes over `ms`. */
  async connected(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    try {
      return await Promise.race([this.connectedOnce.then(() => true), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  publish(event: T): void {
    // Redis away (or not configured): dashboards in other processes miss this push, but every figure is already
    // committed and any reload shows it; this process's own dashboards still hear it, at once.
    if (!this.publisher || this.publisher.status !== 'ready' || this.subscriber?.status !== 'ready') {
      this.local.emit('change', event);
      return;
    }
    this.publisher.publish(this.channel, JSON.stringify(event)).catch((error: Error) => {
      this.logger.warn(`Redis publish failed (${error.message}); delivering locally only`);
      this.local.emit('change', event);
    });
  }

  /** How many subscriptions in this process listen now: a test waits for its own to be registered on this. */
  get subscriberCount(): number {
    return this.local.listenerCount('change');
  }

  /** An async iterator of events for one subscription; ends (and unhooks) when the client goes away. */
  listen(accept: (event: T) => boolean): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let wake: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    const onChange = (event: T) => {
      if (done || !accept(event)) return;
      if (wake) {
        const w = wake;
        wake = null;
        w({ value: event, done: false });
      } else if (queue.length < 100) queue.push(event);
    };
    this.local.on('change', onChange);
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      this.local.off('change', onChange);
      if (wake) wake({ value: undefined, done: true });
      wake = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: finish,
      throw: (error?: unknown) => {
        void finish();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.local.removeAllListeners();
    // Not quit(): with Redis unreachable it would wait on a reply that never comes and hold shutdown.
    this.publisher?.disconnect();
    this.subscriber?.disconnect();
  }
}

/**
 * A subscription's events as the client receives them: each mapped (it may read the database), and passed over
 * when the map answers null (an event the subscriber may no longer see). Ending the subscription ends the source.
 */
export function mapEvents<T, U>(source: AsyncIterableIterator<T>, map: (event: T) => U | null | Promise<U | null>): AsyncIterableIterator<U> {
  const iterator: AsyncIterableIterator<U> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done) return { value: undefined, done: true };
        const value = await map(result.value);
        if (value !== null) return { value, done: false };
      }
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
