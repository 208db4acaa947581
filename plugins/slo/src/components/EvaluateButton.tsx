import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { errorMessage } from '@internal/portal-react';
import { sloApiRef } from '@internal/plugin-slo-react';

/** Evaluates one SLO now; reports a failure with the server's message. */
export function EvaluateButton(props: {
  sloRef: string;
  onEvaluated: () => void;
}) {
  const sloApi = useApi(sloApiRef);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const evaluate = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await sloApi.evaluate(props.sloRef);
      props.onEvaluated();
    } catch (error) {
      setFailure(`Could not evaluate: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1} alignItems="flex-end">
      <Button
        size="small"
        variant="outlined"
        disabled={busy}
        onClick={evaluate}
      >
        {busy ? 'Evaluating…' : 'Evaluate now'}
      </Button>
      {failure && (
        <Alert severity="error" onClose={() => setFailure(undefined)}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
