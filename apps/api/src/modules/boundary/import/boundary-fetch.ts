import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { BoundaryError, BoundaryErrorCode } from '../boundary.errors';
import { AllowList, checkedAddress, Resolver, systemResolver } from './public-address';

/** Redirects followed before giving up; each hop is checked like the first URL. */
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  allow?: AllowList;
  timeoutMs?: number;
  /** Tests answer host names themselves; the app uses the system resolver. */
  resolve?: Resolver;
  /** Tests trust their own certificate authority; the app trusts the system's. */
  ca?: string;
}

/**
 * Fetches a boundary file from an http(s) URL, at most `maxBytes` and within `timeoutMs`. Only administrators
 * reach this (REFERENCE_MANAGE), and the answer is only parsed as JSON, never echoed back.
 *
 * A URL is a request the server makes on the caller's behalf (server-side request forgery): only public
 * addresses are reached, unless BOUNDARY_IMPORT_ALLOW_HOSTS names the host. Every refusal — a private address, a
 * redirect to one, too many redirects — gives the one same answer, and a failed connection says nothing about why,
 * so the messages cannot map which internal ports are open.
 */
export async function fetchBoundaryFile(url: string, maxBytes: number, options: FetchOptions = {}): Promise<Buffer> {
  const allow = options.allow ?? new AllowList();
  const resolve = options.resolve ?? systemResolver;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 120_000);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new BoundaryError(BoundaryErrorCode.URL_INVALID);
  }
  if (!isHttp(current)) throw new BoundaryError(BoundaryErrorCode.URL_INVALID);

  for (let hop = 0; ; hop++) {
    const target = await checkedAddress(current.hostname, allow, resolve);
    if (!target) throw new BoundaryError(BoundaryErrorCode.URL_NOT_ALLOWED);
    const response = await get(current, target, signal, options.ca);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (hop >= MAX_REDIRECTS) throw new BoundaryError(BoundaryErrorCode.URL_NOT_ALLOWED);
      let next: URL;
      try {
        next = new URL(response.headers.location, current);
      } catch {
        throw new BoundaryError(BoundaryErrorCode.URL_NOT_ALLOWED);
      }
      if (!isHttp(next)) throw new BoundaryError(BoundaryErrorCode.URL_NOT_ALLOWED);
      current = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new BoundaryError(BoundaryErrorCode.URL_HTTP_STATUS, { status });
    }
    return readBody(response, maxBytes);
  }
}

const isHttp = (url: URL) => (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;

/** One GET to the checked address; the URL's host name still goes in Host and TLS (certificate and SNI). */
function get(url: URL, target: { address: string; family: 4 | 6 }, signal: AbortSignal, ca?: string): Promise<IncomingMessage> {
  // Node asks `lookup` for every connection (with `all` when it tries several families): always the checked address.
  const pinned = ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (opts?.all) callback(null, [target]);
    else callback(null, target.address, target.family);
  }) as unknown as LookupFunction;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolvePromise, reject) => {
    // The certificate is still checked against the URL's host name (not the pinned address), and sent as SNI.
    const req = request(url, { method: 'GET', lookup: pinned, signal, ...(ca ? { ca } : {}), headers: { accept: 'application/json, application/geo+json, */*' } }, resolvePromise);
    // Refused, reset, timed out, bad certificate: one answer, no detail.
    req.on('error', () => reject(new BoundaryError(BoundaryErrorCode.URL_FETCH_FAILED)));
    req.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new BoundaryError(BoundaryErrorCode.FILE_TOO_LARGE, { maxMb: Math.round(maxBytes / 1024 / 1024) });
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof BoundaryError) throw error;
    throw new BoundaryError(BoundaryErrorCode.URL_FETCH_FAILED);
  }
  return Buffer.concat(chunks);
}
