import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import useAsync from 'react-use/esm/useAsync';
import { fitnessApiRef } from '../api';

const DAYS = 180;

/** The score at each scan of a changed tree over the last 180 days. */
export function ScoreHistoryChart(props: {
  entityRef: CompoundEntityRef;
  scannedAt: string;
}) {
  const fitnessApi = useApi(fitnessApiRef);
  const { value, loading, error } = useAsync(
    () => fitnessApi.getHistory(props.entityRef, DAYS),
    [fitnessApi, props.entityRef.name, props.scannedAt],
  );
  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title="Could not load the score history"
      />
    );
  }
  const points = (value ?? []).filter(p => p.score !== undefined);
  if (points.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No score history yet: a point is stored each time the service's source
        changes and is scanned.
      </Typography>
    );
  }
  return (
    <Box
      role="img"
      aria-label={`Fitness score over the last ${DAYS} days: ${points.length} scans`}
    >
      <Typography variant="subtitle2">Score, last {DAYS} days</Typography>
      <LineChart
        height={220}
        margin={{ left: 48, right: 16, top: 16, bottom: 32 }}
        xAxis={[
          {
            data: points.map(p => new Date(p.scannedAt)),
            scaleType: 'time',
            valueFormatter: (d: Date) => d.toLocaleDateString(),
          },
        ]}
        yAxis={[{ min: 0, max: 100 }]}
        series={[
          {
            data: points.map(p => p.score ?? null),
            label: 'score',
            showMark: points.length < 40,
            curve: 'stepAfter',
          },
        ]}
      />
    </Box>
  );
}
