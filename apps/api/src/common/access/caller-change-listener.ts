import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CallerCache } from './caller-cache';

/** The channel the caller_changed trigger (migration CallerChanged) notifies on. */
export const CALLER_CHANGED_CHANNEL = 'caller_changed';
/** Pauses before reconnecting after the listening connection is lost, one per attempt, then the last again. */
const BACKOFF_MS = [250, 500, 1000, 2000, 5000];
/** How often the listening connection is checked (a connection can die without a word, e.g. a dropped network). */
const PING_MS = 10_000;
const PING_TIMEOUT_MS = 5_000;

/**
 * Each instance's own connection, outside the pool, that LISTENs on caller_changed and evicts from the CallerCache
 * what each notification names. The cache serves entries only while this connection is listening: when it is lost
 * (an error, the end, a ping without answer) the cache is emptied and bypassed, and the connection is made again
 * with backoff; once LISTEN is back in place the cache is emptied again (whatever changed meanwhile was not heard)
 * and used again.
 */
@Injectable()
export class CallerChangeListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('CallerCache');
  private client: Client | null = null;
  private pid: number | null = null;
  private attempt = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  /** The pauses before each reconnection attempt (a test holds the first one longer to watch the bypass). */
  retryDelaysMs: readonly number[] = BACKOFF_MS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: CallerCache,
  ) {}

  onModuleInit() {
    // Not awaited: until it listens the cache is bypassed, so a slow or absent database does not hold up the start.
    void this.connect();
  }

  /** The listening connection's backend pid, while it listens (for tests and diagnostics). */
  get backendPid(): number | null {
    return this.cache.active ? this.pid : null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'jangkau-caller-listener', keepAlive: true, connectionTimeoutMillis: 5000 });
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
      if (message.channel === CALLER_CHANGED_CHANNEL) this.cache.evictNamed(message.payload ?? '*');
    });
    try {
      // Deliberately a raw pg Client, not a repository query: LISTEN needs one dedicated session that stays open
      // outside TypeORM's pool (a pooled connection would hand the subscription to whoever borrows it next), and
      // its notifications arrive as events on that client. Only `SELECT pg_backend_pid()`, `LISTEN` and the ping
      // run on it; no table is read.
      await client.connect();
      const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      await client.query(`LISTEN ${CALLER_CHANGED_CHANNEL}`);
      if (lost || this.stopped) return;
      this.pid = pid;
      if (this.attempt > 0) this.logger.log('Listening for caller changes again; the caller cache is in use again.');
      this.attempt = 0;
      this.cache.setListening(true);
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
    this.cache.setListening(false);
    clearInterval(this.pingTimer);
    this.pid = null;
    client.removeAllListeners('notification');
    // Errors after this one (a second 'error' while ending) must not become unhandled.
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const wait = this.retryDelaysMs[Math.min(this.attempt, this.retryDelaysMs.length - 1)];
    if (this.attempt === 0) this.logger.warn(`Not listening for caller changes (${reason}): every request reads its caller until it is back.`);
    this.attempt++;
    this.retryTimer = setTimeout(() => void this.connect(), wait);
    this.retryTimer.unref();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.cache.setListening(false);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
