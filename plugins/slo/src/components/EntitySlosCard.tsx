import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import { useEntitySlos } from '../hooks/useEntitySlos';
import { ExampleDataNote } from './ExampleDataNote';
import { NoSlos } from './NoSlos';
import { SloSummary } from './SloSummary';

/** The component's SLOs on its overview: status, SLI, budget and firing alerts. */
export function EntitySlosCard() {
  const { entity } = useEntity();
  const { value, loading, error } = useEntitySlos();
  return (
    <InfoCard title="SLOs">
      <ExampleDataNote compact />
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.items.length === 0 && (
        <NoSlos componentName={entity.metadata.name} />
      )}
      {value && value.items.length > 0 && (
        <Stack spacing={2} divider={<Divider flexItem />}>
          {value.items.map(slo => (
            <SloSummary key={slo.sloRef} entity={entity} slo={slo} />
          ))}
        </Stack>
      )}
    </InfoCard>
  );
}
