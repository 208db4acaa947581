import { Entity } from '@backstage/catalog-model';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EntitySlo } from '@internal/plugin-slo-common';
import { formatDateTime } from '@internal/portal-react';
import { objectiveRows } from '../objectiveRows';
import { BudgetBar } from './BudgetBar';
import { FiringAlerts } from './FiringAlerts';
import { formatPercent, SloStatusChip } from '@internal/plugin-slo-react';

/**
 * One SLO at a glance: its status, and per objective the target, the
 * current SLI, the budget left and the firing alerts with their runbook links.
 */
export function SloSummary(props: {
  entity: Entity;
  slo: EntitySlo;
  hideTitle?: boolean;
}) {
  const { entity, slo, hideTitle } = props;
  const evaluation = slo.evaluation;
  const rows = objectiveRows(slo);
  return (
    <Stack spacing={1}>
      <Stack
        direction="row"
        spacing={2}
        alignItems="center"
        justifyContent="space-between"
        flexWrap="wrap"
      >
        {!hideTitle && <Typography variant="h6">{slo.title}</Typography>}
        <SloStatusChip
          status={evaluation?.status}
          message={evaluation?.message}
        />
      </Stack>
      {!evaluation && (
        <Typography variant="body2" color="text.secondary">
          Not evaluated yet: the SLO backend evaluates every SLO on its
          schedule, so its first result shows after the next run.
        </Typography>
      )}
      {evaluation && (
        <Typography variant="caption" color="text.secondary">
          Evaluated {formatDateTime(evaluation.evaluatedAt)}
        </Typography>
      )}
      {rows.map(row => (
        <Box key={row.key} sx={{ pl: 1 }}>
          {(row.displayName || rows.length > 1) && (
            <Typography variant="subtitle2">
              {row.displayName ?? `Objective ${formatPercent(row.target)}`}
            </Typography>
          )}
          <Stack
            direction="row"
            spacing={2}
            alignItems="center"
            flexWrap="wrap"
          >
            <Typography variant="body2">
              Target {formatPercent(row.target)}
            </Typography>
            <Typography variant="body2">
              SLI {formatPercent(row.evaluation?.sli)}
            </Typography>
            {row.evaluation &&
              (row.evaluation.status !== evaluation?.status ||
                (row.evaluation.message &&
                  row.evaluation.message !== evaluation?.message)) && (
                <SloStatusChip
                  status={row.evaluation.status}
                  message={row.evaluation.message}
                />
              )}
          </Stack>
          {row.evaluation && (
            <>
              <BudgetBar budgetRemaining={row.evaluation.budgetRemaining} />
              <FiringAlerts entity={entity} alerts={row.evaluation.alerts} />
            </>
          )}
        </Box>
      ))}
    </Stack>
  );
}
