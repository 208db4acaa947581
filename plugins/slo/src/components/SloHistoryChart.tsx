import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import useAsync from 'react-use/esm/useAsync';
import { sloApiRef } from '../api';
import { formatPercent } from '../format';
import { formatDateTime } from '@internal/portal-react';

const HISTORY_DAYS = 30;

/**
 * The SLO's error budget left over the last 30 days, one point per stored
 * evaluation. `evaluatedAt` is the latest evaluation: when it changes, the
 * history is loaded again.
 */
export function SloHistoryChart(props: {
  sloRef: string;
  evaluatedAt?: string;
}) {
  const sloApi = useApi(sloApiRef);
  const { value, loading, error } = useAsync(
    () => sloApi.getHistory(props.sloRef, { days: HISTORY_DAYS }),
    [sloApi, props.sloRef, props.evaluatedAt],
  );
  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title="Could not load the budget history"
      />
    );
  }
  const points = value?.points ?? [];
  const known = points.filter(p => p.budgetRemaining !== undefined);
  if (known.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No budget history yet: a point is stored at each scheduled evaluation
        that reaches the data source. Check back after the next run, or evaluate
        now.
      </Typography>
    );
  }
  const first = known[0];
  const last = known[known.length - 1];
  return (
    <Box>
      <Typography variant="subtitle2">
        Budget remaining, last {HISTORY_DAYS} days
      </Typography>
      <Box
        role="img"
        aria-label={`Budget remaining over the last ${HISTORY_DAYS} days`}
      >
        <LineChart
          height={220}
          margin={{ left: 64, right: 16, top: 16, bottom: 32 }}
          xAxis={[
            {
              data: points.map(p => new Date(p.evaluatedAt)),
              scaleType: 'time',
              valueFormatter: (date: Date) =>
                formatDateTime(date.toISOString()),
            },
          ]}
          yAxis={[{ valueFormatter: (v: number) => formatPercent(v) }]}
          series={[
            {
              data: points.map(p => p.budgetRemaining ?? null),
              label: 'Budget remaining',
              showMark: false,
              valueFormatter: v => (v === null ? 'no data' : formatPercent(v)),
            },
          ]}
          slotProps={{ legend: { hidden: true } }}
        />
      </Box>
      <Typography variant="caption" color="text.secondary">
        From {formatPercent(first.budgetRemaining)} (
        {formatDateTime(first.evaluatedAt)}) to{' '}
        {formatPercent(last.budgetRemaining)} (
        {formatDateTime(last.evaluatedAt)}), {points.length} evaluation
        {points.length === 1 ? '' : 's'}.
      </Typography>
    </Box>
  );
}
