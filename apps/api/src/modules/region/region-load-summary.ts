import { RegionLoadReport } from './region-loader';

/** One line for logs: what a region load did. */
export function describeLoad(report: RegionLoadReport): string {
  const what = `${report.source} ${report.version}`;
  if (report.status === 'unchanged') return `Regions: ${what} already loaded (${report.total} regions); nothing to do.`;
  if (report.status === 'loaded') return `Regions: loaded ${report.added.length} regions from ${what} in ${report.durationMs} ms.`;
  return (
    `Regions: updated ${report.previousVersion ?? 'none'} → ${what} in ${report.durationMs} ms: ` +
    `${report.added.length} added, ${report.renamed.length} renamed, ${report.removed.length} removed, ` +
    `${report.keptReferenced.length} removed upstream but kept because still referenced.`
  );
}
