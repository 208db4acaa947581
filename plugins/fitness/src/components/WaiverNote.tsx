import { Link } from '@backstage/core-components';
import Typography from '@mui/material/Typography';
import type { StoredWaiver } from '@internal/plugin-fitness-common';
import { useAdrHref } from '../hooks/useAdrHref';

/** A waiver as a line: why, until when, and the ADR it cites. */
export function WaiverNote(props: {
  waiver: StoredWaiver;
  why?: 'proposed' | 'expired';
}) {
  const { waiver, why } = props;
  const adrHref = useAdrHref();
  let state = `Waived until ${waiver.expiresAt.slice(0, 10)}`;
  if (why === 'proposed')
    state = 'Waiver proposed in fitness.yaml, awaiting an architect';
  if (why === 'expired')
    state = `Waiver expired on ${waiver.expiresAt.slice(0, 10)}`;
  return (
    <Typography variant="body2" color={why ? 'text.secondary' : 'info.main'}>
      {state}: {waiver.reason} (
      <Link to={adrHref(waiver.adrRef)}>{waiver.adrRef}</Link>)
    </Typography>
  );
}
