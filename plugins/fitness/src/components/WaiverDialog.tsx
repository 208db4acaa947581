import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { FitnessResultView } from '@internal/plugin-fitness-common';
import { errorMessage } from '@internal/portal-react';
import { fitnessApiRef } from '@internal/plugin-fitness-react';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** An architect's waiver: which function, why, which ADR decided it, until when. */
export function WaiverDialog(props: {
  entityRef: string;
  results: FitnessResultView[];
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const fitnessApi = useApi(fitnessApiRef);
  const waivable = props.results.filter(
    r => ['fail', 'warn', 'error'].includes(r.status) && !r.waiver,
  );
  const [functionId, setFunctionId] = useState(waivable[0]?.functionId ?? '');
  const [reason, setReason] = useState('');
  const [adrRef, setAdrRef] = useState('');
  const [expiresAt, setExpiresAt] = useState(inDays(90));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await fitnessApi.createWaiver({
        entityRef: props.entityRef,
        functionId,
        reason,
        adrRef,
        expiresAt,
      });
      props.onCreated();
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={props.open} onClose={props.onClose} fullWidth maxWidth="sm">
      <DialogTitle>Waive a fitness function</DialogTitle>
      <DialogContent
        sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
      >
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          select
          label="Function"
          value={functionId}
          onChange={e => setFunctionId(e.target.value)}
          sx={{ mt: 1 }}
        >
          {waivable.map(r => (
            <MenuItem key={r.functionId} value={r.functionId}>
              {r.title} ({r.status})
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Reason"
          value={reason}
          onChange={e => setReason(e.target.value)}
          multiline
          minRows={2}
          required
        />
        <TextField
          label="ADR"
          helperText="The decision that accepts this, e.g. docs/adr/0003-keep-the-gateway-thin.md"
          value={adrRef}
          onChange={e => setAdrRef(e.target.value)}
          required
        />
        <TextField
          label="Expires"
          type="date"
          value={expiresAt}
          onChange={e => setExpiresAt(e.target.value)}
          InputLabelProps={{ shrink: true }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Cancel</Button>
        <Button
          variant="contained"
          onClick={save}
          disabled={saving || !functionId || !reason.trim() || !adrRef.trim()}
        >
          Waive
        </Button>
      </DialogActions>
    </Dialog>
  );
}
