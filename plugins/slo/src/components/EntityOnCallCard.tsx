import { InfoCard } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EntitySlo } from '@internal/plugin-slo-common';
import { isBurning, sortForOnCall } from '../sortForOnCall';
import { EntitySlosList } from './EntitySlosList';
import { FiringAlerts } from './FiringAlerts';
import { OwnerContact } from './OwnerContact';
import { SloStatusChip } from '@internal/plugin-slo-react';

/** For whoever is on call: what burns, its runbook section, and whom to call. */
export function EntityOnCallCard() {
  const { entity } = useEntity();
  return (
    <InfoCard title="On call">
      <Stack spacing={2} divider={<Divider flexItem />}>
        <section aria-label="SLOs">
          <EntitySlosList>
            {slos => (
              <List dense disablePadding>
                {sortForOnCall(slos).map(slo => (
                  <OnCallSlo key={slo.sloRef} entity={entity} slo={slo} />
                ))}
              </List>
            )}
          </EntitySlosList>
        </section>
        <section aria-label="Owner">
          <Typography variant="subtitle2" gutterBottom>
            Owner
          </Typography>
          <OwnerContact entity={entity} />
        </section>
      </Stack>
    </InfoCard>
  );
}

function OnCallSlo(props: { entity: Entity; slo: EntitySlo }) {
  const { entity, slo } = props;
  const burning = isBurning(slo);
  const alerts = burning
    ? (slo.evaluation?.objectives ?? []).flatMap(o => o.alerts)
    : [];
  const firing = alerts.some(a => a.state === 'firing');
  return (
    <ListItem disableGutters sx={{ display: 'block' }}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
        <Typography variant="body1" component="h3">
          {slo.title}
        </Typography>
        <SloStatusChip
          status={slo.evaluation?.status}
          message={slo.evaluation?.message}
        />
      </Stack>
      {burning && <FiringAlerts entity={entity} alerts={alerts} />}
      {burning && !firing && (
        <Typography variant="body2" color="text.secondary">
          The error budget is spent; no burn-rate alert fires right now.
        </Typography>
      )}
    </ListItem>
  );
}
