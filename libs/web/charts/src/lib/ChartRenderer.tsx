import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@jangkau/web-ui';

/**
 * The frame every chart sits in: a title, and a designed state for loading, failure and no data, so a chart is
 * never a blank box. `dataTable` (a ChartDataTable) follows the chart once there is data: the figures for screen
 * readers and for anyone who wants the exact numbers.
 */
export function ChartRenderer({
  title,
  loading,
  error,
  empty,
  emptyMessage,
  loadingLabel,
  errorTitle,
  retryLabel,
  onRetry,
  dataTable,
  children,
}: {
  title: string;
  loading: boolean;
  error?: string | null;
  empty: boolean;
  emptyMessage: string;
  loadingLabel: string;
  errorTitle: string;
  retryLabel?: string;
  onRetry?: () => void;
  dataTable?: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {loading ? (
        <LoadingState label={loadingLabel} rows={3} />
      ) : error ? (
        <ErrorState title={errorTitle} message={error} retryLabel={retryLabel} onRetry={onRetry} />
      ) : empty ? (
        <EmptyState title={emptyMessage} />
      ) : (
        <>
          {children}
          {dataTable}
        </>
      )}
    </figure>
  );
}
