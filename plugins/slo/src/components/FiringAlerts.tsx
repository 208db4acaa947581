import { Entity } from '@backstage/catalog-model';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AlertEvaluation } from '@internal/plugin-slo-common';
import { RunbookLink } from './RunbookLink';
import { formatRate, formatWindow } from '@internal/plugin-slo-react';

/** The firing burn-rate alerts of an objective, each linked to its runbook section. */
export function FiringAlerts(props: {
  entity: Entity;
  alerts: AlertEvaluation[];
}) {
  const firing = props.alerts.filter(a => a.state === 'firing');
  if (firing.length === 0) return null;
  return (
    <List dense disablePadding aria-label="Firing alerts">
      {firing.map(alert => (
        <ListItem
          key={`${alert.policy ?? alert.severity}/${alert.longSeconds}`}
          disableGutters
        >
          <Stack
            direction="row"
            spacing={1}
            alignItems="center"
            flexWrap="wrap"
          >
            <Chip size="small" color="error" label={alert.severity} />
            <RunbookLink entity={props.entity} policy={alert.policy} />
            <Typography variant="body2" color="text.secondary">
              burning {formatRate(alert.longBurnRate)} over{' '}
              {formatWindow(alert.longSeconds)} (alerts at{' '}
              {formatRate(alert.factor)})
            </Typography>
          </Stack>
        </ListItem>
      ))}
    </List>
  );
}
