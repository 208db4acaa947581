import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '@internal/portal-react';
import { useEntityFitness } from '../hooks/useEntityFitness';
import { CategoryBars } from './CategoryBars';
import { LayerDiagram } from './LayerDiagram';
import { NotScanned } from './NotScanned';
import { ResultsTable } from './ResultsTable';
import { ScoreGauge } from './ScoreGauge';
import { ScoreHistoryChart } from './ScoreHistoryChart';
import { WaiversPanel } from './WaiversPanel';
import { LevelBadge, RescanButton } from '@internal/plugin-fitness-react';

/** The Fitness tab: every function with its evidence, waivers, history and layers. */
export function EntityFitnessContent() {
  const { entity, ref, value, loading, error, retry } = useEntityFitness();
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) {
    return (
      <Box display="flex" flexDirection="column" gap={2}>
        <NotScanned />
        <RescanButton entityRef={ref} queued={false} onQueued={retry} />
      </Box>
    );
  }
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Box display="flex" alignItems="center" gap={3} flexWrap="wrap">
            <ScoreGauge score={value.score} />
            <Box display="flex" flexDirection="column" gap={1}>
              <LevelBadge level={value.level} size="medium" />
              <Typography variant="body2" color="text.secondary">
                Source changed and scanned {formatDateTime(value.scannedAt)};
                last checked {formatDateTime(value.checkedAt)}
              </Typography>
              <RescanButton
                entityRef={ref}
                queued={value.rescanQueued}
                onQueued={retry}
              />
            </Box>
            <CategoryBars categories={value.categories} />
          </Box>
        </Paper>
      </Grid>
      {value.warnings.length > 0 && (
        <Grid item xs={12}>
          <Alert severity="warning">
            {value.warnings.map(w => (
              <div key={w}>{w}</div>
            ))}
          </Alert>
        </Grid>
      )}
      <Grid item xs={12}>
        <ResultsTable entity={entity} results={value.results} />
      </Grid>
      <Grid item xs={12} md={6}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <ScoreHistoryChart entityRef={ref} scannedAt={value.scannedAt} />
        </Paper>
      </Grid>
      <Grid item xs={12} md={6}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <LayerDiagram results={value.results} />
        </Paper>
      </Grid>
      <Grid item xs={12}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <WaiversPanel fitness={value} onChange={retry} />
        </Paper>
      </Grid>
    </Grid>
  );
}
