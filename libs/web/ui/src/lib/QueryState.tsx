import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from '@jangkau/web-i18n';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

export interface QueryStateProps<T> {
  /** The request is under way. */
  loading: boolean;
  /** What the request failed with, if it did. */
  error?: unknown;
  /** What is shown: the answer (or the last one kept while the next loads); null or undefined when there is none. */
  data: T | null | undefined;
  /** The person's words for `error` (errorMessage from data-access, or restErrorMessage for a REST request). */
  describeError: (error: unknown) => string;
  /** Asks again; the error state's button. */
  onRetry?: () => void;
  /** An error hides data kept from before (the default keeps showing it and shows the error only when there is none). */
  errorHidesData?: boolean;
  loadingLabel?: string;
  loadingRows?: number;
  /** Shown while loading instead of the placeholder rows (a skeleton shaped like the page). */
  loadingFallback?: ReactNode;
  errorTitle?: string;
  retryLabel?: string;
  /** The answer holds nothing to show: `empty` is shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  /** Shown when the answer is empty (`isEmpty`), or when nothing came back and no error was given. */
  empty?: ReactNode;
  /** With nothing and no error after loading: the error state (as for a failure) instead of `empty`. */
  missingIsError?: boolean;
  children: (data: T) => ReactNode;
}

/**
 * One Apollo (or REST) request's states in one place: placeholder rows while the first answer loads, the error with a
 * retry button when it failed, `empty` when the answer holds nothing, and the children with the answer.
 */
export function QueryState<T>({ children, ...props }: QueryStateProps<T>) {
  const state = useQueryState(props);
  if (state) return state;
  return props.data === null || props.data === undefined ? null : <>{children(props.data)}</>;
}

/**
 * QueryState for a page that returns early: the element to show instead of the page (loading, error, empty), or
 * null when the answer is there: `const state = useQueryState({...}); if (state) return state;`.
 */
export function useQueryState<T>({
  loading,
  error,
  data,
  describeError,
  onRetry,
  errorHidesData = false,
  loadingLabel,
  loadingRows = 4,
  loadingFallback,
  errorTitle,
  retryLabel,
  isEmpty,
  empty,
  missingIsError = false,
}: Omit<QueryStateProps<T>, 'children'>): ReactElement | null {
  const { t } = useTranslation();
  const none = data === null || data === undefined;
  if (loading && none) return <>{loadingFallback ?? <LoadingState label={loadingLabel ?? t('state.loading')} rows={loadingRows} />}</>;
  if ((error && (none || errorHidesData)) || (none && missingIsError)) {
    return <ErrorState title={errorTitle ?? t('state.errorTitle')} message={describeError(error)} retryLabel={retryLabel ?? t('state.retry')} onRetry={onRetry} />;
  }
  // Nothing, no error: `empty` if the caller has one, else the caller goes on (the hook) or shows nothing.
  if (none) return empty === undefined ? null : <>{empty}</>;
  if (isEmpty?.(data)) return <>{empty}</>;
  return null;
}
