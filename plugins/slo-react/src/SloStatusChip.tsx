import Chip, { ChipProps } from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SloStatus } from '@internal/plugin-slo-common';

const COLORS: Record<SloStatus, ChipProps['color']> = {
  ok: 'success',
  warning: 'warning',
  burning: 'error',
  exhausted: 'error',
  'not-evaluated': 'default',
  'no-data': 'default',
  unreachable: 'default',
  misconfigured: 'default',
  error: 'default',
};

/**
 * An SLO status as a coloured chip (ok green, warning amber, burning and
 * exhausted red, the rest grey), with the evaluator's message beside it.
 */
export function SloStatusChip(props: { status?: SloStatus; message?: string }) {
  const { status, message } = props;
  return (
    <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
      <Chip
        size="small"
        color={status ? COLORS[status] : 'default'}
        variant={status ? 'filled' : 'outlined'}
        label={!status || status === 'not-evaluated' ? 'not evaluated' : status}
      />
      {message && (
        <Typography variant="body2" color="text.secondary">
          {message}
        </Typography>
      )}
    </Stack>
  );
}
