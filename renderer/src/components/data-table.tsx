import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type SortDir = 'asc' | 'desc';
export type SortState = { key: string; dir: SortDir };

export type Column<Row> = {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** The sort key main understands; columns without one are not sortable. */
  sortKey?: string;
  /** `num` right-aligns figures, `nowrap` keeps dates and sizes on one line, `mono` for file names. */
  className?: string;
};

export type DataTableProps<Row> = {
  label: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  onOpen: (row: Row) => void;
  sort?: SortState;
  onSort?: (sortKey: string) => void;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  busy?: boolean;
};

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A list of records. Click a row or press Enter to open it; ArrowUp/ArrowDown (Home/End) move the
 * highlighted row, which also holds the keyboard focus (roving tabindex). Sortable headers are buttons
 * and carry `aria-sort`.
 */
export function DataTable<Row>({ label, columns, rows, rowKey, onOpen, sort, onSort, empty, busy }: DataTableProps<Row>) {
  const [active, setActive] = useState(0);
  const rowRefs = useRef<Array<HTMLTableRowElement | null>>([]);

  useEffect(() => {
    setActive((index) => Math.min(index, Math.max(rows.length - 1, 0)));
  }, [rows]);

  if (rows.length === 0 && empty) return <div className="data-table__empty">{empty}</div>;

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    rowRefs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (rows.length === 0) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => onOpen(rows[active]),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div className="data-table" aria-busy={busy || undefined}>
      <table role="grid" aria-label={label} aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = sort && column.sortKey === sort.key ? ARIA_SORT[sort.dir] : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className}
                  aria-sort={column.sortKey ? (sorted ?? 'none') : undefined}
                >
                  {column.sortKey && onSort ? (
                    <button type="button" className="data-table__sort" onClick={() => onSort(column.sortKey!)}>
                      {column.header}
                      <span className="data-table__sort-mark" aria-hidden="true">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {rows.map((row, index) => (
            <tr
              key={rowKey(row)}
              ref={(element) => {
                rowRefs.current[index] = element;
              }}
              tabIndex={index === active ? 0 : -1}
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onFocus={() => setActive(index)}
              onClick={() => {
                setActive(index);
                onOpen(row);
              }}
            >
              <RowCells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A row's cells, one per column: the same in a list that opens records and in a read-only table. */
export function RowCells<Row>({ columns, row }: { columns: ReadonlyArray<Pick<Column<Row>, 'key' | 'render' | 'className'>>; row: Row }) {
  return (
    <>
      {columns.map((column) => (
        <td key={column.key} className={column.className}>
          {column.render(row)}
        </td>
      ))}
    </>
  );
}
