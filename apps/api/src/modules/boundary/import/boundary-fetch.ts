import { BoundaryError, BoundaryErrorCode } from '../boundary.errors';

/**
 * Fetches a boundary file from an http(s) URL, at most `maxBytes` and within `timeoutMs`. Only administrators
 * reach this (REFERENCE_MANAGE), and the answer is only parsed as JSON, never echoed back.
 */
export async function fetchBoundaryFile(url: string, maxBytes: number, timeoutMs = 120_000): Promise<Buffer> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BoundaryError(BoundaryErrorCode.URL_INVALID);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new BoundaryError(BoundaryErrorCode.URL_INVALID);
  const tooLarge = () => new BoundaryError(BoundaryErrorCode.FILE_TOO_LARGE, { maxMb: Math.round(maxBytes / 1024 / 1024) });
  let response: Response;
  try {
    response = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    throw new BoundaryError(BoundaryErrorCode.URL_FETCH_FAILED, { detail: error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : 'network' });
  }
  if (!response.ok || !response.body) throw new BoundaryError(BoundaryErrorCode.URL_FETCH_FAILED, { detail: `HTTP ${response.status}` });
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof BoundaryError) throw error;
    throw new BoundaryError(BoundaryErrorCode.URL_FETCH_FAILED, { detail: error instanceof Error ? error.message : 'read' });
  }
  return Buffer.concat(chunks);
}
