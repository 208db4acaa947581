import { Entity } from '@backstage/catalog-model';
import Chip, { ChipProps } from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { AlertState } from '@internal/plugin-slo-common';
import { ObjectiveRow } from '../objectiveRows';
import { RunbookLink } from './RunbookLink';
import {
  formatPercent,
  formatRate,
  formatWindow,
} from '@internal/plugin-slo-react';

const STATE_COLORS: Record<AlertState, ChipProps['color']> = {
  firing: 'error',
  ok: 'success',
  'no-data': 'default',
};

/** The multi-window burn rates of every alert of an SLO's objectives. */
export function BurnRateTable(props: { entity: Entity; rows: ObjectiveRow[] }) {
  const alerts = props.rows.flatMap(row =>
    (row.evaluation?.alerts ?? []).map(alert => ({ row, alert })),
  );
  if (alerts.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No burn-rate alerts evaluated. Add one AlertPolicy per severity, each
        with a burnrate AlertCondition, to the SLO in openslo.yaml.
      </Typography>
    );
  }
  const manyObjectives = props.rows.length > 1;
  return (
    <Table size="small" aria-label="Burn rates">
      <TableHead>
        <TableRow>
          {manyObjectives && <TableCell>Objective</TableCell>}
          <TableCell>Alert</TableCell>
          <TableCell>Severity</TableCell>
          <TableCell>Long window</TableCell>
          <TableCell>Short window</TableCell>
          <TableCell align="right">Long burn rate</TableCell>
          <TableCell align="right">Short burn rate</TableCell>
          <TableCell align="right">Factor</TableCell>
          <TableCell>State</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {alerts.map(({ row, alert }) => (
          <TableRow
            key={`${row.key}/${alert.policy ?? alert.severity}/${
              alert.longSeconds
            }`}
          >
            {manyObjectives && (
              <TableCell>
                {row.displayName ?? formatPercent(row.target)}
              </TableCell>
            )}
            <TableCell>
              <RunbookLink entity={props.entity} policy={alert.policy} />
            </TableCell>
            <TableCell>{alert.severity}</TableCell>
            <TableCell>{formatWindow(alert.longSeconds)}</TableCell>
            <TableCell>{formatWindow(alert.shortSeconds)}</TableCell>
            <TableCell align="right">
              {formatRate(alert.longBurnRate)}
            </TableCell>
            <TableCell align="right">
              {formatRate(alert.shortBurnRate)}
            </TableCell>
            <TableCell align="right">{formatRate(alert.factor)}</TableCell>
            <TableCell>
              <Chip
                size="small"
                color={STATE_COLORS[alert.state]}
                label={alert.state}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
