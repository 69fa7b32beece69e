import { Inject, Injectable, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { languageFromHeader } from './i18n/language';

/**
 * A per-address ceiling on API requests (fixed one-minute windows, rate-limiter-flexible). One instance: counted in
 * its memory. Several behind a load balancer (`REDIS_URL` set): counted in Redis, so the address has one budget
 * whichever instance answers. The address is `req.ip`, which reads X-Forwarded-For only from the proxies
 * `TRUST_PROXY` names (bootstrap.ts). Sign-in has its own, stricter throttle in the database.
 *
 * Redis away (down, unreachable, slower than `REDIS_COMMAND_TIMEOUT_MS`): each instance falls back to counting in
 * its own memory with the same budget, as if Redis were not configured. Not fail-closed: refusing every request
 * would turn a Redis outage into an outage of the whole API, whose data lives in PostgreSQL. Not fail-open either:
 * without any ceiling one client could starve the others exactly while the system is already degraded. The worst
 * case is N instances × the budget for the minutes Redis is away.
 *
 * Shares (leases), so that a busy address does not cost a Redis round trip per request: when an address's previous
 * share was used up within LEASE_FAST_MS, the instance takes the next one twice as large (at most LEASE_MAX, and at
 * most 1/LEASE_FRACTION of the budget left), counts it in Redis at once and hands it out from memory. Near the end
 * of a budget, and for any budget under LEASE_FRACTION × 2, the share is 1: every request counted in Redis, exact
 * across instances. A share not used up stays counted, so a fast client may be refused that much early (at most
 * 1/LEASE_FRACTION of its budget per instance); never later.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  private readonly limiter: RateLimiterAbstract;
  private readonly redis?: Redis;
  private readonly budget: number;
  /** Shares counted in Redis so far (each one round trip). */
  sharesTaken = 0;
  /** By address: what is left of the share this instance holds (only with Redis). */
  private readonly shares = new Map<string, Share>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.budget = config.rateLimitPerMinute;
    const budget = { points: config.rateLimitPerMinute, duration: 60 };
    const memory = new RateLimiterMemory(budget);
    if (!config.redisUrl) {
      this.limiter = memory;
      return;
    }
    // No offline queue and a short command timeout: while Redis is away or stuck, a request is counted in memory at
    // once instead of waiting on Redis (see coverage-events.ts for the same choice).
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    let away = false;
    this.redis.on('error', (error: Error) => {
      if (!away) this.logger.warn(`Redis unavailable (${error.message}): counting requests per instance until it is back`);
      away = true;
    });
    this.redis.on('ready', () => {
      if (away) this.logger.log('Redis is back: request counts are shared again');
      away = false;
    });
    this.limiter = new RateLimiterRedis({
      ...budget,
      storeClient: this.redis,
      keyPrefix: `${config.redisKeyPrefix}:rate`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }

  /** Express middleware: counts the request against its address's budget, or answers 429. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const key = req.ip ?? 'unknown';
      (this.redis ? this.admitShared(key) : this.count(key, 1).then(({ counted, refused }) => (refused ? counted : null))).then(
        (refused) => (refused === null ? next() : refuse(req, res, Math.max(1, Math.ceil(refused.msBeforeNext / 1000)))),
        (error: unknown) => {
          // With the memory insurance in place, only a spent budget refuses; anything else is a bug, not a reason
          // to turn requests away.
          this.logger.error(`Rate limiter failed: ${String(error)}`);
          next();
        },
      );
    };
  }

  /** `points` counted for `key`: the count, and whether it went past the budget (a failure of the limiter throws). */
  private count(key: string, points: number): Promise<{ counted: RateLimiterRes; refused: boolean }> {
    return this.limiter.consume(key, points).then(
      (counted) => ({ counted, refused: false }),
      (rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) return { counted: rejection, refused: true };
        throw rejection;
      },
    );
  }

  /** With Redis: from the share this instance holds for the address, taking a new one when it is used up. */
  private async admitShared(key: string): Promise<RateLimiterRes | null> {
    for (;;) {
      const now = Date.now();
      const held = this.shares.get(key);
      if (held && held.left > 0 && now < held.until) {
        held.left--;
        if (held.left === 0) held.usedUpAt = now;
        return null;
      }
      // A budget spent stays spent until its window ends: refused here, without a round trip (a flood costs no Redis).
      if (held && !held.taking && held.total >= this.budget && now < held.until) return new RateLimiterRes(0, held.until - now, held.total, false);
      // Requests of one address arriving while its next share is being counted wait for that share.
      if (held?.taking) {
        await held.taking;
        continue;
      }
      const size = held ? this.nextShareSize(held, now) : 1;
      const share: Share = { size, left: 0, total: held?.total ?? 0, takenAt: now, usedUpAt: null, until: 0, taking: null };
      if (this.shares.size >= MAX_SHARES) this.shares.clear();
      this.shares.set(key, share);
      this.sharesTaken++;
      const taken = this.count(key, size);
      share.taking = taken.then(
        () => undefined,
        () => undefined,
      );
      try {
        const { counted, refused } = await taken;
        // A share larger than what was left of the budget: the part within it is still this address's.
        const within = refused ? this.budget - (counted.consumedPoints - size) : size;
        share.total = counted.consumedPoints;
        share.until = now + counted.msBeforeNext;
        if (within <= 0) return counted;
        // The request that took the share uses its first point.
        share.left = within - 1;
        if (share.left === 0) share.usedUpAt = Date.now();
        return null;
      } catch (error) {
        this.shares.delete(key);
        throw error;
      } finally {
        share.taking = null;
      }
    }
  }

  /** 1, or twice the last share when that was used up fast; never more than a fraction of what is left. */
  private nextShareSize(held: Share, now: number): number {
    const fast = held.usedUpAt !== null && held.usedUpAt - held.takenAt <= LEASE_FAST_MS && now < held.until;
    const wanted = fast ? held.size * 2 : 1;
    return Math.max(1, Math.min(wanted, LEASE_MAX, Math.floor((this.budget - held.total) / LEASE_FRACTION)));
  }

  onModuleDestroy(): void {
    // Not quit(): with Redis unreachable it would wait on a reply that never comes and hold shutdown.
    this.redis?.disconnect();
  }
}

/** A share of an address's budget held by this instance (see RateLimiter). */
interface Share {
  size: number;
  left: number;
  /** The address's count in Redis when the share was taken. */
  total: number;
  takenAt: number;
  usedUpAt: number | null;
  /** The end of the budget's window. */
  until: number;
  /** Settles once the share is counted in Redis (or refused). */
  taking: Promise<void> | null;
}

/** A share used up this fast (ms) is followed by a larger one. */
const LEASE_FAST_MS = 100;
const LEASE_MAX = 64;
/** A share is at most this fraction (1/n) of the budget left. */
const LEASE_FRACTION = 64;
/** Addresses whose share is remembered at once; all are forgotten past it. */
const MAX_SHARES = 50_000;

/** How long one Redis round trip may take before the request is counted in memory instead. */
const REDIS_COMMAND_TIMEOUT_MS = 300;

function refuse(req: Request, res: Response, retryAfter: number) {
  const en = languageFromHeader(req.headers['accept-language']) === 'en';
  const message = en ? `Too many requests from your address. Try again in ${retryAfter} seconds.` : `Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam ${retryAfter} detik.`;
  res.setHeader('Retry-After', String(retryAfter));
  // Each kind of client reads refusals in its own shape: GraphQL errors, or the file routes' { error, message }.
  if (req.originalUrl.startsWith('/api/')) res.status(429).json({ error: 'RATE_LIMITED', message, retryAfter });
  else res.status(429).json({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
}

@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
