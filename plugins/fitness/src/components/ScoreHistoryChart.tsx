import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { HistoryChart } from '@internal/portal-react';
import useAsync from 'react-use/esm/useAsync';
import { fitnessApiRef } from '@internal/plugin-fitness-react';

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
  return (
    <HistoryChart
      title={`Score, last ${DAYS} days`}
      days={DAYS}
      empty="No score history yet: a point is stored each time the service's source changes and is scanned."
      points={(value ?? []).map(p => ({ at: p.scannedAt, value: p.score }))}
      noun="scan"
      range={[0, 100]}
      format={score => String(Math.round(score))}
      step
    />
  );
}
