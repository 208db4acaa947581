import { useEffect, useState } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { adrLabel } from '@internal/plugin-adr-common';
import { AdrStatusChip } from '@internal/plugin-adr-react';
import { LevelBadge, RescanButton } from '@internal/plugin-fitness-react';
import { SloStatusChip } from '@internal/plugin-slo-react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { MyService, useMyServices } from './useMyServices';
import { useEntityPageHref } from '@internal/portal-react';
import { NoTeam } from './NoTeam';
import { useSignedInUser } from './useSignedInUser';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { createPageRouteRef } from './scaffolderRoutes';

/** While a scan asked for here is pending, the list is read again this often. */
const SCAN_POLL_MS = 3000;

function FitnessCell(props: {
  service: MyService;
  queued: boolean;
  onQueued: () => void;
}) {
  const entityPage = useEntityPageHref();
  const { fitness, entityRef } = props.service;
  if (fitness) {
    return (
      <Stack direction="row" spacing={1} alignItems="center">
        <LevelBadge level={fitness.level} />
        <Link to={entityPage(entityRef, 'fitness')}>
          {fitness.score === undefined
            ? '–'
            : `${Math.round(fitness.score)} / 100`}
        </Link>
      </Stack>
    );
  }
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      <Typography variant="body2" color="text.secondary">
        Not scanned yet
      </Typography>
      <RescanButton
        entityRef={parseEntityRef(entityRef)}
        queued={props.queued}
        onQueued={props.onQueued}
      />
    </Stack>
  );
}

function SloCell(props: { service: MyService }) {
  const entityPage = useEntityPageHref();
  const { slo, entityRef } = props.service;
  if (!slo) {
    return (
      <Typography variant="body2" color="text.secondary">
        No SLOs
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <SloStatusChip status={slo.status} />
      <Link to={entityPage(entityRef, 'slos')}>
        {slo.count === 1 ? '1 SLO' : `${slo.count} SLOs`}
      </Link>
    </Stack>
  );
}

function AdrCell(props: { service: MyService }) {
  const entityPage = useEntityPageHref();
  const { newestAdr, entityRef } = props.service;
  if (!newestAdr) {
    return (
      <Typography variant="body2" color="text.secondary">
        None in the decisions index
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Link to={entityPage(entityRef, 'decisions')}>
        {adrLabel(newestAdr.number)} {newestAdr.title}
      </Link>
      <AdrStatusChip status={newestAdr.status} text={newestAdr.statusText} />
    </Stack>
  );
}

function ServicesTable(props: { groups: string[] }) {
  const createPage = useRouteRef(createPageRouteRef);
  const { value, loading, error, retry } = useMyServices(props.groups);
  const [queued, setQueued] = useState<string[]>([]);
  const pending = queued.filter(
    ref => !value?.services.find(s => s.entityRef === ref)?.fitness,
  );
  useEffect(() => {
    if (pending.length === 0 || loading) return undefined;
    const timer = setTimeout(retry, SCAN_POLL_MS);
    return () => clearTimeout(timer);
  }, [pending.length, loading, retry]);

  if (!value && loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value || value.services.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="Your teams own no services yet"
        description="Create one from a golden path: it is registered here, with its fitness, SLOs and decisions, as soon as the task ends."
        action={createPage && <Link to={createPage()}>Create a service</Link>}
      />
    );
  }
  return (
    <>
      {value.problems.map(problem => (
        <Alert key={problem} severity="warning" sx={{ mb: 1 }}>
          {problem}
        </Alert>
      ))}
      <Table size="small" aria-label="My services">
        <TableHead>
          <TableRow>
            <TableCell>Service</TableCell>
            <TableCell>Fitness</TableCell>
            <TableCell>SLOs</TableCell>
            <TableCell>Newest decision</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {value.services.map(service => (
            <TableRow key={service.entityRef}>
              <TableCell>
                <EntityRefLink
                  entityRef={service.entityRef}
                  title={service.title}
                />
              </TableCell>
              <TableCell>
                <FitnessCell
                  service={service}
                  queued={pending.includes(service.entityRef)}
                  onQueued={() =>
                    setQueued(refs => [...refs, service.entityRef])
                  }
                />
              </TableCell>
              <TableCell>
                <SloCell service={service} />
              </TableCell>
              <TableCell>
                <AdrCell service={service} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

/** The services the signed-in user's groups own, with fitness, SLO status and newest ADR. */
export function MyServicesCard() {
  const user = useSignedInUser();
  if (user.loading) return <Progress />;
  if (user.error) return <ResponseErrorPanel error={user.error} />;
  if (!user.value?.groups.length) {
    return <NoTeam what="The services listed here" />;
  }
  return <ServicesTable groups={user.value.groups} />;
}
