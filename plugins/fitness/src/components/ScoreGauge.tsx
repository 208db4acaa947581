import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Gauge } from '@mui/x-charts/Gauge';

/** The overall score as a gauge; "–" when no function counts. */
export function ScoreGauge(props: { score?: number }) {
  const { score } = props;
  const label =
    score === undefined ? 'No fitness score' : `Fitness score ${score} of 100`;
  return (
    <Box
      role="img"
      aria-label={label}
      display="flex"
      flexDirection="column"
      alignItems="center"
    >
      <Gauge
        aria-label={label}
        width={120}
        height={120}
        value={score ?? 0}
        valueMin={0}
        valueMax={100}
        startAngle={-110}
        endAngle={110}
        text={score === undefined ? '–' : `${Math.round(score)}`}
      />
      <Typography variant="caption" color="text.secondary">
        score
      </Typography>
    </Box>
  );
}
