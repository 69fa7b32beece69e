import type { ReactNode } from 'react';
import { DataTable } from '@jangkau/web-ui';

export interface ChartDataColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface ChartDataRow {
  key: string;
  cells: ReactNode[];
}

/**
 * The figures behind a chart as a table, folded away under a summary line: a chart's bars say nothing to a screen
 * reader, and on a phone the exact numbers are easier to read here than in a tooltip.
 */
export function ChartDataTable({ summary, caption, columns, rows }: { summary: string; caption: string; columns: ChartDataColumn[]; rows: ChartDataRow[] }) {
  return (
    <details className="chart__data">
      <summary>{summary}</summary>
      <DataTable
        caption={caption}
        captionHidden
        rows={rows}
        rowKey={(row) => row.key}
        columns={columns.map((column, i) => ({
          key: column.key,
          header: column.label,
          // The first cell names the row; figures are right-aligned.
          rowHeader: i === 0,
          align: column.numeric && i > 0 ? 'end' : undefined,
          cell: (row: ChartDataRow) => row.cells[i],
        }))}
      />
    </details>
  );
}
