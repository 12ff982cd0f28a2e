// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DataTable, VIRTUALIZE_ABOVE, type RecordColumn } from '@/components/data-table/data-table';
import { renderWithApp } from '../test-utils';
import { stubResizeObserver } from './dashboard-fixture';

beforeAll(stubResizeObserver);

type Item = { id: string; name: string; size: number };
const items = (n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Row ${i}`, size: i }));
const columns: RecordColumn<Item>[] = [
  {
    id: 'name',
    accessorFn: (row) => row.name,
    header: () => 'Name',
    cell: (c) => c.row.original.name,
  },
  {
    id: 'size',
    accessorFn: (row) => row.size,
    header: () => 'Size',
    cell: (c) => String(c.row.original.size),
  },
];

function show(rows: readonly Item[], order?: ArrayLike<number>, onSortChange = vi.fn()) {
  renderWithApp(
    <DataTable
      id="t"
      caption="Items"
      columns={columns}
      rows={rows}
      order={order}
      getRowId={(row) => row.id}
      sort={null}
      onSortChange={onSortChange}
      rowHeader="name"
      numeric={['size']}
      descFirst={['size']}
    />,
  );
  const table = screen.getByRole('table', { name: 'Items' });
  const bodyRows = within(table)
    .getAllByRole('row')
    .filter((row) => row.parentElement?.tagName === 'TBODY');
  return { table, bodyRows, onSortChange };
}

const names = (rows: HTMLElement[]) =>
  rows.map((row) => within(row).getByRole('rowheader').textContent);

describe('DataTable', () => {
  it('shows the rows `order` names, in that order, all of them, so none is numbered', () => {
    const { table, bodyRows } = show(items(10), [7, 2, 5]);
    expect(names(bodyRows)).toEqual(['Row 7', 'Row 2', 'Row 5']);
    // Every row is in the DOM: assistive technology counts them itself.
    expect(table).not.toHaveAttribute('aria-rowcount');
    expect(bodyRows.filter((row) => row.hasAttribute('aria-rowindex'))).toEqual([]);
  });

  it('shows every row in order without `order`', () => {
    const { bodyRows } = show(items(3));
    expect(names(bodyRows)).toEqual(['Row 0', 'Row 1', 'Row 2']);
  });

  it('draws only the rows near the viewport of a long list, with fixed-height rows', () => {
    const many = items(40_000);
    const order = Int32Array.from({ length: 30_000 }, (_, k) => 39_999 - k);
    const { table, bodyRows } = show(many, order);
    expect(table).toHaveAttribute('aria-rowcount', '30001');
    expect(table).toHaveClass('fixed-rows');
    const drawn = bodyRows.filter((row) => row.getAttribute('aria-hidden') !== 'true');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(VIRTUALIZE_ABOVE);
    expect(names(drawn).slice(0, 2)).toEqual(['Row 39999', 'Row 39998']);
    // Rows are left out: each drawn row says where it sits, after the header row (1).
    expect(drawn.map((row) => row.getAttribute('aria-rowindex')).slice(0, 3)).toEqual([
      '2',
      '3',
      '4',
    ]);
    expect(table.querySelector('thead tr')).toHaveAttribute('aria-rowindex', '1');
  });

  it('a short list is not virtualized', () => {
    const { table, bodyRows } = show(items(VIRTUALIZE_ABOVE));
    expect(table).not.toHaveClass('fixed-rows');
    expect(bodyRows).toHaveLength(VIRTUALIZE_ABOVE);
  });

  it('says the sort order on its headers, and a descending-first column starts descending', async () => {
    const user = userEvent.setup();
    const { onSortChange } = show(items(3));
    const header = screen.getByRole('columnheader', { name: /Size/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'size', desc: true });
  });
});
