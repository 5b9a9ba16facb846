import type { ReactNode } from 'react';

export type SimpleColumn<Row> = {
  key: string;
  /** The heading; a column of buttons may hide it visually (`hiddenHeader`) but keeps it for screen readers. */
  header: string;
  hiddenHeader?: boolean;
  render: (row: Row) => ReactNode;
  /** `num` right-aligns figures, `nowrap` keeps dates and sizes on one line, `mono` for file names. */
  className?: string;
};

export type SimpleTableProps<Row> = {
  label: string;
  columns: ReadonlyArray<SimpleColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  className?: string;
};

/**
 * A read-only table (backups, past imports, signing records): headed columns and a row per item,
 * scrolling sideways on a narrow window. Lists that open records use DataTable instead.
 */
export function SimpleTable<Row>({ label, columns, rows, rowKey, className }: SimpleTableProps<Row>) {
  return (
    <div className="table-scroll">
      <table className={['simple-table', className].filter(Boolean).join(' ')} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className === 'num' ? 'num' : undefined}>
                {column.hiddenHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.className}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
