import { RowCells, type Column } from './data-table';

/** A column that cannot sort; a column of buttons may hide its heading visually (`hiddenHeader`) but keeps it for screen readers. */
export type SimpleColumn<Row> = Omit<Column<Row>, 'sortKey'> & { hiddenHeader?: boolean };

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
              <RowCells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
