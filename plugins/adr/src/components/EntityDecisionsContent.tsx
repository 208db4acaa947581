import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import useAsync from 'react-use/esm/useAsync';
import { adrLabel } from '@internal/plugin-adr-common';
import { AdrView } from './AdrView';
import { adrApiRef, AdrStatusChip } from '@internal/plugin-adr-react';

/**
 * The entity's Decisions tab: its ADRs, newest number last, one open at a
 * time (`?adr=<file>` opens that one).
 */
export function EntityDecisionsContent() {
  const { entity } = useEntity();
  const adrApi = useApi(adrApiRef);
  const { value, loading, error } = useAsync(
    () => adrApi.getEntityAdrs(getCompoundEntityRef(entity)),
    [adrApi, entity],
  );
  const [params] = useSearchParams();
  const [selected, setSelected] = useState(params.get('adr') ?? undefined);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const { adrs = [], failures = [], people = {} } = value ?? {};
  if (adrs.length === 0 && failures.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="No decisions recorded yet"
        description="Add a Markdown ADR (MADR 4, e.g. docs/adr/0001-record-architecture-decisions.md) to the folder named by backstage.io/adr-location."
      />
    );
  }
  const current = adrs.find(a => a.file === selected) ?? adrs[0];
  const selectNumber = (n: number) =>
    setSelected(adrs.find(a => a.number === n)?.file);

  return (
    <Grid container spacing={2}>
      {failures.length > 0 && (
        <Grid item xs={12}>
          <Alert severity="warning">
            {failures.length} file{failures.length > 1 ? 's' : ''} in the ADR
            folder could not be read:
            <ul>
              {failures.map(f => (
                <li key={f.file}>{f.warning}</li>
              ))}
            </ul>
          </Alert>
        </Grid>
      )}
      <Grid item xs={12} md={4}>
        <Paper variant="outlined">
          <List dense aria-label="Decisions">
            {adrs.map(adr => (
              <ListItem key={adr.file} disablePadding>
                <ListItemButton
                  selected={adr.file === current?.file}
                  onClick={() => setSelected(adr.file)}
                >
                  <ListItemText
                    sx={{ whiteSpace: 'normal', mr: 1 }}
                    primary={`${adrLabel(adr.number)} ${adr.title}`}
                    secondary={[adr.date, adr.decisionMakers.join(', ')]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                  <AdrStatusChip status={adr.status} text={adr.statusText} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Paper>
      </Grid>
      <Grid item xs={12} md={8}>
        {current && (
          <Paper variant="outlined" sx={{ p: 2 }}>
            <AdrView adr={current} people={people} onSelect={selectNumber} />
          </Paper>
        )}
      </Grid>
    </Grid>
  );
}
