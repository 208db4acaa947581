import type { PagedList, PageRequest } from '@internal/portal-common';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell, { TableCellProps } from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { ReactNode } from 'react';

/** One column of a paged table: its header and how a row shows in it. */
export type PagedColumn<T> = {
  id: string;
  header: ReactNode;
  cell: (item: T) => ReactNode;
  align?: TableCellProps['align'];
  sx?: TableCellProps['sx'];
  /** The column's sort order, when the list is sorted by it. */
  sorted?: 'asc' | 'desc';
};

/**
 * A page of a list endpoint as a table, with the pager under it. The page
 * sizes offered are `limits`; with one size there is no size picker.
 */
export function PagedTable<T>(props: {
  label: string;
  columns: PagedColumn<T>[];
  page: PagedList<T>;
  rowKey: (item: T) => string;
  request: PageRequest;
  limits?: number[];
  onRequest: (request: PageRequest) => void;
}) {
  const { label, columns, page, rowKey, request, onRequest } = props;
  const limits = props.limits ?? [request.limit];
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map(column => (
              <TableCell
                key={column.id}
                align={column.align}
                sx={column.sx}
                sortDirection={column.sorted ?? false}
              >
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {page.items.map(item => (
            <TableRow key={rowKey(item)}>
              {columns.map(column => (
                <TableCell key={column.id} align={column.align} sx={column.sx}>
                  {column.cell(item)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={page.totalItems}
        page={Math.floor(request.offset / request.limit)}
        rowsPerPage={request.limit}
        rowsPerPageOptions={limits}
        onPageChange={(_, n) =>
          onRequest({ limit: request.limit, offset: n * request.limit })
        }
        onRowsPerPageChange={e =>
          onRequest({ limit: Number(e.target.value), offset: 0 })
        }
      />
    </Paper>
  );
}
