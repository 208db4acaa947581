import { useState } from 'react';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { fitnessRescanPermission } from '@internal/plugin-fitness-common';
import { errorMessage } from '@internal/portal-react';
import { fitnessApiRef } from './api';

/** Asks for a rescan; shown to the entity's owners and the architects. */
export function RescanButton(props: {
  entityRef: CompoundEntityRef;
  queued: boolean;
  onQueued: () => void;
}) {
  const fitnessApi = useApi(fitnessApiRef);
  const { allowed } = usePermission({
    permission: fitnessRescanPermission,
    resourceRef: stringifyEntityRef(props.entityRef),
  });
  const [error, setError] = useState<string>();
  if (!allowed) return null;
  if (props.queued) {
    return (
      <Typography variant="body2" color="text.secondary">
        Rescan queued
      </Typography>
    );
  }
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        onClick={async () => {
          setError(undefined);
          try {
            await fitnessApi.rescan(props.entityRef);
            props.onQueued();
          } catch (e) {
            setError(errorMessage(e));
          }
        }}
      >
        Rescan now
      </Button>
      {error && (
        <Typography variant="body2" color="error">
          {error}
        </Typography>
      )}
    </>
  );
}
