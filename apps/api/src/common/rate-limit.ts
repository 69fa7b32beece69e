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
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  private readonly limiter: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
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
      this.limiter.consume(req.ip ?? 'unknown').then(
        () => next(),
        (rejection: unknown) => {
          // With the memory insurance in place, only a spent budget rejects; anything else is a bug, not a reason
          // to turn requests away.
          if (!(rejection instanceof RateLimiterRes)) {
            this.logger.error(`Rate limiter failed: ${String(rejection)}`);
            return next();
          }
          refuse(req, res, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        },
      );
    };
  }

  onModuleDestroy(): void {
    // Not quit(): with Redis unreachable it would wait on a reply that never comes and hold shutdown.
    this.redis?.disconnect();
  }
}

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
