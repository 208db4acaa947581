import { useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import {
  EntityRefFilter,
  errorMessage,
  formatDateTime,
  useCatalogFilterOptions,
} from '@internal/portal-react';
import { BudgetBar } from './BudgetBar';
import { ExampleDataNote } from './ExampleDataNote';
import {
  formatPercent,
  sloApiRef,
  SloBoardFilter,
  SloStatusChip,
} from '@internal/plugin-slo-react';

const PAGE_SIZE = 50;

/** `/slos`: every SLO in the organisation, least budget remaining first. */
export function SloBoardPage() {
  const sloApi = useApi(sloApiRef);
  const [filter, setFilter] = useState<SloBoardFilter>({});
  const [offset, setOffset] = useState(0);
  const options = useCatalogFilterOptions();
  const { value, loading, error } = useAsync(
    () => sloApi.getBoard(filter, { offset, limit: PAGE_SIZE }),
    [sloApi, filter.owner, filter.system, offset],
  );
  const change = (key: keyof SloBoardFilter) => (ref: string | undefined) => {
    setFilter(f => ({ ...f, [key]: ref }));
    setOffset(0);
  };
  const filtered = Boolean(filter.owner || filter.system);

  return (
    <Box p={3}>
      <ExampleDataNote />
      <Box display="flex" gap={2} flexWrap="wrap" mb={2}>
        <EntityRefFilter
          label="Owner"
          options={options.value?.groups ?? []}
          loading={options.loading}
          value={filter.owner}
          onChange={change('owner')}
        />
        <EntityRefFilter
          label="System"
          options={options.value?.systems ?? []}
          loading={options.loading}
          value={filter.system}
          onChange={change('system')}
        />
      </Box>
      {options.error && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          The owner and system filters could not be loaded from the catalog:{' '}
          {errorMessage(options.error)}
        </Alert>
      )}
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {!loading && value && value.totalItems === 0 && (
        <EmptyState
          missing={filtered ? 'data' : 'content'}
          title={filtered ? 'No SLOs match these filters' : 'No SLOs yet'}
          description={
            filtered
              ? 'Clear the owner or system filter to see every SLO.'
              : "Add an openslo.yaml beside a component's catalog-info.yaml; the catalog picks its SLOs up on its next refresh and the SLO backend evaluates them on its schedule."
          }
        />
      )}
      {!loading && value && value.totalItems > 0 && (
        <Paper variant="outlined">
          <Table size="small" aria-label="SLOs">
            <TableHead>
              <TableRow>
                <TableCell>SLO</TableCell>
                <TableCell>Component</TableCell>
                <TableCell>Owner</TableCell>
                <TableCell>Status</TableCell>
                <TableCell align="right">SLI</TableCell>
                <TableCell align="right">Target</TableCell>
                <TableCell sx={{ minWidth: 180 }}>Budget remaining</TableCell>
                <TableCell>Evaluated</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.map(item => (
                <TableRow key={item.sloRef}>
                  <TableCell>
                    <Typography variant="body2">{item.title}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {item.sloRef}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <EntityRefLink entityRef={item.componentRef} />
                  </TableCell>
                  <TableCell>
                    {item.ownerRef && (
                      <EntityRefLink entityRef={item.ownerRef} />
                    )}
                  </TableCell>
                  <TableCell>
                    <SloStatusChip
                      status={item.status}
                      message={item.message}
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatPercent(item.sli)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatPercent(item.target)}
                  </TableCell>
                  <TableCell>
                    <BudgetBar budgetRemaining={item.budgetRemaining} />
                  </TableCell>
                  <TableCell>{formatDateTime(item.evaluatedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={value.totalItems}
            page={offset / PAGE_SIZE}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
            onPageChange={(_, n) => setOffset(n * PAGE_SIZE)}
          />
        </Paper>
      )}
    </Box>
  );
}
