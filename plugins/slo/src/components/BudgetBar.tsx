import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { BUDGET_WARNING_THRESHOLD } from '@internal/plugin-slo-common';
import { formatPercent } from '@internal/plugin-slo-react';

/** The error budget left, as a bar clamped to 0–100 % and the real value in text. */
export function BudgetBar(props: { budgetRemaining?: number }) {
  const { budgetRemaining } = props;
  if (budgetRemaining === undefined) {
    return (
      <Typography variant="body2" color="text.secondary">
        Budget remaining: unknown (no data yet)
      </Typography>
    );
  }
  let color: 'success' | 'warning' | 'error' = 'success';
  if (budgetRemaining <= 0) color = 'error';
  else if (budgetRemaining < BUDGET_WARNING_THRESHOLD) color = 'warning';
  return (
    <Box>
      <LinearProgress
        variant="determinate"
        color={color}
        value={Math.min(100, Math.max(0, budgetRemaining * 100))}
        aria-label="Error budget remaining"
        sx={{ height: 8, borderRadius: 1 }}
      />
      <Typography variant="body2">
        Budget remaining: {formatPercent(budgetRemaining)}
        {budgetRemaining < 0 ? ' (overspent)' : ''}
      </Typography>
    </Box>
  );
}
