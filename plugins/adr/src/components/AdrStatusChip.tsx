import Chip from '@mui/material/Chip';
import { AdrStatus } from '@internal/plugin-adr-common';

const colors: Record<
  AdrStatus,
  'success' | 'warning' | 'error' | 'default' | 'info'
> = {
  accepted: 'success',
  proposed: 'info',
  rejected: 'error',
  deprecated: 'warning',
  superseded: 'default',
  unknown: 'default',
};

export function AdrStatusChip(props: { status: AdrStatus; text?: string }) {
  return (
    <Chip
      size="small"
      color={colors[props.status]}
      variant={props.status === 'superseded' ? 'outlined' : 'filled'}
      label={props.status}
      title={props.text}
    />
  );
}
