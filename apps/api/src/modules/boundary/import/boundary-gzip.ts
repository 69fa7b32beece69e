import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { BoundaryError, BoundaryErrorCode } from '../boundary.errors';

const gunzipAsync = promisify(gunzip);

/** A gzip stream starts with 1f 8b (RFC 1952), whatever the file is called. */
export function isGzip(data: Buffer): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

/**
 * The file's own bytes: a gzip-compressed file (e.g. the repository's `.topojson.gz`) unpacked, anything else as
 * it is. Unpacking stops as soon as the output passes `maxBytes` (GEO_IMPORT_MAX_MB, the same cap as a plain
 * file's), so a small archive that unpacks to gigabytes costs no more than that. Runs on libuv's thread pool.
 */
export async function unpackBoundaryFile(data: Buffer, maxBytes: number): Promise<{ data: Buffer; gzip: boolean }> {
  if (!isGzip(data)) return { data, gzip: false };
  try {
    return { data: await gunzipAsync(data, { maxOutputLength: maxBytes }), gzip: true };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new BoundaryError(BoundaryErrorCode.GZIP_TOO_LARGE, { maxMb: Math.round(maxBytes / 1024 / 1024) });
    }
    // zlib's own wording ("unexpected end of file", "incorrect header check"); not `instanceof Error`, which
    // fails across realms (jest's sandbox).
    const message = (error as { message?: unknown }).message;
    throw new BoundaryError(BoundaryErrorCode.GZIP_CORRUPT, { detail: typeof message === 'string' ? message.slice(0, 100) : 'gzip' });
  }
}
