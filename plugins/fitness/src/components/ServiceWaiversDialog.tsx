import { parseEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { WaiversPanel } from './WaiversPanel';
import { fitnessApiRef } from '@internal/plugin-fitness-react';

/** A service's waivers, opened from the organisation page. */
export function ServiceWaiversDialog(props: {
  entityRef: string;
  title: string;
  onClose: () => void;
  onChange: () => void;
}) {
  const fitnessApi = useApi(fitnessApiRef);
  const ref = parseEntityRef(props.entityRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => fitnessApi.getEntityFitness(ref),
    [props.entityRef],
  );
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: ref.kind,
    metadata: { name: ref.name, namespace: ref.namespace },
  };
  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth="md">
      <DialogTitle>Waivers of {props.title}</DialogTitle>
      <DialogContent>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && (
          <EntityProvider entity={entity}>
            <WaiversPanel
              fitness={value}
              onChange={() => {
                retry();
                props.onChange();
              }}
            />
          </EntityProvider>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
