import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '@internal/portal-react';
import { useEntityFitness } from '../hooks/useEntityFitness';
import { useFunctionDocsHref } from '@internal/plugin-fitness-react';
import { topFailures } from '../topFailures';
import { CategoryBars } from './CategoryBars';
import { NotScanned } from './NotScanned';
import { ScoreGauge } from './ScoreGauge';
import { StatusChip } from './StatusChip';
import { LevelBadge } from '@internal/plugin-fitness-react';
import { OptionalLink } from '@internal/portal-react';
import { docsRouteRef } from '../routes';

/** The overview card: score, level, categories and what to fix first. */
export function EntityFitnessCard() {
  const { value, loading, error } = useEntityFitness();
  const docsHref = useFunctionDocsHref(docsRouteRef);
  let content;
  if (loading) content = <Progress />;
  else if (error) content = <ResponseErrorPanel error={error} />;
  else if (!value) content = <NotScanned />;
  else {
    const failures = topFailures(value.results);
    content = (
      <Box display="flex" flexDirection="column" gap={2}>
        <Box display="flex" alignItems="center" gap={3} flexWrap="wrap">
          <ScoreGauge score={value.score} />
          <Box display="flex" flexDirection="column" gap={1}>
            <LevelBadge level={value.level} size="medium" />
            <Typography variant="caption" color="text.secondary">
              Scanned {formatDateTime(value.scannedAt)}
            </Typography>
          </Box>
          <CategoryBars categories={value.categories} />
        </Box>
        <Typography variant="subtitle2">Fix first</Typography>
        {failures.length === 0 ? (
          <Typography variant="body2">
            Nothing fails: every applicable function passes or is waived.
          </Typography>
        ) : (
          <List dense disablePadding aria-label="Top failures">
            {failures.map(result => (
              <ListItem key={result.functionId} disableGutters>
                <ListItemText
                  primary={
                    <Box display="flex" gap={1} alignItems="center">
                      <StatusChip result={result} />
                      <OptionalLink to={docsHref(result.docsPath)}>
                        {result.title}
                      </OptionalLink>
                    </Box>
                  }
                  secondary={result.summary}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
    );
  }
  return (
    <InfoCard
      title="Architecture fitness"
      deepLink={{ title: 'All functions and evidence', link: 'fitness' }}
    >
      {content}
    </InfoCard>
  );
}
