import { useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { ADR_STATUSES, adrLabel, AdrStatus } from '@internal/plugin-adr-common';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Alert from '@mui/material/Alert';
import { usePermission } from '@backstage/plugin-permission-react';
import { adrReviewPermission } from '@internal/plugin-adr-common';
import useAsync from 'react-use/esm/useAsync';
import { ReviewButtons } from './ReviewButtons';
import { SupersedesGraph } from './SupersedesGraph';
import {
  adrApiRef,
  AdrStatusChip,
  statusLabel,
} from '@internal/plugin-adr-react';
import type { AdrIndexFilter } from '@internal/plugin-adr-common';

const STATUSES: AdrStatus[] = [...ADR_STATUSES, 'none'];

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
  const change =
    (key: keyof AdrIndexFilter) => (event: { target: { value: string } }) => {
      setFilter(f => ({ ...f, [key]: event.target.value || undefined }));
      setPage(p => ({ ...p, offset: 0 }));
    };

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
      <Box display="flex" gap={2} flexWrap="wrap" mb={2}>
        {queue === 'all' && (
          <TextField
            select
            size="small"
            label="Status"
            value={filter.status ?? ''}
            onChange={change('status')}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">any</MenuItem>
            {STATUSES.map(s => (
              <MenuItem key={s} value={s}>
                {statusLabel(s)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          size="small"
          label="Owner (group:default/…)"
          value={filter.owner ?? ''}
          onChange={change('owner')}
        />
        <TextField
          size="small"
          label="System (system:default/…)"
          value={filter.system ?? ''}
          onChange={change('system')}
        />
        <TextField
          size="small"
          label="Domain (domain:default/…)"
          value={filter.domain ?? ''}
          onChange={change('domain')}
        />
        <TextField
          size="small"
          type="date"
          label="From"
          InputLabelProps={{ shrink: true }}
          value={filter.from ?? ''}
          onChange={change('from')}
        />
        <TextField
          size="small"
          type="date"
          label="To"
          InputLabelProps={{ shrink: true }}
          value={filter.to ?? ''}
          onChange={change('to')}
        />
      </Box>
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
        <Paper variant="outlined">
          <Table size="small" aria-label="Decisions">
            <TableHead>
              <TableRow>
                <TableCell>Decision</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Date</TableCell>
                <TableCell>Component</TableCell>
                <TableCell>Owner</TableCell>
                <TableCell>System</TableCell>
                <TableCell>Decision-makers</TableCell>
                {reviewing && <TableCell>Review</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.map(adr => (
                <TableRow key={`${adr.entityRef}/${adr.file}`}>
                  <TableCell>{`${adrLabel(adr.number)} ${
                    adr.title
                  }`}</TableCell>
                  <TableCell>
                    <AdrStatusChip status={adr.status} text={adr.statusText} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {adr.date ?? ''}
                  </TableCell>
                  <TableCell>
                    <EntityRefLink entityRef={adr.entityRef} />
                  </TableCell>
                  <TableCell>
                    {adr.owner && <EntityRefLink entityRef={adr.owner} />}
                  </TableCell>
                  <TableCell>
                    {adr.system && <EntityRefLink entityRef={adr.system} />}
                  </TableCell>
                  <TableCell>{adr.decisionMakers.join(', ')}</TableCell>
                  {reviewing && (
                    <TableCell>
                      <ReviewButtons adr={adr} onDone={setOutcome} />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={value.totalItems}
            page={page.offset / page.limit}
            rowsPerPage={page.limit}
            rowsPerPageOptions={[25, 50, 100]}
            onPageChange={(_, n) =>
              setPage(p => ({ ...p, offset: n * p.limit }))
            }
            onRowsPerPageChange={e =>
              setPage({ limit: Number(e.target.value), offset: 0 })
            }
          />
        </Paper>
      )}
    </Box>
  );
}
