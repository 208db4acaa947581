import { useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import type { SloBoardFilter, SloBoardItem } from '@internal/plugin-slo-common';
import {
  FilterBar,
  FilterField,
  formatDateTime,
  PagedColumn,
  PagedTable,
} from '@internal/portal-react';
import { BudgetBar } from './BudgetBar';
import { ExampleDataNote } from './ExampleDataNote';
import {
  formatPercent,
  sloApiRef,
  SloStatusChip,
} from '@internal/plugin-slo-react';

const PAGE_SIZE = 50;

const FILTERS: FilterField[] = [
  { kind: 'entity', key: 'owner', label: 'Owner', of: 'groups' },
  { kind: 'entity', key: 'system', label: 'System', of: 'systems' },
];

const COLUMNS: PagedColumn<SloBoardItem>[] = [
  {
    id: 'slo',
    header: 'SLO',
    cell: item => (
      <>
        <Typography variant="body2">{item.title}</Typography>
        <Typography variant="caption" color="text.secondary">
          {item.sloRef}
        </Typography>
      </>
    ),
  },
  {
    id: 'component',
    header: 'Component',
    cell: item => <EntityRefLink entityRef={item.componentRef} />,
  },
  {
    id: 'owner',
    header: 'Owner',
    cell: item => item.ownerRef && <EntityRefLink entityRef={item.ownerRef} />,
  },
  {
    id: 'status',
    header: 'Status',
    cell: item => <SloStatusChip status={item.status} message={item.message} />,
  },
  {
    id: 'sli',
    header: 'SLI',
    align: 'right',
    sx: { whiteSpace: 'nowrap' },
    cell: item => formatPercent(item.sli),
  },
  {
    id: 'target',
    header: 'Target',
    align: 'right',
    sx: { whiteSpace: 'nowrap' },
    cell: item => formatPercent(item.target),
  },
  {
    id: 'budget',
    header: 'Budget remaining',
    sx: { minWidth: 180 },
    cell: item => <BudgetBar budgetRemaining={item.budgetRemaining} />,
  },
  {
    id: 'evaluated',
    header: 'Evaluated',
    cell: item => formatDateTime(item.evaluatedAt),
  },
];

/** `/slos`: every SLO in the organisation, least budget remaining first. */
export function SloBoardPage() {
  const sloApi = useApi(sloApiRef);
  const [filter, setFilter] = useState<SloBoardFilter>({});
  const [request, setRequest] = useState({ offset: 0, limit: PAGE_SIZE });
  const { value, loading, error } = useAsync(
    () => sloApi.getBoard(filter, request),
    [sloApi, filter.owner, filter.system, request.offset],
  );
  const filtered = Boolean(filter.owner || filter.system);

  return (
    <Box p={3}>
      <ExampleDataNote />
      <FilterBar
        fields={FILTERS}
        values={filter}
        onChange={(key, ref) => {
          setFilter(f => ({ ...f, [key]: ref }));
          setRequest(r => ({ ...r, offset: 0 }));
        }}
      />
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
        <PagedTable
          label="SLOs"
          columns={COLUMNS}
          page={value}
          rowKey={item => item.sloRef}
          request={request}
          onRequest={setRequest}
        />
      )}
    </Box>
  );
}
