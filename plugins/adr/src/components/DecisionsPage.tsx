import { useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  ADR_STATUSES,
  adrLabel,
  adrReviewPermission,
  AdrStatus,
} from '@internal/plugin-adr-common';
import type { AdrIndexFilter, IndexedAdr } from '@internal/plugin-adr-common';
import {
  adrApiRef,
  AdrStatusChip,
  statusLabel,
} from '@internal/plugin-adr-react';
import {
  FilterBar,
  FilterField,
  PagedColumn,
  PagedTable,
} from '@internal/portal-react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import useAsync from 'react-use/esm/useAsync';
import { ReviewButtons } from './ReviewButtons';
import { SupersedesGraph } from './SupersedesGraph';

const STATUSES: AdrStatus[] = [...ADR_STATUSES, 'none'];

const STATUS_FILTER: FilterField = {
  kind: 'select',
  key: 'status',
  label: 'Status',
  choices: STATUSES.map(s => ({ value: s, label: statusLabel(s) })),
};
const FILTERS: FilterField[] = [
  { kind: 'entity', key: 'owner', label: 'Owner', of: 'groups' },
  { kind: 'entity', key: 'system', label: 'System', of: 'systems' },
  { kind: 'entity', key: 'domain', label: 'Domain', of: 'domains' },
  { kind: 'date', key: 'from', label: 'From' },
  { kind: 'date', key: 'to', label: 'To' },
];

const COLUMNS: PagedColumn<IndexedAdr>[] = [
  {
    id: 'decision',
    header: 'Decision',
    cell: adr => `${adrLabel(adr.number)} ${adr.title}`,
  },
  {
    id: 'status',
    header: 'Status',
    cell: adr => <AdrStatusChip status={adr.status} text={adr.statusText} />,
  },
  {
    id: 'date',
    header: 'Date',
    sx: { whiteSpace: 'nowrap' },
    cell: adr => adr.date ?? '',
  },
  {
    id: 'component',
    header: 'Component',
    cell: adr => <EntityRefLink entityRef={adr.entityRef} />,
  },
  {
    id: 'owner',
    header: 'Owner',
    cell: adr => adr.owner && <EntityRefLink entityRef={adr.owner} />,
  },
  {
    id: 'system',
    header: 'System',
    cell: adr => adr.system && <EntityRefLink entityRef={adr.system} />,
  },
  {
    id: 'people',
    header: 'Decision-makers',
    cell: adr => adr.decisionMakers.join(', '),
  },
];

/** `/decisions`: every ADR in the organisation, with the review queue first. */
export function DecisionsPage() {
  const adrApi = useApi(adrApiRef);
  const [queue, setQueue] = useState<'review' | 'all' | 'graph'>('review');
  const [filter, setFilter] = useState<AdrIndexFilter>({});
  const [page, setPage] = useState({ limit: 25, offset: 0 });
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const { allowed: canReview } = usePermission({
    permission: adrReviewPermission,
  });
  const reviewing = queue === 'review' && canReview;
  const effective =
    queue === 'review'
      ? { ...filter, status: ['proposed', 'none'] as AdrStatus[] }
      : filter;
  const { value, loading, error } = useAsync(
    async () =>
      queue === 'graph' ? undefined : adrApi.getIndex(effective, page),
    [adrApi, queue, JSON.stringify(filter), page.limit, page.offset],
  );
  const columns: PagedColumn<IndexedAdr>[] = reviewing
    ? [
        ...COLUMNS,
        {
          id: 'review',
          header: 'Review',
          cell: adr => <ReviewButtons adr={adr} onDone={setOutcome} />,
        },
      ]
    : COLUMNS;

  const tabs = (
    <Tabs
      value={queue}
      onChange={(_, v) => {
        setQueue(v);
        setPage(p => ({ ...p, offset: 0 }));
      }}
      sx={{ mb: 2 }}
    >
      <Tab value="review" label="Awaiting review: proposed or no status" />
      <Tab value="all" label="All decisions" />
      <Tab value="graph" label="Supersedes graph" />
    </Tabs>
  );

  if (queue === 'graph') {
    return (
      <Box p={3}>
        {tabs}
        <SupersedesGraph />
      </Box>
    );
  }

  return (
    <Box p={3}>
      {tabs}
      <FilterBar
        fields={queue === 'all' ? [STATUS_FILTER, ...FILTERS] : FILTERS}
        values={filter}
        onChange={(key, choice) => {
          setFilter(f => ({ ...f, [key]: choice }));
          setPage(p => ({ ...p, offset: 0 }));
        }}
      />
      {outcome && (
        <Alert
          severity={outcome.ok ? 'success' : 'error'}
          onClose={() => setOutcome(undefined)}
          sx={{ mb: 2 }}
        >
          {outcome.message}
        </Alert>
      )}
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.totalItems === 0 && (
        <EmptyState
          missing="data"
          title={
            queue === 'review' ? 'Nothing awaits review' : 'No decisions match'
          }
          description="Decisions are indexed from every component with a backstage.io/adr-location annotation; the index refreshes every few minutes."
        />
      )}
      {value && value.totalItems > 0 && (
        <PagedTable
          label="Decisions"
          columns={columns}
          page={value}
          rowKey={adr => `${adr.entityRef}/${adr.file}`}
          request={page}
          limits={[25, 50, 100]}
          onRequest={setPage}
        />
      )}
    </Box>
  );
}
