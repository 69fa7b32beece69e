import type { ReactNode } from 'react';

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
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={columns[i]?.key ?? i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={columns[i]?.key ?? i} className={columns[i]?.numeric ? 'num' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
