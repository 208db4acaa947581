import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import { formatDateTime } from './format';

const DAY_MS = 86_400_000;

/** A value stored at a time; a point without a value is a gap in the line. */
type HistoryPoint = { at: string; value?: number };

/**
 * A stored value over the last `days` days. The time axis always spans the
 * whole window, so a single point, or a day of points, sits where it belongs
 * instead of being stretched across the chart; the value axis spans `range`
 * and every value outside it.
 */
export function HistoryChart(props: {
  title: string;
  days: number;
  points: HistoryPoint[];
  /** What each point is: "scan", "evaluation". */
  noun: string;
  range: [number, number];
  format: (value: number) => string;
  step?: boolean;
  /** What to say while no point has a value. */
  empty: string;
}) {
  const { days, points, format } = props;
  const known = points.filter(p => p.value !== undefined);
  if (known.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {props.empty}
      </Typography>
    );
  }
  const values = known.map(p => p.value!);
  const now = Date.now();
  const first = known[0];
  const last = known[known.length - 1];
  const summary = `From ${format(first.value!)} (${formatDateTime(
    first.at,
  )}) to ${format(last.value!)} (${formatDateTime(last.at)}), ${
    points.length
  } ${props.noun}${points.length === 1 ? '' : 's'}.`;
  return (
    <Box>
      <Typography variant="subtitle2">{props.title}</Typography>
      <Box role="img" aria-label={`${props.title}: ${summary}`}>
        <LineChart
          height={220}
          // Drawn at once: the appearing animation reveals the marks from
          // the left, so a recent point showed only after a delay.
          skipAnimation
          margin={{ left: 64, right: 16, top: 16, bottom: 32 }}
          xAxis={[
            {
              data: points.map(p => new Date(p.at)),
              scaleType: 'time',
              min: new Date(now - days * DAY_MS),
              // A little room after now, so today's marks are not cut off.
              max: new Date(now + days * DAY_MS * 0.02),
              valueFormatter: (date: Date, context) =>
                context.location === 'tick'
                  ? date.toLocaleDateString(undefined, { dateStyle: 'medium' })
                  : formatDateTime(date.toISOString()),
            },
          ]}
          yAxis={[
            {
              min: Math.min(props.range[0], ...values),
              max: Math.max(props.range[1], ...values),
              valueFormatter: format,
            },
          ]}
          series={[
            {
              data: points.map(p => p.value ?? null),
              label: props.title,
              // Every mark while there are few; later only a point with no
              // neighbour on either side, which no line would show.
              showMark: ({ index }) =>
                points.length < 40 ||
                (points[index - 1]?.value === undefined &&
                  points[index + 1]?.value === undefined),
              curve: props.step ? 'stepAfter' : 'linear',
              valueFormatter: v => (v === null ? 'no data' : format(v)),
            },
          ]}
          slotProps={{ legend: { hidden: true } }}
        />
      </Box>
      <Typography variant="caption" color="text.secondary">
        {summary}
      </Typography>
    </Box>
  );
}
