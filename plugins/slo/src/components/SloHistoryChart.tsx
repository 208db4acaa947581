import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { HistoryChart } from '@internal/portal-react';
import { formatPercent, sloApiRef } from '@internal/plugin-slo-react';

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
  return (
    <HistoryChart
      title={`Budget remaining, last ${HISTORY_DAYS} days`}
      days={HISTORY_DAYS}
      empty="No budget history yet: a point is stored at each scheduled evaluation that reaches the data source. Check back after the next run, or evaluate now."
      points={(value?.points ?? []).map(p => ({
        at: p.evaluatedAt,
        value: p.budgetRemaining,
      }))}
      noun="evaluation"
      range={[0, 1]}
      format={formatPercent}
    />
  );
}
