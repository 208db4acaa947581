import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { EntityFitness } from '@internal/plugin-fitness-common';

function barColor(score: number): 'success' | 'warning' | 'error' {
  if (score >= 80) return 'success';
  return score >= 50 ? 'warning' : 'error';
}

/** One bar per category that has a score. */
export function CategoryBars(props: {
  categories: EntityFitness['categories'];
}) {
  const entries = Object.entries(props.categories).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return (
    <Box display="flex" flexDirection="column" gap={1} minWidth={200}>
      {entries.map(([category, score]) => (
        <Box key={category}>
          <Box display="flex" justifyContent="space-between">
            <Typography variant="body2">{category}</Typography>
            <Typography variant="body2">{Math.round(score ?? 0)}</Typography>
          </Box>
          <LinearProgress
            variant="determinate"
            value={score ?? 0}
            aria-label={`${category} ${Math.round(score ?? 0)} of 100`}
            color={barColor(score ?? 0)}
          />
        </Box>
      ))}
    </Box>
  );
}
