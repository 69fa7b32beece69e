import type { NextFunction, Request, Response } from 'express';
import { languageFromHeader } from './i18n/language';

/**
 * A per-address ceiling on API requests (fixed one-minute windows), in this instance's memory. It keeps one
 * client from starving the others on a small server; behind a load balancer each instance counts its own share
 * (put a shared limit in the proxy too). Sign-in has its own, stricter throttle in the database.
 */
export function rateLimit(perMinute: number) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = Date.now();
  return (req: Request, res: Response, next: NextFunction) => {
    const now = Date.now();
    if (now - lastSweep > 60_000) {
      for (const [key, window] of windows) if (now - window.start >= 60_000) windows.delete(key);
      lastSweep = now;
    }
    const key = req.ip ?? 'unknown';
    const window = windows.get(key);
    if (!window || now - window.start >= 60_000) {
      windows.set(key, { start: now, count: 1 });
      return next();
    }
    window.count += 1;
    if (window.count <= perMinute) return next();
    const retryAfter = Math.ceil((window.start + 60_000 - now) / 1000);
    const en = languageFromHeader(req.headers['accept-language']) === 'en';
    const message = en
      ? `Too many requests from your address. Try again in ${retryAfter} seconds.`
      : `Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam ${retryAfter} detik.`;
    res.setHeader('Retry-After', String(retryAfter));
    // Each kind of client reads refusals in its own shape: GraphQL errors, or the file routes' { error, message }.
    if (req.originalUrl.startsWith('/api/')) res.status(429).json({ error: 'RATE_LIMITED', message, retryAfter });
    else res.status(429).json({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
  };
}
