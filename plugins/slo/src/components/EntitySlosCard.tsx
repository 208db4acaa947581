import { InfoCard } from '@backstage/core-components';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import { EntitySlosList } from './EntitySlosList';
import { SloSummary } from './SloSummary';

/** The component's SLOs on its overview: status, SLI, budget and firing alerts. */
export function EntitySlosCard() {
  return (
    <InfoCard title="SLOs">
      <EntitySlosList>
        {(slos, entity) => (
          <Stack spacing={2} divider={<Divider flexItem />}>
            {slos.map(slo => (
              <SloSummary key={slo.sloRef} entity={entity} slo={slo} />
            ))}
          </Stack>
        )}
      </EntitySlosList>
    </InfoCard>
  );
}
