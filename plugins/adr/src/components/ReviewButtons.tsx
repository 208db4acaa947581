import { useState } from 'react';
import { ResponseError } from '@backstage/errors';
import { useApi } from '@backstage/frontend-plugin-api';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { adrApiRef } from '@internal/plugin-adr-react';
import type { IndexedAdr } from '@internal/plugin-adr-common';

/** Accept and reject for one proposed ADR; reports the outcome to the page. */
export function ReviewButtons(props: {
  adr: IndexedAdr;
  onDone: (outcome: { ok: boolean; message: string }) => void;
}) {
  const adrApi = useApi(adrApiRef);
  const [busy, setBusy] = useState(false);
  const review = async (decision: 'accepted' | 'rejected') => {
    setBusy(true);
    try {
      const outcome = await adrApi.review(
        props.adr.entityRef,
        props.adr.file,
        decision,
      );
      props.onDone({
        ok: true,
        message:
          'commit' in outcome
            ? `${props.adr.title}: ${decision} (commit ${outcome.commit.slice(
                0,
                7,
              )}). The index shows it after its next refresh.`
            : `${props.adr.title}: ${decision} in a pull request, ${outcome.pullRequestUrl}. The status changes once it is merged.`,
      });
    } catch (error) {
      const serverMessage = (error as ResponseError).body?.error?.message;
      props.onDone({
        ok: false,
        message: `${props.adr.title}: ${
          serverMessage ?? (error as Error).message
        }`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      <Button
        size="small"
        variant="contained"
        disabled={busy}
        onClick={() => review('accepted')}
      >
        Accept
      </Button>
      <Button
        size="small"
        color="error"
        disabled={busy}
        onClick={() => review('rejected')}
      >
        Reject
      </Button>
    </Stack>
  );
}
