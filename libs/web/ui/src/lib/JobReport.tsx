import type { ReactNode } from 'react';
import { DataTable, type DataTableColumn } from './DataTable';

/** A long job's progress: the upload first (a fraction), then the server's phases (done of total). */
export type JobReportProgress = { phase: 'upload'; fraction: number } | { phase: string; done: number; total: number };

export interface JobProgressProps {
  progress: JobReportProgress;
  /** What the upload step says ("Mengirim berkas…"). */
  uploadingLabel: ReactNode;
  /** What a server phase says ("Memeriksa baris 3 dari 10"). */
  phaseLabel: (progress: { phase: string; done: number; total: number }) => ReactNode;
}

/** The running job: a polite live status with a progress bar. */
export function JobProgress({ progress, uploadingLabel, phaseLabel }: JobProgressProps) {
  return (
    <div className="import-progress" role="status" aria-live="polite">
      {'fraction' in progress ? (
        <>
          {uploadingLabel} <progress max={1} value={progress.fraction} />
        </>
      ) : (
        <>
          {phaseLabel(progress)} <progress max={Math.max(progress.total, 1)} value={progress.done} />
        </>
      )}
    </div>
  );
}

export interface JobReportCount {
  key: string;
  /** A whole sentence ("3 siap diimpor"), or with `value` the name of a figure. */
  label: ReactNode;
  value?: ReactNode;
}

export interface JobReportProblems<P> {
  key: string;
  /** The table's caption: what getByRole('table', { name }) finds. */
  title: ReactNode;
  rows: readonly P[];
  columns: readonly (DataTableColumn<P> | false | null | undefined)[];
  rowKey: (row: P, index: number) => string | number;
  /** How many there are in all when the report lists only the first (then `truncatedNote` says so). */
  total?: number;
  truncatedNote?: ReactNode;
}

export interface JobReportProps<P> {
  /** The report's name: a region called by it. */
  title: string;
  /** `problem` when something blocks the job (or the outcome is bad), `ok` otherwise. */
  status: 'ok' | 'problem';
  /** The outcome as the server words it. */
  message: ReactNode;
  /** The figures; `false`, null or undefined leave one out (`n > 0 && { … }`). */
  counts: readonly (JobReportCount | false | null | undefined)[];
  /** What the reader can do next (import, a link to the result), between the figures and the problems. */
  actions?: ReactNode;
  /** Problem tables (errors, warnings); a table without rows is left out. */
  problems?: readonly JobReportProblems<P>[];
  /** Anything after the problems (a preview, longer lists). */
  children?: ReactNode;
}

/**
 * The report of a long job (an import checked or run): the outcome as a status, the figures, what to do next,
 * and each kind of problem in a table of its own (`.import-problems`).
 */
export function JobReport<P>({ title, status, message, counts, actions, problems = [], children }: JobReportProps<P>) {
  const shown = counts.filter((c): c is JobReportCount => Boolean(c));
  return (
    <section className="import-report" aria-label={title}>
      <p className={status === 'problem' ? 'returned-banner' : 'notice'} role="status">
        {message}
      </p>
      {shown.length > 0 && (
        <ul className="import-counts">
          {shown.map((c) => (
            <li key={c.key}>
              {c.value === undefined ? (
                c.label
              ) : (
                <>
                  {c.label}: <strong>{c.value}</strong>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {actions}
      {problems.map((p) =>
        p.rows.length === 0 ? null : (
          <div key={p.key} className="import-problems-block">
            <DataTable className="import-problems" caption={p.title} rows={p.rows} rowKey={p.rowKey} columns={p.columns} />
            {p.total !== undefined && p.rows.length < p.total && p.truncatedNote && <p className="muted small">{p.truncatedNote}</p>}
          </div>
        ),
      )}
      {children}
    </section>
  );
}
