import Chip from '@mui/material/Chip';
import type { FitnessResultView } from '@internal/plugin-fitness-common';

const COLOR = {
  pass: 'success',
  warn: 'warning',
  fail: 'error',
  error: 'error',
  'not-applicable': 'default',
} as const;

/** A result's status; a waived failure shows as waived, never hidden. */
export function StatusChip(props: { result: FitnessResultView }) {
  const { result } = props;
  if (result.waiver) {
    return (
      <Chip size="small" color="info" label={`waived (${result.status})`} />
    );
  }
  return (
    <Chip
      size="small"
      color={COLOR[result.status]}
      variant={result.status === 'not-applicable' ? 'outlined' : 'filled'}
      label={result.status}
    />
  );
}
