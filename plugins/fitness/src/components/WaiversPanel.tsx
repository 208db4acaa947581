import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import {
  EntityFitness,
  fitnessWaiverManagePermission,
} from '@internal/plugin-fitness-common';
import { errorMessage } from '@internal/portal-react';
import { WaiverDialog } from './WaiverDialog';
import { WaiverNote } from './WaiverNote';
import { fitnessApiRef } from '@internal/plugin-fitness-react';

/** The entity's waivers; architects add, approve and revoke them here. */
export function WaiversPanel(props: {
  fitness: EntityFitness;
  onChange: () => void;
}) {
  const fitnessApi = useApi(fitnessApiRef);
  const { allowed } = usePermission({
    permission: fitnessWaiverManagePermission,
  });
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const { fitness } = props;
  const titles = new Map(fitness.results.map(r => [r.functionId, r.title]));
  const act = (action: () => Promise<void>) => async () => {
    setError(undefined);
    try {
      await action();
      props.onChange();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const now = Date.now();

  return (
    <Box>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="subtitle2">Waivers</Typography>
        {allowed && (
          <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
            Add a waiver
          </Button>
        )}
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
      {fitness.waivers.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No waivers. An architect can waive a failing function, citing the ADR
          that accepts it; a team can propose one in fitness.yaml.
        </Typography>
      ) : (
        <List dense aria-label="Waivers">
          {fitness.waivers.map(waiver => {
            const expired = Date.parse(waiver.expiresAt) <= now;
            let why: 'proposed' | 'expired' | undefined;
            if (waiver.state === 'proposed') why = 'proposed';
            else if (expired) why = 'expired';
            return (
              <ListItem
                key={waiver.id}
                disableGutters
                secondaryAction={
                  allowed && (
                    <Box display="flex" gap={1}>
                      {waiver.state === 'proposed' && (
                        <Button
                          size="small"
                          onClick={act(() =>
                            fitnessApi.approveWaiver(waiver.id),
                          )}
                        >
                          Approve
                        </Button>
                      )}
                      <Button
                        size="small"
                        color="error"
                        onClick={act(() => fitnessApi.revokeWaiver(waiver.id))}
                      >
                        Revoke
                      </Button>
                    </Box>
                  )
                }
              >
                <ListItemText
                  primary={titles.get(waiver.functionId) ?? waiver.functionId}
                  secondary={<WaiverNote waiver={waiver} why={why} />}
                  secondaryTypographyProps={{ component: 'div' }}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      {open && (
        <WaiverDialog
          entityRef={fitness.entityRef}
          results={fitness.results}
          open={open}
          onClose={() => setOpen(false)}
          onCreated={props.onChange}
        />
      )}
    </Box>
  );
}
