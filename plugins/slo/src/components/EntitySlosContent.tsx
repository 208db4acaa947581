import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EntitySlo, sloEvaluatePermission } from '@internal/plugin-slo-common';
import { useEntitySlos } from '../hooks/useEntitySlos';
import { objectiveRows } from '../objectiveRows';
import { BurnRateTable } from './BurnRateTable';
import { EvaluateButton } from './EvaluateButton';
import { SloHistoryChart } from './SloHistoryChart';
import { SloSummary } from './SloSummary';

/** The entity's SLOs tab: per SLO its budget over time and its burn rates. */
export function EntitySlosContent() {
  const { entity } = useEntity();
  const { value, loading, error, retry } = useEntitySlos();
  const { allowed: canEvaluate } = usePermission({
    permission: sloEvaluatePermission,
  });

  // A refresh after "Evaluate now" keeps the SLOs on screen.
  if (loading && !value) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value || value.items.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="No SLOs"
        description={`Add an openslo.yaml beside catalog-info.yaml with an SLO whose spec.service is ${entity.metadata.name} (and its SLI and AlertPolicies); the catalog picks it up on its next refresh.`}
      />
    );
  }
  return (
    <Grid container spacing={2}>
      {value.items.map(slo => (
        <Grid item xs={12} key={slo.sloRef}>
          <SloDetails
            entity={entity}
            slo={slo}
            canEvaluate={canEvaluate}
            onEvaluated={retry}
          />
        </Grid>
      ))}
    </Grid>
  );
}

function SloDetails(props: {
  entity: Entity;
  slo: EntitySlo;
  canEvaluate: boolean;
  onEvaluated: () => void;
}) {
  const { entity, slo } = props;
  return (
    <InfoCard
      title={slo.title}
      subheader={slo.description}
      action={
        props.canEvaluate ? (
          <EvaluateButton sloRef={slo.sloRef} onEvaluated={props.onEvaluated} />
        ) : undefined
      }
    >
      <Grid container spacing={3}>
        <Grid item xs={12} md={5}>
          <SloSummary entity={entity} slo={slo} hideTitle />
        </Grid>
        <Grid item xs={12} md={7}>
          <SloHistoryChart
            sloRef={slo.sloRef}
            evaluatedAt={slo.evaluation?.evaluatedAt}
          />
        </Grid>
        <Grid item xs={12}>
          <Stack spacing={1}>
            <Typography variant="subtitle2">Burn-rate alerts</Typography>
            {slo.evaluation ? (
              <BurnRateTable entity={entity} rows={objectiveRows(slo)} />
            ) : (
              <Typography variant="body2" color="text.secondary">
                Not evaluated yet, so no burn rates.
              </Typography>
            )}
          </Stack>
        </Grid>
      </Grid>
    </InfoCard>
  );
}
