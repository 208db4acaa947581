import Typography from '@mui/material/Typography';

/** ▲ or ▼ with the change since the previous scan; nothing when unchanged or unknown. */
export function TrendArrow(props: { score?: number; previous?: number }) {
  const { score, previous } = props;
  if (score === undefined || previous === undefined) return null;
  const delta = Math.round((score - previous) * 10) / 10;
  if (delta === 0) return null;
  const up = delta > 0;
  return (
    <Typography
      component="span"
      variant="body2"
      color={up ? 'success.main' : 'error.main'}
      aria-label={`${up ? 'up' : 'down'} ${Math.abs(
        delta,
      )} since the previous scan`}
    >
      {up ? '▲' : '▼'} {Math.abs(delta)}
    </Typography>
  );
}
