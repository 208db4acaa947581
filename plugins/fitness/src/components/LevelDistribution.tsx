import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import {
  FITNESS_LEVELS,
  type FitnessListPage,
} from '@internal/plugin-fitness-common';

const ORDER = ['none', ...FITNESS_LEVELS] as const;

/** How many services sit at each level. */
export function LevelDistribution(props: {
  levels: FitnessListPage['levels'];
}) {
  const counts = ORDER.map(level => props.levels[level]);
  return (
    <Box
      role="img"
      aria-label={`Services by level: ${ORDER.map(
        (l, i) => `${l} ${counts[i]}`,
      ).join(', ')}`}
    >
      <Typography variant="subtitle2">Services by level</Typography>
      <BarChart
        height={200}
        margin={{ left: 40, right: 16, top: 16, bottom: 32 }}
        xAxis={[
          {
            scaleType: 'band',
            data: ORDER.map(l => (l === 'none' ? 'no level' : l)),
          },
        ]}
        series={[{ data: counts, label: 'services' }]}
        slotProps={{ legend: { hidden: true } }}
      />
    </Box>
  );
}
