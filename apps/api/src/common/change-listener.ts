import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** What a cache kept current by database notifications is told. */
export interface ChangeSubscriber {
  /** A notification on the subscribed channel, with its payload ('' when it has none). */
  changed(payload: string): void;
  /**
   * true: LISTEN is in place, so from now on every change is heard (whatever changed before was not: start afresh).
   * false: the connection is lost, nothing is heard until it is back: serve nothing from memory meanwhile.
   */
  listening(on: boolean): void;
}

/** Pauses before reconnecting after the listening connection is lost, one per attempt, then the last again. */
const BACKOFF_MS = [250, 500, 1000, 2000, 5000];
/** How often the listening connection is checked (a connection can die without a word, e.g. a dropped network). */
const PING_MS = 10_000;
const PING_TIMEOUT_MS = 5_000;
const CHANNEL = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Each instance's one connection outside the pool that LISTENs on the channels its caches subscribe to (the caller
 * cache's caller_changed, the coverage cache's coverage_changed), and hands each notification to the subscribers of
 * its channel. The triggers that notify are in the migrations; PostgreSQL delivers a notification at its
 * transaction's commit, never before.
 *
 * When the connection is lost (an error, the end, a ping without answer) every subscriber is told it is not
 * listening, and the connection is made again with backoff; once LISTEN is back in place they are told again.
 * This is a raw `pg` client, not a repository query: LISTEN needs a session of its own that the pool never lends.
 */
@Injectable()
export class ChangeListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ChangeListener');
  private readonly subscribers = new Map<string, ChangeSubscriber[]>();
  private client: Client | null = null;
  private pid: number | null = null;
  private active = false;
  private attempt = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  /** The pauses before each reconnection attempt (a test holds the first one longer to watch the bypass). */
  retryDelaysMs: readonly number[] = BACKOFF_MS;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Hears `channel` from now on (told `listening(true)` once LISTEN on it is in place). */
  subscribe(channel: string, subscriber: ChangeSubscriber): void {
    if (!CHANNEL.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    const list = this.subscribers.get(channel);
    if (list) list.push(subscriber);
    else this.subscribers.set(channel, [subscriber]);
    const client = this.client;
    if (!this.active || !client) return;
    // Subscribed after the connection was made: listen on this channel too, then say so.
    client.query(`LISTEN ${channel}`).then(
      () => this.client === client && this.active && subscriber.listening(true),
      () => undefined,
    );
  }

  onModuleInit() {
    // Not awaited: until it listens the caches are bypassed, so a slow or absent database does not hold up the start.
    void this.connect();
  }

  /** The listening connection's backend pid, while it listens (for tests and diagnostics). */
  get backendPid(): number | null {
    return this.active ? this.pid : null;
  }

  private tell(on: boolean) {
    for (const list of this.subscribers.values()) for (const s of list) s.listening(on);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'jangkau-change-listener', keepAlive: true, connectionTimeoutMillis: 5000 });
    this.client = client;
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      this.lost(client, reason);
    };
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('connection ended'));
    client.on('notification', (message) => {
      for (const s of this.subscribers.get(message.channel) ?? []) s.changed(message.payload ?? '');
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      for (const channel of this.subscribers.keys()) await client.query(`LISTEN ${channel}`);
      if (lost || this.stopped) return;
      this.pid = rows[0]?.pid ?? null;
      if (this.attempt > 0) this.logger.log('Listening for changes again; the caches are in use again.');
      this.attempt = 0;
      this.active = true;
      this.tell(true);
      this.pingTimer = setInterval(() => void this.ping(client, () => onLost('no answer to a ping')), PING_MS).unref();
    } catch (error) {
      onLost((error as Error).message);
    }
  }

  private async ping(client: Client, onLost: () => void) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS)));
    try {
      await Promise.race([client.query('SELECT 1'), late]);
    } catch {
      onLost();
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: Client, reason: string) {
    this.active = false;
    this.tell(false);
    clearInterval(this.pingTimer);
    this.pid = null;
    client.removeAllListeners('notification');
    // Errors after this one (a second 'error' while ending) must not become unhandled.
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const wait = this.retryDelaysMs[Math.min(this.attempt, this.retryDelaysMs.length - 1)] ?? 5000;
    if (this.attempt === 0) this.logger.warn(`Not listening for changes (${reason}): callers and coverage generations are read from the database until it is back.`);
    this.attempt++;
    this.retryTimer = setTimeout(() => void this.connect(), wait);
    this.retryTimer.unref();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.active = false;
    this.tell(false);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
