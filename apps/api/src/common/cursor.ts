import { isUuid } from './uuid';

/**
 * Opaque keyset cursors: the last row's sort value (PostgreSQL's own timestamp text, microseconds kept, so no row is
 * skipped or repeated) and its id, as base64url. A list reads `(key, id) < (at, id)` from it, so page 500 costs what
 * page 1 does.
 */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

/** The cursor's sort value and id; null for anything encodeCursor did not make (the caller names its own error). */
export function decodeCursor(cursor: string): { at: string; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}[ T][\d:.]+(Z|[+-]\d{2}(:?\d{2})?)?$/.test(at) && typeof id === 'string' && isUuid(id)) return { at, id };
  } catch {
    // not JSON, or not an array: not a cursor
  }
  return null;
}
