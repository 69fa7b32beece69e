import { fireEvent, render, screen, within } from '@testing-library/react';
import { DataTable } from './DataTable';
import { at } from '@jangkau/shared-domain';

const rows = [
  { code: '15.01', name: 'Kerinci', villages: 285 },
  { code: '15.02', name: 'Merangin', villages: 215 },
];

describe('DataTable', () => {
  it('is named by its caption, has column headers, and names each row by its row header', () => {
    render(
      <DataTable
        caption="Regencies"
        label="Regencies, scrolls sideways"
        rows={rows}
        rowKey={(r) => r.code}
        rowProps={(r) => ({ 'data-code': r.code })}
        columns={[
          { key: 'name', header: 'Name', rowHeader: true, cell: (r) => r.name },
          { key: 'code', header: 'Code', className: 'code', cell: (r) => r.code },
          false,
          { key: 'villages', header: 'Villages', align: 'end', cellProps: (r) => ({ title: `${r.villages} villages` }), cell: (r) => r.villages },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Regencies' });
    expect(screen.getByRole('region', { name: 'Regencies, scrolls sideways' }).getAttribute('tabindex')).toBe('0');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Code', 'Villages']);
    const merangin = within(table).getByRole('row', { name: /Merangin/ });
    expect(merangin.getAttribute('data-code')).toBe('15.02');
    expect(within(merangin).getByRole('rowheader').textContent).toBe('Merangin');
    const cells = within(merangin).getAllByRole('cell');
    expect(at(cells, 0, 'code cell').className).toBe('code');
    expect(at(cells, 1, 'villages cell').className).toBe('num');
    expect(at(cells, 1, 'villages cell').getAttribute('title')).toBe('215 villages');
    expect(at(screen.getAllByRole('columnheader'), 2, 'villages header').className).toBe('num');
  });

  it('leaves the scroll region unnamed (no landmark) without a label', () => {
    render(<DataTable rows={rows} rowKey={(r) => r.code} columns={[{ key: 'name', header: 'Name', cell: (r) => r.name }]} />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('table').closest('.table-wrap')).not.toBeNull();
  });

  it('orders by a sortable header: a button, aria-sort on the header', () => {
    const onSort = jest.fn();
    render(
      <DataTable
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          { key: 'name', header: 'Name', sort: { direction: 'descending', label: 'Sort by Name', onSort }, cell: (r) => r.name },
          { key: 'code', header: 'Code', sort: { direction: null, label: 'Sort by Code', onSort }, cell: (r) => r.code },
        ]}
      />,
    );
    const headers = screen.getAllByRole('columnheader');
    const [name, code] = [at(headers, 0, 'Name header'), at(headers, 1, 'Code header')];
    expect(name.getAttribute('aria-sort')).toBe('descending');
    expect(code.getAttribute('aria-sort')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sort by Name' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Code' }));
    expect(onSort).toHaveBeenCalledTimes(1);
  });
});
