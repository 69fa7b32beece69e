import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { TFunction } from 'i18next';

/**
 * What to tell the user about a failed GraphQL request: the server's own message (already in their language) for a
 * GraphQL error, our translated words for anything else. Offline, a server error and "not found" are different
 * messages: a person with no signal is told so, one whose server failed is told it is not their connection.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error) && error.errors[0]?.message) return error.errors[0].message;
  if (ServerError.is(error)) return restErrorMessage({ status: error.statusCode, json: parseJson(error.bodyText) }, t);
  return restErrorMessage(error, t);
}

/** A failed REST request thrown rather than returned (a plain fetch of /api/...): its status and JSON body. */
export class RestRequestError extends Error {
  constructor(
    readonly status: number,
    readonly json?: unknown,
    what = 'Request',
  ) {
    super(`${what}: HTTP ${status}`);
    this.name = 'RestRequestError';
  }
}

export interface RestErrorOptions {
  /** Said for a 404 instead of the general "not found" (e.g. "this export is not available"). */
  notFound?: string;
  /** Said for a 4xx with no message of the server's own, instead of "the server refused (error N)". */
  fallback?: string;
}

/**
 * What to tell the user about a failed REST request (/api/...: downloads, uploads, imports, boundaries), from the
 * response (`{ status, json }`, status 0 when nothing came back) or from what a request threw (a fetch TypeError,
 * a RestRequestError, a chunk that did not download):
 * - nothing came back: "you are offline" when the device knows it is, else "cannot reach the server";
 * - 5xx: the server's fault, not the connection; try again later;
 * - 404: not found (or `options.notFound`);
 * - other 4xx: the API's own message (in the person's language), else `options.fallback` or "refused (error N)".
 */
export function restErrorMessage(failure: unknown, t: TFunction, options: RestErrorOptions = {}): string {
  const status = statusOf(failure);
  if (status >= 500) return t('state.serverError', { status });
  if (status === 404) return options.notFound ?? t('state.notFound');
  if (status >= 400) return messageOf((failure as { json?: unknown }).json) ?? options.fallback ?? t('state.requestFailed', { status });
  if (globalThis.navigator?.onLine === false) return t('state.offline');
  // Nothing came back although the device thinks it is online (weak signal, a captive portal, the server down).
  return t('state.networkError');
}

function statusOf(failure: unknown): number {
  if (failure && typeof failure === 'object' && 'status' in failure && typeof failure.status === 'number') return failure.status;
  return 0;
}

/** The API's own words in an error body: REST's `{ message }`, or a GraphQL answer's first `errors[].message`. */
function messageOf(json: unknown): string | null {
  const body = (json ?? {}) as { message?: unknown; errors?: { message?: unknown }[] };
  const first = Array.isArray(body.errors) ? body.errors[0]?.message : undefined;
  const message = body.message ?? first;
  return typeof message === 'string' && message.trim() ? message : null;
}

function parseJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
