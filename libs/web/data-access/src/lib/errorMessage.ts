import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { TFunction } from 'i18next';

/**
 * What to tell the user about a failed request: the server's own message (already in their language) for a
 * GraphQL error, our translated words for anything else (no network, a proxy's 503, a browser's "Failed to fetch").
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error) && error.errors[0]?.message) return error.errors[0].message;
  // The server answered, badly: not the person's connection (they need not walk to find signal).
  if (ServerError.is(error) && error.statusCode >= 500) return t('state.serverError', { status: error.statusCode });
  if (globalThis.navigator?.onLine === false) return t('state.offline');
  return t('state.networkError');
}
