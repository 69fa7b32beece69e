/**
 * What a failed database call says about the caller's input or the database itself, read from the `pg` error
 * (TypeORM wraps it as `driverError`). Two families matter to callers:
 * - the database cannot be reached (refused, reset, terminated, shutting down, out of connections): a
 *   SERVICE_UNAVAILABLE answer, worth retrying, instead of "something went wrong";
 * - PostgreSQL refused a value (SQLSTATE class 22, "data exception": a malformed uuid, a NUL byte, a date out of
 *   range) that no edge check caught: the caller's input, not a server fault.
 */
export type DatabaseFailure = 'unavailable' | 'bad-value' | null;

// Connection exceptions (class 08), operator intervention (57P01–57P03: admin shutdown, crash shutdown, cannot
// connect now), too many connections (53300), and Node's socket errors.
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
// pg's own wording when a pooled client dies or the pool cannot hand one out in time.
const UNAVAILABLE_TEXT =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

export function databaseFailure(error: unknown): DatabaseFailure {
  for (const candidate of [error, (error as { driverError?: unknown })?.driverError, (error as { cause?: unknown })?.cause]) {
    if (!candidate || typeof candidate !== 'object') continue;
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return 'unavailable';
      if (/^22[0-9A-Z]{3}$/.test(code)) return 'bad-value';
    }
    const message = (candidate as { message?: unknown }).message;
    if (typeof message === 'string' && UNAVAILABLE_TEXT.test(message)) return 'unavailable';
    // AggregateError (Node's connect to several addresses, e.g. localhost as ::1 and 127.0.0.1) carries the codes inside.
    const inner = (candidate as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.some((e) => databaseFailure(e) === 'unavailable')) return 'unavailable';
  }
  return null;
}
