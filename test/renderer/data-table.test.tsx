import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from '../../renderer/src/components/data-table';

type Row = { id: string; name: string };
const rows: Row[] = [
  { id: 'a', name: 'KAIST' },
  { id: 'b', name: 'HKUST' },
  { id: 'c', name: 'CUHK' },
];
const columns: Column<Row>[] = [{ key: 'name', header: 'Name', sortKey: 'name', render: (r) => r.name }];

describe('DataTable', () => {
  it('moves the highlighted row with the arrow keys and opens it with Enter', async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<DataTable label="Universities" columns={columns} rows={rows} rowKey={(r) => r.id} onOpen={onOpen} />);
    const [, first, second, third] = screen.getAllByRole('row');

    await user.tab();
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(third).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(rows[1]);
    // Only the highlighted row is in the tab order.
    expect(screen.getAllByRole('row').filter((row) => row.tabIndex === 0)).toEqual([second]);
  });

  it('marks the sorted column and reports header clicks', async () => {
    const onSort = vi.fn();
    const user = userEvent.setup();
    render(
      <DataTable label="Universities" columns={columns} rows={rows} rowKey={(r) => r.id} onOpen={() => {}} sort={{ key: 'name', dir: 'desc' }} onSort={onSort} />,
    );
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(onSort).toHaveBeenCalledWith('name');
  });

  it('shows the empty slot when there are no rows', () => {
    render(<DataTable label="Universities" columns={columns} rows={[]} rowKey={(r) => r.id} onOpen={() => {}} empty={<p>Nothing here</p>} />);
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });
});
