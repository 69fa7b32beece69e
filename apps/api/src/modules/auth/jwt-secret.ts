import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppConfig } from '../../config/env';

/**
 * JWT_SECRET when set. Otherwise (development, demo on the embedded database) a random secret generated once and
 * kept beside the embedded data, so sessions survive a restart. Production with DATABASE_URL must set it
 * (loadConfig refuses to start without it).
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  const file = resolve(config.db.embedded.dir, '..', 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
