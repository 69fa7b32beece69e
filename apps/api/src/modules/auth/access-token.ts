import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived access tokens: compact JWTs signed with HMAC-SHA256 (RFC 7519). Only HS256 is accepted, whatever the
 * header says, so "alg: none" and algorithm confusion cannot apply.
 */
export interface AccessClaims {
  /** user id */
  sub: string;
  /** the user's token_version when issued: a bump (deactivation, password reset) voids the token */
  tv: number;
  /**
   * The session: its refresh-token family id. Each request checks that the session is still live (not signed out,
   * not revoked), through the caller cache. Tokens issued before sessions were named have none and are refused.
   */
  sid?: string;
  iat: number;
  exp: number;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

function sign(data: string, secret: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function issueAccessToken(userId: string, tokenVersion: number, ttlSeconds: number, secret: string, now = Date.now(), sessionId?: string): string {
  const iat = Math.floor(now / 1000);
  const payload = base64url(JSON.stringify({ sub: userId, tv: tokenVersion, ...(sessionId ? { sid: sessionId } : {}), iat, exp: iat + ttlSeconds } satisfies AccessClaims));
  return `${HEADER}.${payload}.${sign(`${HEADER}.${payload}`, secret)}`;
}

export type TokenProblem = 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED';

export function verifyAccessToken(token: string, secret: string, now = Date.now()): AccessClaims | TokenProblem {
  const [header, payload, signature, ...more] = token.split('.');
  if (payload === undefined || signature === undefined || more.length || header !== HEADER) return 'MALFORMED';
  const expected = Buffer.from(sign(`${header}.${payload}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'BAD_SIGNATURE';
  let claims: AccessClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return 'MALFORMED';
  }
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.tv !== 'number') return 'MALFORMED';
  if (claims.sid !== undefined && typeof claims.sid !== 'string') return 'MALFORMED';
  if (claims.exp * 1000 <= now) return 'EXPIRED';
  return claims;
}
