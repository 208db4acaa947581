import { ReactNode } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { adrLabel } from '@internal/plugin-adr-common';
import { LevelBadge } from '@internal/plugin-fitness-react';
import { formatPercent, SloStatusChip } from '@internal/plugin-slo-react';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListSubheader from '@mui/material/ListSubheader';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEntityPageHref } from '@internal/portal-react';
import { NoTeam } from './NoTeam';
import { useNeedsAttention } from './useNeedsAttention';
import { useSignedInUser } from './useSignedInUser';

function Section(props: {
  title: string;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <List
      dense
      aria-label={props.title}
      subheader={
        <ListSubheader disableSticky sx={{ px: 0 }}>
          {props.title}
        </ListSubheader>
      }
    >
      {props.children.length ? (
        props.children
      ) : (
        <ListItem disableGutters>
          <Typography variant="body2" color="text.secondary">
            {props.empty}
          </Typography>
        </ListItem>
      )}
    </List>
  );
}

function Attention(props: {
  groups: string[];
  architect: boolean;
  onCall: boolean;
}) {
  const entityPage = useEntityPageHref();
  const { value, loading, error } = useNeedsAttention(props);
  if (!value && loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  const none = (what: string, wide: boolean, state: string) =>
    `No ${what} ${wide ? 'in the organisation' : 'of your teams'} ${state}.`;
  return (
    <>
      <Section
        title="SLOs burning their budget"
        empty={none('SLO', props.onCall, 'is burning')}
      >
        {value.burning.map(slo => (
          <ListItem key={slo.sloRef} disableGutters>
            <Stack spacing={0.5}>
              <Stack direction="row" spacing={1} alignItems="center">
                <Link to={entityPage(slo.componentRef)}>{slo.title}</Link>
                <SloStatusChip status={slo.status} />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {parseEntityRef(slo.componentRef).name}
                {slo.budgetRemaining !== undefined &&
                  ` · ${formatPercent(
                    slo.budgetRemaining,
                  )} of the error budget left`}
              </Typography>
            </Stack>
          </ListItem>
        ))}
      </Section>
      <Section
        title="Fitness level dropped"
        empty={none('service', props.architect, 'dropped a level')}
      >
        {value.drops.map(item => (
          <ListItem key={item.entityRef} disableGutters>
            <Stack direction="row" spacing={1} alignItems="center">
              <Link to={entityPage(item.entityRef, 'fitness')}>
                {item.title}
              </Link>
              <Typography variant="body2">
                dropped from {item.droppedFrom} to
              </Typography>
              <LevelBadge level={item.level} />
            </Stack>
          </ListItem>
        ))}
      </Section>
      <Section
        title="Decisions awaiting review"
        empty={none('decision', props.architect, 'is proposed')}
      >
        {value.proposed.map(adr => (
          <ListItem key={`${adr.entityRef}/${adr.file}`} disableGutters>
            <Stack spacing={0.5}>
              <Link to="/decisions">
                {adrLabel(adr.number)} {adr.title}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {parseEntityRef(adr.entityRef).name}
                {adr.date && ` · proposed ${adr.date}`}
              </Typography>
            </Stack>
          </ListItem>
        ))}
      </Section>
    </>
  );
}

/**
 * Burning SLOs, fitness drops and proposed decisions: of the user's teams,
 * or of the whole organisation for architects (drops, decisions) and the
 * on-call groups (SLOs).
 */
export function NeedsAttentionCard(props: {
  architects: string[];
  onCall: string[];
}) {
  const user = useSignedInUser();
  if (user.loading) return <Progress />;
  if (user.error) return <ResponseErrorPanel error={user.error} />;
  const groups = user.value?.groups ?? [];
  if (!groups.length) return <NoTeam what="The items listed here" />;
  const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
  const member = (of: string[]) =>
    groups.some(group => of.map(lower).includes(lower(group)));
  return (
    <Attention
      groups={groups}
      architect={member(props.architects)}
      onCall={member(props.onCall)}
    />
  );
}
