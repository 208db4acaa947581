import Chip from '@mui/material/Chip';
import { AdrStatus } from '@internal/plugin-adr-common';

// Text and background with a contrast of at least 4.5:1 (WCAG AA), whatever
// the theme's palette says.
const colors: Record<
  AdrStatus,
  { bgcolor: string; color: string } | undefined
> = {
  accepted: { bgcolor: '#1b5e20', color: '#ffffff' },
  proposed: { bgcolor: '#0d47a1', color: '#ffffff' },
  rejected: { bgcolor: '#b71c1c', color: '#ffffff' },
  deprecated: { bgcolor: '#ffb74d', color: '#000000' },
  superseded: undefined,
  unknown: undefined,
  none: undefined,
};

/** How a status reads in a chip or a filter: MADR allows a record to state none. */
export const statusLabel = (status: AdrStatus) =>
  status === 'none' ? 'no status' : status;

export function AdrStatusChip(props: { status: AdrStatus; text?: string }) {
  const color = colors[props.status];
  return (
    <Chip
      size="small"
      variant={color ? 'filled' : 'outlined'}
      sx={color}
      label={statusLabel(props.status)}
      title={props.text}
    />
  );
}
