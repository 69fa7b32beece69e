import type { HTMLAttributes, ReactNode, TdHTMLAttributes } from 'react';

export interface DataTableSort {
  /** This column orders the rows now, and which way; null when another column does. */
  direction: 'ascending' | 'descending' | null;
  /** The sort button's accessible name ("Sort by Name"). */
  label: string;
  onSort: () => void;
}

export interface DataTableColumn<R> {
  key: string;
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  /** `end` for figures: right-aligned (`.num`) in the header and the cells. */
  align?: 'start' | 'end';
  /** The column that names the row: `<th scope="row">`, so the row is called by it. */
  rowHeader?: boolean;
  /** Extra class of this column's body cells (e.g. `code`). */
  className?: string;
  /** Further attributes of a body cell (a `title`). */
  cellProps?: (row: R, index: number) => TdHTMLAttributes<HTMLTableCellElement>;
  /** A header that orders the rows: a button, `aria-sort` on the header. */
  sort?: DataTableSort;
}

export interface DataTableProps<R> {
  /** The columns in order; `false`, null or undefined leave a column out (`shown && { … }`). */
  columns: readonly (DataTableColumn<R> | false | null | undefined)[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string | number;
  /** The table's name (what `getByRole('table', { name })` finds). */
  caption?: ReactNode;
  /** The caption is for screen readers only. */
  captionHidden?: boolean;
  /** Names the scroll region around the table: then it is a focusable `region` a keyboard can scroll. */
  label?: string;
  /** Extra classes of the table (after `table`) and of the scroll region (before `table-wrap`). */
  className?: string;
  wrapClassName?: string;
  /** Attributes of each body row (data-*, aria-selected, a class). */
  rowProps?: (row: R, index: number) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;
  'aria-busy'?: boolean;
  /** Rows after the body (totals). */
  footer?: ReactNode;
}

/**
 * The one data table: a `.table` in a `.table-wrap` that scrolls sideways on a phone, with a caption naming it,
 * column headers (sortable ones with a button and `aria-sort`), figures right-aligned and each row named by its
 * row-header cell.
 */
export function DataTable<R>({ columns, rows, rowKey, caption, captionHidden, label, className, wrapClassName, rowProps, footer, ...rest }: DataTableProps<R>) {
  const shown = columns.filter((c): c is DataTableColumn<R> => Boolean(c));
  const region = label ? { tabIndex: 0, role: 'region', 'aria-label': label } : {};
  return (
    <div className={wrapClassName ? `${wrapClassName} table-wrap` : 'table-wrap'} {...region}>
      <table className={className ? `table ${className}` : 'table'} aria-busy={rest['aria-busy']}>
        {caption !== undefined && <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>}
        <thead>
          <tr>
            {shown.map((column) => (
              <th key={column.key} scope="col" className={column.align === 'end' ? 'num' : undefined} aria-sort={column.sort?.direction ?? undefined}>
                {column.sort ? (
                  <button type="button" className="sort-button" aria-label={column.sort.label} aria-pressed={column.sort.direction !== null} onClick={column.sort.onSort}>
                    {column.header}
                    <span aria-hidden="true">{column.sort.direction === 'descending' ? ' ▼' : column.sort.direction === 'ascending' ? ' ▲' : ''}</span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} {...rowProps?.(row, index)}>
              {shown.map((column) => {
                const classes = [column.align === 'end' ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined;
                const extra = column.cellProps?.(row, index);
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={classes} {...extra}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={column.key} className={classes} {...extra}>
                    {column.cell(row, index)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {footer}
      </table>
    </div>
  );
}
