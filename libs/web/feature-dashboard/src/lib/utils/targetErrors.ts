import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { errorMessage } from '@jangkau/web-data-access';

/** Refusals that mean "what you see is out of date": someone else changed, created or removed the target meanwhile. */
const STALE = new Set(['TARGET_VERSION_CONFLICT', 'TARGET_ALREADY_SET', 'TARGET_NOT_FOUND']);

export interface TargetProblem {
  /** The server's own words (already in the reader's language, naming who changed it and when), or ours. */
  message: string;
  /** Reloading the targets would help: offer it. */
  stale: boolean;
}

export function targetProblem(error: unknown, t: TFunction): TargetProblem {
  const reason = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['reason'] : undefined;
  return { message: errorMessage(error, t), stale: typeof reason === 'string' && STALE.has(reason) };
}
