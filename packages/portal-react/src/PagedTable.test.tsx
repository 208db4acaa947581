import { fireEvent, render, screen, within } from '@testing-library/react';
import { PagedTable } from './PagedTable';

type Row = { id: string; name: string };
const page = (offset: number) => ({
  items: [{ id: `r${offset}`, name: `row ${offset}` }],
  totalItems: 120,
});

describe('PagedTable', () => {
  it('shows the page and asks for the next one and for another size', () => {
    const onRequest = jest.fn();
    render(
      <PagedTable<Row>
        label="Rows"
        columns={[
          { id: 'name', header: 'Name', cell: r => r.name, sorted: 'asc' },
        ]}
        page={page(50)}
        rowKey={r => r.id}
        request={{ offset: 50, limit: 50 }}
        limits={[25, 50]}
        onRequest={onRequest}
      />,
    );
    const table = screen.getByRole('table', { name: 'Rows' });
    expect(within(table).getByRole('columnheader')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(table).getByText('row 50')).toBeInTheDocument();
    expect(screen.getByText('51–100 of 120')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(onRequest).toHaveBeenLastCalledWith({ offset: 100, limit: 50 });

    fireEvent.mouseDown(screen.getByRole('combobox'));
    fireEvent.click(screen.getByRole('option', { name: '25' }));
    expect(onRequest).toHaveBeenLastCalledWith({ offset: 0, limit: 25 });
  });
});
