/** Progress of a streamed server job: which phase, how far. */
export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

/**
 * The last complete line of each kind in a streamed NDJSON job answer (the imports): progress so far, the report
 * when it came (with the HTTP status it would have had), or the error line.
 */
export function readJobStream<Report>(text: string): { progress: JobProgress | null; report: { status: number; report: Report } | null; error: string | null } {
  let progress: JobProgress | null = null;
  let report: { status: number; report: Report } | null = null;
  let error: string | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const item = JSON.parse(line);
      if (item.type === 'progress') progress = { phase: item.phase, done: item.done, total: item.total };
      else if (item.type === 'report') report = { status: item.status, report: item.report as Report };
      else if (item.type === 'error') error = item.message;
    } catch {
      // The last line may still be arriving.
    }
  }
  return { progress, report, error };
}

export const NDJSON = 'application/x-ndjson';
