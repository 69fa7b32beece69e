import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a device stays trusted after its last successful sign-in (each sign-in issues a fresh token). */
export const DEVICE_TOKEN_TTL_DAYS = 180;

/*
 * OWASP's device cookie: after a successful sign-in the browser keeps a token signed by the server, naming the
 * person and a random device id, and sends it with the next sign-in. It grants nothing by itself (the password is
 * still checked); it only lets that device's attempts be counted apart from everyone else's, so a stranger's
 * guesses that pause the account for unknown devices do not pause the person's own.
 */

const key = (secret: string) => createHmac('sha256', secret).update('jangkau device token v1').digest();
const sign = (body: string, secret: string) => createHmac('sha256', key(secret)).update(body).digest('base64url');

export function issueDeviceToken(userId: string, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ u: userId, d: randomBytes(16).toString('base64url'), t: Math.floor(now / 1000) })).toString('base64url');
  return `${body}.${sign(body, secret)}`;
}

/** The device id when the token is genuine, for this person and not expired; otherwise null (an unknown device). */
export function verifyDeviceToken(token: string | null | undefined, userId: string, secret: string, now = Date.now()): string | null {
  if (!token || token.length > 512) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { u?: unknown; d?: unknown; t?: unknown };
    if (claims.u !== userId || typeof claims.d !== 'string' || typeof claims.t !== 'number') return null;
    if (now / 1000 - claims.t > DEVICE_TOKEN_TTL_DAYS * 86_400) return null;
    return claims.d;
  } catch {
    return null;
  }
}
