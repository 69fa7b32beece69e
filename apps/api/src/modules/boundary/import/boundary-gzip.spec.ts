import { gzipSync } from 'node:zlib';
import { BoundaryError, BoundaryErrorCode } from '../boundary.errors';
import { isGzip, unpackBoundaryFile } from './boundary-gzip';

const MB = 1024 * 1024;

async function refusal(data: Buffer, maxBytes: number): Promise<BoundaryError> {
  const error = await unpackBoundaryFile(data, maxBytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BoundaryError);
  return error as BoundaryError;
}

describe('unpackBoundaryFile', () => {
  const json = Buffer.from('{"type":"FeatureCollection","features":[]}');

  it('unpacks gzip, known by its magic bytes, and passes anything else through untouched', async () => {
    expect(isGzip(gzipSync(json))).toBe(true);
    expect(isGzip(json)).toBe(false);
    expect(isGzip(Buffer.from([0x1f]))).toBe(false);
    expect(await unpackBoundaryFile(gzipSync(json), MB)).toEqual({ data: json, gzip: true });
    const plain = await unpackBoundaryFile(json, MB);
    expect(plain.gzip).toBe(false);
    expect(plain.data).toBe(json);
  });

  it('stops a file that unpacks past the cap (a gzip bomb) with its own error', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * MB));
    expect(bomb.length).toBeLessThan(16 * 1024);
    const error = await refusal(bomb, MB);
    expect(error.code).toBe(BoundaryErrorCode.GZIP_TOO_LARGE);
    expect(error.localize('en')).toBe('This gzip-compressed file unpacks to more than 1 MB; at most 1 MB (GEO_IMPORT_MAX_MB).');
    expect(error.localize('id')).toBe('Berkas terkompresi gzip ini berisi lebih dari 1 MB setelah dibuka; paling besar 1 MB (GEO_IMPORT_MAX_MB).');
    // Exactly at the cap is still fine.
    expect((await unpackBoundaryFile(gzipSync(Buffer.alloc(MB)), MB)).data.length).toBe(MB);
  });

  it('refuses a damaged or cut-short archive, saying so in both languages', async () => {
    const good = gzipSync(json);
    const cut = await refusal(good.subarray(0, good.length - 12), MB);
    expect(cut.code).toBe(BoundaryErrorCode.GZIP_CORRUPT);
    expect(cut.localize('en')).toMatch(/^This gzip-compressed file is damaged or cut short and cannot be unpacked \(unexpected end of file\)/);
    const header = await refusal(Buffer.from([0x1f, 0x8b, 0x01, 0x02, 0x03]), MB);
    expect(header.code).toBe(BoundaryErrorCode.GZIP_CORRUPT);
    expect(header.localize('id')).toMatch(/^Berkas terkompresi gzip ini rusak atau terpotong dan tidak dapat dibuka/);
  });
});
