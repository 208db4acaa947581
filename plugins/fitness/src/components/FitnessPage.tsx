import { useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  FITNESS_LEVELS,
  FitnessListQuery,
  FitnessSortField,
  fitnessWaiverManagePermission,
  TEMPLATE_DRIFTS,
} from '@internal/plugin-fitness-common';
import { FilterBar, FilterField, PagedTable } from '@internal/portal-react';
import { DRIFT_LABEL, fitnessListColumns, Sort } from './fitnessListColumns';
import { LevelDistribution } from './LevelDistribution';
import { OwnerRollup } from './OwnerRollup';
import { ServiceWaiversDialog } from './ServiceWaiversDialog';
import { fitnessApiRef } from '@internal/plugin-fitness-react';

const PAGE_SIZE = 50;
type Filter = Pick<
  FitnessListQuery,
  'owner' | 'system' | 'domain' | 'level' | 'drift'
>;

const FILTERS: FilterField[] = [
  { kind: 'entity', key: 'owner', label: 'Owner', of: 'groups' },
  { kind: 'entity', key: 'system', label: 'System', of: 'systems' },
  { kind: 'entity', key: 'domain', label: 'Domain', of: 'domains' },
  {
    kind: 'select',
    key: 'level',
    label: 'Level',
    choices: [
      ...[...FITNESS_LEVELS].reverse().map(l => ({ value: l, label: l })),
      { value: 'none', label: 'no level' },
    ],
  },
  {
    kind: 'select',
    key: 'drift',
    label: 'Golden-path drift',
    choices: TEMPLATE_DRIFTS.map(d => ({ value: d, label: DRIFT_LABEL[d] })),
  },
];

/** `/fitness`: every service's score and level, worst first. */
export function FitnessPage() {
  const fitnessApi = useApi(fitnessApiRef);
  const { allowed: canWaive } = usePermission({
    permission: fitnessWaiverManagePermission,
  });
  const [filter, setFilter] = useState<Filter>({});
  const [sort, setSort] = useState<Sort>({ field: 'score', order: 'asc' });
  const [offset, setOffset] = useState(0);
  const [waiving, setWaiving] = useState<{
    entityRef: string;
    title: string;
  }>();
  const query = {
    ...filter,
    sort: sort.field,
    order: sort.order,
    offset,
    limit: PAGE_SIZE,
  };
  const page = useAsyncRetry(
    () => fitnessApi.list(query),
    [fitnessApi, JSON.stringify(query)],
  );
  const worst = useAsyncRetry(
    () =>
      fitnessApi.list({
        ...filter,
        sort: 'score',
        order: 'asc',
        offset: 0,
        limit: 5,
      }),
    [fitnessApi, JSON.stringify(filter)],
  );
  const rollups = useAsyncRetry(
    () => fitnessApi.rollups('owner'),
    [fitnessApi],
  );
  const progress = useAsyncRetry(() => fitnessApi.progress(), [fitnessApi]);

  const sortBy = (field: FitnessSortField) => {
    setSort(s => ({
      field,
      order: s.field === field && s.order === 'asc' ? 'desc' : 'asc',
    }));
    setOffset(0);
  };
  const refresh = () => {
    page.retry();
    worst.retry();
    rollups.retry();
  };
  const filtered = Object.values(filter).some(Boolean);
  const columns = fitnessListColumns({
    sort,
    onSort: sortBy,
    onWaivers: canWaive
      ? item => setWaiving({ entityRef: item.entityRef, title: item.title })
      : undefined,
  });

  return (
    <Box p={3} display="flex" flexDirection="column" gap={2}>
      {progress.value && (
        <Typography variant="body2" color="text.secondary">
          Scanner: {progress.value.queued} queued, {progress.value.running}{' '}
          running, {progress.value.done} done in the{' '}
          {progress.value.lastRun?.finishedAt ? 'last' : 'current'} run
        </Typography>
      )}
      <FilterBar
        fields={FILTERS}
        values={filter}
        onChange={(key, value) => {
          setFilter(f => ({ ...f, [key]: value }));
          setOffset(0);
        }}
      />
      {page.error && <ResponseErrorPanel error={page.error} />}
      {page.loading && !page.value && <Progress />}
      {page.value && page.value.totalItems === 0 && (
        <EmptyState
          missing={filtered ? 'data' : 'content'}
          title={
            filtered
              ? 'No services match these filters'
              : 'No services scanned yet'
          }
          description={
            filtered
              ? 'Clear a filter to see more services.'
              : 'The fitness backend scans every component a few seconds after the portal starts, then on its schedule. Come back in a minute.'
          }
        />
      )}
      {page.value && page.value.totalItems > 0 && (
        <Grid container spacing={2}>
          <Grid item xs={12} md={4}>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <LevelDistribution levels={page.value.levels} />
            </Paper>
          </Grid>
          <Grid item xs={12} md={8}>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <Typography variant="subtitle2">Worst offenders</Typography>
              <Box
                component="ol"
                sx={{ m: 0, pl: 3 }}
                aria-label="Worst offenders"
              >
                {(worst.value?.items ?? []).map(item => (
                  <li key={item.entityRef}>
                    <EntityRefLink
                      entityRef={item.entityRef}
                      title={item.title}
                      underline="always"
                    />{' '}
                    {item.score === undefined ? '–' : item.score.toFixed(1)} ·{' '}
                    {item.failing} failing
                  </li>
                ))}
              </Box>
            </Paper>
          </Grid>
          <Grid item xs={12}>
            <PagedTable
              label="Services by fitness"
              columns={columns}
              page={page.value}
              rowKey={item => item.entityRef}
              request={{ offset, limit: PAGE_SIZE }}
              onRequest={request => setOffset(request.offset)}
            />
          </Grid>
          <Grid item xs={12}>
            <Paper variant="outlined" sx={{ p: 2 }}>
              {rollups.error && <ResponseErrorPanel error={rollups.error} />}
              {rollups.value && <OwnerRollup rollups={rollups.value} />}
            </Paper>
          </Grid>
        </Grid>
      )}
      {waiving && (
        <ServiceWaiversDialog
          entityRef={waiving.entityRef}
          title={waiving.title}
          onClose={() => setWaiving(undefined)}
          onChange={refresh}
        />
      )}
    </Box>
  );
}
