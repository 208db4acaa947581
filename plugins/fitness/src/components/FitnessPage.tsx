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
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  FitnessSortField,
  fitnessWaiverManagePermission,
  TemplateDrift,
} from '@internal/plugin-fitness-common';
import {
  EntityRefFilter,
  useCatalogFilterOptions,
} from '@internal/portal-react';
import { LevelDistribution } from './LevelDistribution';
import { OwnerRollup } from './OwnerRollup';
import { ServiceWaiversDialog } from './ServiceWaiversDialog';
import { TrendArrow } from './TrendArrow';
import {
  fitnessApiRef,
  FitnessListQuery,
  LevelBadge,
} from '@internal/plugin-fitness-react';

const PAGE_SIZE = 50;
type Filter = Pick<
  FitnessListQuery,
  'owner' | 'system' | 'domain' | 'level' | 'drift'
>;

const DRIFT_LABEL: Record<TemplateDrift, string> = {
  current: 'up to date',
  behind: 'behind',
  major: 'a major version behind',
  unknown: 'not comparable',
};

/** `/fitness`: every service's score and level, worst first. */
export function FitnessPage() {
  const fitnessApi = useApi(fitnessApiRef);
  const options = useCatalogFilterOptions();
  const { allowed: canWaive } = usePermission({
    permission: fitnessWaiverManagePermission,
  });
  const [filter, setFilter] = useState<Filter>({});
  const [sort, setSort] = useState<{
    field: FitnessSortField;
    order: 'asc' | 'desc';
  }>({
    field: 'score',
    order: 'asc',
  });
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

  const change = (key: keyof Filter) => (value: string | undefined) => {
    setFilter(f => ({ ...f, [key]: value }));
    setOffset(0);
  };
  const sortBy = (field: FitnessSortField) => () => {
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
  const header = (field: FitnessSortField, label: string, align?: 'right') => (
    <TableCell
      align={align}
      sortDirection={sort.field === field ? sort.order : false}
    >
      <TableSortLabel
        active={sort.field === field}
        direction={sort.field === field ? sort.order : 'asc'}
        onClick={sortBy(field)}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <Box p={3} display="flex" flexDirection="column" gap={2}>
      {progress.value && (
        <Typography variant="body2" color="text.secondary">
          Scanner: {progress.value.queued} queued, {progress.value.running}{' '}
          running, {progress.value.done} done in the{' '}
          {progress.value.lastRun?.finishedAt ? 'last' : 'current'} run
        </Typography>
      )}
      <Box display="flex" gap={2} flexWrap="wrap">
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
        <EntityRefFilter
          label="Domain"
          options={options.value?.domains ?? []}
          loading={options.loading}
          value={filter.domain}
          onChange={change('domain')}
        />
        <TextField
          select
          size="small"
          label="Level"
          value={filter.level ?? ''}
          onChange={e => change('level')(e.target.value || undefined)}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">any</MenuItem>
          <MenuItem value="gold">gold</MenuItem>
          <MenuItem value="silver">silver</MenuItem>
          <MenuItem value="bronze">bronze</MenuItem>
          <MenuItem value="none">no level</MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          label="Golden-path drift"
          value={filter.drift ?? ''}
          onChange={e => change('drift')(e.target.value || undefined)}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">any</MenuItem>
          <MenuItem value="current">{DRIFT_LABEL.current}</MenuItem>
          <MenuItem value="behind">{DRIFT_LABEL.behind}</MenuItem>
          <MenuItem value="major">{DRIFT_LABEL.major}</MenuItem>
          <MenuItem value="unknown">{DRIFT_LABEL.unknown}</MenuItem>
        </TextField>
      </Box>
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
            <Paper variant="outlined">
              <Table size="small" aria-label="Services by fitness">
                <TableHead>
                  <TableRow>
                    {header('title', 'Service')}
                    {header('score', 'Score', 'right')}
                    {header('level', 'Level')}
                    <TableCell align="right">Failing</TableCell>
                    <TableCell>Owner</TableCell>
                    <TableCell>System</TableCell>
                    <TableCell>Golden path</TableCell>
                    {canWaive && <TableCell>Waivers</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {page.value.items.map(item => (
                    <TableRow key={item.entityRef}>
                      <TableCell>
                        <EntityRefLink
                          entityRef={item.entityRef}
                          title={item.title}
                        />
                      </TableCell>
                      <TableCell align="right">
                        {item.score === undefined ? '–' : item.score.toFixed(1)}{' '}
                        <TrendArrow
                          score={item.score}
                          previous={item.previousScore}
                        />
                      </TableCell>
                      <TableCell>
                        <LevelBadge level={item.level} />
                      </TableCell>
                      <TableCell align="right">{item.failing}</TableCell>
                      <TableCell>
                        {item.ownerRef && (
                          <EntityRefLink entityRef={item.ownerRef} />
                        )}
                      </TableCell>
                      <TableCell>
                        {item.systemRef && (
                          <EntityRefLink entityRef={item.systemRef} />
                        )}
                      </TableCell>
                      <TableCell>
                        {item.drift && DRIFT_LABEL[item.drift]}
                      </TableCell>
                      {canWaive && (
                        <TableCell>
                          <Button
                            size="small"
                            onClick={() =>
                              setWaiving({
                                entityRef: item.entityRef,
                                title: item.title,
                              })
                            }
                          >
                            Waivers
                          </Button>
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <TablePagination
                component="div"
                count={page.value.totalItems}
                page={offset / PAGE_SIZE}
                rowsPerPage={PAGE_SIZE}
                rowsPerPageOptions={[PAGE_SIZE]}
                onPageChange={(_, n) => setOffset(n * PAGE_SIZE)}
              />
            </Paper>
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
